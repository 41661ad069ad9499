//===- frontend/types.h - Go types, objects and scopes ---------*- C++ -*-===//
//
// This file declares the semantic model built by the type checker; it
// mirrors go/types (Type, Object, Scope, Package, Selection, method sets) so
// that the spec and go/types' documentation describe it. Types are interned
// where Go's identity rules allow it cheaply (basic types); otherwise use
// identical() to compare. Everything is owned by a TypeContext and lives for
// the whole compilation.
//
// Codegen reads: Type kinds and fields, Object kinds, Var::isCaptured/escapes,
// Func::decl, Named::methods, Package::files, and the annotations on the AST.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/ast.h"
#include "frontend/constant.h"

#include "llvm/Support/Casting.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace golite {

class Package;
class Scope;
class Named;
class Func;
class Var;
class TypeName;

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

enum class TypeKind : unsigned char {
  Basic,
  Pointer,
  Array,
  Slice,
  Struct,
  Tuple,
  Signature,
  Interface,
  Map,
  Chan,
  Named,
};

class Type {
public:
  virtual ~Type() = default;
  TypeKind kind() const { return kind_; }
  /// The underlying type (itself for everything but Named).
  Type *underlying();
  /// go/types-style string: "int", "[]string", "map[string]int",
  /// "func(x int) string", "main.T", "struct{a int}"; packages other than
  /// `relativeTo` are qualified by name.
  std::string str(const Package *relativeTo = nullptr) const;

protected:
  explicit Type(TypeKind k) : kind_(k) {}

private:
  TypeKind kind_;
};

enum class BasicKind : unsigned char {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
  // aliases: Byte = Uint8, Rune = Int32 (distinct Basic objects with those
  // names exist in the universe so that error messages say "byte"/"rune")
};

enum BasicInfo : unsigned {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
};

class Basic : public Type {
public:
  Basic(BasicKind k, unsigned info, std::string name)
      : Type(TypeKind::Basic), basicKind(k), info(info), name(std::move(name)) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Basic; }
  BasicKind basicKind;
  unsigned info;
  std::string name; // "int", "byte", "untyped int", ...
};

class Pointer : public Type {
public:
  explicit Pointer(Type *elem) : Type(TypeKind::Pointer), elem(elem) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Pointer; }
  Type *elem;
};

class Array : public Type {
public:
  Array(Type *elem, int64_t len) : Type(TypeKind::Array), elem(elem), len(len) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Array; }
  Type *elem;
  int64_t len; // -1 if unknown (error)
};

class Slice : public Type {
public:
  explicit Slice(Type *elem) : Type(TypeKind::Slice), elem(elem) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Slice; }
  Type *elem;
};

class Struct : public Type {
public:
  Struct(std::vector<Var *> fields, std::vector<std::string> tags)
      : Type(TypeKind::Struct), fields(std::move(fields)), tags(std::move(tags)) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Struct; }
  std::vector<Var *> fields; // Var::isField; Var::embedded for embedded ones
  std::vector<std::string> tags;
};

/// An ordered list of variables: parameter and result lists, and the type
/// of multi-value expressions (calls with several results).
class Tuple : public Type {
public:
  explicit Tuple(std::vector<Var *> vars) : Type(TypeKind::Tuple), vars(std::move(vars)) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Tuple; }
  size_t size() const { return vars.size(); }
  Type *at(size_t i) const;
  std::vector<Var *> vars;
};

class Signature : public Type {
public:
  Signature(Var *recv, Tuple *params, Tuple *results, bool variadic)
      : Type(TypeKind::Signature), recv(recv), params(params), results(results),
        variadic(variadic) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Signature; }
  Var *recv;       // null for functions, func literals and interface methods
  Tuple *params;   // never null (maybe empty)
  Tuple *results;  // never null (maybe empty)
  bool variadic;   // last param is ...T (its type is []T)
};

class Interface : public Type {
public:
  Interface(std::vector<Func *> methods, std::vector<Type *> embeddeds)
      : Type(TypeKind::Interface), methods(std::move(methods)), embeddeds(std::move(embeddeds)) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Interface; }
  std::vector<Func *> methods;   // explicitly declared, in source order
  std::vector<Type *> embeddeds; // embedded interface types
  /// All methods including embedded ones, sorted by name (Go's order for
  /// itabs: exported and unexported names sorted by id). Filled by
  /// complete().
  std::vector<Func *> allMethods;
  bool completed = false;
  bool isEmpty() const { return allMethods.empty(); }
};

