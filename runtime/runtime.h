//===- runtime/runtime.h - Runtime-internal declarations -------*- C++ -*-===//
//
// This file declares what the runtime's own files share: the C++ view of
// every compiler entry point (generated from runtime.def, so that each
// definition is checked against the list), the goroutine record G, fatal
// errors, the runtime's panics, and small helpers.
//
// Invariants every runtime file keeps:
//  - An entry point of runtime.def is defined as `extern "C" ... rt_<name>`;
//    the declaration below gives it the symbol "runtime.<name>". Defining it
//    with other parameter types is a compile error (conflicting C
//    declarations); entrypoints.cpp additionally takes every address so a
//    missing definition is a link error in the unit tests.
//  - Functions that compiled Go code calls *as Go functions* (os.runtime_argc
//    and friends, method wrappers the runtime builds for its own types) take
//    a leading closure-context parameter, ignored.
//  - `fatal` is Go's throw: it never allocates and exits with status 2.
//    User-recoverable failures are panics (rt_gopanic with a runtime.Error).
//
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/abi.h"
#include "runtime/sched.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace golite::rt {

using abi::Eface;
using abi::GoInt;
using abi::GoSlice;
using abi::GoString;
using abi::GoUint;
using abi::Iface;
using abi::Itab;
using abi::TypeDesc;

} // namespace golite::rt

//===----------------------------------------------------------------------===//
// Entry points, generated from runtime.def.
//===----------------------------------------------------------------------===//

#define RT_TYPE_V void
#define RT_TYPE_B bool
#define RT_TYPE_I int64_t
#define RT_TYPE_I32 int32_t
#define RT_TYPE_F64 double
#define RT_TYPE_P void *
#define RT_TYPE_STR ::golite::abi::GoString
#define RT_TYPE_EFACE ::golite::abi::Eface

#define RT_CAT(a, b) RT_CAT_(a, b)
#define RT_CAT_(a, b) a##b
#define RT_NARGS(...) RT_NARGS_(__VA_OPT__(__VA_ARGS__, ) 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define RT_NARGS_(a, b, c, d, e, f, g, h, N, ...) N
#define RT_P0()
#define RT_P1(a) RT_TYPE_##a
#define RT_P2(a, b) RT_TYPE_##a, RT_TYPE_##b
#define RT_P3(a, b, c) RT_TYPE_##a, RT_TYPE_##b, RT_TYPE_##c
#define RT_P4(a, b, c, d) RT_P2(a, b), RT_P2(c, d)
#define RT_P5(a, b, c, d, e) RT_P2(a, b), RT_P3(c, d, e)
#define RT_P6(a, b, c, d, e, f) RT_P3(a, b, c), RT_P3(d, e, f)
#define RT_P7(a, b, c, d, e, f, g) RT_P3(a, b, c), RT_P4(d, e, f, g)
#define RT_P8(a, b, c, d, e, f, g, h) RT_P4(a, b, c, d), RT_P4(e, f, g, h)
/// The C++ parameter list for a list of runtime.def codes.
#define RT_PARAMS(...) RT_CAT(RT_P, RT_NARGS(__VA_ARGS__))(__VA_ARGS__)

extern "C" {
#define RT_FUNC(name, ret, ...)                                                \
  RT_TYPE_##ret rt_##name(RT_PARAMS(__VA_ARGS__)) __asm__("runtime." #name);
#define RT_NORETURN(name, ...)                                                 \
  [[noreturn]] void rt_##name(RT_PARAMS(__VA_ARGS__)) __asm__("runtime." #name);
#include "runtime/runtime.def"

/// Emitted by the compiler: runs package initialization.
void golite_init() __asm__("__golite_init");
/// The program's main.main (a Go function: takes the closure context).
void golite_main_main(void *ctx) __asm__("main.main");
}

