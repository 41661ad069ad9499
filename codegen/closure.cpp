//===- codegen/closure.cpp - Function literals and func values ------------===//
//
// This file implements func values. A func value points at a closure object
// whose word 0 is the code pointer; calls pass the object as ctx.
//   - function literals: the object holds, after the code pointer, the
//     addresses of the captured variables' heap cells (capture by
//     reference); a literal without captures uses a constant object;
//   - top-level functions used as values: a constant object "<fn>$closure";
//   - method values x.M: a heap object {wrapper, receiver} whose wrapper
//     ("<method>-fm") calls the method with the saved receiver;
//   - method expressions T.M / (*T).M / I.M: a constant object around the
//     method itself or a wrapper that adapts the receiver.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

llvm::Function *CodeGen::startHelper(const std::string &name, llvm::FunctionType *fty,
                                     FnState &st) {
  auto *fn = llvm::Function::Create(fty, llvm::GlobalValue::InternalLinkage, name, M);
  setFuncAttrs(fn);
  st.fn = fn;
  st.name = name;
  fs = &st;
  auto *entry = llvm::BasicBlock::Create(C, "entry", fn);
  auto *body = llvm::BasicBlock::Create(C, "body", fn);
  b.SetInsertPoint(entry);
  st.allocaPt = b.CreateBr(body);
  b.SetInsertPoint(body);
  st.ctx = fn->getArg(0);
  return fn;
}

void CodeGen::finishHelper(FnState *saved, llvm::IRBuilderBase::InsertPoint ip) {
  for (auto &bb : *fs->fn)
    if (!bb.getTerminator()) {
      b.SetInsertPoint(&bb);
      b.CreateUnreachable();
    }
  fs = saved;
  b.restoreIP(ip);
}

static llvm::Constant *constClosure(CodeGen &cg, llvm::Function *fn) {
  std::string name = fn->getName().str() + "$closure";
  if (auto *g = cg.M->getNamedGlobal(name)) return g;
  llvm::Type *pt = cg.ptrTy();
  auto *ty = llvm::StructType::get(cg.C, llvm::ArrayRef<llvm::Type *>(pt));
  return new llvm::GlobalVariable(*cg.M, ty, true, llvm::GlobalValue::InternalLinkage,
                                  llvm::ConstantStruct::get(ty, {fn}), name);
}

llvm::Value *CodeGen::funcValue(Func *f) { return constClosure(*this, getFunc(f)); }

llvm::Value *CodeGen::emitFuncLit(FuncLit *lit) {
  auto *sig = cast<Signature>(lit->tv.type->underlying());
  std::string name;
  if (auto it = litNames.find(lit); it != litNames.end()) {
    name = it->second;
  } else {
    ++fs->litCounter;
    name = isa_and_nonnull<FuncLit>(fs->node) ? fs->name + "." + std::to_string(fs->litCounter)
                                              : fs->name + ".func" + std::to_string(fs->litCounter);
    litNames[lit] = name;
  }
  const std::vector<Var *> &caps = an.captures[lit];
  llvm::Function *fn = M->getFunction(name);
  if (!fn) {
    fn = llvm::Function::Create(funcType(sig), llvm::GlobalValue::InternalLinkage, name, M);
    setFuncAttrs(fn);
    PendingFn p;
    p.fn = fn;
    p.node = lit;
    p.sig = sig;
    p.body = lit->body;
    p.ftype = lit->type;
    p.captures = caps;
    p.name = name;
    pending.push_back(std::move(p));
  }
  if (caps.empty()) return constClosure(*this, fn);
  std::vector<llvm::Type *> fields(caps.size() + 1, ptrTy());
  auto *cty = llvm::StructType::get(C, fields);
  llvm::Value *obj = heapAlloc(cty);
  b.CreateStore(fn, b.CreateStructGEP(cty, obj, 0));
  for (size_t i = 0; i < caps.size(); ++i)
    b.CreateStore(varAddr(caps[i]), b.CreateStructGEP(cty, obj, i + 1));
  return obj;
}

llvm::Value *CodeGen::methodRecv(SelectorExpr *s, Type *&cur) {
  auto *m = cast<Func>(s->selection->obj);
  cur = s->x->tv.type;
  llvm::Value *addr = nullptr, *val = nullptr;
  if (s->x->tv.mode == Mode::Variable && !isa<Pointer>(cur->underlying()))
    addr = emitAddr(s->x);
  else
    val = emitExpr(s->x);
  auto &idx = s->selection->index;
  for (size_t i = 0; i + 1 < idx.size(); ++i) {
    if (auto *p = dyn_cast<Pointer>(cur->underlying())) {
      llvm::Value *pv = addr ? b.CreateLoad(ptrTy(), addr) : val;
      addr = nilCheck(pv);
      val = nullptr;
      cur = p->elem;
    }
    auto *st = cast<Struct>(cur->underlying());
    if (addr)
      addr = b.CreateStructGEP(llt(st), addr, idx[i]);
    else
      val = b.CreateExtractValue(val, idx[i]);
    cur = st->fields[idx[i]]->type;
  }
  if (isa<Interface>(cur->underlying())) return addr ? b.CreateLoad(llt(cur), addr) : val;
  bool curPtr = isa<Pointer>(cur->underlying());
  if (m->hasPtrRecv()) {
    if (curPtr) return addr ? b.CreateLoad(ptrTy(), addr) : val;
    if (!addr) {
      addr = tempAlloca(val->getType(), "recv");
      b.CreateStore(val, addr);
    }
    return addr;
  }
  Type *rt = m->sig()->recv ? m->sig()->recv->type : cur;
  if (curPtr) {
    llvm::Value *p = addr ? b.CreateLoad(ptrTy(), addr) : val;
    return b.CreateLoad(llt(rt), nilCheck(p));
  }
  return addr ? b.CreateLoad(llt(cur), addr) : val;
}

