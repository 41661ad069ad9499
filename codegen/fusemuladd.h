//===- codegen/fusemuladd.h - Go's arm64 multiply-add fusion ----*- C++ -*-===//
//
// Go 1.19's compiler fuses floating-point multiply-adds on arm64 (the spec
// allows it); golite does the same, with the same rule, so that programs
// compute the same bits as Go's arm64 binaries. See fusemuladd.cpp and
// docs/numeric.md.
//
//===----------------------------------------------------------------------===//
#pragma once

namespace llvm {
class Module;
class Value;
class IRBuilderBase;
class PassBuilder;
} // namespace llvm

namespace golite {

/// Marks `v`, the result of an explicit conversion T(x) between identical
/// float types, as rounded: a multiplication behind the mark is not fused
/// (Go: "an explicit floating-point type conversion rounds to the precision
/// of the target type, preventing fusion"). Emits an llvm.arithmetic.fence;
/// only arm64 code calls it. Constants come back unchanged.
llvm::Value *markRounded(llvm::IRBuilderBase &b, llvm::Value *v);

/// Adds to `pb`'s pipelines, at their start, a function pass that rewrites
/// every fadd/fsub that Go's arm64 back end would turn into
/// FMADD/FMSUB/FNMADD/FNMSUB into a call of llvm.fma, then removes the
/// conversion marks. For arm64 only.
void addMulAddFusion(llvm::PassBuilder &pb);

} // namespace golite