namespace golite::rt {

//===----------------------------------------------------------------------===//
// Goroutines: defer and panic records (G itself is in sched.h).
//===----------------------------------------------------------------------===//

struct Panic;

/// A pending deferred call, pushed by deferproc. Lives in the GC heap and is
/// reachable from G, so the closure it holds stays alive.
struct Defer {
  Defer *link;
  void *frame;          // frame token of the function that deferred
  abi::Closure *fn;     // called as fn->fn(fn)
  bool started;         // a panic has begun running it
  bool thunk;           // registered by deferprocThunk (see panic.cpp)
  Panic *panic;         // the panic running it, if any
};

/// An active panic. Lives in the frame of rt_gopanic (so on the stack),
/// linked from G while it is running deferred calls.
struct Panic {
  Panic *link;       // the panic this one interrupted (printed first)
  Eface arg;         // the panic value
  void *argp;        // frame address of the runtime function calling defers
  bool recovered;    // recover() returned arg
  bool aborted;      // a later panic ran past this one's deferred call
  bool goexit;
  bool thunk;        // the running deferred call is a compiler thunk
};

// The goroutine record G, with its defer and panic lists, is the
// scheduler's: see runtime/sched.h.

//===----------------------------------------------------------------------===//
// Errors and panics.
//===----------------------------------------------------------------------===//

/// Go's throw: prints "fatal error: msg" and exits 2. Never allocates.
[[noreturn]] void fatal(const char *msg);
/// panic(errorString(msg)): Error() is "runtime error: " + msg.
[[noreturn]] void panicErrorString(const char *msg);
[[noreturn]] void panicErrorString(GoString msg);
/// panic(plainError(msg)): Error() is msg.
[[noreturn]] void panicPlainError(const char *msg);
/// panic(&TypeAssertionError{iface, concrete, asserted, missing}).
[[noreturn]] void panicTypeAssert(const TypeDesc *iface, const TypeDesc *concrete,
                                  const TypeDesc *asserted, const char *missingMethod);

/// Calls a deferred closure on behalf of panic (or Goexit) p (panic.cpp).
/// runtime.Caller reports its frame as runtime.gopanic or runtime.Goexit,
/// the Go functions that call deferred functions there.
void runDeferred(Panic *p, abi::Closure *fn);

/// Go's printany: prints a panic value (after Error()/String()).
void printAny(Eface v);

/// The runtime's own type descriptors (defined in error.cpp).
extern const TypeDesc errorStringType;   // runtime.errorString
extern const TypeDesc plainErrorType;    // runtime.plainError
extern const TypeDesc boundsErrorType;   // runtime.boundsError
extern const TypeDesc typeAssertErrorPtrType; // *runtime.TypeAssertionError

/// Finds a method by name whose signature is `func() string` (Error, String);
/// returns its interface code pointer or null.
void *findStringMethod(const TypeDesc *t, const char *name);

//===----------------------------------------------------------------------===//
// Strings, printing, memory helpers.
//===----------------------------------------------------------------------===//

inline GoString makeString(const char *s) {
  return GoString{reinterpret_cast<const uint8_t *>(s), GoInt(strlen(s))};
}
/// Allocates a copy of n bytes as a string (atomic memory).
GoString copyString(const void *p, size_t n);
/// Allocates n bytes of pointer-free memory, uninitialized. n may be 0.
uint8_t *rawAlloc(size_t n);

/// Low-level printing to fd 2 (no locking: callers hold the print lock or
/// are dying).
void writeErr(const void *p, size_t n);
void printStr(const char *s);
void printGoString(GoString s);
void printHex(uint64_t v);
void printInt(int64_t v);
void printUint(uint64_t v);
void printFloat(double v);
void printPointer(const void *p);
/// Formats like Go's printfloat into buf[0..14); returns the length.
size_t formatFloat(double v, char *buf);
/// The recursive print lock, and flushing of its buffer (before exits).
void printLock();
void printUnlock();
void flushPrint();
/// Best-effort listing of the calling stack, Go style, skipping `skip`
/// innermost frames.
void traceback(int skip);

/// Go's UTF-8 helpers (utf8.cpp).
constexpr int32_t runeError = 0xFFFD;
/// Decodes the rune at s[k]; returns the rune and sets *next.
int32_t decodeRune(const uint8_t *s, GoInt n, GoInt k, GoInt *next);
/// Encodes r (invalid runes as U+FFFD) into p (at least 4 bytes); returns
/// the byte count.
int encodeRune(uint8_t *p, int32_t r);

/// Go's malloc size classes (sizeclasses.cpp): the size an allocation of
/// `size` bytes really gets.
uintptr_t roundupsize(uintptr_t size);

/// Per-process random numbers (fastrand in Go).
uint32_t fastrand();
uint64_t fastrand64();

/// The address of zero-sized allocations (Go's zerobase).
extern uint8_t zerobase[8];

/// Hashing and equality by type descriptor (alg.cpp).
uintptr_t typehash(const TypeDesc *t, const void *p, uintptr_t seed);
bool typeequal(const TypeDesc *t, const void *x, const void *y);
uintptr_t memhash(const void *p, uintptr_t seed, uintptr_t n);

inline unsigned kindOf(const TypeDesc *t) { return t->kind & abi::KindMask; }
inline bool isDirectIface(const TypeDesc *t) { return t->kind & abi::KindDirectIface; }
/// An interface type with no methods is laid out as an Eface.
inline bool isEmptyInterface(const TypeDesc *t) { return t->nfields == 0; }

/// Go's maxAlloc on 64-bit linux.
constexpr uintptr_t maxAlloc = uintptr_t(1) << 48;

} // namespace golite::rt