class Map : public Type {
public:
  Map(Type *key, Type *elem) : Type(TypeKind::Map), key(key), elem(elem) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Map; }
  Type *key, *elem;
};

class Chan : public Type {
public:
  Chan(ChanDir dir, Type *elem) : Type(TypeKind::Chan), dir(dir), elem(elem) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Chan; }
  ChanDir dir;
  Type *elem;
};

class Named : public Type {
public:
  explicit Named(TypeName *obj) : Type(TypeKind::Named), obj(obj) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Named; }
  TypeName *obj;
  Type *under = nullptr;       // resolved underlying type (never Named)
  std::vector<Func *> methods; // declared methods, in source order
};

//===----------------------------------------------------------------------===//
// Objects
//===----------------------------------------------------------------------===//

enum class ObjKind : unsigned char { PkgName, Const, TypeName, Var, Func, Label, Builtin, Nil };

class Object {
public:
  virtual ~Object() = default;
  ObjKind kind() const { return kind_; }
  Pos pos;
  Package *pkg = nullptr; // null for universe objects
  std::string name;
  Type *type = nullptr;
  Scope *parent = nullptr; // scope in which declared (null for fields/methods)
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
  /// Unique id for method/field lookup: name qualified by package for
  /// unexported names.
  std::string id() const;
  bool used = false; // for "declared but not used" / "imported and not used"

protected:
  Object(ObjKind k, Pos p, Package *pkg, std::string name, Type *t)
      : pos(p), pkg(pkg), name(std::move(name)), type(t), kind_(k) {}

private:
  ObjKind kind_;
};

class PkgName : public Object {
public:
  PkgName(Pos p, Package *pkg, std::string name, Package *imported)
      : Object(ObjKind::PkgName, p, pkg, std::move(name), nullptr), imported(imported) {}
  static bool classof(const Object *o) { return o->kind() == ObjKind::PkgName; }
  Package *imported;
};

class Const : public Object {
public:
  Const(Pos p, Package *pkg, std::string name, Type *t, constant::VP v)
      : Object(ObjKind::Const, p, pkg, std::move(name), t), value(v) {}
  static bool classof(const Object *o) { return o->kind() == ObjKind::Const; }
  constant::VP value;
};

class TypeName : public Object {
public:
  TypeName(Pos p, Package *pkg, std::string name, Type *t)
      : Object(ObjKind::TypeName, p, pkg, std::move(name), t) {}
  static bool classof(const Object *o) { return o->kind() == ObjKind::TypeName; }
  bool isAlias = false;
};

class Var : public Object {
public:
  Var(Pos p, Package *pkg, std::string name, Type *t)
      : Object(ObjKind::Var, p, pkg, std::move(name), t) {}
  static bool classof(const Object *o) { return o->kind() == ObjKind::Var; }
  bool isField = false;
  bool embedded = false; // embedded struct field
  bool isParam = false;  // parameter, result or receiver
  bool isGlobal = false; // package-level variable
  /// Set by the checker: the variable is referenced from a function literal
  /// other than the one declaring it (lowering then gives it a heap or
  /// shared-stack home).
  bool isCaptured = false;
  /// Set by the checker when &v is taken (or v is implicitly addressed by a
  /// method call with pointer receiver or a slice of an array).
  bool addressTaken = false;
  /// Set by escape analysis (lowering/escape): v must live on the heap.
  bool escapes = true;
  Func *owner = nullptr; // enclosing function (null for globals and fields)
};

class Func : public Object {
public:
  Func(Pos p, Package *pkg, std::string name, Signature *sig)
      : Object(ObjKind::Func, p, pkg, std::move(name), sig) {}
  static bool classof(const Object *o) { return o->kind() == ObjKind::Func; }
  Signature *sig() const { return llvm::cast<Signature>(type); }
  FuncDecl *decl = nullptr; // null for interface methods
  /// Full Go symbol name: "main.main", "main.T.String", "main.(*T).Set".
  std::string fullName() const;
  bool hasPtrRecv() const;
  bool callsRecover = false; // body calls recover() directly
  bool hasDefer = false;     // body contains a defer statement
};

