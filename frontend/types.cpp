//===- frontend/types.cpp - Go types, objects and scopes ------------------===//
//
// This file implements the semantic model declared in types.h: the universe
// and package unsafe, type strings in go/types' TypeString format, type
// identity and the spec's predicates, field and method lookup through
// embedded fields (lookup.go), interface completion and method-set checks,
// and the gc layout rules for a 64-bit target (sizes.go in cmd/compile).
//
//===----------------------------------------------------------------------===//

#include "frontend/types.h"

#include <algorithm>
#include <set>

namespace golite {

namespace {
// The invalid type is shared so that underlying() needs no context.
Basic &invalidBasic() {
  static Basic b(BasicKind::Invalid, 0, "invalid type");
  return b;
}
const Type *gAnyType = nullptr; // prints as "any"
} // namespace

//===----------------------------------------------------------------------===//
// Type basics
//===----------------------------------------------------------------------===//

Type *Type::underlying() {
  if (auto *n = llvm::dyn_cast<Named>(this))
    return n->under ? n->under : &invalidBasic();
  return this;
}

Type *under(Type *t) {
  if (!t)
    return &invalidBasic();
  return t->underlying();
}

Type *derefType(Type *t, bool *isPtr) {
  if (auto *p = llvm::dyn_cast_or_null<Pointer>(t)) {
    if (isPtr)
      *isPtr = true;
    return p->elem;
  }
  if (isPtr)
    *isPtr = false;
  return t;
}

Type *Tuple::at(size_t i) const { return vars[i]->type; }

//===----------------------------------------------------------------------===//
// Type strings
//===----------------------------------------------------------------------===//

namespace {

class TypeWriter {
public:
  TypeWriter(std::string &out, const Package *rel) : out_(out), rel_(rel) {}

  void type(const Type *t) {
    if (!t) {
      out_ += "<nil>";
      return;
    }
    if (++depth_ > 64) { // cyclic unnamed types cannot exist; be safe anyway
      out_ += "…";
      --depth_;
      return;
    }
    switch (t->kind()) {
    case TypeKind::Basic: basic(llvm::cast<Basic>(t)); break;
    case TypeKind::Pointer: out_ += "*"; type(llvm::cast<Pointer>(t)->elem); break;
    case TypeKind::Array: array(llvm::cast<Array>(t)); break;
    case TypeKind::Slice: out_ += "[]"; type(llvm::cast<Slice>(t)->elem); break;
    case TypeKind::Struct: structType(llvm::cast<Struct>(t)); break;
    case TypeKind::Tuple: tuple(llvm::cast<Tuple>(t), false); break;
    case TypeKind::Signature: out_ += "func"; signature(llvm::cast<Signature>(t)); break;
    case TypeKind::Interface: interface(llvm::cast<Interface>(t)); break;
    case TypeKind::Map: mapType(llvm::cast<Map>(t)); break;
    case TypeKind::Chan: chanType(llvm::cast<Chan>(t)); break;
    case TypeKind::Named: named(llvm::cast<Named>(t)); break;
    }
    --depth_;
  }

  void signature(const Signature *s) {
    tuple(s->params, s->variadic);
    size_t n = s->results ? s->results->size() : 0;
    if (n == 0)
      return;
    out_ += " ";
    if (n == 1 && s->results->vars[0]->name.empty()) {
      type(s->results->vars[0]->type);
      return;
    }
    tuple(s->results, false);
  }

private:
  void basic(const Basic *b) {
    if (b->basicKind == BasicKind::UnsafePointer) {
      qualifier("unsafe", "unsafe");
      out_ += "Pointer";
      return;
    }
    out_ += b->name;
  }

  void qualifier(const std::string &path, const std::string &name) {
    if (rel_ && rel_->path == path)
      return;
    out_ += name;
    out_ += ".";
  }

  void array(const Array *a) {
    out_ += "[" + std::to_string(a->len) + "]";
    type(a->elem);
  }

  void structType(const Struct *s) {
    out_ += "struct{";
    for (size_t i = 0; i < s->fields.size(); i++) {
      if (i)
        out_ += "; ";
      Var *f = s->fields[i];
      if (!f->embedded) {
        out_ += f->name;
        out_ += " ";
      }
      type(f->type);
      if (i < s->tags.size() && !s->tags[i].empty())
        out_ += " " + quote(s->tags[i]);
    }
    out_ += "}";
  }

