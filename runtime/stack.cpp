//===- runtime/stack.cpp - Goroutine stacks -------------------------------===//
//
// This file implements the allocation of goroutine stacks.
//
// Every goroutine gets a first segment of goStackSize bytes (2 KiB by
// default; GOLITE_STACKSIZE=<bytes>[k|m] changes it), carved from slabs of
// 64 reserved with one mmap (MAP_NORESERVE): small segments are packed two
// per page, so a goroutine that blocks after using little stack costs half
// a page. Runtime code that needs more than the red zone below
// stackguard0 (stackRedZone, 1 KiB) switches stacks: systemstack (g0) and
// callOnNewSegment below, docs/stacks.md "Where runtime code runs".
//
// Guard pages (segments of 16 KiB or more only). A PROT_NONE page below each stack would catch overflows in
// hardware, but every guard splits the arena mapping in two, and the kernel
// limits a process to vm.max_map_count mappings (65530 here): 100,000
// guarded stacks would need 200,000. So the first 16,384 stacks ever
// allocated get a guard page (32,768 mappings at most), and stacks beyond
// that rely on software checks: checkStack() on entry to the runtime's
// blocking operations (newproc, channel operations, gopark) and a check of
// the saved sp at every context switch; both end the program with Go's
// "fatal error: stack overflow" rather than corrupting the neighbour.
// Compiled prologue checks against g->stackguard0 come with segmented
// stacks (issue 4) and make the guard pages a second line of defence.
//
// The top of each stack is offset by a "colour" of 0..15 x 192 bytes, so
// that the hot top frames of different goroutines do not all map to the
// same cache sets (stacks are a power of two apart): measured, this cut
// the cost of spawning and running short goroutines noticeably.
//
// Segments (issue 4, docs/stacks.md). Compiled Go functions check
// sp against g->stackguard0 = stacklo + stackRedZone in their prologue and
// call the trampoline __morestack (runtime/arch/<goarch>/morestack.S) when
// it fails. __morestack calls golite_morestack below, which links a new
// segment (the cached spare when it is big enough, else a fresh mapping,
// geometrically larger), copies the stack-passed arguments, and returns
// the new sp; the trampoline calls the function again there and, when it
// returns, golite_lessstack makes the older segment current again. A
// poisoned guard (abi::StackPreempt, set by sysmon) makes golite_morestack
// yield instead. A StackSeg record sits at the top of every segment.
//
// The main goroutine gets a stack of its own: 1 GiB reserved (Go's limit
// for any goroutine), guard-paged, committed on touch like the others, so
// that programs with deep recursion or large local arrays in main work as
// they do on the OS stack.
//
// Stacks stay with their G when it dies: dead Gs are reused from the free
// lists together with their (already committed) stacks, as Go keeps a G's
// stack in its free list.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"

#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <unwind.h>

extern "C" {
void golite_callon(void (*fn)(void *), void *ctx, uintptr_t sp);
void golite_lessstack();
// The running G's guard (sched.h). Initial-exec: compiled code reads it
// %fs/TPIDR_EL0-relative (local-exec) in the statically linked program.
__thread uintptr_t golite_tlsguard __asm__("runtime.tlsguard")
    __attribute__((tls_model("initial-exec"))) = 0;
}