class Label : public Object {
public:
  Label(Pos p, Package *pkg, std::string name)
      : Object(ObjKind::Label, p, pkg, std::move(name), nullptr) {}
  static bool classof(const Object *o) { return o->kind() == ObjKind::Label; }
  LabeledStmt *stmt = nullptr;
};

enum class BuiltinId : unsigned char {
  Append, Cap, Close, Complex, Copy, Delete, Imag, Len, Make, New, Panic,
  Print, Println, Real, Recover,
  // package unsafe
  Alignof, Offsetof, Sizeof, Add, Slice,
};

class Builtin : public Object {
public:
  Builtin(std::string name, BuiltinId id)
      : Object(ObjKind::Builtin, NoPos, nullptr, std::move(name), nullptr), id(id) {}
  static bool classof(const Object *o) { return o->kind() == ObjKind::Builtin; }
  BuiltinId id;
};

class Nil : public Object {
public:
  explicit Nil(Type *t) : Object(ObjKind::Nil, NoPos, nullptr, "nil", t) {}
  static bool classof(const Object *o) { return o->kind() == ObjKind::Nil; }
};

//===----------------------------------------------------------------------===//
// Scopes, packages, selections
//===----------------------------------------------------------------------===//

class Scope {
public:
  Scope(Scope *parent, Pos pos, Pos end, std::string comment)
      : parent(parent), pos(pos), end(end), comment(std::move(comment)) {}
  /// The object with this name declared directly in this scope, or null.
  Object *lookup(const std::string &name) const;
  /// Looks through enclosing scopes; *where receives the scope found in.
  Object *lookupParent(const std::string &name, Scope **where = nullptr) const;
  /// Inserts obj; returns the existing object if the name is taken.
  Object *insert(Object *obj);
  Scope *parent;
  std::vector<Scope *> children;
  Pos pos, end;
  std::string comment;
  std::vector<Object *> objects; // in insertion order (deterministic)
  bool isFunc = false;           // a function's outermost scope

private:
  std::map<std::string, Object *> names_;
};

class Package {
public:
  Package(std::string path, std::string name) : path(std::move(path)), name(std::move(name)) {}
  std::string path; // "main", "fmt", "unicode/utf8"
  std::string name;
  Scope *scope = nullptr;
  std::vector<File *> files;
  std::vector<Package *> imports;
  /// Package-level variables in initialization order, with the expression
  /// that initializes them (go/types' Info.InitOrder).
  struct Initializer {
    std::vector<Var *> lhs;
    Expr *rhs;
  };
  std::vector<Initializer> initOrder;
  std::vector<Func *> initFuncs; // init() functions in source order
  std::vector<Func *> funcs;     // all declared functions and methods
  std::vector<FuncLit *> funcLits; // all function literals, for codegen
  bool complete = false;
  /// Set by the driver for lib/ packages: functions may be declared without
  /// a body (they are implemented by the runtime). Elsewhere that is the
  /// error "missing function body".
  bool allowExternal = false;
};

enum class SelectionKind : unsigned char { FieldVal, MethodVal, MethodExpr };

/// How x.f resolves (go/types' Selection).
struct Selection {
  SelectionKind kind;
  Type *recv;   // type of x
  Object *obj;  // Var (field) or Func (method)
  /// Path of field indices through embedded fields; the last entry is the
  /// index of the field (FieldVal) or, for methods, the last embedded
  /// field is index[size-2] and index.back() is the method's index in its
  /// Named::methods or Interface::allMethods.
  std::vector<int> index;
  bool indirect; // a pointer was dereferenced on the way
  Type *type;   // type of x.f (for MethodExpr: func with recv as first param)
};

//===----------------------------------------------------------------------===//
// The context: universe, interning, helpers
//===----------------------------------------------------------------------===//

