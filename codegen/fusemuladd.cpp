//===- codegen/fusemuladd.cpp - Go's arm64 multiply-add fusion ------------===//
//
// This file implements the fusion of floating-point multiply-adds that Go
// 1.19's compiler performs on arm64, so that golite's arm64 programs
// produce Go's bits (issue 5). On amd64 Go does not fuse (GOAMD64=v1 has
// no FMA), and neither function below is used there.
//
// Go's rule (cmd/compile's lowering rules for ARM64, applied to the SSA of
// the optimized function, so across statements and regardless of how many
// other uses the product has):
//
//   FADD a (FMUL x y)   -> FMADD  a x y      a + x*y   (either operand order)
//   FADD a (FNMUL x y)  -> FMSUB  a x y      a - x*y
//   FSUB a (FMUL x y)   -> FMSUB  a x y      a - x*y
//   FSUB (FMUL x y) a   -> FNMSUB a x y      x*y - a
//   FSUB a (FNMUL x y)  -> FMADD  a x y      a + x*y
//   FSUB (FNMUL x y) a  -> FNMADD a x y      -x*y - a
//
// where FNMUL is a product with one negated factor or a negated product
// (FNEG (FMUL x y), FMUL (FNEG x) y). The rules are tried in that order,
// and for FADD with its second operand first: in `x*y + z*w` the second
// product is fused and the first one rounded. Before lowering, Go rewrites
// x*2 into x+x (so that is not a product) and x/c into x*(1/c) when 1/c is
// exact (LLVM's InstCombine does the latter too). An explicit conversion
// T(v) between identical float types is a rounding op in Go's SSA that no
// rule looks through; codegen marks it with llvm.arithmetic.fence
// (markRounded), which this pass sees as an opaque value and then removes.
//
// The pass runs at the start of the pipeline, after SROA has put locals in
// registers: the IR is then close to Go's SSA before lowering (so
// `t := x*y; r := t + z` fuses as in Go) and its operands are still in
// source order, which InstCombine and Reassociate later change. Go's CSE
// reorders the operands of adds, which matters for an add of two products:
// when a function has two or more adds of two products of one type, CSE
// keeps them in one class until the products are told apart, then orders
// each add's operands by value ID, so the older product (created first:
// here, earlier in the function) is fused. Remaining differences: Go fuses
// after inlining, golite before (a product returned by an inlined call is
// not fused); Go's dead-code elimination runs before its CSE.
//
//===----------------------------------------------------------------------===//
#include "codegen/fusemuladd.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Scalar/InstSimplifyPass.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm::PatternMatch;