namespace golite::rt {

namespace {
/// The stack pointer of the caller (its frame is allocated).
[[gnu::always_inline]] inline uintptr_t currentSP() {
  uintptr_t sp;
#if defined(__x86_64__)
  asm volatile("movq %%rsp, %0" : "=r"(sp));
#else
  asm volatile("mov %0, sp" : "=r"(sp));
#endif
  return sp;
}
} // namespace

uintptr_t goStackSize = 2 * 1024;
uintptr_t stackRedZone = 1024;
bool segCacheOff = false;

namespace {
constexpr uintptr_t pageSize = 4096;
constexpr uint32_t slotsPerArena = 64;
constexpr uint64_t maxGuarded = 16384;

Mutex stackLock;
uintptr_t arenaNext, arenaEnd; // free slots of the current arena
std::atomic<uint64_t> nstacks{0}, nguarded{0}, narenas{0};
std::atomic<uint64_t> nsegalloc{0}, nsegswitch{0}, nsegcached{0}, nsegreused{0};

uintptr_t parseSize(const char *s) {
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  if (*end == 'k' || *end == 'K')
    v <<= 10;
  else if (*end == 'm' || *end == 'M')
    v <<= 20;
  return uintptr_t(v);
}
} // namespace

namespace {
/// Allocation can run a collection: below this much stack it runs on g0.
constexpr uintptr_t allocStackBytes = 32 * 1024;

bool deepAllocHook(void (*fn)(void *), void *arg) {
  if (!onShortStack(allocStackBytes))
    return false;
  systemstack(fn, arg);
  return true;
}
} // namespace

void stackinit() {
  gc::setDeepCallHook(deepAllocHook);
  if (const char *s = getenv("GOLITE_STACKSIZE")) {
    uintptr_t v = parseSize(s);
    if (v >= 2048 && v <= (uintptr_t(1) << 30))
      goStackSize = (v + 1023) & ~uintptr_t(1023);
  }
  if (const char *s = getenv("GOLITE_NOSEGCACHE"))
    segCacheOff = s[0] == '1';
  // Measurement only: a bigger red zone (compiled code assumes >= 1 KiB).
  if (const char *s = getenv("GOLITE_REDZONE")) {
    uintptr_t v = parseSize(s);
    if (v >= 1024 && v + 1024 <= goStackSize)
      stackRedZone = v;
  }
}

namespace {
/// Puts the segment record at the top of [lo, top) and makes it gp's
/// first (and current) segment.
void initFirstSeg(G *gp, uintptr_t lo, uintptr_t top) {
  uintptr_t rec = (top - sizeof(StackSeg)) & ~uintptr_t(15);
  auto *s = reinterpret_cast<StackSeg *>(rec);
  *s = StackSeg{lo, rec, 0, 0, nullptr, nullptr, 0, top - lo};
  gp->stackseg = s;
  gp->stacklo = lo;
  gp->stackhi = rec;
  gp->stackguard0 = lo + stackRedZone;
}

/// Size classes of the segment cache: 64 KiB << class.
constexpr uintptr_t minSegSize = 64 * 1024;
constexpr int numSegClasses = 11; // up to 64 MiB
constexpr uintptr_t maxSegCacheBytes = 256u << 20; // per P

int segClass(uintptr_t size) {
  for (int c = 0; c < numSegClasses; c++)
    if (size == minSegSize << c)
      return c;
  return -1; // an odd size (the last one below the limit): not cached
}

/// The P whose segment cache the current thread may use, or null.
P *segCacheP() {
  G *g = getg();
  return g && g->m ? g->m->p : nullptr;
}

/// Returns a segment chain (linked by next) to the current P's cache, or
/// unmaps it.
void freeSegs(StackSeg *s) {
  P *pp = segCacheOff ? nullptr : segCacheP();
  while (s) {
    StackSeg *next = s->next;
    int c = segClass(s->size);
    if (pp && c >= 0 && pp->segfreeBytes + s->size <= maxSegCacheBytes) {
      s->next = pp->segfree[c];
      pp->segfree[c] = s;
      pp->segfreeBytes += s->size;
      nsegcached.fetch_add(1, std::memory_order_relaxed);
    } else {
      munmap(reinterpret_cast<void *>(s->base), s->size);
    }
    s = next;
  }
}

/// A cached segment of class c (or of one of the next two classes), or null.
StackSeg *cachedSeg(int c) {
  P *pp = segCacheOff ? nullptr : segCacheP();
  if (!pp || c < 0)
    return nullptr;
  for (int k = c; k < numSegClasses && k <= c + 2; k++)
    if (StackSeg *s = pp->segfree[k]) {
      pp->segfree[k] = s->next;
      pp->segfreeBytes -= s->size;
      nsegreused.fetch_add(1, std::memory_order_relaxed);
      return s;
    }
  return nullptr;
}
} // namespace

void stackalloc(G *gp) {
  uintptr_t size = goStackSize;
  // Small first segments are packed several per page (no guard page, no
  // colour: compiled checks and the runtime's stack switches keep within
  // them); big ones get a guard page and a colour as before.
  bool small = size < 16 * 1024;
  lock(&stackLock);
  if (arenaNext == arenaEnd) {
    size_t bytes = size_t(size) * slotsPerArena;
    void *a = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (a == MAP_FAILED) {
      unlock(&stackLock);
      fatal("runtime: cannot allocate memory for goroutine stacks");
    }
    arenaNext = uintptr_t(a);
    arenaEnd = arenaNext + bytes;
    narenas++;
  }
  uintptr_t base = arenaNext;
  arenaNext += size;
  unlock(&stackLock);

  uintptr_t lo = base;
  bool guarded = false;
  if (!small && nguarded.load(std::memory_order_relaxed) < maxGuarded &&
      mprotect(reinterpret_cast<void *>(base), pageSize, PROT_NONE) == 0) {
    nguarded++;
    lo = base + pageSize;
    guarded = true;
  }
  nstacks++;
  gp->stackbase = base;
  gp->stacksize = size;
  gp->guarded = guarded;
  gp->stacklo = lo;
  // Cache colouring: stacks are 64 KiB apart, so their hot top frames
  // would all fall into the same cache sets; start each a little lower.
  uintptr_t color = small ? 0 : ((base / size) % 16) * 192;
  initFirstSeg(gp, lo, base + size - color);
}

uintptr_t mainStackSize = uintptr_t(1) << 30;

void stackallocLarge(G *gp, uintptr_t size) {
  void *a = mmap(nullptr, size, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (a == MAP_FAILED)
    fatal("runtime: cannot allocate memory for the main goroutine stack");
  uintptr_t base = uintptr_t(a);
  mprotect(a, pageSize, PROT_NONE);
  nstacks++;
  gp->stackbase = base;
  gp->stacksize = size;
  gp->guarded = true;
  initFirstSeg(gp, base + pageSize, base + size);
}

void checkStack(G *gp, uintptr_t sp) {
  // Runtime code may use the red zone below stackguard0 (compiled code
  // checks against the guard before calling it); only the last quarter
  // of it means that the stack is about to overflow.
  if (gp->isSystem)
    return;
  uintptr_t floor = gp->stacklo + stackRedZone / 4;
  if (sp >= gp->stacklo && sp < floor) {
    printLock();
    printStr("runtime: goroutine stack exceeds ");
    printInt(int64_t(gp->stackhi - gp->stacklo));
    printStr("-byte limit\n");
    printStr("runtime: sp=");
    printHex(sp);
    printStr(" stack=[");
    printHex(gp->stacklo);
    printStr(", ");
    printHex(gp->stackhi);
    printStr("]\n");
    printUnlock();
    fatal("stack overflow");
  }
}

void gostartcall(G *gp) {
  // Frame popped by golite_swapctx: callee-saved registers, then the
  // return address golite_gostart. After its `ret` the stack pointer must
  // be 16-byte aligned (amd64: the call in golite_gostart then enters the
  // C++ function with sp = 8 mod 16).
  uintptr_t top = gp->stackhi & ~uintptr_t(15);
#if defined(__x86_64__)
  uintptr_t ra = top - 24; // ra+8 is 16-aligned
  *reinterpret_cast<uintptr_t *>(ra) = uintptr_t(&golite_gostart);
  uintptr_t sp = ra - 6 * 8;
  memset(reinterpret_cast<void *>(sp), 0, 6 * 8);
#elif defined(__aarch64__)
  uintptr_t sp = top - 16 - 176;
  memset(reinterpret_cast<void *>(sp), 0, 176);
  // x29 at +80, x30 at +88.
  reinterpret_cast<uintptr_t *>(sp)[11] = uintptr_t(&golite_gostart);
#else
#error "unsupported architecture"
#endif
  gp->schedsp = sp;
}

StackStats stackStats() { return {nstacks.load(), nguarded.load(), narenas.load()}; }

void stackresetsegs(G *gp) {
  StackSeg *s = gp->stackseg;
  if (!s)
    return;
  while (s->prev)
    s = s->prev;
  freeSegs(s->next);
  s->next = nullptr;
  s->oldsp = 0;
  gp->stackseg = s;
  gp->stacklo = s->lo;
  gp->stackhi = s->hi;
  gp->stackguard0 = s->lo + stackRedZone;
}

void pushOlderSegments(G *gp, void (*push)(void *lo, void *hi)) {
  StackSeg *cur = gp->stackseg;
  if (!cur)
    return;
  // In the middle of a switch the G's bounds and its segment pointer may
  // disagree for an instant: scan the segment record's range too.
  if (cur->lo != gp->stacklo)
    push(reinterpret_cast<void *>(cur->lo), reinterpret_cast<void *>(cur->hi));
  for (StackSeg *s = cur; s->prev; s = s->prev) {
    StackSeg *p = s->prev;
    if (p->lo == gp->stacklo)
      continue; // pushed by the caller as the current segment
    uintptr_t lo = s->oldsp >= p->lo && s->oldsp < p->hi ? s->oldsp : p->lo;
    push(reinterpret_cast<void *>(lo), reinterpret_cast<void *>(p->hi));
  }
}

namespace {

/// Prints Go's stack overflow report and exits with status 2.
[[noreturn]] void stackOverflow(G *gp, uintptr_t sp) {
  printLock();
  printStr("runtime: goroutine stack exceeds ");
  printInt(int64_t(maxStackBytes));
  printStr("-byte limit\n");
  printStr("runtime: sp=");
  printHex(sp);
  printStr(" stack=[");
  printHex(gp->stacklo);
  printStr(", ");
  printHex(gp->stackhi);
  printStr("]\n");
  printUnlock();
  fatal("stack overflow");
}

/// A segment after cur with at least `need` usable bytes: from the P's
/// cache, else freshly mapped. Sizes grow geometrically (twice the current
/// segment, a power of two from 64 KiB to 64 MiB).
StackSeg *newseg(G *gp, StackSeg *cur, uintptr_t need, uintptr_t sp) {
  uintptr_t cursize = cur->hi - cur->lo;
  uintptr_t want = (need + sizeof(StackSeg) + 4 * pageSize) & ~(pageSize - 1);
  uintptr_t size = minSegSize;
  while (size < 64 * 1024 * 1024 && (size < cursize * 2 || size < want))
    size *= 2;
  if (size < want)
    size = want;
  if (cur->total + size <= maxStackBytes) {
    if (StackSeg *n = cachedSeg(segClass(size))) {
      uintptr_t base = n->base, nsize = n->size;
      *n = StackSeg{base, uintptr_t(n), base, nsize, cur, nullptr, 0, cur->total + nsize};
      return n;
    }
  }
  if (cur->total + size > maxStackBytes) {
    // Use what is left below the limit, if it is enough.
    uintptr_t left = maxStackBytes > cur->total ? (maxStackBytes - cur->total) & ~(pageSize - 1) : 0;
    if (left < want)
      stackOverflow(gp, sp);
    size = left;
  }
  void *a = mmap(nullptr, size, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (a == MAP_FAILED)
    fatal("runtime: cannot allocate memory for a goroutine stack segment");
  nsegalloc.fetch_add(1, std::memory_order_relaxed);
  uintptr_t base = uintptr_t(a);
  uintptr_t rec = (base + size - sizeof(StackSeg)) & ~uintptr_t(15);
  auto *n = reinterpret_cast<StackSeg *>(rec);
  *n = StackSeg{base, rec, base, size, cur, nullptr, 0, cur->total + size};
  return n;
}

/// Makes the segment below the current one current again.
void popseg(G *gp) {
  StackSeg *n = gp->stackseg;
  StackSeg *p = n->prev;
  gp->stacklo = p->lo;
  gp->stackhi = p->hi;
  if (gp->stackguard0 != abi::StackPreempt)
    gp->stackguard0 = p->lo + stackRedZone;
  gp->stackseg = p;
  n->oldsp = 0;
  syncguard(gp);
}

/// The preemption point of compiled code (loop polls, the prologue's slow
/// path, __morestack): if the running G's guard or the thread's slot holds
/// sysmon's poison (abi::StackPreempt), restores both to the segment's
/// guard and yields (gosched) if sysmon asked gp to (gp->preempt) and gp
/// may yield.
void pollPreempt(G *gp) {
  // Acquire: sysmon wrote gp->preempt and the G's guard before the slot.
  if (gp->stackguard0 != abi::StackPreempt &&
      __atomic_load_n(&golite_tlsguard, __ATOMIC_ACQUIRE) != abi::StackPreempt)
    return;
  // A poison in the slot alone may have been meant for the G this thread
  // ran before (or be on g0): then preempt is not set and this only
  // restores the slot.
  if (gp->stackguard0 == abi::StackPreempt)
    gp->stackguard0 = gp->stacklo + stackRedZone;
  setguard(gp, gp->stackguard0);
  if (gp->preempt && !gp->isSystem && gp->m && gp->m->p && readgstatus(gp) == Grunning) {
    gp->preempt = false;
    gosched();
  }
}
} // namespace

//===----------------------------------------------------------------------===//
// Running runtime code on a bigger stack.
//===----------------------------------------------------------------------===//

bool onShortStack(uintptr_t need) {
  G *gp = getg();
  if (!gp || gp->isSystem)
    return false;
  uintptr_t sp = uintptr_t(__builtin_frame_address(0));
  // Not within the G's current segment: already on g0 (systemstack) or on
  // a thread that is not an M.
  if (sp < gp->stacklo || sp >= gp->stackhi)
    return false;
  return sp - gp->stacklo < need;
}

void systemstack(void (*fn)(void *), void *ctx) {
  G *gp = getg();
  G *g0 = gp && !gp->isSystem && gp->m ? gp->m->g0 : nullptr;
  uintptr_t sp = uintptr_t(__builtin_frame_address(0));
  if (!g0 || g0->schedsp == 0 || (sp >= g0->stacklo && sp < g0->stackhi)) {
    fn(ctx);
    return;
  }
  // g0 is suspended at schedsp (in schedule, below execute's switch): run
  // below its saved context. While we are there the collector scans g0 in
  // full (schedsp == 0 means "running"); the G's own stack is scanned in
  // full too (it is the M's running G).
  uintptr_t saved = g0->schedsp;
  uintptr_t nsp = (saved - 256) & ~uintptr_t(15);
  g0->schedsp = 0;
  golite_callon(fn, ctx, nsp);
  g0->schedsp = saved;
}

void callOnNewSegment(uintptr_t need, void (*fn)(void *), void *ctx) {
  G *gp = getg();
  uintptr_t sp = currentSP();
  StackSeg *cur = gp->stackseg;
  need += stackRedZone + 4096;
  StackSeg *n = cur->next;
  if (n && n->hi - n->lo < need) {
    freeSegs(n);
    cur->next = nullptr;
    n = nullptr;
  }
  if (!n) {
    n = newseg(gp, cur, need, sp);
    cur->next = n;
  }
  nsegswitch.fetch_add(1, std::memory_order_relaxed);
  n->oldsp = sp - 64; // below this frame and golite_callon's
  n->msframe = 0;
  gp->stackseg = n;
  gp->stacklo = n->lo;
  gp->stackhi = n->hi;
  if (gp->stackguard0 != abi::StackPreempt)
    gp->stackguard0 = n->lo + stackRedZone;
  syncguard(gp);
  golite_callon(fn, ctx, n->hi & ~uintptr_t(15));
  // fn may have parked and resumed on another M: the G is the same.
  golite_lessstack();
}

StackSegStats stackSegStats() {
  return {nsegalloc.load(), nsegswitch.load(), nsegcached.load(), nsegreused.load()};
}

} // namespace golite::rt

using namespace golite;
using namespace golite::rt;

/// What __morestack passes: the function to call on the new segment, the
/// bytes of its stack-passed arguments (an upper bound), and the frame it
/// allocates after the check (its large locals).
struct MorestackDesc {
  void *fn;
  uint64_t argsize;
  uint64_t frame;
};

extern "C" {

/// Called by __morestack on the current segment with the function's
/// descriptor, the address of its stack-passed arguments and the sp below
/// __morestack's register save area. Returns the sp on a younger segment
/// to call the function at (its arguments copied there).
///
/// The function always runs again on a segment, never where it is, even
/// when there would be room here: a function entered again in place has
/// no __morestack frame under it, and recover (panic.cpp: gorecover)
/// recognizes a deferred call moved to a new segment by that frame.
/// Preemption requests normally do not get here: the prologue's slow path
/// polls first (codegen/stackcheck.cpp); a poison that arrives after that
/// poll is taken here.
uintptr_t golite_morestack(const MorestackDesc *d, uintptr_t argp, uintptr_t sp) {
  G *gp = getg();
  pollPreempt(gp);
  if (gp->isSystem)
    fatal("morestack on g0");
  StackSeg *cur = gp->stackseg;
  uintptr_t argsize = (d->argsize + 15) & ~uintptr_t(15);
  uintptr_t need = d->frame + argsize + stackRedZone + 16 * 1024;
  StackSeg *n = cur->next;
  if (n && n->hi - n->lo < need) {
    freeSegs(n);
    cur->next = nullptr;
    n = nullptr;
  }
  if (!n) {
    n = newseg(gp, cur, need, sp);
    cur->next = n;
  }
  nsegswitch.fetch_add(1, std::memory_order_relaxed);
  n->oldsp = sp;
  // __morestack's frame (it called this function): the caller's frame of
  // the function entered on n.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wframe-address" // our caller is __morestack
  n->msframe = uintptr_t(__builtin_frame_address(1));
#pragma clang diagnostic pop
  uintptr_t newsp = n->hi - argsize;
  if (argsize) {
    // Copy no more than what lies in the current segment.
    uintptr_t avail = cur->hi > argp ? cur->hi - argp : 0;
    memcpy(reinterpret_cast<void *>(newsp), reinterpret_cast<void *>(argp),
           d->argsize < avail ? d->argsize : avail);
  }
  gp->stackseg = n;
  gp->stacklo = n->lo;
  gp->stackhi = n->hi;
  uintptr_t old = gp->stackguard0;
  if (old != abi::StackPreempt)
    gp->stackguard0 = n->lo + stackRedZone;
  syncguard(gp);
  return newsp;
}

void rt_preemptpoll() { pollPreempt(getg()); }

/// Called by __morestack when the function returned (sp back on the older
/// segment): makes the older segment current. The younger one stays as
/// the spare (StackSeg::next) for the next call at this boundary.
void golite_lessstack() {
  G *gp = getg();
  StackSeg *n = gp->stackseg;
  popseg(gp);
  // The stack shrank: keep n as the spare for this boundary (the hot
  // split) but give the spares beyond it back to the P's cache.
  if (n->next) {
    freeSegs(n->next);
    n->next = nullptr;
  }
  if (segCacheOff) {
    // Measurement only (GOLITE_NOSEGCACHE=1): no spare, as if every call
    // at a boundary allocated its segment. We are back on the older one.
    gp->stackseg->next = nullptr;
    freeSegs(n);
  }
}

/// The personality routine of __morestack's frame: a panic unwinding
/// through it (a recovered panic's forced unwind) leaves the segment, so
/// make the segment holding the frame current again.
_Unwind_Reason_Code golite_morestack_personality(int, _Unwind_Action actions, uint64_t,
                                                 _Unwind_Exception *, _Unwind_Context *ctx) {
  if (actions & _UA_CLEANUP_PHASE) {
    // The context's CFA is the sp of __morestack's callee (on the younger
    // segment); its frame pointer points into its own frame, on the older.
#if defined(__x86_64__)
    uintptr_t fp = _Unwind_GetGR(ctx, 6); // rbp
#else
    uintptr_t fp = _Unwind_GetGR(ctx, 29); // x29
#endif
    G *gp = getg();
    while (gp->stackseg && gp->stackseg->prev && !(fp >= gp->stacklo && fp < gp->stackhi))
      popseg(gp);
  }
  return _URC_CONTINUE_UNWIND;
}

} // extern "C"