  void tuple(const Tuple *t, bool variadic) {
    out_ += "(";
    if (t) {
      for (size_t i = 0; i < t->vars.size(); i++) {
        if (i)
          out_ += ", ";
        Var *v = t->vars[i];
        if (!v->name.empty()) {
          out_ += v->name;
          out_ += " ";
        }
        if (variadic && i + 1 == t->vars.size()) {
          out_ += "...";
          if (auto *sl = llvm::dyn_cast_or_null<Slice>(v->type))
            type(sl->elem);
          else
            type(v->type); // append(s, "x"...): string
        } else {
          type(v->type);
        }
      }
    }
    out_ += ")";
  }

  void interface(const Interface *it) {
    if (it == gAnyType) {
      out_ += "any";
      return;
    }
    out_ += "interface{";
    bool first = true;
    for (Func *m : it->methods) {
      if (!first)
        out_ += "; ";
      first = false;
      out_ += m->name;
      signature(m->sig());
    }
    for (Type *e : it->embeddeds) {
      if (!first)
        out_ += "; ";
      first = false;
      type(e);
    }
    out_ += "}";
  }

  void mapType(const Map *m) {
    out_ += "map[";
    type(m->key);
    out_ += "]";
    type(m->elem);
  }

  void chanType(const Chan *c) {
    bool paren = false;
    switch (c->dir) {
    case ChanBoth:
      out_ += "chan ";
      if (auto *e = llvm::dyn_cast_or_null<Chan>(c->elem))
        paren = e->dir == ChanRecv;
      break;
    case ChanSend: out_ += "chan<- "; break;
    case ChanRecv: out_ += "<-chan "; break;
    }
    if (paren)
      out_ += "(";
    type(c->elem);
    if (paren)
      out_ += ")";
  }

  void named(const Named *n) {
    TypeName *obj = n->obj;
    if (obj->pkg)
      qualifier(obj->pkg->path, obj->pkg->name);
    out_ += obj->name;
  }

  static std::string quote(const std::string &s) {
    std::string r = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\')
        r += '\\';
      r += c;
    }
    return r + "\"";
  }

  std::string &out_;
  const Package *rel_;
  int depth_ = 0;
};

} // namespace

std::string Type::str(const Package *relativeTo) const {
  std::string s;
  TypeWriter(s, relativeTo).type(this);
  return s;
}

//===----------------------------------------------------------------------===//
// Objects and scopes
//===----------------------------------------------------------------------===//

std::string Object::id() const {
  if (exported() || !pkg)
    return name;
  return pkg->path + "." + name;
}

bool Func::hasPtrRecv() const {
  auto *s = llvm::dyn_cast_or_null<Signature>(type);
  return s && s->recv && llvm::isa_and_nonnull<Pointer>(s->recv->type);
}

std::string Func::fullName() const {
  std::string prefix = pkg ? pkg->path + "." : "";
  auto *s = llvm::dyn_cast_or_null<Signature>(type);
  if (!s || !s->recv)
    return prefix + name;
  bool ptr = false;
  Type *base = derefType(s->recv->type, &ptr);
  std::string tname;
  if (auto *n = llvm::dyn_cast_or_null<Named>(base))
    tname = n->obj->name;
  else if (base)
    tname = base->str(pkg);
  if (ptr)
    return prefix + "(*" + tname + ")." + name;
  return prefix + tname + "." + name;
}

Object *Scope::lookup(const std::string &name) const {
  auto it = names_.find(name);
  return it == names_.end() ? nullptr : it->second;
}

Object *Scope::lookupParent(const std::string &name, Scope **where) const {
  for (const Scope *s = this; s; s = s->parent) {
    if (Object *o = s->lookup(name)) {
      if (where)
        *where = const_cast<Scope *>(s);
      return o;
    }
  }
  if (where)
    *where = nullptr;
  return nullptr;
}

Object *Scope::insert(Object *obj) {
  auto [it, inserted] = names_.emplace(obj->name, obj);
  if (!inserted)
    return it->second;
  objects.push_back(obj);
  if (!obj->parent)
    obj->parent = this;
  return nullptr;
}

//===----------------------------------------------------------------------===//
// The universe and package unsafe
//===----------------------------------------------------------------------===//

