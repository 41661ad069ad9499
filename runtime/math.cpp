//===- runtime/math.cpp - Hardware hooks for package math -----------------===//
//
// This file implements the functions that lib/math declares without bodies:
// math.archSqrt (the square-root instruction, which Go also uses: SQRTSD on
// amd64, FSQRT on arm64) and math.cpuHasFMA (whether Go 1.19's amd64 Exp
// would take its fused multiply-add path, i.e. internal/cpu's
// X86.HasAVX && X86.HasFMA).
//
// Invariants:
//  - Go functions: symbol "math.<name>", a leading closure-context
//    parameter (ignored).
//  - archSqrt is the bare instruction (no errno, no library call), so its
//    NaNs are the hardware's, as in Go.
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"

extern "C" {

double math_archSqrt(void *ctx, double x) __asm__("math.archSqrt");
bool math_cpuHasFMA(void *ctx) __asm__("math.cpuHasFMA");

double math_archSqrt(void *, double x) {
  double r;
#if defined(__x86_64__)
  __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
#elif defined(__aarch64__)
  __asm__("fsqrt %d0, %d1" : "=w"(r) : "w"(x));
#else
  r = __builtin_sqrt(x);
#endif
  return r;
}

bool math_cpuHasFMA(void *) {
#if defined(__x86_64__)
  // __builtin_cpu_supports checks the OS support (XSAVE) for AVX too, as
  // Go's internal/cpu does.
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
#else
  return false;
#endif
}

} // extern "C"
