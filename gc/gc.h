//===- gc/gc.h - The allocator/collector interface -------------*- C++ -*-===//
//
// Every heap allocation of the runtime goes through this interface with the
// type descriptor of what is allocated (null only for raw pointer-free
// memory). Backends: gc/boehm.cpp (Boehm GC, the first backend; pointer-free
// objects are allocated atomic) and, later, golite's own concurrent
// collector. The backend is chosen at link time by which library the driver
// links (-gc=boehm|golite), not by #ifdef.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <cstddef>
#include <cstdint>

namespace golite::abi {
struct TypeDesc;
}

namespace golite::gc {

void init();
/// Allocates `size` zeroed bytes for a value of type `t` (or an array of
/// them when size > t->size). `t == nullptr` or t->ptrdata == 0 means the
/// memory holds no pointers and is never scanned.
void *alloc(size_t size, const abi::TypeDesc *t);
/// Allocation that need not be zeroed (the caller overwrites it all);
/// backends may still zero it.
void *allocNoZero(size_t size, const abi::TypeDesc *t);
/// Registers a root range outside the heap (e.g. a goroutine stack) and
/// removes it.
void addRoots(void *lo, void *hi);
void removeRoots(void *lo, void *hi);
void collect();      // runtime.GC()

// --- Threads and goroutine stacks (used by runtime/proc.cpp) --------------
/// Memory that the collector scans like a root and never frees (zeroed):
/// the scheduler's G, M and P records, timer heaps.
void *allocPersistent(size_t size);
void freePersistent(void *p);
/// Creates an OS thread known to the collector (stopped during collections,
/// its registers scanned), with a stack of stackSize bytes. Returns 0 or an
/// errno value.
int createThread(void *(*fn)(void *), void *arg, size_t stackSize);
/// Called by a thread from createThread before it first switches to a
/// goroutine stack: from then on the collector does not scan the thread's
/// stack by itself; the stack pusher must report every stack (g0's
/// included). altstack becomes the thread's signal stack.
void threadRunsGoroutines(void *altstack, size_t altSize, void *stackLo, size_t stackSize);
/// The runtime's goroutine-stack pusher, called with the world stopped at
/// every collection; it calls push(lo, hi) for each live stack range.
void setStackPusher(void (*fn)(void (*push)(void *lo, void *hi)));
/// Called at every collection, once per stopped thread that runs
/// goroutines, on that thread, with its stack pointer at the moment it was
/// stopped (for the collecting thread: its sp when the collection began)
/// and the number of the collection: lets the pusher scan a running
/// goroutine's stack from its sp instead of in full.
void setStoppedSPHook(void (*hook)(void *sp, uint64_t cycle));
size_t heapBytes();  // for tests and ReadMemStats
/// Set by the runtime (runtime/stack.cpp): allocation may run a collection,
/// which needs a deep stack. Before allocating, the backend calls
/// hook(fn, arg); the hook either runs fn(arg) on a deep stack (the M's
/// system stack) and returns true, or returns false and the backend
/// allocates where it is.
void setDeepCallHook(bool (*hook)(void (*fn)(void *), void *arg));

/// Collector statistics for runtime.ReadMemStats (bytes unless noted).
struct Stats {
  uint64_t heapSys;      // heap obtained from the OS, mapped
  uint64_t heapFree;     // mapped but free
  uint64_t heapReleased; // returned to the OS (unmapped)
  uint64_t totalAlloc;   // allocated since the program started
  uint64_t numGC;        // completed collections
};
Stats stats();

} // namespace golite::gc