llvm::Value *CodeGen::methodValue(SelectorExpr *e) {
  auto *m = cast<Func>(e->selection->obj);
  Type *cur;
  llvm::Value *recv = methodRecv(e, cur);
  bool viaIface = isa<Interface>(cur->underlying());
  if (viaIface) nilCheck(b.CreateExtractValue(recv, 0));
  auto *sig = cast<Signature>(e->tv.type->underlying());
  auto *cty = llvm::StructType::get(C, {ptrTy(), recv->getType()});
  std::string name = (viaIface ? typeString(cur) + "." + m->name : m->fullName()) + "-fm";
  llvm::Function *fn = M->getFunction(name);
  if (!fn) {
    FnState st, *saved = fs;
    auto ip = b.saveIP();
    fn = startHelper(name, funcType(sig), st);
    llvm::Value *r = b.CreateLoad(recv->getType(), b.CreateStructGEP(cty, st.ctx, 1));
    std::vector<llvm::Value *> args;
    llvm::FunctionType *fty;
    llvm::Value *callee;
    if (viaIface) {
      callee = ifaceMethodCallee(r, cur, m->name, sig, fty);
      args = {llvm::Constant::getNullValue(ptrTy()), b.CreateExtractValue(r, 1)};
    } else {
      callee = getFunc(m);
      fty = getFunc(m)->getFunctionType();
      args = {llvm::Constant::getNullValue(ptrTy()), r};
    }
    for (unsigned i = 1; i < fn->arg_size(); ++i) args.push_back(fn->getArg(i));
    llvm::Value *res = b.CreateCall(fty, callee, args);
    if (fn->getReturnType()->isVoidTy())
      b.CreateRetVoid();
    else
      b.CreateRet(res);
    finishHelper(saved, ip);
  }
  llvm::Value *obj = heapAlloc(cty);
  b.CreateStore(fn, b.CreateStructGEP(cty, obj, 0));
  b.CreateStore(recv, b.CreateStructGEP(cty, obj, 1));
  return obj;
}

llvm::Value *CodeGen::methodExpr(SelectorExpr *e) {
  auto *m = cast<Func>(e->selection->obj);
  Type *recvT = e->x->tv.type; // T, *T or I
  auto *sig = cast<Signature>(e->tv.type->underlying()); // func(recv, params...)
  bool viaIface = isa<Interface>(recvT->underlying());
  bool recvPtr = isa<Pointer>(recvT->underlying());
  if (!viaIface && e->selection->index.size() == 1 && recvPtr == m->hasPtrRecv())
    return constClosure(*this, getFunc(m));
  std::string name = typeString(recvT) + "." + m->name + "-fx";
  llvm::Function *fn = M->getFunction(name);
  if (!fn) {
    FnState st, *saved = fs;
    auto ip = b.saveIP();
    fn = startHelper(name, funcType(sig), st);
    llvm::Value *r = fn->getArg(1);
    std::vector<llvm::Value *> rest;
    for (unsigned i = 2; i < fn->arg_size(); ++i) rest.push_back(fn->getArg(i));
    llvm::Value *res;
    if (viaIface) {
      llvm::FunctionType *fty;
      llvm::Value *callee = ifaceMethodCallee(r, recvT, m->name, m->sig(), fty);
      std::vector<llvm::Value *> args{llvm::Constant::getNullValue(ptrTy()), b.CreateExtractValue(r, 1)};
      args.insert(args.end(), rest.begin(), rest.end());
      res = b.CreateCall(fty, callee, args);
    } else {
      // Walk embedded fields from a temporary holding the receiver.
      Type *cur = recvT;
      llvm::Value *addr;
      if (recvPtr) {
        addr = nilCheck(r);
        cur = cast<Pointer>(recvT->underlying())->elem;
      } else {
        addr = tempAlloca(r->getType(), "recv");
        b.CreateStore(r, addr);
      }
      std::vector<int> path(e->selection->index.begin(), e->selection->index.end() - 1);
      addr = fieldPathAddr(addr, cur, path);
      llvm::Value *rv;
      bool curPtr = isa<Pointer>(cur->underlying());
      if (m->hasPtrRecv())
        rv = curPtr ? b.CreateLoad(ptrTy(), addr) : addr;
      else if (curPtr)
        rv = b.CreateLoad(llt(m->sig()->recv->type), nilCheck(b.CreateLoad(ptrTy(), addr)));
      else
        rv = b.CreateLoad(llt(cur), addr);
      std::vector<llvm::Value *> args{llvm::Constant::getNullValue(ptrTy()), rv};
      args.insert(args.end(), rest.begin(), rest.end());
      res = b.CreateCall(getFunc(m), args);
    }
    if (fn->getReturnType()->isVoidTy())
      b.CreateRetVoid();
    else
      b.CreateRet(res);
    finishHelper(saved, ip);
  }
  return constClosure(*this, fn);
}

llvm::Value *CodeGen::callFuncValue(llvm::Value *fv, Signature *sig,
                                    llvm::ArrayRef<llvm::Value *> args) {
  llvm::Value *fn = b.CreateLoad(ptrTy(), nilCheck(fv));
  std::vector<llvm::Value *> all{fv};
  all.insert(all.end(), args.begin(), args.end());
  return callValue(funcType(sig), fn, all);
}