namespace golite {

llvm::Value *markRounded(llvm::IRBuilderBase &b, llvm::Value *v) {
  if (llvm::isa<llvm::Constant>(v) || !v->getType()->isFPOrFPVectorTy())
    return v;
  return b.CreateArithmeticFence(v, v->getType());
}

namespace {

/// A product as Go's lowering sees it: the fmul `mul`, negated as a whole
/// when `negated`, and an FNMUL (odd number of negations) when `nmul`.
struct Product {
  llvm::BinaryOperator *mul = nullptr;
  bool negated = false;
  bool nmul = false;
  explicit operator bool() const { return mul != nullptr; }
};

bool isFNeg(llvm::Value *v) { return match(v, m_FNeg(m_Value())); }

bool isTwo(llvm::Value *v) {
  const llvm::APFloat *c;
  return match(v, m_APFloat(c)) && c->isExactlyValue(2.0);
}

Product classify(llvm::Value *v) {
  Product p;
  llvm::Value *inner;
  if (match(v, m_FNeg(m_Value(inner)))) {
    p.negated = true;
    v = inner;
  }
  auto *m = llvm::dyn_cast<llvm::BinaryOperator>(v);
  if (!m || m->getOpcode() != llvm::Instruction::FMul)
    return Product();
  // Go turns x*2 into x+x before lowering.
  if (isTwo(m->getOperand(0)) || isTwo(m->getOperand(1)))
    return Product();
  p.mul = m;
  p.nmul = p.negated ^ isFNeg(m->getOperand(0)) ^ isFNeg(m->getOperand(1));
  return p;
}

llvm::Value *negate(llvm::IRBuilder<> &b, llvm::Value *v) {
  llvm::Value *x;
  if (match(v, m_FNeg(m_Value(x))))
    return x;
  return b.CreateFNeg(v);
}

/// A product in Go's generic SSA (before lowering): an fmul that is not
/// x*2.
bool isGenericProduct(llvm::Value *v) {
  auto *m = llvm::dyn_cast<llvm::BinaryOperator>(v);
  return m && m->getOpcode() == llvm::Instruction::FMul && !isTwo(m->getOperand(0)) &&
         !isTwo(m->getOperand(1));
}

/// Replaces `op` (an fadd or fsub) by a fused multiply-add when Go's rules
/// match it; returns whether it did. `swapped` is set for an add of two
/// products whose operands Go's CSE reorders (see fuseMultiplyAdds):
/// the older product (`order`) is then its second operand.
bool fuse(llvm::BinaryOperator *op, bool swapped,
          const llvm::DenseMap<llvm::Instruction *, unsigned> &order) {
  llvm::Value *v0 = op->getOperand(0), *v1 = op->getOperand(1);
  Product p0 = classify(v0), p1 = classify(v1);
  bool isAdd = op->getOpcode() == llvm::Instruction::FAdd;
  // Which operand is the product, in the order of Go's rules.
  Product p;
  bool first = false; // the product is operand 0
  if (isAdd) {
    if (swapped && p0 && p1 && p0.nmul == p1.nmul) {
      // A tie that CSE's operand order decides.
      first = order.lookup(p0.mul) < order.lookup(p1.mul);
      p = first ? p0 : p1;
    } else if (p1 && !p1.nmul) p = p1;
    else if (p0 && !p0.nmul) p = p0, first = true;
    else if (p1) p = p1;
    else if (p0) p = p0, first = true;
  } else {
    if (p1 && !p1.nmul) p = p1;
    else if (p0 && !p0.nmul) p = p0, first = true;
    else if (p1 && p1.nmul) p = p1;
    else if (p0 && p0.nmul) p = p0, first = true;
  }
  if (!p)
    return false;
  llvm::IRBuilder<> b(op);
  llvm::Value *x = p.mul->getOperand(0), *y = p.mul->getOperand(1);
  llvm::Value *a = first ? v1 : v0;
  // The result is a + s*x*y, with s the sign of the product in `op`.
  bool minus = p.negated;
  if (!isAdd && !first)
    minus = !minus; // a - m
  if (!isAdd && first)
    a = negate(b, a); // m - a
  if (minus)
    x = negate(b, x);
  llvm::Function *fma =
      llvm::Intrinsic::getDeclaration(op->getModule(), llvm::Intrinsic::fma, {op->getType()});
  llvm::CallInst *r = b.CreateCall(fma, {x, y, a});
  r->setDebugLoc(op->getDebugLoc());
  r->takeName(op);
  op->replaceAllUsesWith(r);
  return true;
}

} // namespace

namespace {

/// Fuses the multiply-adds of `f` as Go does, then drops the rounding marks.
void fuseFunction(llvm::Function &f) {
  llvm::SmallVector<llvm::BinaryOperator *, 32> ops;
  llvm::SmallVector<llvm::IntrinsicInst *, 8> fences;
  llvm::DenseMap<llvm::Instruction *, unsigned> order;
  // Adds of two products, per type: Go's CSE puts the adds of one type
  // whose operands are both products in one class; when there are two
  // or more, it orders each one's operands by value ID, older product
  // second, and the lowering rule then fuses the older product.
  llvm::DenseMap<llvm::Type *, unsigned> addsOfProducts;
  for (llvm::Instruction &i : llvm::instructions(f)) {
    unsigned n = order.size();
    order[&i] = n;
    if (auto *bo = llvm::dyn_cast<llvm::BinaryOperator>(&i)) {
      if (bo->getOpcode() == llvm::Instruction::FAdd && isGenericProduct(bo->getOperand(0)) &&
          isGenericProduct(bo->getOperand(1)))
        addsOfProducts[bo->getType()]++;
      if (bo->getOpcode() == llvm::Instruction::FAdd ||
          bo->getOpcode() == llvm::Instruction::FSub)
        ops.push_back(bo);
    } else if (auto *ii = llvm::dyn_cast<llvm::IntrinsicInst>(&i)) {
      if (ii->getIntrinsicID() == llvm::Intrinsic::arithmetic_fence)
        fences.push_back(ii);
    }
  }
  llvm::SmallVector<llvm::WeakTrackingVH, 32> dead;
  for (llvm::BinaryOperator *op : ops) {
    bool swapped = op->getOpcode() == llvm::Instruction::FAdd &&
                   isGenericProduct(op->getOperand(0)) && isGenericProduct(op->getOperand(1)) &&
                   addsOfProducts.lookup(op->getType()) >= 2;
    if (fuse(op, swapped, order))
      dead.push_back(op);
  }
  for (llvm::IntrinsicInst *fence : fences) {
    fence->replaceAllUsesWith(fence->getArgOperand(0));
    dead.push_back(fence);
  }
  llvm::RecursivelyDeleteTriviallyDeadInstructionsPermissive(dead);
}

struct FuseMulAddPass : llvm::PassInfoMixin<FuseMulAddPass> {
  llvm::PreservedAnalyses run(llvm::Function &f, llvm::FunctionAnalysisManager &) {
    fuseFunction(f);
    llvm::PreservedAnalyses pa;
    pa.preserveSet<llvm::CFGAnalyses>();
    return pa;
  }
};

} // namespace

void addMulAddFusion(llvm::PassBuilder &pb) {
  pb.registerPipelineStartEPCallback(
      [](llvm::ModulePassManager &mpm, llvm::OptimizationLevel level) {
        llvm::FunctionPassManager fpm;
        // Locals in registers first, so that `t := x*y; r := t + z` is
        // one SSA use as in Go; at -O0 only products used directly fuse.
        // Constants folded too: Go's SSA folds c1*c2 before lowering.
        if (level != llvm::OptimizationLevel::O0) {
          fpm.addPass(llvm::SROAPass(llvm::SROAOptions::PreserveCFG));
          fpm.addPass(llvm::InstSimplifyPass());
        }
        fpm.addPass(FuseMulAddPass());
        mpm.addPass(llvm::createModuleToFunctionPassAdaptor(std::move(fpm)));
      });
}

} // namespace golite
