//===- codegen/typedesc.cpp - Type descriptors, itabs, method sets --------===//
//
// This file implements the run-time type information the compiler emits:
// type descriptors (runtime/abi.h TypeDesc) as linkonce_odr constants named
// "type:<type string>" so that pointer equality is type identity, method
// tables (sorted by method key, with ifn wrappers that take the interface
// data word), static itabs ("itab:<T>,<I>") and Go-style type strings.
// Pointer bitmaps are derived from the LLVM layout: every Go pointer-holding
// word is an LLVM `ptr`, so the bitmap is the set of ptr-typed words.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"
#include "runtime/abi.h"

#include <algorithm>
#include <set>

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

//===----------------------------------------------------------------------===//
// Type strings (as Go's runtime prints them)
//===----------------------------------------------------------------------===//

static const char *basicName(BasicKind k) {
  switch (k) {
  case BasicKind::Bool: case BasicKind::UntypedBool: return "bool";
  case BasicKind::Int: case BasicKind::UntypedInt: return "int";
  case BasicKind::Int8: return "int8";
  case BasicKind::Int16: return "int16";
  case BasicKind::Int32: case BasicKind::UntypedRune: return "int32";
  case BasicKind::Int64: return "int64";
  case BasicKind::Uint: return "uint";
  case BasicKind::Uint8: return "uint8";
  case BasicKind::Uint16: return "uint16";
  case BasicKind::Uint32: return "uint32";
  case BasicKind::Uint64: return "uint64";
  case BasicKind::Uintptr: return "uintptr";
  case BasicKind::Float32: return "float32";
  case BasicKind::Float64: case BasicKind::UntypedFloat: return "float64";
  case BasicKind::Complex64: return "complex64";
  case BasicKind::Complex128: case BasicKind::UntypedComplex: return "complex128";
  case BasicKind::String: case BasicKind::UntypedString: return "string";
  case BasicKind::UnsafePointer: return "unsafe.Pointer";
  case BasicKind::UntypedNil: return "nil";
  case BasicKind::Invalid: return "invalid type";
  }
  return "?";
}

static std::string sigString(CodeGen &cg, Signature *s) {
  std::string r = "(";
  auto &ps = s->params->vars;
  for (size_t i = 0; i < ps.size(); ++i) {
    if (i) r += ", ";
    if (s->variadic && i + 1 == ps.size()) {
      Type *el = ps[i]->type;
      if (auto *sl = dyn_cast<Slice>(el)) el = sl->elem;
      r += "..." + cg.typeString(el);
    } else {
      r += cg.typeString(ps[i]->type);
    }
  }
  r += ")";
  auto &rs = s->results->vars;
  if (rs.size() == 1) {
    r += " " + cg.typeString(rs[0]->type);
  } else if (rs.size() > 1) {
    r += " (";
    for (size_t i = 0; i < rs.size(); ++i) {
      if (i) r += ", ";
      r += cg.typeString(rs[i]->type);
    }
    r += ")";
  }
  return r;
}

/// A struct tag as Go's type strings show it: strconv.Quote's escapes for
/// quotes, backslashes and control bytes (tags are almost always ASCII).
static std::string quoteTag(const std::string &tag) {
  static const char hex[] = "0123456789abcdef";
  std::string r = "\"";
  for (unsigned char c : tag) {
    switch (c) {
    case '"': r += "\\\""; break;
    case '\\': r += "\\\\"; break;
    case '\n': r += "\\n"; break;
    case '\t': r += "\\t"; break;
    case '\r': r += "\\r"; break;
    default:
      if (c < 0x20 || c == 0x7f) {
        r += "\\x";
        r += hex[c >> 4];
        r += hex[c & 15];
      } else {
        r += char(c);
      }
    }
  }
  return r + "\"";
}

