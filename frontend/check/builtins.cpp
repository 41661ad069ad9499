//===- frontend/check/builtins.cpp - Built-in functions -------------------===//
//
// This file implements calls of the predeclared functions and of package
// unsafe's functions (go/types builtins.go): argument counts, argument
// types, constant results (len and cap of arrays and constant strings,
// real/imag/complex of constants, unsafe.Sizeof/Alignof/Offsetof).
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

namespace golite::check {

namespace {
struct BuiltinInfo {
  const char *name;
  int nargs;
  bool variadic;
  bool isStmt; // result is "no value"
};

BuiltinInfo builtinInfo(BuiltinId id) {
  switch (id) {
  case BuiltinId::Append: return {"append", 1, true, false};
  case BuiltinId::Cap: return {"cap", 1, false, false};
  case BuiltinId::Close: return {"close", 1, false, true};
  case BuiltinId::Complex: return {"complex", 2, false, false};
  case BuiltinId::Copy: return {"copy", 2, false, true};
  case BuiltinId::Delete: return {"delete", 2, false, true};
  case BuiltinId::Imag: return {"imag", 1, false, false};
  case BuiltinId::Len: return {"len", 1, false, false};
  case BuiltinId::Make: return {"make", 1, true, false};
  case BuiltinId::New: return {"new", 1, false, false};
  case BuiltinId::Panic: return {"panic", 1, false, true};
  case BuiltinId::Print: return {"print", 0, true, true};
  case BuiltinId::Println: return {"println", 0, true, true};
  case BuiltinId::Real: return {"real", 1, false, false};
  case BuiltinId::Recover: return {"recover", 0, false, true};
  case BuiltinId::Alignof: return {"Alignof", 1, false, false};
  case BuiltinId::Offsetof: return {"Offsetof", 1, false, false};
  case BuiltinId::Sizeof: return {"Sizeof", 1, false, false};
  case BuiltinId::Add: return {"Add", 2, false, false};
  case BuiltinId::Slice: return {"Slice", 2, false, false};
  }
  return {"?", 0, false, false};
}

bool isInvalidType(Type *t) {
  auto *b = llvm::dyn_cast_or_null<Basic>(t ? under(t) : nullptr);
  return !t || (b && b->basicKind == BasicKind::Invalid);
}

/// Types whose size is not known at compile time (none without generics).
bool hasVarSize(Type *) { return false; }
} // namespace

bool Checker::builtin(Operand &x, CallExpr *call, BuiltinId id) {
  BuiltinInfo bin = builtinInfo(id);
  if (call->hasEllipsis() && id != BuiltinId::Append) {
    invalidOp(call->pos(), std::string("invalid use of ... with built-in ") + bin.name);
    useExprs(call->args);
    return false;
  }
  bool savedCall = hasCallOrRecv;
  if (id == BuiltinId::Len || id == BuiltinId::Cap)
    hasCallOrRecv = false;
  struct Restore {
    Checker &c;
    BuiltinId id;
    bool saved;
    ~Restore() {
      if (id == BuiltinId::Len || id == BuiltinId::Cap)
        c.hasCallOrRecv = saved;
    }
  } restore{*this, id, savedCall};

  std::vector<Operand> xlist;
  size_t nargs = call->args.size();
  bool evaluated = id != BuiltinId::Make && id != BuiltinId::New && id != BuiltinId::Offsetof;
  if (evaluated) {
    argsOf(xlist, call->args);
    nargs = xlist.size();
    if (nargs > 0) {
      x = xlist[0];
      if (x.mode == Mode::Invalid)
        return false;
      // A single argument that is a type or no value is reported by the
      // specific checks below through mode; reject the obvious cases.
      if (x.mode == Mode::TypeExpr) {
        error(spos(x.expr), str(x.expr) + " (type) is not an expression");
        return false;
      }
    }
  }
  std::string msg;
  if (int(nargs) < bin.nargs)
    msg = "not enough";
  else if (!bin.variadic && int(nargs) > bin.nargs)
    msg = "too many";
  if (!msg.empty()) {
    Pos at = call->pos();
    invalidOp(at, msg + " arguments for " + str(call) + " (expected " +
                      std::to_string(bin.nargs) + ", found " + std::to_string(nargs) + ")");
    if (!evaluated)
      useExprs(call->args);
    return false;
  }
  auto arg = [&](size_t i) -> Operand & { return xlist[i]; };

  switch (id) {
  case BuiltinId::Append: {
    Type *S = x.type;
    auto *s = llvm::dyn_cast<Slice>(under(S));
    if (!s) {
      std::string cause = x.isNil() ? "have untyped nil" : "have " + str(x);
      error(spos(x.expr), "first argument to append must be a slice; " + cause);
      return false;
    }
    if (nargs == 2 && call->hasEllipsis()) {
      Operand tmp = x;
      if (assignableTo(tmp, tctx.newSlice(tctx.byteType()), nullptr)) {
        Operand &y = arg(1);
        if (y.mode == Mode::Invalid)
          return false;
        if (isString(y.type)) {
          if (isUntyped(y.type)) {
            convertUntyped(y, tctx.basic(BasicKind::String));
          }
          x.mode = Mode::Value;
          x.type = S;
          return true;
        }
      }
    }
    auto *param = tctx.make<Var>(NoPos, pkg, "", tctx.newSlice(s->elem));
    auto *first = tctx.make<Var>(NoPos, pkg, "", S);
    auto *sig = tctx.make<Signature>(nullptr, tctx.newTuple({first, param}),
                                     tctx.newTuple({tctx.make<Var>(NoPos, pkg, "", S)}), true);
    arguments(call, sig, xlist, "append");
    x.mode = Mode::Value;
    x.type = S;
    return true;
  }
  case BuiltinId::Cap:
  case BuiltinId::Len: {
    Mode mode = Mode::Invalid;
    constant::VP val = nullptr;
    Type *u = under(x.type);
    if (auto *p = llvm::dyn_cast<Pointer>(u))
      if (llvm::isa<Array>(under(p->elem)))
        u = under(p->elem);
    if (auto *b = llvm::dyn_cast<Basic>(u)) {
      if ((b->info & IsString) && id == BuiltinId::Len) {
        if (x.mode == Mode::Constant) {
          mode = Mode::Constant;
          val = constant::makeInt64(int64_t(constant::stringVal(x.val).size()));
        } else {
          mode = Mode::Value;
        }
      }
    } else if (auto *a = llvm::dyn_cast<Array>(u)) {
      mode = Mode::Value;
      if (!hasCallOrRecv) {
        mode = Mode::Constant;
        val = a->len >= 0 ? constant::makeInt64(a->len) : constant::makeUnknown();
      }
    } else if (llvm::isa<Slice>(u) || llvm::isa<Chan>(u)) {
      mode = Mode::Value;
    } else if (llvm::isa<Map>(u)) {
      if (id == BuiltinId::Len)
        mode = Mode::Value;
    }
    if (mode == Mode::Invalid) {
      if (!isInvalidType(x.type))
        error(spos(x.expr), "invalid argument: " + str(x) + " for " + bin.name);
      return false;
    }
    // Untyped string constants passed to len get their default type.
    if (isUntyped(x.type) && x.mode != Mode::Constant)
      convertUntyped(x, defaultType(tctx, x.type));
    x.mode = mode;
    x.type = tctx.basic(BasicKind::Int);
    x.val = val;
    return true;
  }
  case BuiltinId::Close: {
    auto *ch = llvm::dyn_cast<Chan>(under(x.type));
    if (!ch) {
      invalidOp(spos(x.expr), "cannot close non-channel " + str(x));
      return false;
    }
    if (ch->dir == ChanRecv) {
      invalidOp(spos(x.expr), "cannot close receive-only channel " + str(x));
      return false;
    }
    x.mode = Mode::NoValue;
    return true;
  }
  case BuiltinId::Complex: {
    Operand &y = arg(1);
    if (y.mode == Mode::Invalid)
      return false;
    int d = (isUntyped(x.type) ? 1 : 0) | (isUntyped(y.type) ? 2 : 0);
    switch (d) {
    case 1: convertUntyped(x, y.type); break;
    case 2: convertUntyped(y, x.type); break;
    case 3:
      if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
        auto toFloat = [&](Operand &o) {
          if (isNumeric(o.type) && constant::sign(constant::imag(o.val)) == 0)
            o.type = tctx.basic(BasicKind::UntypedFloat);
        };
        toFloat(x);
        toFloat(y);
      } else {
        convertUntyped(x, tctx.basic(BasicKind::Float64));
        convertUntyped(y, tctx.basic(BasicKind::Float64));
      }
      break;
    default: break;
    }
    if (x.mode == Mode::Invalid || y.mode == Mode::Invalid)
      return false;
    if (!identical(x.type, y.type)) {
      invalidOp(spos(x.expr), str(call) + " (mismatched types " + str(x.type) + " and " +
                                   str(y.type) + ")");
      return false;
    }
    Type *res = nullptr;
    if (auto *b = llvm::dyn_cast<Basic>(under(x.type))) {
      if (b->basicKind == BasicKind::Float32)
        res = tctx.basic(BasicKind::Complex64);
      else if (b->basicKind == BasicKind::Float64)
        res = tctx.basic(BasicKind::Complex128);
      else if (b->basicKind == BasicKind::UntypedFloat)
        res = tctx.basic(BasicKind::UntypedComplex);
    }
    if (!res) {
      error(spos(x.expr), "invalid argument: arguments have type " + str(x.type) +
                               ", expected floating-point");
      return false;
    }
    if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
      x.val = constant::binaryOp(constant::toComplex(constant::toFloat(x.val)), Tok::Add,
                                 constant::makeImag(constant::toFloat(y.val)));
    } else {
      x.mode = Mode::Value;
    }
    x.type = res;
    return true;
  }
  case BuiltinId::Copy: {
    auto *dst = llvm::dyn_cast<Slice>(under(x.type));
    Operand &y = arg(1);
    if (y.mode == Mode::Invalid)
      return false;
    Type *src0 = under(y.type);
    Slice *src = nullptr;
    if (isString(src0)) {
      src = tctx.newSlice(tctx.byteType());
    } else {
      src = llvm::dyn_cast<Slice>(src0);
    }
    if (!dst || !src) {
      error(spos(x.expr), "invalid argument: copy expects slice arguments; found " + str(x) +
                               " and " + str(y));
      return false;
    }
    if (!identical(dst->elem, src->elem)) {
      error(spos(x.expr), "invalid argument: arguments to copy " + str(x) + " and " + str(y) +
                               " have different element types " + str(dst->elem) + " and " +
                               str(src->elem));
      return false;
    }
    if (isUntyped(y.type))
      convertUntyped(y, tctx.basic(BasicKind::String));
    x.mode = Mode::Value;
    x.type = tctx.basic(BasicKind::Int);
    return true;
  }
  case BuiltinId::Delete: {
    auto *m = llvm::dyn_cast<Map>(under(x.type));
    if (!m) {
      error(spos(x.expr), "invalid argument: " + str(x) + " is not a map");
      return false;
    }
    Operand &k = arg(1);
    if (k.mode == Mode::Invalid)
      return false;
    assignment(k, m->key, "argument to delete");
    if (k.mode == Mode::Invalid)
      return false;
    x.mode = Mode::NoValue;
    return true;
  }
  case BuiltinId::Imag:
  case BuiltinId::Real: {
    if (isUntyped(x.type)) {
      if (x.mode == Mode::Constant) {
        if (isNumeric(x.type))
          x.type = tctx.basic(BasicKind::UntypedComplex);
      } else {
        convertUntyped(x, tctx.basic(BasicKind::Complex128));
        if (x.mode == Mode::Invalid)
          return false;
      }
    }
    Type *res = nullptr;
    if (auto *b = llvm::dyn_cast<Basic>(under(x.type))) {
      if (b->basicKind == BasicKind::Complex64)
        res = tctx.basic(BasicKind::Float32);
      else if (b->basicKind == BasicKind::Complex128)
        res = tctx.basic(BasicKind::Float64);
      else if (b->basicKind == BasicKind::UntypedComplex)
        res = tctx.basic(BasicKind::UntypedFloat);
    }
    if (!res) {
      error(spos(x.expr), "invalid argument: argument has type " + str(x.type) +
                               ", expected complex type");
      return false;
    }
    if (x.mode == Mode::Constant) {
      constant::VP c = constant::toComplex(x.val);
      x.val = id == BuiltinId::Real ? constant::real(c) : constant::imag(c);
    } else {
      x.mode = Mode::Value;
    }
    x.type = res;
    return true;
  }
  case BuiltinId::Make: {
    Expr *arg0 = call->args[0];
    Type *T = varType(arg0);
    if (isInvalidType(T)) {
      for (size_t i = 1; i < call->args.size(); i++)
        useExpr(call->args[i]);
      return false;
    }
    size_t min = 0;
    Type *u = under(T);
    if (llvm::isa<Slice>(u))
      min = 2;
    else if (llvm::isa<Map>(u) || llvm::isa<Chan>(u))
      min = 1;
    else {
      error(arg0->pos(), "invalid argument: cannot make " + str(arg0) +
                             "; type must be slice, map, or channel");
      for (size_t i = 1; i < call->args.size(); i++)
        useExpr(call->args[i]);
      return false;
    }
    if (nargs < min || min + 1 < nargs) {
      invalidOp(call->pos(), str(call) + " expects " + std::to_string(min) + " or " +
                                 std::to_string(min + 1) + " arguments; found " +
                                 std::to_string(nargs));
      for (size_t i = 1; i < call->args.size(); i++)
        useExpr(call->args[i]);
      return false;
    }
    std::vector<int64_t> sizes;
    for (size_t i = 1; i < call->args.size(); i++) {
      int64_t s = indexValue(call->args[i], -1, nullptr);
      if (s >= 0)
        sizes.push_back(s);
    }
    if (sizes.size() == 2 && sizes[0] > sizes[1])
      error(call->args[1]->pos(), "invalid argument: length and capacity swapped");
    x.mode = Mode::Value;
    x.type = T;
    return true;
  }
  case BuiltinId::New: {
    Type *T = varType(call->args[0]);
    if (isInvalidType(T))
      return false;
    x.mode = Mode::Value;
    x.type = tctx.newPointer(T);
    return true;
  }
  case BuiltinId::Panic: {
    assignment(x, tctx.emptyInterface(), "argument to panic");
    if (x.mode == Mode::Invalid)
      return false;
    x.mode = Mode::NoValue;
    return true;
  }
  case BuiltinId::Print:
  case BuiltinId::Println: {
    for (size_t i = 0; i < nargs; i++) {
      Operand &a = arg(i);
      if (a.mode == Mode::Invalid)
        return false;
      assignment(a, nullptr, std::string("argument to ") + bin.name);
      if (a.mode == Mode::Invalid)
        return false;
    }
    x.mode = Mode::NoValue;
    return true;
  }
  case BuiltinId::Recover:
    if (fs && fs->func && !fs->lit)
      fs->func->callsRecover = true;
    x.mode = Mode::Value;
    x.type = tctx.emptyInterface();
    return true;
  case BuiltinId::Add: {
    assignment(x, tctx.basic(BasicKind::UnsafePointer), "argument to unsafe.Add");
    if (x.mode == Mode::Invalid)
      return false;
    Operand &y = arg(1);
    if (!isValidIndex(y, "length", true))
      return false;
    x.mode = Mode::Value;
    x.type = tctx.basic(BasicKind::UnsafePointer);
    return true;
  }
  case BuiltinId::Alignof:
  case BuiltinId::Sizeof: {
    assignment(x, nullptr, id == BuiltinId::Sizeof ? "argument to unsafe.Sizeof"
                                                   : "argument to unsafe.Alignof");
    if (x.mode == Mode::Invalid)
      return false;
    x.mode = Mode::Constant;
    x.val = constant::makeInt64(id == BuiltinId::Sizeof ? sizeOf(x.type) : alignOf(x.type));
    x.type = tctx.basic(BasicKind::Uintptr);
    return true;
  }
  case BuiltinId::Offsetof: {
    Expr *arg0 = call->args[0];
    Expr *inner = arg0;
    while (auto *p = llvm::dyn_cast<ParenExpr>(inner))
      inner = p->x;
    auto *selx = llvm::dyn_cast<SelectorExpr>(inner);
    if (!selx) {
      error(arg0->pos(), "invalid argument: " + str(arg0) + " is not a selector expression");
      useExpr(arg0);
      return false;
    }
    expr(x, selx->x);
    if (x.mode == Mode::Invalid)
      return false;
    Type *base = x.type;
    if (auto *p = llvm::dyn_cast<Pointer>(under(base)))
      if (llvm::isa<Struct>(under(p->elem)))
        base = p->elem;
    std::vector<int> index;
    bool indirect = false;
    LookupStatus st;
    const std::string &sel = selx->sel->name;
    Object *obj = lookupFieldOrMethodEx(base, false, pkg, sel, index, indirect, st);
    if (!obj || st == LookupStatus::Ambiguous) {
      error(spos(x.expr), "invalid argument: " + str(base) + " has no single field " + sel);
      return false;
    }
    if (llvm::isa<Func>(obj)) {
      error(arg0->pos(), "invalid argument: " + str(arg0) + " is a method value");
      return false;
    }
    if (indirect) {
      error(spos(x.expr), "invalid argument: field " + sel + " is embedded via a pointer in " +
                               str(base));
      return false;
    }
    auto *selection = tctx.make<Selection>();
    selection->kind = SelectionKind::FieldVal;
    selection->recv = base;
    selection->obj = obj;
    selection->index = index;
    selection->indirect = false;
    selection->type = obj->type;
    selx->selection = selection;
    recordUse(selx->sel, obj);
    selx->tv.mode = x.mode == Mode::Variable ? Mode::Variable : Mode::Value;
    selx->tv.type = obj->type;
    // Offset: sum of the offsets along the embedding path.
    int64_t off = 0;
    Type *t = base;
    for (int i : index) {
      auto *s = llvm::dyn_cast<Struct>(under(t));
      if (!s || i >= int(s->fields.size()))
        break;
      off += offsetsOf(s)[i];
      t = s->fields[i]->type;
    }
    x.mode = Mode::Constant;
    x.val = constant::makeInt64(off);
    x.type = tctx.basic(BasicKind::Uintptr);
    return true;
  }
  case BuiltinId::Slice: {
    auto *p = llvm::dyn_cast<Pointer>(under(x.type));
    if (!p) {
      error(spos(x.expr), "invalid argument: " + str(x) + " is not a pointer");
      return false;
    }
    Operand &y = arg(1);
    if (!isValidIndex(y, "length", false))
      return false;
    x.mode = Mode::Value;
    x.type = tctx.newSlice(p->elem);
    return true;
  }
  }
  (void)hasVarSize;
  return false;
}

} // namespace golite::check
