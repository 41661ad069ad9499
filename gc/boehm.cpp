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
//  - Threads: the scheduler creates its Ms with createThread
//    (GC_pthread_create), so Boehm stops them for collections. An M runs on
//    many stacks (its g0 stack and goroutine stacks) that Boehm cannot
//    follow, so (threadRunsGoroutines):
//      * the M gets a signal stack registered with GC_register_altstack, and
//        Boehm's suspend signal handler is re-installed with SA_ONSTACK:
//        a stopped M is seen by Boehm as "sp in the altstack", and Boehm
//        scans only [sp, altstack top): the handler frames, with the
//        interrupted registers in the kernel's signal frame;
//      * when such an M itself runs the collection (it allocated), the
//        GC_EVENT_PRE_STOP_WORLD callback sets its stack bottom to the
//        callback's own frame, so Boehm scans only the collector's frames
//        and the registers it pushed;
//      * every stack (goroutine stacks and g0 stacks) is pushed by the
//        runtime's stack pusher from GC_push_other_roots: a suspended
//        goroutine from its saved sp (its callee-saved registers are saved
//        there), a running one from the sp at which its thread was stopped
//        (reported by the stopped-sp hook: our wrapper around Boehm's
//        suspend handler reads it from the signal context), or in full
//        when that is unknown.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/abi.h"