std::string CodeGen::typeString(Type *t) {
  switch (t->kind()) {
  case TypeKind::Basic:
    return basicName(cast<Basic>(t)->basicKind);
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    // Types declared inside functions print like package-level ones but
    // are distinct: their descriptor symbols carry the declaration offset.
    // Symbols (keyMode_) qualify by import path: two packages may share a
    // name (a/util and b/util), their types must not share a descriptor.
    if (keyMode_ && n->obj->pkg && n->obj->parent && n->obj->parent != n->obj->pkg->scope)
      return n->obj->pkg->path + "." + n->obj->name + "·" + std::to_string(n->obj->pos);
    if (n->obj->pkg) return (keyMode_ ? n->obj->pkg->path : n->obj->pkg->name) + "." + n->obj->name;
    return n->obj->name;
  }
  case TypeKind::Pointer:
    return "*" + typeString(cast<Pointer>(t)->elem);
  case TypeKind::Slice:
    return "[]" + typeString(cast<Slice>(t)->elem);
  case TypeKind::Array:
    return "[" + std::to_string(cast<Array>(t)->len) + "]" + typeString(cast<Array>(t)->elem);
  case TypeKind::Map:
    return "map[" + typeString(cast<Map>(t)->key) + "]" + typeString(cast<Map>(t)->elem);
  case TypeKind::Chan: {
    auto *c = cast<Chan>(t);
    std::string e = typeString(c->elem);
    if (c->dir == ChanRecv) return "<-chan " + e;
    if (c->dir == ChanSend) return "chan<- " + e;
    if (auto *ec = dyn_cast<Chan>(c->elem); ec && ec->dir == ChanRecv) return "chan (" + e + ")";
    return "chan " + e;
  }
  case TypeKind::Signature:
    return "func" + sigString(*this, cast<Signature>(t));
  case TypeKind::Interface: {
    auto *it = cast<Interface>(t);
    auto ms = sortedIMethods(it);
    if (ms.empty()) return "interface {}";
    std::string r = "interface { ";
    for (size_t i = 0; i < ms.size(); ++i) {
      if (i) r += "; ";
      // Unexported methods are qualified by their package, as in Go.
      if (!ms[i]->exported() && ms[i]->pkg)
        r += (keyMode_ ? ms[i]->pkg->path : ms[i]->pkg->name) + ".";
      r += ms[i]->name + sigString(*this, ms[i]->sig());
    }
    return r + " }";
  }
  case TypeKind::Struct: {
    auto *st = cast<Struct>(t);
    if (st->fields.empty()) return "struct {}";
    std::string r = "struct { ";
    for (size_t i = 0; i < st->fields.size(); ++i) {
      if (i) r += "; ";
      Var *f = st->fields[i];
      if (f->embedded && !keyMode_)
        r += typeString(f->type);
      else if (keyMode_ && !f->exported() && f->pkg) // unexported names are per package
        r += f->pkg->path + "." + f->name + " " + typeString(f->type);
      else
        r += f->name + " " + typeString(f->type);
      if (i < st->tags.size() && !st->tags[i].empty())
        r += " " + quoteTag(st->tags[i]);
    }
    return r + " }";
  }
  case TypeKind::Tuple: {
    std::string r = "(";
    auto &vs = cast<Tuple>(t)->vars;
    for (size_t i = 0; i < vs.size(); ++i) {
      if (i) r += ", ";
      r += typeString(vs[i]->type);
    }
    return r + ")";
  }
  }
  return "?";
}

//===----------------------------------------------------------------------===//
// Method sets
//===----------------------------------------------------------------------===//

std::string CodeGen::methodKey(Func *m) {
  if (m->exported() || !m->pkg) return m->name;
  return m->pkg->path + "." + m->name;
}

std::vector<Func *> CodeGen::sortedIMethods(Interface *it) {
  if (!it->completed) completeInterface(it);
  std::vector<Func *> ms = it->allMethods;
  std::stable_sort(ms.begin(), ms.end(),
                   [&](Func *a, Func *b) { return methodKey(a) < methodKey(b); });
  return ms;
}

int CodeGen::imethodIndex(Interface *it, const std::string &name) {
  auto ms = sortedIMethods(it);
  for (size_t i = 0; i < ms.size(); ++i)
    if (ms[i]->name == name) return int(i);
  return -1;
}

static void collectNames(Type *t, int depth, std::set<Type *> &seen,
                         std::vector<std::pair<std::string, Package *>> &out) {
  if (depth > 8) return;
  if (auto *p = dyn_cast<Pointer>(t)) t = p->elem;
  if (!seen.insert(t).second) return;
  if (auto *n = dyn_cast<Named>(t))
    for (Func *m : n->methods) out.push_back({m->name, m->pkg});
  Type *u = t->underlying();
  if (auto *it = dyn_cast<Interface>(u)) {
    if (depth > 0) {
      if (!it->completed) completeInterface(it);
      for (Func *m : it->allMethods) out.push_back({m->name, m->pkg});
    }
    return;
  }
  if (auto *st = dyn_cast<Struct>(u))
    for (Var *f : st->fields)
      if (f->embedded) collectNames(f->type, depth + 1, seen, out);
}

