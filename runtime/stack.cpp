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
#include <sys/mman.h>

namespace golite::rt {

uintptr_t goStackSize = 64 * 1024;

namespace {
constexpr uintptr_t pageSize = 4096;
constexpr uint32_t slotsPerArena = 64;
constexpr uint64_t maxGuarded = 16384;

Mutex stackLock;
uintptr_t arenaNext, arenaEnd; // free slots of the current arena
std::atomic<uint64_t> nstacks{0}, nguarded{0}, narenas{0};

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
}

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
  gp->stackhi = base + size - color;
  gp->stackguard0 = lo + abi::StackGuardBytes;
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
  gp->stacklo = base + pageSize;
  gp->stackhi = base + size;
  gp->stackguard0 = gp->stacklo + abi::StackGuardBytes;
}

void checkStack(G *gp, uintptr_t sp) {
  if (gp->isSystem || sp >= gp->stackguard0 || gp->stackguard0 == abi::StackPreempt)
    return;
  if (sp >= gp->stacklo && sp < gp->stackguard0) {
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

} // namespace golite::rt
