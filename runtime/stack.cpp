//===- runtime/stack.cpp - Goroutine stacks -------------------------------===//
//
// This file implements the allocation of goroutine stacks.
//
// Every goroutine gets a contiguous stack of goStackSize bytes (64 KiB by
// default; GOLITE_STACKSIZE=<bytes>[k|m] changes it). Stacks are carved
// from arenas of 64 slots reserved with one mmap (MAP_NORESERVE): pages
// are committed by the kernel on first touch, so a goroutine that uses
// 2 KiB of stack costs one 4 KiB page of memory, not 64 KiB.
//
// Guard pages. A PROT_NONE page below each stack would catch overflows in
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

#include "runtime/runtime.h"
#include "runtime/sched.h"

#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <unwind.h>

namespace golite::rt {

uintptr_t goStackSize = 64 * 1024;
uintptr_t stackRedZone = 16 * 1024;
bool segCacheOff = false;

namespace {
constexpr uintptr_t pageSize = 4096;
constexpr uint32_t slotsPerArena = 64;
constexpr uint64_t maxGuarded = 16384;

Mutex stackLock;
uintptr_t arenaNext, arenaEnd; // free slots of the current arena
std::atomic<uint64_t> nstacks{0}, nguarded{0}, narenas{0};
std::atomic<uint64_t> nsegalloc{0}, nsegswitch{0};

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

void stackinit() {
  if (const char *s = getenv("GOLITE_STACKSIZE")) {
    uintptr_t v = parseSize(s);
    if (v >= 16 * 1024 && v <= (uintptr_t(1) << 30))
      goStackSize = (v + pageSize - 1) & ~(pageSize - 1);
  }
  if (const char *s = getenv("GOLITE_NOSEGCACHE"))
    segCacheOff = s[0] == '1';
  if (goStackSize < stackRedZone + 8192)
    goStackSize = stackRedZone + 8192;
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

void freeSegs(StackSeg *s) {
  while (s) {
    StackSeg *next = s->next;
    munmap(reinterpret_cast<void *>(s->base), s->size);
    s = next;
  }
}
} // namespace

void stackalloc(G *gp) {
  uintptr_t size = goStackSize;
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
  if (nguarded.load(std::memory_order_relaxed) < maxGuarded &&
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
  uintptr_t color = ((base / size) % 16) * 192;
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

/// A fresh segment after cur with at least `need` usable bytes.
StackSeg *newseg(G *gp, StackSeg *cur, uintptr_t need, uintptr_t sp) {
  uintptr_t cursize = cur->hi - cur->lo;
  uintptr_t size = cursize * 2;
  if (size < 64 * 1024)
    size = 64 * 1024;
  if (size > 64 * 1024 * 1024)
    size = 64 * 1024 * 1024;
  uintptr_t want = (need + sizeof(StackSeg) + 4 * pageSize) & ~(pageSize - 1);
  if (size < want)
    size = want;
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
}

} // namespace

StackSegStats stackSegStats() { return {nsegalloc.load(), nsegswitch.load()}; }

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
/// __morestack's register save area. Returns the sp to call the function
/// at (its arguments copied there), or 0 to call it again where it is.
uintptr_t golite_morestack(const MorestackDesc *d, uintptr_t argp, uintptr_t sp) {
  G *gp = getg();
  if (gp->stackguard0 == abi::StackPreempt) {
    // Preemption request (sysmon): restore the guard and yield. The
    // function runs again here and checks again.
    gp->stackguard0 = gp->stacklo + stackRedZone;
    if (gp->preempt && !gp->isSystem && gp->m && gp->m->p &&
        readgstatus(gp) == Grunning) {
      gp->preempt = false;
      gosched();
    }
    return 0;
  }
  if (gp->isSystem)
    fatal("morestack on g0");
  // Spurious (the guard moved since the check read it): room enough here.
  if (sp < gp->stackhi && sp >= gp->stackguard0 + d->frame + 8192)
    return 0;
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
  return newsp;
}

void rt_preemptpoll() {
  G *gp = getg();
  if (gp->stackguard0 != abi::StackPreempt)
    return;
  gp->stackguard0 = gp->stacklo + stackRedZone;
  if (gp->preempt && !gp->isSystem && gp->m && gp->m->p && readgstatus(gp) == Grunning) {
    gp->preempt = false;
    gosched();
  }
}

/// Called by __morestack when the function returned (sp back on the older
/// segment): makes the older segment current. The younger one stays as
/// the spare (StackSeg::next) for the next call at this boundary.
void golite_lessstack() {
  G *gp = getg();
  StackSeg *n = gp->stackseg;
  popseg(gp);
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
