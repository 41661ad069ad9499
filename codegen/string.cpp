//===- codegen/string.cpp - Strings ---------------------------------------===//
//
// This file implements string constants (private unnamed_addr byte arrays;
// the string value is {ptr, len}), concatenation (runtime.concatstring2 for
// two operands, runtime.concatstrings over a stack array otherwise),
// equality (length check, then runtime.memequal) and ordering
// (runtime.cmpstring).
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

using namespace golite;
using namespace golite::cg;

llvm::Constant *CodeGen::constString(const std::string &s) {
  auto it = strConsts.find(s);
  if (it != strConsts.end()) return it->second;
  llvm::Constant *data = llvm::Constant::getNullValue(ptrTy());
  if (!s.empty()) {
    auto *init = llvm::ConstantDataArray::getString(C, s, false);
    auto *g = new llvm::GlobalVariable(*M, init->getType(), true,
                                       llvm::GlobalValue::PrivateLinkage, init, "str");
    g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    g->setAlignment(llvm::Align(1));
    data = g;
  }
  auto *v = llvm::ConstantStruct::get(stringTy(), {data, b.getInt64(s.size())});
  strConsts[s] = v;
  return v;
}

llvm::Value *CodeGen::stringConcat(std::vector<llvm::Value *> parts) {
  if (parts.size() == 1) return parts[0];
  llvm::Value *r;
  if (parts.size() == 2) {
    r = rtcall("concatstring2", {b.CreateExtractValue(parts[0], 0), b.CreateExtractValue(parts[0], 1),
                                 b.CreateExtractValue(parts[1], 0), b.CreateExtractValue(parts[1], 1)});
  } else {
    auto *at = llvm::ArrayType::get(stringTy(), parts.size());
    llvm::Value *arr = tempAlloca(at, "concat");
    for (size_t i = 0; i < parts.size(); ++i)
      b.CreateStore(parts[i], b.CreateInBoundsGEP(at, arr, {b.getInt64(0), b.getInt64(i)}));
    r = rtcall("concatstrings", {arr, b.getInt64(parts.size())});
  }
  // Runtime results are literal {ptr,i64} structs; rebuild as `string`.
  llvm::Value *s = llvm::UndefValue::get(stringTy());
  s = b.CreateInsertValue(s, b.CreateExtractValue(r, 0), 0);
  return b.CreateInsertValue(s, b.CreateExtractValue(r, 1), 1);
}

llvm::Value *CodeGen::stringEqual(llvm::Value *x, llvm::Value *y) {
  llvm::Value *lx = b.CreateExtractValue(x, 1), *ly = b.CreateExtractValue(y, 1);
  llvm::BasicBlock *from = b.GetInsertBlock();
  auto *cmp = newBlock("streq.cmp");
  auto *done = newBlock("streq.done");
  b.CreateCondBr(b.CreateICmpEQ(lx, ly), cmp, done);
  b.SetInsertPoint(cmp);
  llvm::Value *eq = rtcall("memequal", {b.CreateExtractValue(x, 0), b.CreateExtractValue(y, 0), lx});
  llvm::BasicBlock *cmpEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  auto *phi = b.CreatePHI(b.getInt1Ty(), 2);
  phi->addIncoming(b.getInt1(false), from);
  phi->addIncoming(eq, cmpEnd);
  return phi;
}

llvm::Value *CodeGen::stringCompare(Tok op, llvm::Value *x, llvm::Value *y) {
  llvm::Value *c = rtcall("cmpstring", {b.CreateExtractValue(x, 0), b.CreateExtractValue(x, 1),
                                        b.CreateExtractValue(y, 0), b.CreateExtractValue(y, 1)});
  llvm::Value *z = b.getInt64(0);
  switch (op) {
  case Tok::Lss: return b.CreateICmpSLT(c, z);
  case Tok::Leq: return b.CreateICmpSLE(c, z);
  case Tok::Gtr: return b.CreateICmpSGT(c, z);
  case Tok::Geq: return b.CreateICmpSGE(c, z);
  case Tok::Eql: return b.CreateICmpEQ(c, z);
  default: return b.CreateICmpNE(c, z);
  }
}
