//===- runtime/math.cpp - Hardware hooks for package math -----------------===//
//
// This file implements the functions that lib/math declares without bodies:
// math/bits.panicOverflow and math/bits.panicDivide (the runtime errors
// that bits.Div* raise), math.archSqrt (the square-root instruction, which Go also uses: SQRTSD on
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
[[noreturn]] void bits_panicOverflow(void *ctx) __asm__("math/bits.panicOverflow");
[[noreturn]] void bits_panicDivide(void *ctx) __asm__("math/bits.panicDivide");

void bits_panicOverflow(void *) { golite::rt::panicErrorString("integer overflow"); }

void bits_panicDivide(void *) { golite::rt::panicErrorString("integer divide by zero"); }

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

extern "C" {

double math_archFMA(void *ctx, double x, double y, double z) __asm__("math.archFMA");

// A correctly rounded fused multiply-add: the instruction where the
// runtime is built for it, else libm's fma, which is exact too.
double math_archFMA(void *, double x, double y, double z) { return __builtin_fma(x, y, z); }

} // extern "C"