#include <atomic>
#include <csignal>
#include <sys/ucontext.h>
#include <cstdlib>
#include <pthread.h>
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
size_t GC_get_unmapped_bytes(void);
size_t GC_get_total_bytes(void);
size_t GC_get_gc_no(void);
void GC_set_free_space_divisor(unsigned long);
void *GC_malloc_uncollectable(size_t);
void GC_free(void *);
struct GC_stack_base {
  void *mem_base;
};
void GC_set_stackbottom(void *, const struct GC_stack_base *);
void GC_register_altstack(void *, unsigned long, void *, unsigned long);
int GC_get_suspend_signal(void);
typedef void (*GC_push_other_roots_proc)(void);
void GC_set_push_other_roots(GC_push_other_roots_proc);
GC_push_other_roots_proc GC_get_push_other_roots(void);
void GC_push_all_eager(void *, void *);
typedef void (*GC_on_collection_event_proc)(int);
void GC_set_on_collection_event(GC_on_collection_event_proc);
int GC_pthread_create(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
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

namespace {
bool (*deepCallHook)(void (*fn)(void *), void *arg);

/// An allocation to run through deepCallHook.
struct AllocReq {
  size_t size;
  const abi::TypeDesc *t;
  void *p;
};

void *allocHere(size_t size, const abi::TypeDesc *t);
void *allocNoZeroHere(size_t size, const abi::TypeDesc *t);
void *allocPersistentHere(size_t size);
} // namespace

void setDeepCallHook(bool (*hook)(void (*fn)(void *), void *arg)) { deepCallHook = hook; }

void *alloc(size_t size, const abi::TypeDesc *t) {
  AllocReq r{size, t, nullptr};
  if (deepCallHook &&
      deepCallHook([](void *a) {
        auto *r = static_cast<AllocReq *>(a);
        r->p = allocHere(r->size, r->t);
      }, &r))
    return r.p;
  return allocHere(size, t);
}

void *allocNoZero(size_t size, const abi::TypeDesc *t) {
  AllocReq r{size, t, nullptr};
  if (deepCallHook &&
      deepCallHook([](void *a) {
        auto *r = static_cast<AllocReq *>(a);
        r->p = allocNoZeroHere(r->size, r->t);
      }, &r))
    return r.p;
  return allocNoZeroHere(size, t);
}

void *allocPersistent(size_t size) {
  AllocReq r{size, nullptr, nullptr};
  if (deepCallHook &&
      deepCallHook([](void *a) {
        auto *r = static_cast<AllocReq *>(a);
        r->p = allocPersistentHere(r->size);
      }, &r))
    return r.p;
  return allocPersistentHere(size);
}

namespace {
void *allocHere(size_t size, const abi::TypeDesc *t) {
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

void *allocNoZeroHere(size_t size, const abi::TypeDesc *t) {
  if (!initialized)
    init();
  void *p = hasPointers(t) ? GC_malloc(size) : GC_malloc_atomic(size);
  if (!p && size != 0)
    outOfMemory();
  return p;
}
} // namespace

namespace {
constexpr int GC_EVENT_PRE_STOP_WORLD = 6; // GC_EventType in gc.h
thread_local bool runsGoroutines;
void (*stackPusher)(void (*)(void *, void *));
void (*stoppedSPHook)(void *, uint64_t);
std::atomic<uint64_t> gcCycle{0};
struct sigaction boehmSuspend;

/// Boehm's suspend handler, wrapped: report where the thread was stopped.
void suspendHandler(int sig, siginfo_t *info, void *uc) {
  if (runsGoroutines && stoppedSPHook) {
    auto *u = static_cast<ucontext_t *>(uc);
#if defined(__x86_64__)
    void *sp = reinterpret_cast<void *>(u->uc_mcontext.gregs[REG_RSP]);
#elif defined(__aarch64__)
    void *sp = reinterpret_cast<void *>(u->uc_mcontext.sp);
#endif
    stoppedSPHook(sp, gcCycle.load(std::memory_order_relaxed));
  }
  if (boehmSuspend.sa_flags & SA_SIGINFO)
    boehmSuspend.sa_sigaction(sig, info, uc);
  else
    boehmSuspend.sa_handler(sig);
}
GC_push_other_roots_proc prevPushOtherRoots;
bool hooksInstalled;

void pushRange(void *lo, void *hi) {
  if (lo < hi)
    GC_push_all_eager(lo, hi);
}

void pushOtherRoots() {
  if (prevPushOtherRoots)
    prevPushOtherRoots();
  if (stackPusher)
    stackPusher(pushRange);
}

[[gnu::noinline]] void onCollectionEvent(int ev) {
  if (ev != GC_EVENT_PRE_STOP_WORLD)
    return;
  uint64_t cycle = gcCycle.fetch_add(1) + 1;
  if (!runsGoroutines)
    return;
  if (stoppedSPHook)
    stoppedSPHook(__builtin_frame_address(0), cycle);
  // This thread collects: Boehm scans [its sp, stack bottom). Make that the
  // collector's own frames below this one (+16: saved fp and return
  // address), wherever this thread's sp is (goroutine or g0 stack).
  GC_stack_base sb{static_cast<char *>(__builtin_frame_address(0)) + 16};
  GC_set_stackbottom(nullptr, &sb);
}

void installHooks() {
  if (hooksInstalled)
    return;
  hooksInstalled = true;
  prevPushOtherRoots = GC_get_push_other_roots();
  GC_set_push_other_roots(pushOtherRoots);
  GC_set_on_collection_event(onCollectionEvent);
  int sig = GC_get_suspend_signal();
  if (sigaction(sig, nullptr, &boehmSuspend) == 0) {
    struct sigaction sa = boehmSuspend;
    sa.sa_flags |= SA_ONSTACK | SA_SIGINFO;
    sa.sa_sigaction = suspendHandler;
    sigaction(sig, &sa, nullptr);
  }
}
} // namespace

namespace {
void *allocPersistentHere(size_t size) {
  if (!initialized)
    init();
  void *p = GC_malloc_uncollectable(size);
  if (!p)
    outOfMemory();
  memset(p, 0, size);
  return p;
}
} // namespace

void freePersistent(void *p) { GC_free(p); }

int createThread(void *(*fn)(void *), void *arg, size_t stackSize) {
  if (!initialized)
    init();
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stackSize);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t t;
  int err = GC_pthread_create(&t, &attr, fn, arg);
  pthread_attr_destroy(&attr);
  return err;
}

void threadRunsGoroutines(void *altstack, size_t altSize, void *stackLo, size_t stackSize) {
  // Register first: once the signal stack is installed, a suspend signal
  // lands on it, and Boehm must already know where it ends (else it scans
  // from there up to the thread's stack top, across the guard page).
  GC_register_altstack(stackLo, stackSize, altstack, altSize);
  stack_t ss{};
  ss.ss_sp = altstack;
  ss.ss_size = altSize;
  sigaltstack(&ss, nullptr);
  runsGoroutines = true;
}

void setStoppedSPHook(void (*hook)(void *sp, uint64_t cycle)) { stoppedSPHook = hook; }

void setStackPusher(void (*fn)(void (*push)(void *lo, void *hi))) {
  if (!initialized)
    init();
  stackPusher = fn;
  installHooks();
}

void addRoots(void *lo, void *hi) { GC_add_roots(lo, hi); }

void removeRoots(void *lo, void *hi) { GC_remove_roots(lo, hi); }

void collect() { GC_gcollect(); }

size_t heapBytes() { return GC_get_heap_size() - GC_get_free_bytes(); }

Stats stats() {
  Stats s;
  s.heapSys = GC_get_heap_size(); // mapped, unmapped excluded
  s.heapFree = GC_get_free_bytes();
  s.heapReleased = GC_get_unmapped_bytes();
  s.totalAlloc = GC_get_total_bytes();
  s.numGC = GC_get_gc_no();
  return s;
}

} // namespace golite::gc