std::vector<CodeGen::MethodEntry> CodeGen::methodSet(Type *t) {
  std::vector<MethodEntry> r;
  bool isPtr = false;
  Type *base = t;
  if (auto *p = dyn_cast<Pointer>(t)) {
    isPtr = true;
    base = p->elem;
  }
  if (isa<Interface>(base->underlying())) return r;
  if (isPtr && isa<Pointer>(base->underlying())) return r;
  std::vector<std::pair<std::string, Package *>> names;
  std::set<Type *> seen;
  collectNames(base, 0, seen, names);
  std::set<std::string> done;
  for (auto &[name, pkg] : names) {
    std::vector<int> index;
    bool indirect = false;
    Object *o = lookupFieldOrMethod(t, false, pkg, name, index, indirect);
    auto *f = dyn_cast_or_null<Func>(o);
    if (!f || index.empty()) continue;
    std::string key = methodKey(f);
    if (!done.insert(key).second) continue;
    bool ifaceMethod = !f->sig()->recv || isa<Interface>(f->sig()->recv->type->underlying());
    if (!isPtr && !ifaceMethod && f->hasPtrRecv()) {
      // In T's method set only if reached through an embedded pointer.
      bool viaPtr = false;
      Type *cur = base;
      for (size_t i = 0; i + 1 < index.size(); ++i) {
        auto *st = dyn_cast<Struct>(cur->underlying());
        if (!st) break;
        cur = st->fields[index[i]]->type;
        if (isa<Pointer>(cur->underlying())) viaPtr = true;
        if (auto *p = dyn_cast<Pointer>(cur->underlying())) cur = p->elem;
      }
      if (!viaPtr) continue;
    }
    MethodEntry e;
    e.key = key;
    e.fn = f;
    e.path.assign(index.begin(), index.end() - 1);
    r.push_back(std::move(e));
  }
  std::sort(r.begin(), r.end(), [](auto &a, auto &b) { return a.key < b.key; });
  return r;
}

