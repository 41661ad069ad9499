//===- test/unit/runtime_panic.cpp - Panic texts and exit status ----------===//
//
// Checks what an unrecovered panic prints (Go 1.19's printpanics and
// printany formats, runtime error texts) and that it exits with status 2.
// Recovery is tested end to end by runtime_defer.cpp.
//
//===----------------------------------------------------------------------===//

#include "runtime_testing.h"

#include <cmath>

using namespace golite;
using namespace golite::rttest;

extern "C" const TypeDesc typeFuncString __asm__("type:func() string");

namespace {
#define PANICS(stmt, regex) EXPECT_EXIT(stmt, testing::ExitedWithCode(2), regex)

GoString sError(void *, void *recv) { return gs("an error"); }
GoString sString(void *, void *recv) { return gs("a stringer"); }
const gabi::Method errMethods[] = {{"Error", &typeFuncString, reinterpret_cast<void *>(&sError)}};
const gabi::Method strMethods[] = {{"String", &typeFuncString, reinterpret_cast<void *>(&sString)}};

TypeDesc named(TypeDesc t, const char *str) {
  t.str = str;
  t.pkgPath = "main";
  t.tflag |= TFlagNamed;
  return t;
}
} // namespace

TEST(RuntimePanicDeathTest, BoundsTexts) {
  PANICS(rt_panicIndex(5, 3),
         "^panic: runtime error: index out of range \\[5\\] with length 3\n\ngoroutine 1 \\[running\\]:\n");
  PANICS(rt_panicIndex(-1, 3), "^panic: runtime error: index out of range \\[-1\\]\n");
  PANICS(rt_panicIndexU(-1, 3),
         "^panic: runtime error: index out of range \\[18446744073709551615\\] with length 3\n");
  PANICS(rt_panicSliceAlen(5, 3), "^panic: runtime error: slice bounds out of range \\[:5\\] with length 3\n");
  PANICS(rt_panicSliceAcap(5, 3), "^panic: runtime error: slice bounds out of range \\[:5\\] with capacity 3\n");
  PANICS(rt_panicSliceB(5, 3), "^panic: runtime error: slice bounds out of range \\[5:3\\]\n");
  PANICS(rt_panicSliceB(-2, 3), "^panic: runtime error: slice bounds out of range \\[-2:\\]\n");
  PANICS(rt_panicSlice3Alen(5, 3), "^panic: runtime error: slice bounds out of range \\[::5\\] with length 3\n");
  PANICS(rt_panicSlice3Acap(5, 3), "^panic: runtime error: slice bounds out of range \\[::5\\] with capacity 3\n");
  PANICS(rt_panicSlice3B(5, 3), "^panic: runtime error: slice bounds out of range \\[:5:3\\]\n");
  PANICS(rt_panicSlice3C(5, 3), "^panic: runtime error: slice bounds out of range \\[5:3:\\]\n");
}

TEST(RuntimePanicDeathTest, OtherRuntimeErrors) {
  PANICS(rt_panicdivide(), "^panic: runtime error: integer divide by zero\n\ngoroutine 1 ");
  PANICS(rt_panicshift(), "^panic: runtime error: negative shift amount\n");
  PANICS(rt_panicnilmap(), "^panic: assignment to entry in nil map\n");
  PANICS(rt_panicunsafeslicelen(), "^panic: runtime error: unsafe.Slice: len out of range\n");
  PANICS(rt_panicmem(),
         "^panic: runtime error: invalid memory address or nil pointer dereference\n"
         "\\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x[0-9a-f]+\\]\n\n"
         "goroutine 1 \\[running\\]:\n");
}

TEST(RuntimePanicDeathTest, PanicValues) {
  static GoString s = gs("boom");
  PANICS(rt_gopanic(td(stringType), &s), "^panic: boom\n\ngoroutine 1 \\[running\\]:\n");
  PANICS(rt_gopanic(nullptr, nullptr), "^panic: nil\n");
  static int64_t i = -42;
  PANICS(rt_gopanic(td(intType), &i), "^panic: -42\n");
  static double f = 1.5;
  PANICS(rt_gopanic(td(float64Type), &f), "^panic: \\+1.500000e\\+000\n");
  static const TypeDesc myString = named(stringType, "main.S");
  PANICS(rt_gopanic(td(myString), &s), "^panic: main.S\\(\"boom\"\\)\n");
  static const TypeDesc myInt = named(intType, "main.N");
  PANICS(rt_gopanic(td(myInt), &i), "^panic: main.N\\(-42\\)\n");
  static const TypeDesc myFloat = named(float64Type, "main.F");
  PANICS(rt_gopanic(td(myFloat), &f), "^panic: main.F\\(\\+1.500000e\\+000\\)\n");
  static TypeDesc myStruct = named(basicType(16, KindStruct, ""), "main.T");
  static int64_t obj[2];
  PANICS(rt_gopanic(&myStruct, obj), "^panic: \\(main.T\\) 0x[0-9a-f]+\n");
  static TypeDesc errT = [] {
    TypeDesc t = named(basicType(16, KindStruct, ""), "main.E");
    t.methods = errMethods;
    t.nmethods = 1;
    return t;
  }();
  PANICS(rt_gopanic(&errT, obj), "^panic: an error\n");
  static TypeDesc strT = [] {
    TypeDesc t = named(basicType(16, KindStruct, ""), "main.St");
    t.methods = strMethods;
    t.nmethods = 1;
    return t;
  }();
  PANICS(rt_gopanic(&strT, obj), "^panic: a stringer\n");
}

namespace {
GoString chainB = gs("B");
GoString chainA = gs("A");

[[gnu::noinline]] void recoverThenPanic(void *) {
  Eface r = rt_gorecover(__builtin_frame_address(1));
  if (!r.type)
    _exit(3); // recover failed
  rt_gopanic(td(stringType), &chainB);
}

[[gnu::noinline]] void panicAgain(void *) { rt_gopanic(td(stringType), &chainB); }

[[gnu::noinline]] void helperRecover(void *) {
  // Called from a deferred function, not deferred itself: recover is nil.
  Eface r = rt_gorecover(__builtin_frame_address(1));
  if (r.type)
    _exit(4);
}
[[gnu::noinline]] void callsHelper(void *ctx) {
  helperRecover(ctx);
  __asm__ volatile("" ::: "memory");
}

gabi::Closure recoverThenPanicClosure{reinterpret_cast<void *>(&recoverThenPanic)};
gabi::Closure panicAgainClosure{reinterpret_cast<void *>(&panicAgain)};
gabi::Closure callsHelperClosure{reinterpret_cast<void *>(&callsHelper)};
} // namespace

TEST(RuntimePanicDeathTest, Chains) {
  int token;
  // defer func() { recover(); panic("B") }(); panic("A")
  PANICS(({
           rt_deferproc(&token, &recoverThenPanicClosure);
           rt_gopanic(td(stringType), &chainA);
         }),
         "^panic: A \\[recovered\\]\n\tpanic: B\n\ngoroutine 1 \\[running\\]:\n");
  // defer func() { panic("B") }(); panic("A")
  PANICS(({
           rt_deferproc(&token, &panicAgainClosure);
           rt_gopanic(td(stringType), &chainA);
         }),
         "^panic: A\n\tpanic: B\n\n");
  // recover() in a function called by the deferred function returns nil.
  PANICS(({
           rt_deferproc(&token, &callsHelperClosure);
           rt_gopanic(td(stringType), &chainA);
         }),
         "^panic: A\n\n");
}