class TypeContext {
public:
  TypeContext();
  ~TypeContext();
  Scope *universe() const { return universe_; }
  Package *unsafePkg() const { return unsafe_; }
  Basic *basic(BasicKind k) const { return basics_[size_t(k)]; }
  Basic *byteType() const { return byte_; }
  Basic *runeType() const { return rune_; }
  Named *errorType() const { return error_; }
  Interface *emptyInterface() const;
  /// The type of the predeclared alias `any` (prints as "any").
  Interface *anyType() const { return any_; }
  /// The predeclared `comparable` type name (only valid in constraints).
  TypeName *comparableObj() const { return comparable_; }

  Pointer *newPointer(Type *elem);
  Slice *newSlice(Type *elem);
  Array *newArray(Type *elem, int64_t len);
  Map *newMap(Type *k, Type *v);
  Chan *newChan(ChanDir d, Type *elem);
  Tuple *newTuple(std::vector<Var *> vars);
  template <typename T, typename... Args> T *make(Args &&...args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T *r = p.get();
    if constexpr (std::is_base_of_v<Type, T>)
      types_.push_back(std::move(p));
    else if constexpr (std::is_base_of_v<Object, T>)
      objects_.push_back(std::move(p));
    else
      others_.push_back(std::shared_ptr<void>(std::move(p)));
    return r;
  }

private:
  Scope *universe_ = nullptr;
  Package *unsafe_ = nullptr;
  std::vector<Basic *> basics_;
  Basic *byte_ = nullptr, *rune_ = nullptr;
  Named *error_ = nullptr;
  Interface *any_ = nullptr, *empty_ = nullptr;
  TypeName *comparable_ = nullptr;
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::shared_ptr<void>> others_;
  std::map<Type *, Pointer *> ptrs_;
  std::map<Type *, Slice *> slices_;
};

// Predicates (spec terminology).
bool identical(Type *x, Type *y);
bool isBoolean(Type *t);
bool isInteger(Type *t);
bool isUnsigned(Type *t);
bool isFloat(Type *t);
bool isComplex(Type *t);
bool isNumeric(Type *t);
bool isString(Type *t);
bool isUntyped(Type *t);
bool isConstType(Type *t);
bool isInterface(Type *t);
bool comparable(Type *t);
bool hasNil(Type *t);
/// Default type of an untyped type (untyped int -> int, ...).
Type *defaultType(TypeContext &ctx, Type *t);

/// Field or method lookup (go/types LookupFieldOrMethod): returns the object
/// and fills index/indirect; null if not found or ambiguous.
Object *lookupFieldOrMethod(Type *t, bool addressable, Package *pkg,
                            const std::string &name, std::vector<int> &index,
                            bool &indirect);
/// Completes an interface's method set (embedded interfaces flattened).
void completeInterface(Interface *it);
/// If T does not implement the interface, returns the first missing method
/// and sets *wrongType when a method exists with the wrong signature or
/// pointer receiver; returns null when T implements it.
Func *missingMethod(Type *t, Interface *it, bool *wrongType);

// --- Additions by the checker (additive) ---
enum class LookupStatus : unsigned char { Found, NotFound, Ambiguous, PtrRecv };
/// Like lookupFieldOrMethod, but tells why nothing was found: Ambiguous
/// (several candidates at the same depth) or PtrRecv (a method with a
/// pointer receiver on a non-addressable value; the method is returned).
Object *lookupFieldOrMethodEx(Type *t, bool addressable, Package *pkg,
                              const std::string &name, std::vector<int> &index,
                              bool &indirect, LookupStatus &status);
/// missingMethod with the method found instead (*alt: wrong signature,
/// pointer receiver, or a different capitalisation), as go/types returns.
Func *missingMethodAlt(Type *t, Interface *it, bool isStatic, Func **alt);
/// identical() ignoring struct tags (conversion rules).
bool identicalIgnoreTags(Type *x, Type *y);
/// T's underlying type after dereferencing an unnamed pointer; sets *isPtr.
Type *derefType(Type *t, bool *isPtr = nullptr);
/// The underlying type if t is a Named, else t (null-safe: null -> invalid).
Type *under(Type *t);

/// Layout for unsafe.Sizeof/Alignof/Offsetof on a 64-bit target (amd64 and
/// arm64 agree); codegen uses the same rules through LLVM's DataLayout.
int64_t sizeOf(Type *t);
int64_t alignOf(Type *t);
std::vector<int64_t> offsetsOf(Struct *s);

} // namespace golite