/// The code pointer stored in method tables and itabs for method `m` of
/// `recvT`: fn(ctx, recvword, args...).
llvm::Function *CodeGen::ifaceMethodFn(Type *recvT, const MethodEntry &m) {
  Func *f = m.fn;
  Signature *msig = f->sig();
  Var *recv = msig->recv;
  bool ifaceMethod = !recv || isa<Interface>(recv->type->underlying());
  bool recvIsPtr = isa<Pointer>(recvT->underlying()) && !isa<Named>(recvT);
  if (!ifaceMethod && m.path.empty()) {
    bool methodPtr = f->hasPtrRecv();
    if (recvIsPtr && methodPtr) return getFunc(f);
    if (!recvIsPtr && !methodPtr && isDirectIface(recvT)) return getFunc(f);
  }
  std::string name = typeKey(recvT) + "." + f->name + "$ifn";
  if (auto it = wrappers_.find(name); it != wrappers_.end()) return it->second;
  // Signature: ctx, ptr recvword, params.
  std::vector<llvm::Type *> params{ptrTy(), ptrTy()};
  for (Var *p : msig->params->vars) params.push_back(llt(p->type));
  auto *fty = llvm::FunctionType::get(resultType(msig), params, false);
  auto *fn = llvm::Function::Create(fty, llvm::GlobalValue::LinkOnceODRLinkage, name, M);
  setFuncAttrs(fn);
  wrappers_[name] = fn;

  FnState *saved = fs;
  auto savedIP = b.saveIP();
  FnState st;
  st.fn = fn;
  st.name = name;
  fs = &st;
  auto *entry = llvm::BasicBlock::Create(C, "entry", fn);
  b.SetInsertPoint(entry);
  st.allocaPt = b.CreateUnreachable();
  b.SetInsertPoint(st.allocaPt);
  auto *body = llvm::BasicBlock::Create(C, "body", fn);
  b.CreateBr(body);
  st.allocaPt->eraseFromParent();
  st.allocaPt = &*entry->begin();
  b.SetInsertPoint(body);

  llvm::Value *word = fn->getArg(1);
  Type *cur = recvIsPtr ? cast<Pointer>(recvT->underlying())->elem : recvT;
  llvm::Value *addr = word;
  if (recvIsPtr) addr = nilCheck(word);
  addr = fieldPathAddr(addr, cur, m.path);
  std::vector<llvm::Value *> args;
  for (size_t i = 0; i < msig->params->vars.size(); ++i) args.push_back(fn->getArg(i + 2));
  llvm::Value *res;
  if (ifaceMethod) {
    llvm::Value *iv = b.CreateLoad(llt(cur), addr);
    llvm::FunctionType *ifty;
    llvm::Value *callee = ifaceMethodCallee(iv, cur, f->name, msig, ifty);
    std::vector<llvm::Value *> all{llvm::Constant::getNullValue(ptrTy()),
                                   b.CreateExtractValue(iv, 1)};
    all.insert(all.end(), args.begin(), args.end());
    res = b.CreateCall(ifty, callee, all);
  } else {
    Type *rt = recv->type;
    llvm::Value *rv;
    bool curIsPtr = isa<Pointer>(cur->underlying());
    if (f->hasPtrRecv()) {
      rv = curIsPtr ? b.CreateLoad(ptrTy(), addr) : addr;
    } else if (curIsPtr) {
      llvm::Value *p = nilCheck(b.CreateLoad(ptrTy(), addr));
      rv = b.CreateLoad(llt(rt), p);
    } else {
      rv = b.CreateLoad(llt(rt), addr);
    }
    std::vector<llvm::Value *> all{llvm::Constant::getNullValue(ptrTy()), rv};
    all.insert(all.end(), args.begin(), args.end());
    res = b.CreateCall(getFunc(f), all);
  }
  if (fty->getReturnType()->isVoidTy())
    b.CreateRetVoid();
  else
    b.CreateRet(res);
  b.restoreIP(savedIP);
  fs = saved;
  return fn;
}

//===----------------------------------------------------------------------===//
// Descriptors
//===----------------------------------------------------------------------===//

static llvm::StructType *descTy(CodeGen &cg) {
  if (auto *t = llvm::StructType::getTypeByName(cg.C, "typedesc")) return t;
  auto *i64 = cg.b.getInt64Ty(), *i32 = cg.b.getInt32Ty(), *i8 = cg.b.getInt8Ty();
  auto *p = cg.ptrTy();
  return llvm::StructType::create(
      cg.C, {i64, i64, i32, i8, i8, i8, i8, p, p, p, p, p, i64, p, i64, p, i64}, "typedesc");
}

