//===- runtime/atomic.cpp - Atomic operations for package sync/atomic -----===//
//
// This file implements the primitives of lib/sync/atomic: the functions that
// lib/sync/atomic/doc.go declares without bodies, as Go functions (a leading
// closure context, the scalar calling convention of runtime.def), under the
// symbols "sync/atomic.<Name>". Every operation is sequentially consistent,
// as Go's memory model requires of sync/atomic ("the atomic operations
// behave like sequentially consistent atomics"). Direct calls never get
// here: the compiler emits the atomic instruction in place
// (codegen/call.cpp: emitAtomicOp); these serve calls through function
// values.
//
// A nil address panics with Go's nil-dereference error (rt_panicmem, as if
// the access had faulted): the signal handler cannot turn a fault inside
// runtime code into a recoverable panic.
//
// It also implements the hooks of lib/runtime and lib/sync that have no
// better home: runtime.GC (a full collection), runtime.KeepAlive's opaque
// sink, and sync.fatal (Go's unrecoverable "fatal error: sync: ...").
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"

#include <cstdint>
#include <cstring>

namespace {
inline void checkNil(const void *addr) {
  if (__builtin_expect(addr == nullptr, 0))
    rt_panicmem();
}
} // namespace

extern "C" {

#define GOLITE_ATOMIC_OPS(Name, T)                                                                 \
  T atomic_Load##Name(void *, T *addr) __asm__("sync/atomic.Load" #Name);                          \
  void atomic_Store##Name(void *, T *addr, T v) __asm__("sync/atomic.Store" #Name);                \
  T atomic_Swap##Name(void *, T *addr, T v) __asm__("sync/atomic.Swap" #Name);                     \
  bool atomic_CompareAndSwap##Name(void *, T *addr, T old,                                         \
                                   T nw) __asm__("sync/atomic.CompareAndSwap" #Name);              \
  T atomic_Load##Name(void *, T *addr) {                                                           \
    checkNil(addr);                                                                                \
    return __atomic_load_n(addr, __ATOMIC_SEQ_CST);                                                \
  }                                                                                                \
  void atomic_Store##Name(void *, T *addr, T v) {                                                  \
    checkNil(addr);                                                                                \
    __atomic_store_n(addr, v, __ATOMIC_SEQ_CST);                                                   \
  }                                                                                                \
  T atomic_Swap##Name(void *, T *addr, T v) {                                                      \
    checkNil(addr);                                                                                \
    return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);                                         \
  }                                                                                                \
  bool atomic_CompareAndSwap##Name(void *, T *addr, T old, T nw) {                                 \
    checkNil(addr);                                                                                \
    return __atomic_compare_exchange_n(addr, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
  }

#define GOLITE_ATOMIC_ADD(Name, T)                                                                 \
  T atomic_Add##Name(void *, T *addr, T delta) __asm__("sync/atomic.Add" #Name);                   \
  T atomic_Add##Name(void *, T *addr, T delta) {                                                   \
    checkNil(addr);                                                                                \
    return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);                                      \
  }

GOLITE_ATOMIC_OPS(Int32, int32_t)
GOLITE_ATOMIC_OPS(Int64, int64_t)
GOLITE_ATOMIC_OPS(Uint32, uint32_t)
GOLITE_ATOMIC_OPS(Uint64, uint64_t)
GOLITE_ATOMIC_OPS(Uintptr, uintptr_t)
GOLITE_ATOMIC_OPS(Pointer, void *)
GOLITE_ATOMIC_ADD(Int32, int32_t)
GOLITE_ATOMIC_ADD(Int64, int64_t)
GOLITE_ATOMIC_ADD(Uint32, uint32_t)
GOLITE_ATOMIC_ADD(Uint64, uint64_t)
GOLITE_ATOMIC_ADD(Uintptr, uintptr_t)

#undef GOLITE_ATOMIC_OPS
#undef GOLITE_ATOMIC_ADD

// --- package runtime -------------------------------------------------------

void runtime_GC(void *) __asm__("runtime.GC");
void runtime_keepAlive(void *, void *) __asm__("runtime.keepAlive");

void runtime_GC(void *) { golite::gc::collect(); }

void runtime_gcStats(void *, uint64_t *out) __asm__("runtime.gcStats");
void runtime_gcStats(void *, uint64_t *out) {
  golite::gc::Stats s = golite::gc::stats();
  out[0] = s.heapSys;
  out[1] = s.heapFree;
  out[2] = s.heapReleased;
  out[3] = s.totalAlloc;
  out[4] = s.numGC;
}

// runtime.KeepAlive(x) passes x's data word here. The call is opaque to the
// compiler, so x stays reachable (in a register or stack slot the collector
// scans) until the call; the asm makes sure the body is not folded away.
void runtime_keepAlive(void *, void *p) { __asm__ volatile("" : : "r"(p) : "memory"); }

// --- package sync ----------------------------------------------------------

[[noreturn]] void sync_fatal(void *, golite::abi::GoString s) __asm__("sync.fatal");

// Go's sync.fatal: "fatal error: <s>", a traceback, exit 2; recover() cannot
// stop it. fatal() takes a C string and must not allocate: copy to the stack.
void sync_fatal(void *, golite::abi::GoString s) {
  char buf[256];
  size_t n = s.len < 0 ? 0 : size_t(s.len) < sizeof buf ? size_t(s.len) : sizeof buf - 1;
  std::memcpy(buf, s.data, n);
  buf[n] = 0;
  golite::rt::fatal(buf);
}

} // extern "C"
