//===- frontend/check/index.cpp - Literals, index, slice and assertions ---===//
//
// This file implements composite literals (struct, array, slice and map
// literals, including [...]T and elided element types), index and slice
// expressions with constant bounds checks, and type assertions with the
// impossible-assertion check (go/types expr.go and index.go).
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

#include <map>

namespace golite::check {

static bool isInvalidT(Type *t) {
  auto *b = llvm::dyn_cast_or_null<Basic>(t ? under(t) : nullptr);
  return !t || (b && b->basicKind == BasicKind::Invalid);
}

//===----------------------------------------------------------------------===//
// Indices
//===----------------------------------------------------------------------===//

bool Checker::isValidIndex(Operand &x, const char *what, bool allowNegative) {
  if (x.mode == Mode::Invalid)
    return false;
  convertUntyped(x, tctx.basic(BasicKind::Int));
  if (x.mode == Mode::Invalid)
    return false;
  if (!isInteger(x.type)) {
    error(spos(x.expr), std::string("invalid argument: ") + what + " " + str(x) +
                             " must be integer");
    return false;
  }
  if (x.mode == Mode::Constant && x.val->kind() != constant::Kind::Unknown) {
    if (!allowNegative && constant::sign(x.val) < 0) {
      error(spos(x.expr), std::string("invalid argument: ") + what + " " + str(x) +
                               " must not be negative");
      return false;
    }
    if (!constant::int64Val(constant::toInt(x.val))) {
      error(spos(x.expr), std::string("invalid argument: ") + what + " " + str(x) +
                               " overflows int");
      return false;
    }
  }
  return true;
}

/// go/types index(): checks an index expression; returns its constant
/// value, or -1 if it is not constant or invalid (*out receives the operand).
int64_t Checker::indexValue(Expr *e, int64_t max, Operand *out) {
  Operand x;
  expr(x, e);
  if (out)
    *out = x;
  if (!isValidIndex(x, "index", false)) {
    if (out)
      out->mode = Mode::Invalid;
    return -1;
  }
  if (out)
    *out = x;
  if (x.mode != Mode::Constant || x.val->kind() == constant::Kind::Unknown)
    return -1;
  int64_t v = constant::int64Val(constant::toInt(x.val)).value_or(-1);
  if (max >= 0 && v >= max) {
    error(spos(x.expr), "invalid argument: index " + x.val->str() + " out of bounds [0:" +
                             std::to_string(max) + "]");
    if (out)
      out->mode = Mode::Invalid;
    return -1;
  }
  return v;
}

//===----------------------------------------------------------------------===//
// Composite literals
//===----------------------------------------------------------------------===//

void Checker::compositeLit(Operand &x, CompositeLit *e, Type *hint) {
  Type *typ = nullptr, *base = nullptr;
  if (e->type) {
    auto *at = llvm::dyn_cast<ArrayType>(e->type);
    if (at && at->len && llvm::isa<Ellipsis>(at->len)) {
      typ = tctx.newArray(varType(at->elt), -1);
      base = typ;
    } else {
      typ = typExpr(e->type);
      base = typ;
    }
  } else if (hint) {
    typ = hint;
    base = derefType(under(hint));
    if (llvm::isa<Pointer>(under(hint)) && !llvm::isa<Pointer>(hint))
      base = llvm::cast<Pointer>(under(hint))->elem;
  } else {
    error(e->pos(), "missing type in composite literal");
    return;
  }
  Type *u = under(base);
  switch (u->kind()) {
  case TypeKind::Struct: structLit(e, llvm::cast<Struct>(u), base); break;
  case TypeKind::Array: {
    auto *a = llvm::cast<Array>(u);
    int64_t n = indexedElts(e->elts, a->elem, a->len);
    if (a->len < 0) {
      a->len = n;
      if (e->type) {
        e->type->tv.mode = Mode::TypeExpr;
        e->type->tv.type = a;
      }
    }
    break;
  }
  case TypeKind::Slice: indexedElts(e->elts, llvm::cast<Slice>(u)->elem, -1); break;
  case TypeKind::Map: mapLit(e, llvm::cast<Map>(u)); break;
  default:
    for (Expr *el : e->elts) {
      if (auto *kv = llvm::dyn_cast<KeyValueExpr>(el))
        el = kv->value;
      useExpr(el);
    }
    if (!isInvalidT(u))
      error(e->pos(), "invalid composite literal type " + str(typ));
    return;
  }
  x.mode = Mode::Value;
  x.type = typ;
}

void Checker::structLit(CompositeLit *e, Struct *s, Type *base) {
  if (e->elts.empty())
    return;
  auto &fields = s->fields;
  Operand x;
  if (llvm::isa<KeyValueExpr>(e->elts[0])) {
    std::vector<bool> visited(fields.size(), false);
    for (Expr *el : e->elts) {
      auto *kv = llvm::dyn_cast<KeyValueExpr>(el);
      if (!kv) {
        error(spos(el), "mixture of field:value and value elements in struct literal");
        continue;
      }
      auto *key = llvm::dyn_cast<Ident>(kv->key);
      expr(x, kv->value);
      if (!key) {
        error(spos(kv), "invalid field name " + str(kv->key) + " in struct literal");
        continue;
      }
      int idx = -1;
      for (size_t i = 0; i < fields.size(); i++) {
        Var *f = fields[i];
        if (f->name != "_" && f->name == key->name &&
            (f->exported() || !f->pkg || f->pkg == pkg)) {
          idx = int(i);
          break;
        }
      }
      if (idx < 0) {
        error(kv->key->pos(), "unknown field '" + key->name + "' in struct literal of type " +
                                  str(base));
        continue;
      }
      Var *fld = fields[idx];
      recordUse(key, fld);
      key->tv.mode = Mode::Variable;
      key->tv.type = fld->type;
      assignment(x, fld->type, "struct literal");
      if (visited[idx]) {
        error(spos(kv), "duplicate field name " + key->name + " in struct literal");
        continue;
      }
      visited[idx] = true;
    }
    return;
  }
  for (size_t i = 0; i < e->elts.size(); i++) {
    Expr *el = e->elts[i];
    if (llvm::isa<KeyValueExpr>(el)) {
      error(spos(el), "mixture of field:value and value elements in struct literal");
      continue;
    }
    expr(x, el);
    if (i >= fields.size()) {
      error(spos(x.expr), "too many values in " + str(base) + "{…}");
      break;
    }
    Var *fld = fields[i];
    if (!fld->exported() && fld->pkg && fld->pkg != pkg) {
      error(spos(x.expr), "implicit assignment to unexported field " + fld->name + " in " +
                               str(base) + " literal");
      continue;
    }
    assignment(x, fld->type, "struct literal");
  }
  if (e->elts.size() < fields.size())
    error(e->rbrace, "too few values in " + str(base) + "{…}");
}

int64_t Checker::indexedElts(const std::vector<Expr *> &elts, Type *elem, int64_t length) {
  std::set<int64_t> visited;
  int64_t index = 0, max = 0;
  for (Expr *e : elts) {
    bool validIndex = false;
    Expr *eval = e;
    if (auto *kv = llvm::dyn_cast<KeyValueExpr>(e)) {
      Operand k;
      int64_t i = indexValue(kv->key, length, &k);
      if (k.mode != Mode::Invalid) {
        if (i >= 0) {
          index = i;
          validIndex = true;
        } else {
          error(spos(e), "index " + str(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && index >= length) {
      error(spos(e), "index " + std::to_string(index) + " is out of bounds (>= " +
                          std::to_string(length) + ")");
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (!visited.insert(index).second)
        error(spos(e), "duplicate index " + std::to_string(index) + " in array or slice literal");
    }
    index++;
    if (index > max)
      max = index;
    Operand x;
    exprWithHint(x, eval, elem);
    assignment(x, elem, "array or slice literal");
  }
  return max;
}

void Checker::mapLit(CompositeLit *e, Map *m) {
  std::vector<std::pair<constant::VP, Type *>> seen;
  for (Expr *el : e->elts) {
    auto *kv = llvm::dyn_cast<KeyValueExpr>(el);
    if (!kv) {
      error(el->pos(), "missing key in map literal");
      useExpr(el);
      continue;
    }
    Operand x;
    exprWithHint(x, kv->key, m->key);
    assignment(x, m->key, "map literal");
    if (x.mode == Mode::Constant && x.val && x.val->kind() != constant::Kind::Unknown) {
      bool dup = false;
      for (auto &[v, t] : seen) {
        if (v->kind() != x.val->kind() && !(v->kind() != constant::Kind::String &&
                                            x.val->kind() != constant::Kind::String &&
                                            v->kind() != constant::Kind::Bool &&
                                            x.val->kind() != constant::Kind::Bool))
          continue;
        constant::VP a = v, b = x.val;
        if (a->kind() != b->kind()) {
          a = constant::toComplex(a);
          b = constant::toComplex(b);
        }
        if (constant::compare(a, Tok::Eql, b) && (!isInterface(m->key) || identical(t, x.type))) {
          dup = true;
          break;
        }
      }
      if (dup) {
        error(spos(x.expr), "duplicate key " + x.val->str() + " in map literal");
        continue;
      }
      seen.push_back({x.val, x.type});
    }
    exprWithHint(x, kv->value, m->elem);
    assignment(x, m->elem, "map literal");
  }
}

//===----------------------------------------------------------------------===//
// Index and slice expressions
//===----------------------------------------------------------------------===//

void Checker::indexExpr(Operand &x, IndexExpr *e) {
  exprOrType(x, e->x);
  if (x.mode == Mode::Invalid) {
    useExpr(e->index);
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    error(e->pos(), str(e->x) + " is not a generic type");
    x.mode = Mode::Invalid;
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type *u = under(x.type);
  if (auto *b = llvm::dyn_cast<Basic>(u); b && (b->info & IsString)) {
    valid = true;
    if (x.mode == Mode::Constant && x.val->kind() == constant::Kind::String)
      length = int64_t(constant::stringVal(x.val).size());
    x.mode = Mode::Value;
    x.type = tctx.byteType();
  } else if (auto *a = llvm::dyn_cast<Array>(u)) {
    valid = true;
    length = a->len;
    if (x.mode != Mode::Variable)
      x.mode = Mode::Value;
    x.type = a->elem;
  } else if (auto *p = llvm::dyn_cast<Pointer>(u)) {
    if (auto *pa = llvm::dyn_cast<Array>(under(p->elem))) {
      valid = true;
      length = pa->len;
      x.mode = Mode::Variable;
      x.type = pa->elem;
    }
  } else if (auto *s = llvm::dyn_cast<Slice>(u)) {
    valid = true;
    x.mode = Mode::Variable;
    x.type = s->elem;
  } else if (auto *m = llvm::dyn_cast<Map>(u)) {
    Operand key;
    exprWithHint(key, e->index, m->key);
    assignment(key, m->key, "map index");
    x.mode = Mode::MapIndex;
    x.type = m->elem;
    return;
  }
  if (!valid) {
    invalidOp(e->lbrack, "cannot index " + str(x));
    useExpr(e->index);
    x.mode = Mode::Invalid;
    return;
  }
  if (!x.type)
    x.type = tctx.basic(BasicKind::Invalid);
  indexValue(e->index, length, nullptr);
}

void Checker::sliceExpr(Operand &x, SliceExpr *e) {
  expr(x, e->x);
  if (x.mode == Mode::Invalid) {
    useExpr(e->low);
    useExpr(e->high);
    useExpr(e->max);
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type *u = under(x.type);
  if (auto *b = llvm::dyn_cast<Basic>(u); b && (b->info & IsString)) {
    if (e->slice3) {
      invalidOp(e->max ? e->max->pos() : e->pos(), "3-index slice of string");
      x.mode = Mode::Invalid;
      return;
    }
    valid = true;
    if (x.mode == Mode::Constant && x.val->kind() == constant::Kind::String)
      length = int64_t(constant::stringVal(x.val).size());
    if (isUntyped(x.type))
      x.type = tctx.basic(BasicKind::String);
  } else if (auto *a = llvm::dyn_cast<Array>(u)) {
    valid = true;
    length = a->len;
    if (x.mode != Mode::Variable) {
      invalidOp(spos(x.expr), str(x) + " (slice of unaddressable value)");
      x.mode = Mode::Invalid;
      return;
    }
    // Slicing an array takes its address.
    Expr *base = e->x;
    while (auto *p = llvm::dyn_cast<ParenExpr>(base))
      base = p->x;
    if (auto *id = llvm::dyn_cast<Ident>(base))
      if (auto *v = llvm::dyn_cast_or_null<Var>(id->obj))
        v->addressTaken = true;
    x.type = tctx.newSlice(a->elem);
  } else if (auto *p = llvm::dyn_cast<Pointer>(u)) {
    if (auto *pa = llvm::dyn_cast<Array>(under(p->elem))) {
      valid = true;
      length = pa->len;
      x.type = tctx.newSlice(pa->elem);
    }
  } else if (llvm::isa<Slice>(u)) {
    valid = true;
  }
  if (!valid) {
    invalidOp(spos(x.expr), "cannot slice " + str(x));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  if (e->slice3 && (!e->high || !e->max)) {
    error(e->pos(), "2nd and 3rd index required in 3-index slice");
    x.mode = Mode::Invalid;
    return;
  }
  Expr *idx[3] = {e->low, e->high, e->max};
  int64_t ind[3];
  for (int i = 0; i < 3; i++) {
    int64_t v = -1;
    if (idx[i]) {
      int64_t max = length >= 0 ? length + 1 : -1;
      int64_t r = indexValue(idx[i], max, nullptr);
      if (r >= 0)
        v = r;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < 2; i++) {
    if (ind[i] > 0) {
      for (int j = i + 1; j < 3; j++) {
        if (ind[j] >= 0 && ind[j] < ind[i] && idx[j]) {
          error(idx[j]->pos(), "invalid slice indices: " + std::to_string(ind[j]) + " < " +
                                   std::to_string(ind[i]));
          return;
        }
      }
    }
  }
}

//===----------------------------------------------------------------------===//
// Type assertions
//===----------------------------------------------------------------------===//

void Checker::typeAssert(Operand &x, TypeAssertExpr *e) {
  expr(x, e->x);
  if (x.mode == Mode::Invalid)
    return;
  if (!e->type) {
    error(e->pos(), "invalid AST: use of .(type) outside type switch");
    x.mode = Mode::Invalid;
    return;
  }
  auto *it = llvm::dyn_cast<Interface>(under(x.type));
  if (!it) {
    invalidOp(spos(x.expr), str(x) + " is not an interface");
    typExpr(e->type);
    x.mode = Mode::Invalid;
    return;
  }
  Type *T = varType(e->type);
  if (isInvalidT(T)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (!isInterface(T)) {
    Func *alt = nullptr;
    Func *m = missingMethodAlt(T, it, false, &alt);
    if (m) {
      error(e->pos(), "impossible type assertion: " + str(e) + "\n\t" + str(T) +
                          " does not implement " + str(x.type) + " " +
                          missingMethodReason(T, x.type, m, alt));
    }
  }
  x.mode = Mode::CommaOk;
  x.type = T;
}

} // namespace golite::check