static uint32_t fnv1a(const std::string &s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

static void ptrWords(const llvm::DataLayout &DL, llvm::Type *t, uint64_t off,
                     std::vector<uint64_t> &out) {
  if (t->isPointerTy()) {
    out.push_back(off / 8);
  } else if (auto *st = dyn_cast<llvm::StructType>(t)) {
    auto *sl = DL.getStructLayout(st);
    for (unsigned i = 0; i < st->getNumElements(); ++i)
      ptrWords(DL, st->getElementType(i), off + sl->getElementOffset(i), out);
  } else if (auto *at = dyn_cast<llvm::ArrayType>(t)) {
    uint64_t es = DL.getTypeAllocSize(at->getElementType());
    std::vector<uint64_t> inner;
    ptrWords(DL, at->getElementType(), 0, inner);
    if (inner.empty()) return;
    for (uint64_t i = 0; i < at->getNumElements(); ++i)
      for (uint64_t w : inner) out.push_back((off + i * es) / 8 + w);
  }
}

llvm::Constant *CodeGen::gcBitmap(llvm::Type *t, uint64_t &ptrdata) {
  std::vector<uint64_t> words;
  ptrWords(M->getDataLayout(), t, 0, words);
  ptrdata = 0;
  if (words.empty()) return llvm::Constant::getNullValue(ptrTy());
  uint64_t last = *std::max_element(words.begin(), words.end());
  ptrdata = (last + 1) * 8;
  std::vector<uint8_t> bits((last + 8) / 8, 0);
  for (uint64_t w : words) bits[w / 8] |= uint8_t(1u << (w % 8));
  auto *init = llvm::ConstantDataArray::get(C, bits);
  auto *g = new llvm::GlobalVariable(*M, init->getType(), true,
                                     llvm::GlobalValue::PrivateLinkage, init, "gcdata");
  g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  return g;
}

static llvm::Constant *cstr(CodeGen &cg, const std::string &s) {
  auto *init = llvm::ConstantDataArray::getString(cg.C, s, true);
  auto *g = new llvm::GlobalVariable(*cg.M, init->getType(), true,
                                     llvm::GlobalValue::PrivateLinkage, init, "tstr");
  g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  return g;
}

static uint8_t kindOf(CodeGen &cg, Type *t) {
  using namespace golite::abi;
  Type *u = t->underlying();
  uint8_t k = KindInvalid;
  switch (u->kind()) {
  case TypeKind::Basic:
    switch (cast<Basic>(u)->basicKind) {
    case BasicKind::Bool: case BasicKind::UntypedBool: k = KindBool; break;
    case BasicKind::Int: case BasicKind::UntypedInt: k = KindInt; break;
    case BasicKind::Int8: k = KindInt8; break;
    case BasicKind::Int16: k = KindInt16; break;
    case BasicKind::Int32: case BasicKind::UntypedRune: k = KindInt32; break;
    case BasicKind::Int64: k = KindInt64; break;
    case BasicKind::Uint: k = KindUint; break;
    case BasicKind::Uint8: k = KindUint8; break;
    case BasicKind::Uint16: k = KindUint16; break;
    case BasicKind::Uint32: k = KindUint32; break;
    case BasicKind::Uint64: k = KindUint64; break;
    case BasicKind::Uintptr: k = KindUintptr; break;
    case BasicKind::Float32: k = KindFloat32; break;
    case BasicKind::Float64: case BasicKind::UntypedFloat: k = KindFloat64; break;
    case BasicKind::Complex64: k = KindComplex64; break;
    case BasicKind::Complex128: case BasicKind::UntypedComplex: k = KindComplex128; break;
    case BasicKind::String: case BasicKind::UntypedString: k = KindString; break;
    case BasicKind::UnsafePointer: case BasicKind::UntypedNil: k = KindUnsafePointer; break;
    default: break;
    }
    break;
  case TypeKind::Pointer: k = KindPointer; break;
  case TypeKind::Array: k = KindArray; break;
  case TypeKind::Slice: k = KindSlice; break;
  case TypeKind::Struct: k = KindStruct; break;
  case TypeKind::Signature: k = KindFunc; break;
  case TypeKind::Interface: k = KindInterface; break;
  case TypeKind::Map: k = KindMap; break;
  case TypeKind::Chan: k = KindChan; break;
  default: break;
  }
  if (cg.isDirectIface(t)) k |= KindDirectIface;
  return k;
}

/// True if equality and hashing of values of `t` are plain memory ops.
static bool regularMemory(CodeGen &cg, Type *t) {
  Type *u = t->underlying();
  switch (u->kind()) {
  case TypeKind::Basic: {
    auto *bt = cast<Basic>(u);
    return !(bt->info & (IsFloat | IsComplex | IsString));
  }
  case TypeKind::Pointer:
  case TypeKind::Chan:
    return true;
  case TypeKind::Array:
    return regularMemory(cg, cast<Array>(u)->elem);
  case TypeKind::Struct: {
    uint64_t sum = 0;
    for (Var *f : cast<Struct>(u)->fields) {
      if (!regularMemory(cg, f->type) || f->name == "_") return false;
      sum += cg.sizeOf(f->type);
    }
    return sum == cg.sizeOf(u);
  }
  default:
    return false;
  }
}

llvm::Constant *CodeGen::anonDesc(llvm::Type *t) {
  uint64_t ptrdata = 0;
  std::vector<uint64_t> words;
  ptrWords(M->getDataLayout(), t, 0, words);
  std::string key = ".obj" + std::to_string(sizeOf(t));
  for (uint64_t w : words) key += "_" + std::to_string(w);
  std::string name = "type:" + key;
  if (auto it = descs_.find(name); it != descs_.end()) return it->second;
  auto *dt = descTy(*this);
  auto *g = new llvm::GlobalVariable(*M, dt, true, llvm::GlobalValue::LinkOnceODRLinkage,
                                     nullptr, name);
  descs_[name] = g;
  llvm::Constant *bits = gcBitmap(t, ptrdata);
  auto *i64 = b.getInt64Ty();
  auto *i8 = b.getInt8Ty();
  auto *np = llvm::Constant::getNullValue(ptrTy());
  auto al = M->getDataLayout().getABITypeAlign(t).value();
  g->setInitializer(llvm::ConstantStruct::get(
      dt, {llvm::ConstantInt::get(i64, sizeOf(t)), llvm::ConstantInt::get(i64, ptrdata),
           b.getInt32(fnv1a(key)), llvm::ConstantInt::get(i8, 0),
           llvm::ConstantInt::get(i8, al), llvm::ConstantInt::get(i8, al),
           llvm::ConstantInt::get(i8, abi::KindStruct), bits, cstr(*this, key), np, np, np,
           llvm::ConstantInt::get(i64, 0), np, llvm::ConstantInt::get(i64, 0), np,
           llvm::ConstantInt::get(i64, 0)}));
  return g;
}

std::string CodeGen::typeKey(Type *t) {
  bool saved = keyMode_;
  keyMode_ = true;
  std::string k = typeString(t);
  keyMode_ = saved;
  return k;
}

llvm::Constant *CodeGen::typeDesc(Type *t) {
  std::string str = typeString(t);
  std::string name = "type:" + typeKey(t);
  if (auto it = descs_.find(name); it != descs_.end()) return it->second;
  auto *dt = descTy(*this);
  auto *g = new llvm::GlobalVariable(*M, dt, true, llvm::GlobalValue::LinkOnceODRLinkage,
                                     nullptr, name);
  descs_[name] = g;

  auto *i64 = b.getInt64Ty();
  auto *i8 = b.getInt8Ty();
  auto *np = llvm::Constant::getNullValue(ptrTy());
  auto I64 = [&](uint64_t v) { return llvm::ConstantInt::get(i64, v); };
  Type *u = t->underlying();
  llvm::Type *lt = llt(t);
  uint64_t ptrdata = 0;
  llvm::Constant *bits = gcBitmap(lt, ptrdata);
  auto al = M->getDataLayout().getABITypeAlign(lt).value();
  uint8_t tflag = 0;
  if (isa<Named>(t)) tflag |= abi::TFlagNamed;
  if (comparable(t)) tflag |= abi::TFlagComparable;
  if (regularMemory(*this, t)) tflag |= abi::TFlagRegularMemory;
  llvm::Constant *pkgPath = np;
  if (auto *n = dyn_cast<Named>(t); n && n->obj->pkg) pkgPath = cstr(*this, n->obj->pkg->path);

  llvm::Constant *elem = np, *key = np, *fields = np;
  uint64_t len = 0, nfields = 0;
  auto arrayOf = [&](llvm::Type *et, std::vector<llvm::Constant *> &els, const char *nm) {
    auto *at = llvm::ArrayType::get(et, els.size());
    auto *ga = new llvm::GlobalVariable(*M, at, true, llvm::GlobalValue::PrivateLinkage,
                                        llvm::ConstantArray::get(at, els), nm);
    return ga;
  };
  switch (u->kind()) {
  case TypeKind::Pointer: elem = typeDesc(cast<Pointer>(u)->elem); break;
  case TypeKind::Slice: elem = typeDesc(cast<Slice>(u)->elem); break;
  case TypeKind::Array:
    elem = typeDesc(cast<Array>(u)->elem);
    len = cast<Array>(u)->len;
    break;
  case TypeKind::Chan:
    elem = typeDesc(cast<Chan>(u)->elem);
    len = cast<Chan>(u)->dir == ChanRecv ? 1 : cast<Chan>(u)->dir == ChanSend ? 2 : 3;
    break;
  case TypeKind::Map:
    elem = typeDesc(cast<Map>(u)->elem);
    key = typeDesc(cast<Map>(u)->key);
    break;
  case TypeKind::Struct: {
    auto *st = cast<Struct>(u);
    auto *sl = M->getDataLayout().getStructLayout(cast<llvm::StructType>(lt));
    auto *ft = llvm::StructType::get(C, {ptrTy(), ptrTy(), i64, i64});
    std::vector<llvm::Constant *> els;
    for (size_t i = 0; i < st->fields.size(); ++i) {
      Var *f = st->fields[i];
      els.push_back(llvm::ConstantStruct::get(
          ft, {cstr(*this, f->name), typeDesc(f->type), I64(sl->getElementOffset(i)),
               I64(f->embedded ? 1 : 0)}));
    }
    if (!els.empty()) fields = arrayOf(ft, els, "fields");
    nfields = els.size();
    break;
  }
  case TypeKind::Signature: {
    auto *s = cast<Signature>(u);
    std::vector<llvm::Constant *> els;
    for (Var *p : s->params->vars) els.push_back(typeDesc(p->type));
    for (Var *p : s->results->vars) els.push_back(typeDesc(p->type));
    if (!els.empty()) fields = arrayOf(ptrTy(), els, "params");
    nfields = s->params->vars.size() | (s->results->vars.size() << 16) |
              (s->variadic ? (1ull << 31) : 0);
    break;
  }
  case TypeKind::Interface: {
    auto ms = sortedIMethods(cast<Interface>(u));
    auto *mt = llvm::StructType::get(C, {ptrTy(), ptrTy()});
    std::vector<llvm::Constant *> els;
    for (Func *m : ms)
      els.push_back(llvm::ConstantStruct::get(mt, {cstr(*this, methodKey(m)), typeDesc(m->sig())}));
    if (!els.empty()) fields = arrayOf(mt, els, "imethods");
    nfields = els.size();
    break;
  }
  default:
    break;
  }
  // Method table.
  llvm::Constant *methods = np;
  uint64_t nmethods = 0;
  {
    auto ms = methodSet(t);
    auto *mt = llvm::StructType::get(C, {ptrTy(), ptrTy(), ptrTy()});
    std::vector<llvm::Constant *> els;
    for (auto &m : ms) {
      Signature *s = m.fn->sig();
      els.push_back(llvm::ConstantStruct::get(
          mt, {cstr(*this, m.key), typeDesc(s), ifaceMethodFn(t, m)}));
    }
    if (!els.empty()) methods = arrayOf(mt, els, "methods");
    nmethods = els.size();
  }
  g->setInitializer(llvm::ConstantStruct::get(
      dt, {I64(sizeOf(lt)), I64(ptrdata), b.getInt32(fnv1a(str)),
           llvm::ConstantInt::get(i8, tflag), llvm::ConstantInt::get(i8, al),
           llvm::ConstantInt::get(i8, al), llvm::ConstantInt::get(i8, kindOf(*this, t)), bits,
           cstr(*this, str), pkgPath, elem, key, I64(len), fields, I64(nfields), methods,
           I64(nmethods)}));
  return g;
}

llvm::Constant *CodeGen::itab(Type *concrete, Type *iface) {
  std::string name = "itab:" + typeKey(concrete) + "," + typeKey(iface);
  if (auto it = itabs_.find(name); it != itabs_.end()) return it->second;
  auto ims = sortedIMethods(cast<Interface>(iface->underlying()));
  auto ms = methodSet(concrete);
  std::vector<llvm::Constant *> fns;
  for (Func *im : ims) {
    llvm::Constant *fn = llvm::Constant::getNullValue(ptrTy());
    std::string k = methodKey(im);
    for (auto &m : ms)
      if (m.key == k) fn = ifaceMethodFn(concrete, m);
    fns.push_back(fn);
  }
  if (fns.empty()) fns.push_back(llvm::Constant::getNullValue(ptrTy()));
  auto *at = llvm::ArrayType::get(ptrTy(), fns.size());
  auto *ty = llvm::StructType::get(C, {ptrTy(), ptrTy(), b.getInt32Ty(), b.getInt32Ty(), at});
  auto *init = llvm::ConstantStruct::get(
      ty, {typeDesc(iface), typeDesc(concrete), b.getInt32(fnv1a(typeString(concrete))),
           b.getInt32(0), llvm::ConstantArray::get(at, fns)});
  auto *g = new llvm::GlobalVariable(*M, ty, true, llvm::GlobalValue::LinkOnceODRLinkage, init,
                                     name);
  itabs_[name] = g;
  return g;
}
