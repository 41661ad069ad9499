//===- gc/boehm.cpp - The Boehm GC backend --------------------------------===//
//
// This file implements gc.h on top of the Boehm-Demers-Weiser conservative
// collector (Debian's libgc-dev, linked statically as libgc.a).
//
// Invariants:
//  - Objects whose type has ptrdata == 0 (or no type) are allocated with
//    GC_MALLOC_ATOMIC: Boehm never scans them, so integers in them cannot
//    retain garbage. Boehm does not zero atomic memory, so alloc() clears it.
//  - Everything else is GC_MALLOC (zeroed, scanned conservatively in full;
//    the pointer bitmap of the type is not used by this backend).
//  - Roots: Boehm finds the data/bss segments of the static executable and
//    the main thread's stack by itself. The runtime's G lives in static
//    storage for that reason. Memory from C malloc is NOT scanned: runtime
//    structures that hold heap pointers must come from this interface.
//  - Threads: for now the program is single-threaded. When the scheduler
//    creates Ms it must register them (GC_register_my_thread) or create them
//    through GC_pthread_create, and add goroutine stacks with addRoots.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/abi.h"


#include <cstdlib>
#include <cstring>
#include <unistd.h>

// The part of Boehm's API we use, declared here rather than through <gc.h>:
// Boehm installs its header as <gc/gc.h>, which our own gc/gc.h shadows
// on the include path. On Linux, GC_INIT() is GC_init() (the GC_INIT_CONF_*
// hooks are empty), and GC_MALLOC/GC_MALLOC_ATOMIC are GC_malloc and
// GC_malloc_atomic in non-debug builds.
extern "C" {
void GC_init(void);
void *GC_malloc(size_t);
void *GC_malloc_atomic(size_t);
void GC_add_roots(void *, void *);
void GC_remove_roots(void *, void *);
void GC_gcollect(void);
size_t GC_get_heap_size(void);
size_t GC_get_free_bytes(void);
void GC_set_free_space_divisor(unsigned long);
}

namespace golite::gc {

namespace {
bool initialized;

[[noreturn]] void outOfMemory() {
  static const char msg[] = "fatal error: runtime: out of memory\n";
  (void)!write(2, msg, sizeof msg - 1);
  _exit(2);
}
} // namespace

void init() {
  if (initialized)
    return;
  initialized = true;
  GC_init();
  // Go's default GOGC=100 corresponds roughly to Boehm's free-space
  // divisor 1 (heap may grow to twice the live data); Boehm's default (3)
  // collects more often and is slower on allocation-heavy programs.
  GC_set_free_space_divisor(1);
}

static bool hasPointers(const abi::TypeDesc *t) { return t && t->ptrdata != 0; }

void *alloc(size_t size, const abi::TypeDesc *t) {
  if (!initialized)
    init();
  void *p;
  if (hasPointers(t)) {
    p = GC_malloc(size);
  } else {
    p = GC_malloc_atomic(size);
    if (p)
      memset(p, 0, size);
  }
  if (!p && size != 0)
    outOfMemory();
  return p;
}

void *allocNoZero(size_t size, const abi::TypeDesc *t) {
  if (!initialized)
    init();
  void *p = hasPointers(t) ? GC_malloc(size) : GC_malloc_atomic(size);
  if (!p && size != 0)
    outOfMemory();
  return p;
}

void addRoots(void *lo, void *hi) { GC_add_roots(lo, hi); }

void removeRoots(void *lo, void *hi) { GC_remove_roots(lo, hi); }

void collect() { GC_gcollect(); }

size_t heapBytes() { return GC_get_heap_size() - GC_get_free_bytes(); }

} // namespace golite::gc