namespace {
struct BasicDesc {
  BasicKind kind;
  unsigned info;
  const char *name;
};
const BasicDesc basicDescs[] = {
    {BasicKind::Invalid, 0, "invalid type"},
    {BasicKind::Bool, IsBoolean, "bool"},
    {BasicKind::Int, IsInteger, "int"},
    {BasicKind::Int8, IsInteger, "int8"},
    {BasicKind::Int16, IsInteger, "int16"},
    {BasicKind::Int32, IsInteger, "int32"},
    {BasicKind::Int64, IsInteger, "int64"},
    {BasicKind::Uint, IsInteger | IsUnsigned, "uint"},
    {BasicKind::Uint8, IsInteger | IsUnsigned, "uint8"},
    {BasicKind::Uint16, IsInteger | IsUnsigned, "uint16"},
    {BasicKind::Uint32, IsInteger | IsUnsigned, "uint32"},
    {BasicKind::Uint64, IsInteger | IsUnsigned, "uint64"},
    {BasicKind::Uintptr, IsInteger | IsUnsigned, "uintptr"},
    {BasicKind::Float32, IsFloat, "float32"},
    {BasicKind::Float64, IsFloat, "float64"},
    {BasicKind::Complex64, IsComplex, "complex64"},
    {BasicKind::Complex128, IsComplex, "complex128"},
    {BasicKind::String, IsString, "string"},
    {BasicKind::UnsafePointer, 0, "Pointer"},
    {BasicKind::UntypedBool, IsBoolean | IsUntyped, "untyped bool"},
    {BasicKind::UntypedInt, IsInteger | IsUntyped, "untyped int"},
    {BasicKind::UntypedRune, IsInteger | IsUntyped, "untyped rune"},
    {BasicKind::UntypedFloat, IsFloat | IsUntyped, "untyped float"},
    {BasicKind::UntypedComplex, IsComplex | IsUntyped, "untyped complex"},
    {BasicKind::UntypedString, IsString | IsUntyped, "untyped string"},
    {BasicKind::UntypedNil, IsUntyped, "untyped nil"},
};

struct BuiltinDesc {
  const char *name;
  BuiltinId id;
};
const BuiltinDesc universeBuiltins[] = {
    {"append", BuiltinId::Append},   {"cap", BuiltinId::Cap},
    {"close", BuiltinId::Close},     {"complex", BuiltinId::Complex},
    {"copy", BuiltinId::Copy},       {"delete", BuiltinId::Delete},
    {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
    {"make", BuiltinId::Make},       {"new", BuiltinId::New},
    {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
    {"println", BuiltinId::Println}, {"real", BuiltinId::Real},
    {"recover", BuiltinId::Recover},
};
const BuiltinDesc unsafeBuiltins[] = {
    {"Alignof", BuiltinId::Alignof}, {"Offsetof", BuiltinId::Offsetof},
    {"Sizeof", BuiltinId::Sizeof},   {"Add", BuiltinId::Add},
    {"Slice", BuiltinId::Slice},
};
} // namespace

TypeContext::TypeContext() {
  for (const BasicDesc &d : basicDescs) {
    if (d.kind == BasicKind::Invalid) {
      basics_.push_back(&invalidBasic());
      continue;
    }
    basics_.push_back(make<Basic>(d.kind, d.info, d.name));
  }
  byte_ = make<Basic>(BasicKind::Uint8, IsInteger | IsUnsigned, "byte");
  rune_ = make<Basic>(BasicKind::Int32, IsInteger, "rune");

  universe_ = make<Scope>(nullptr, NoPos, NoPos, "universe");
  auto defType = [&](const std::string &name, Type *t) {
    auto *tn = make<TypeName>(NoPos, nullptr, name, t);
    universe_->insert(tn);
    return tn;
  };
  for (Basic *b : basics_) {
    if (b->basicKind == BasicKind::Invalid || b->basicKind == BasicKind::UnsafePointer ||
        (b->info & IsUntyped))
      continue;
    defType(b->name, b);
  }
  defType("byte", byte_);
  defType("rune", rune_);

  // type error interface { Error() string }
  auto *errObj = make<TypeName>(NoPos, nullptr, "error", nullptr);
  error_ = make<Named>(errObj);
  errObj->type = error_;
  auto *res = make<Var>(NoPos, nullptr, "", basic(BasicKind::String));
  auto *sig = make<Signature>(nullptr, newTuple({}),
                              newTuple({res}), false);
  auto *errMethod = make<Func>(NoPos, nullptr, "Error", sig);
  auto *errIface = make<Interface>(std::vector<Func *>{errMethod}, std::vector<Type *>{});
  completeInterface(errIface);
  error_->under = errIface;
  universe_->insert(errObj);

  any_ = make<Interface>(std::vector<Func *>{}, std::vector<Type *>{});
  any_->completed = true;
  gAnyType = any_;
  auto *anyObj = defType("any", any_);
  anyObj->isAlias = true;
  empty_ = make<Interface>(std::vector<Func *>{}, std::vector<Type *>{});
  empty_->completed = true;

  comparable_ = make<TypeName>(NoPos, nullptr, "comparable", nullptr);
  auto *cmpNamed = make<Named>(comparable_);
  comparable_->type = cmpNamed;
  auto *cmpIface = make<Interface>(std::vector<Func *>{}, std::vector<Type *>{});
  cmpIface->completed = true;
  cmpNamed->under = cmpIface;
  universe_->insert(comparable_);

  Basic *ub = basic(BasicKind::UntypedBool);
  universe_->insert(make<Const>(NoPos, nullptr, "true", ub, constant::makeBool(true)));
  universe_->insert(make<Const>(NoPos, nullptr, "false", ub, constant::makeBool(false)));
  universe_->insert(make<Const>(NoPos, nullptr, "iota", basic(BasicKind::UntypedInt),
                                constant::makeInt64(0)));
  universe_->insert(make<Nil>(basic(BasicKind::UntypedNil)));
  for (const BuiltinDesc &d : universeBuiltins)
    universe_->insert(make<Builtin>(d.name, d.id));

  unsafe_ = make<Package>("unsafe", "unsafe");
  unsafe_->scope = make<Scope>(universe_, NoPos, NoPos, "package unsafe");
  unsafe_->complete = true;
  auto *ptrObj = make<TypeName>(NoPos, unsafe_, "Pointer", basic(BasicKind::UnsafePointer));
  unsafe_->scope->insert(ptrObj);
  for (const BuiltinDesc &d : unsafeBuiltins) {
    auto *b = make<Builtin>(d.name, d.id);
    b->pkg = unsafe_;
    unsafe_->scope->insert(b);
  }
}

TypeContext::~TypeContext() {
  if (gAnyType == any_)
    gAnyType = nullptr;
}

Interface *TypeContext::emptyInterface() const { return empty_; }

Pointer *TypeContext::newPointer(Type *elem) {
  auto &slot = ptrs_[elem];
  if (!slot)
    slot = make<Pointer>(elem);
  return slot;
}

Slice *TypeContext::newSlice(Type *elem) {
  auto &slot = slices_[elem];
  if (!slot)
    slot = make<Slice>(elem);
  return slot;
}

Array *TypeContext::newArray(Type *elem, int64_t len) { return make<Array>(elem, len); }
Map *TypeContext::newMap(Type *k, Type *v) { return make<Map>(k, v); }
Chan *TypeContext::newChan(ChanDir d, Type *elem) { return make<Chan>(d, elem); }
Tuple *TypeContext::newTuple(std::vector<Var *> vars) { return make<Tuple>(std::move(vars)); }

//===----------------------------------------------------------------------===//
// Predicates
//===----------------------------------------------------------------------===//

static unsigned basicInfo(Type *t) {
  if (auto *b = llvm::dyn_cast<Basic>(under(t)))
    return b->info;
  return 0;
}

bool isBoolean(Type *t) { return basicInfo(t) & IsBoolean; }
bool isInteger(Type *t) { return basicInfo(t) & IsInteger; }
bool isUnsigned(Type *t) { return basicInfo(t) & IsUnsigned; }
bool isFloat(Type *t) { return basicInfo(t) & IsFloat; }
bool isComplex(Type *t) { return basicInfo(t) & IsComplex; }
bool isNumeric(Type *t) { return basicInfo(t) & IsNumeric; }
bool isString(Type *t) { return basicInfo(t) & IsString; }
bool isConstType(Type *t) { return basicInfo(t) & IsConstType; }
bool isInterface(Type *t) { return llvm::isa<Interface>(under(t)); }

bool isUntyped(Type *t) {
  // Only unnamed basic types can be untyped.
  auto *b = llvm::dyn_cast_or_null<Basic>(t);
  return b && (b->info & IsUntyped);
}

static bool comparableRec(Type *t, int depth) {
  if (depth > 100)
    return true; // invalid recursive type; reported elsewhere
  Type *u = under(t);
  switch (u->kind()) {
  case TypeKind::Basic:
    return llvm::cast<Basic>(u)->basicKind != BasicKind::UntypedNil;
  case TypeKind::Pointer:
  case TypeKind::Chan:
  case TypeKind::Interface:
    return true;
  case TypeKind::Struct:
    for (Var *f : llvm::cast<Struct>(u)->fields)
      if (!comparableRec(f->type, depth + 1))
        return false;
    return true;
  case TypeKind::Array:
    return comparableRec(llvm::cast<Array>(u)->elem, depth + 1);
  default:
    return false;
  }
}

bool comparable(Type *t) { return comparableRec(t, 0); }

bool hasNil(Type *t) {
  Type *u = under(t);
  switch (u->kind()) {
  case TypeKind::Basic:
    // As in go/types, untyped nil itself does not "have nil".
    return llvm::cast<Basic>(u)->basicKind == BasicKind::UnsafePointer;
  case TypeKind::Pointer:
  case TypeKind::Slice:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Signature:
  case TypeKind::Interface:
    return true;
  default:
    return false;
  }
}

Type *defaultType(TypeContext &ctx, Type *t) {
  auto *b = llvm::dyn_cast_or_null<Basic>(t);
  if (!b)
    return t;
  switch (b->basicKind) {
  case BasicKind::UntypedBool: return ctx.basic(BasicKind::Bool);
  case BasicKind::UntypedInt: return ctx.basic(BasicKind::Int);
  case BasicKind::UntypedRune: return ctx.runeType();
  case BasicKind::UntypedFloat: return ctx.basic(BasicKind::Float64);
  case BasicKind::UntypedComplex: return ctx.basic(BasicKind::Complex128);
  case BasicKind::UntypedString: return ctx.basic(BasicKind::String);
  default: return t;
  }
}

//===----------------------------------------------------------------------===//
// Identity
//===----------------------------------------------------------------------===//

static bool identicalRec(Type *x, Type *y, int depth);
namespace {
// Interface pairs under comparison: a pair seen again is assumed identical
// (go/types' ifacePair), which makes recursive interface types terminate.
thread_local std::vector<std::pair<Interface *, Interface *>> ifacePairs;
thread_local bool ignoreTags = false;
} // namespace

static bool identicalTuples(Tuple *x, Tuple *y, int depth) {
  size_t nx = x ? x->size() : 0, ny = y ? y->size() : 0;
  if (nx != ny)
    return false;
  for (size_t i = 0; i < nx; i++)
    if (!identicalRec(x->at(i), y->at(i), depth + 1))
      return false;
  return true;
}

static bool identicalStructs(Struct *x, Struct *y, int depth) {
  if (x->fields.size() != y->fields.size())
    return false;
  for (size_t i = 0; i < x->fields.size(); i++) {
    Var *f = x->fields[i], *g = y->fields[i];
    std::string tf = i < x->tags.size() ? x->tags[i] : "";
    std::string tg = i < y->tags.size() ? y->tags[i] : "";
    if (f->embedded != g->embedded || (!ignoreTags && tf != tg) || f->id() != g->id() ||
        !identicalRec(f->type, g->type, depth + 1))
      return false;
  }
  return true;
}

static bool identicalInterfaces(Interface *x, Interface *y, int depth) {
  completeInterface(x);
  completeInterface(y);
  if (x->allMethods.size() != y->allMethods.size())
    return false;
  for (auto &p : ifacePairs)
    if ((p.first == x && p.second == y) || (p.first == y && p.second == x))
      return true;
  ifacePairs.push_back({x, y});
  bool same = true;
  for (size_t i = 0; i < x->allMethods.size() && same; i++) {
    Func *f = x->allMethods[i], *g = y->allMethods[i];
    if (f->id() != g->id() || !identicalRec(f->type, g->type, depth + 1))
      same = false;
  }
  ifacePairs.pop_back();
  return same;
}

static bool identicalRec(Type *x, Type *y, int depth) {
  if (x == y)
    return true;
  if (!x || !y || x->kind() != y->kind() || depth > 200)
    return false;
  switch (x->kind()) {
  case TypeKind::Basic:
    return llvm::cast<Basic>(x)->basicKind == llvm::cast<Basic>(y)->basicKind;
  case TypeKind::Pointer:
    return identicalRec(llvm::cast<Pointer>(x)->elem, llvm::cast<Pointer>(y)->elem, depth + 1);
  case TypeKind::Slice:
    return identicalRec(llvm::cast<Slice>(x)->elem, llvm::cast<Slice>(y)->elem, depth + 1);
  case TypeKind::Array: {
    auto *a = llvm::cast<Array>(x), *b = llvm::cast<Array>(y);
    return a->len == b->len && identicalRec(a->elem, b->elem, depth + 1);
  }
  case TypeKind::Struct:
    return identicalStructs(llvm::cast<Struct>(x), llvm::cast<Struct>(y), depth);
  case TypeKind::Tuple:
    return identicalTuples(llvm::cast<Tuple>(x), llvm::cast<Tuple>(y), depth);
  case TypeKind::Signature: {
    auto *a = llvm::cast<Signature>(x), *b = llvm::cast<Signature>(y);
    return a->variadic == b->variadic && identicalTuples(a->params, b->params, depth) &&
           identicalTuples(a->results, b->results, depth);
  }
  case TypeKind::Interface:
    return identicalInterfaces(llvm::cast<Interface>(x), llvm::cast<Interface>(y), depth);
  case TypeKind::Map: {
    auto *a = llvm::cast<Map>(x), *b = llvm::cast<Map>(y);
    return identicalRec(a->key, b->key, depth + 1) && identicalRec(a->elem, b->elem, depth + 1);
  }
  case TypeKind::Chan: {
    auto *a = llvm::cast<Chan>(x), *b = llvm::cast<Chan>(y);
    return a->dir == b->dir && identicalRec(a->elem, b->elem, depth + 1);
  }
  case TypeKind::Named:
    return false; // named types are identical only to themselves
  }
  return false;
}

bool identical(Type *x, Type *y) { return identicalRec(x, y, 0); }

bool identicalIgnoreTags(Type *x, Type *y) {
  bool saved = ignoreTags;
  ignoreTags = true;
  bool r = identicalRec(x, y, 0);
  ignoreTags = saved;
  return r;
}

//===----------------------------------------------------------------------===//
// Interfaces
//===----------------------------------------------------------------------===//

static bool methodLess(Func *a, Func *b) {
  if (a->name != b->name)
    return a->name < b->name;
  std::string pa = a->pkg ? a->pkg->path : "", pb = b->pkg ? b->pkg->path : "";
  return pa < pb;
}

void completeInterface(Interface *it) {
  if (!it || it->completed)
    return;
  it->completed = true; // set first: cycles through embedding terminate
  std::vector<Func *> all;
  auto add = [&](Func *m) {
    for (Func *f : all)
      if (f->id() == m->id())
        return; // duplicates (identical or not) are reported by the checker
    all.push_back(m);
  };
  for (Func *m : it->methods)
    add(m);
  for (Type *e : it->embeddeds) {
    auto *ei = llvm::dyn_cast<Interface>(under(e));
    if (!ei)
      continue;
    completeInterface(ei);
    for (Func *m : ei->allMethods)
      add(m);
  }
  std::stable_sort(all.begin(), all.end(), methodLess);
  it->allMethods = std::move(all);
}

static int findMethod(const std::vector<Func *> &ms, Package *pkg, const std::string &name) {
  for (size_t i = 0; i < ms.size(); i++) {
    Func *m = ms[i];
    if (m->name != name)
      continue;
    if (m->exported() || !m->pkg || !pkg || m->pkg == pkg || m->pkg->path == pkg->path)
      return int(i);
  }
  return -1;
}

//===----------------------------------------------------------------------===//
// Field and method lookup (lookup.go)
//===----------------------------------------------------------------------===//

namespace {
struct EmbeddedType {
  Type *type;
  std::vector<int> index;
  bool indirect;
  bool multiples;
};

bool sameFieldId(Var *f, Package *pkg, const std::string &name) {
  if (f->name != name)
    return false;
  if (f->exported() || !f->pkg || !pkg)
    return true;
  return f->pkg == pkg || f->pkg->path == pkg->path;
}

std::vector<int> concatIndex(const std::vector<int> &a, int i) {
  std::vector<int> r = a;
  r.push_back(i);
  return r;
}

// Merges entries with identical types at one depth, marking them multiple.
std::vector<EmbeddedType> consolidateMultiples(std::vector<EmbeddedType> list) {
  std::vector<EmbeddedType> out;
  for (auto &e : list) {
    bool merged = false;
    for (auto &o : out) {
      if (identical(o.type, e.type)) {
        o.multiples = true;
        merged = true;
        break;
      }
    }
    if (!merged)
      out.push_back(std::move(e));
  }
  return out;
}
} // namespace

static Object *lookupRec(Type *T, bool addressable, Package *pkg, const std::string &name,
                         std::vector<int> &index, bool &indirect, LookupStatus &status) {
  index.clear();
  indirect = false;
  status = LookupStatus::NotFound;
  if (name == "_" || !T)
    return nullptr;
  bool isPtr = false;
  Type *typ = derefType(T, &isPtr);
  if (isPtr && isInterface(typ))
    return nullptr; // pointers to interfaces have no methods

  std::vector<EmbeddedType> current{{typ, {}, isPtr, false}};
  std::set<Named *> seen;
  int depth = 0;
  while (!current.empty() && depth++ < 64) {
    std::vector<EmbeddedType> next;
    Object *obj = nullptr;
    for (auto &e : current) {
      Type *t = e.type;
      if (auto *n = llvm::dyn_cast_or_null<Named>(t)) {
        if (seen.count(n))
          continue;
        seen.insert(n);
        int i = findMethod(n->methods, pkg, name);
        if (i >= 0) {
          if (obj || e.multiples) {
            status = LookupStatus::Ambiguous;
            return nullptr;
          }
          obj = n->methods[i];
          index = concatIndex(e.index, i);
          indirect = e.indirect;
          continue;
        }
      }
      Type *u = under(t);
      if (auto *s = llvm::dyn_cast<Struct>(u)) {
        for (size_t i = 0; i < s->fields.size(); i++) {
          Var *f = s->fields[i];
          if (sameFieldId(f, pkg, name)) {
            if (obj || e.multiples) {
              status = LookupStatus::Ambiguous;
              return nullptr;
            }
            obj = f;
            index = concatIndex(e.index, int(i));
            indirect = e.indirect;
            continue;
          }
          if (!obj && f->embedded) {
            bool p = false;
            Type *ft = derefType(f->type, &p);
            next.push_back({ft, concatIndex(e.index, int(i)), e.indirect || p, e.multiples});
          }
        }
      } else if (auto *it = llvm::dyn_cast<Interface>(u)) {
        completeInterface(it);
        int i = findMethod(it->allMethods, pkg, name);
        if (i >= 0) {
          if (obj || e.multiples) {
            status = LookupStatus::Ambiguous;
            return nullptr;
          }
          obj = it->allMethods[i];
          index = concatIndex(e.index, i);
          indirect = e.indirect;
        }
      }
    }
    if (obj) {
      status = LookupStatus::Found;
      if (auto *f = llvm::dyn_cast<Func>(obj)) {
        if (f->hasPtrRecv() && !indirect && !addressable)
          status = LookupStatus::PtrRecv;
      }
      return obj;
    }
    current = consolidateMultiples(std::move(next));
  }
  return nullptr;
}

Object *lookupFieldOrMethodEx(Type *T, bool addressable, Package *pkg, const std::string &name,
                              std::vector<int> &index, bool &indirect, LookupStatus &status) {
  // Methods cannot be associated with a named pointer type; its fields are
  // still reachable.
  if (auto *n = llvm::dyn_cast_or_null<Named>(T)) {
    if (auto *p = llvm::dyn_cast<Pointer>(under(n))) {
      Object *obj = lookupRec(p, false, pkg, name, index, indirect, status);
      if (obj && llvm::isa<Func>(obj)) {
        status = LookupStatus::NotFound;
        return nullptr;
      }
      return obj;
    }
  }
  return lookupRec(T, addressable, pkg, name, index, indirect, status);
}

Object *lookupFieldOrMethod(Type *t, bool addressable, Package *pkg, const std::string &name,
                            std::vector<int> &index, bool &indirect) {
  LookupStatus st;
  Object *o = lookupFieldOrMethodEx(t, addressable, pkg, name, index, indirect, st);
  return st == LookupStatus::Found ? o : nullptr;
}

static bool equalFold(const std::string &a, const std::string &b) {
  if (a.size() != b.size())
    return false;
  for (size_t i = 0; i < a.size(); i++)
    if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
      return false;
  return true;
}

Func *missingMethodAlt(Type *V, Interface *T, bool isStatic, Func **alt) {
  *alt = nullptr;
  completeInterface(T);
  if (T->allMethods.empty())
    return nullptr;
  if (auto *vi = llvm::dyn_cast<Interface>(under(V))) {
    completeInterface(vi);
    for (Func *m : T->allMethods) {
      int i = findMethod(vi->allMethods, m->pkg, m->name);
      if (i < 0) {
        if (!isStatic)
          continue;
        return m;
      }
      if (!identical(vi->allMethods[i]->type, m->type)) {
        *alt = vi->allMethods[i];
        return m;
      }
    }
    return nullptr;
  }
  for (Func *m : T->allMethods) {
    std::vector<int> index;
    bool indirect;
    LookupStatus st;
    Object *obj = lookupFieldOrMethodEx(V, false, m->pkg, m->name, index, indirect, st);
    auto *f = llvm::dyn_cast_or_null<Func>(obj);
    if (!f) {
      // Look for a method with a different capitalisation for the message
      // (still the same identifier space: an unexported method of another
      // package is no candidate, so the cause is "missing method").
      // As in go/types, a value V does not offer the methods of *V here.
      Type *base = derefType(V);
      bool vptr = base != V;
      auto ptrRecv = [](Func *c) {
        Signature *sig = c->sig();
        return sig && sig->recv && llvm::isa<Pointer>(sig->recv->type);
      };
      if (auto *n = llvm::dyn_cast_or_null<Named>(base))
        for (Func *c : n->methods)
          if (equalFold(c->name, m->name) && (vptr || !ptrRecv(c)) &&
              (c->exported() || !c->pkg || !m->pkg || c->pkg == m->pkg ||
               c->pkg->path == m->pkg->path)) {
            *alt = c;
            break;
          }
      return m;
    }
    // Compare signatures without receivers.
    auto *fs = f->sig();
    auto *ms = m->sig();
    bool same = fs->variadic == ms->variadic && identical(fs->params, ms->params) &&
                identical(fs->results, ms->results);
    if (!same || st == LookupStatus::PtrRecv) {
      *alt = f;
      return m;
    }
  }
  return nullptr;
}

Func *missingMethod(Type *t, Interface *it, bool *wrongType) {
  Func *alt = nullptr;
  Func *m = missingMethodAlt(t, it, true, &alt);
  if (wrongType)
    *wrongType = alt != nullptr;
  return m;
}

//===----------------------------------------------------------------------===//
// Sizes (gc's rules on 64-bit targets)
//===----------------------------------------------------------------------===//

static int64_t roundUp(int64_t x, int64_t a) { return a <= 1 ? x : (x + a - 1) / a * a; }

static int64_t alignRec(Type *t, int depth);
static int64_t sizeRec(Type *t, int depth);

static int64_t basicSize(BasicKind k) {
  switch (k) {
  case BasicKind::Bool:
  case BasicKind::Int8:
  case BasicKind::Uint8: return 1;
  case BasicKind::Int16:
  case BasicKind::Uint16: return 2;
  case BasicKind::Int32:
  case BasicKind::Uint32:
  case BasicKind::Float32: return 4;
  case BasicKind::Complex128:
  case BasicKind::String: return 16;
  default: return 8;
  }
}

static std::vector<int64_t> offsetsRec(Struct *s, int depth) {
  std::vector<int64_t> offs;
  int64_t off = 0;
  for (Var *f : s->fields) {
    off = roundUp(off, alignRec(f->type, depth + 1));
    offs.push_back(off);
    off += sizeRec(f->type, depth + 1);
  }
  return offs;
}

static int64_t alignRec(Type *t, int depth) {
  if (depth > 100)
    return 1;
  Type *u = under(t);
  switch (u->kind()) {
  case TypeKind::Array: return alignRec(llvm::cast<Array>(u)->elem, depth + 1);
  case TypeKind::Struct: {
    int64_t a = 1;
    for (Var *f : llvm::cast<Struct>(u)->fields)
      a = std::max(a, alignRec(f->type, depth + 1));
    return a;
  }
  case TypeKind::Basic: {
    auto k = llvm::cast<Basic>(u)->basicKind;
    if (k == BasicKind::String)
      return 8;
    if (k == BasicKind::Complex64)
      return 4;
    if (k == BasicKind::Complex128)
      return 8;
    return std::min<int64_t>(8, basicSize(k));
  }
  default: return 8;
  }
}

static int64_t sizeRec(Type *t, int depth) {
  if (depth > 100)
    return 0;
  Type *u = under(t);
  switch (u->kind()) {
  case TypeKind::Basic: return basicSize(llvm::cast<Basic>(u)->basicKind);
  case TypeKind::Array: {
    auto *a = llvm::cast<Array>(u);
    if (a->len <= 0)
      return 0;
    return sizeRec(a->elem, depth + 1) * a->len;
  }
  case TypeKind::Slice: return 24;
  case TypeKind::Interface: return 16;
  case TypeKind::Struct: {
    auto *s = llvm::cast<Struct>(u);
    size_t n = s->fields.size();
    if (n == 0)
      return 0;
    auto offs = offsetsRec(s, depth);
    int64_t last = sizeRec(s->fields[n - 1]->type, depth + 1);
    if (last == 0 && offs[n - 1] > 0)
      last = 1;
    return roundUp(offs[n - 1] + last, alignRec(s, depth));
  }
  case TypeKind::Tuple: {
    int64_t off = 0;
    for (Var *v : llvm::cast<Tuple>(u)->vars)
      off = roundUp(off, alignRec(v->type, depth + 1)) + sizeRec(v->type, depth + 1);
    return off;
  }
  default: return 8;
  }
}

int64_t sizeOf(Type *t) { return sizeRec(t, 0); }
int64_t alignOf(Type *t) { return alignRec(t, 0); }
std::vector<int64_t> offsetsOf(Struct *s) { return offsetsRec(s, 0); }

} // namespace golite
