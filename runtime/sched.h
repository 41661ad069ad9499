//===- runtime/sched.h - The G/M/P scheduler's records ----------*- C++ -*-===//
//
// This file declares the scheduler's data structures, after Go's
// runtime/runtime2.go:
//   G  a goroutine: its stack, saved context, status, defer/panic lists.
//   M  an OS thread: its system stack (g0), the G it runs (curg), its P.
//   P  a processor: the right to run Go code, with a local run queue, a
//      free-G cache and a timer heap. There are GOMAXPROCS of them.
//   schedt  global state under sched.lock: idle Ms and Ps, the global run
//      queue, the global free-G list.
//
// Invariants:
//  - G, M and P records come from gc::allocPersistent (scanned as roots,
//    never freed): Gs are reused through free lists, like Go's.
//  - A G's status moves Grunnable -> Grunning -> Gwaiting/Grunnable/Gsyscall
//    -> ... -> Gdead through casgstatus only.
//  - G::sched.sp is 0 exactly while the context runs (golite_swapctx writes
//    it); the collector scans [sp, stackhi) of a suspended G and the whole
//    stack of a running one.
//  - Lock order: sched.lock < P timers lock < channel locks (several channel
//    locks: by address) < sema bucket locks. See docs/runtime-hacking.md.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/abi.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <type_traits>

extern "C" {
void golite_swapctx(uintptr_t *saveSP, uintptr_t *loadSP);
void golite_gostart();
/// The running G's stackguard0, in a thread-local slot of its own
/// ("runtime.tlsguard", defined in stack.cpp): compiled prologue checks
/// compare sp with it in one load that does not depend on g (issue 4,
/// docs/stacks.md). The slot holds the running G's guard or
/// abi::StackPreempt, never another G's guard: setg loads it, the
/// segment switches of the running G rewrite it (setguard, syncguard) and
/// sysmon poisons it through M::guardslot (which may hit the G the thread
/// ran just before: golite_morestack and runtime.preemptpoll take such a
/// spurious poison back). 0 on threads that run no G (checks pass).
extern __thread uintptr_t golite_tlsguard __asm__("runtime.tlsguard")
    __attribute__((tls_model("initial-exec")));
}

namespace golite::rt {

struct M;
struct P;
struct G;
struct Defer;
struct Panic;

//===----------------------------------------------------------------------===//
// Locks and notes (lock_futex.cpp).
//===----------------------------------------------------------------------===//

/// A futex mutex (Go's runtime.mutex): spins briefly, then sleeps.
struct Mutex {
  std::atomic<uint32_t> key{0}; // 0 unlocked, 1 locked, 2 locked with sleepers
};
void lock(Mutex *l);
void unlock(Mutex *l);

/// A one-shot wakeup (Go's note): notesleep blocks the thread until
/// notewakeup; noteclear re-arms it.
struct Note {
  std::atomic<uint32_t> key{0};
};
void noteclear(Note *n);
void notewakeup(Note *n);
void notesleep(Note *n);
/// Returns true if woken, false on timeout (ns < 0: no timeout).
bool notetsleep(Note *n, int64_t ns);

void futexsleep(std::atomic<uint32_t> *addr, uint32_t val, int64_t ns);
void futexwakeup(std::atomic<uint32_t> *addr, uint32_t cnt);

/// Monotonic nanoseconds (Go's nanotime) and wall clock.
int64_t nanotime();
void osyield();
void usleep(uint32_t us);

//===----------------------------------------------------------------------===//
// G.
//===----------------------------------------------------------------------===//

enum GStatus : uint32_t {
  Gidle = 0,
  Grunnable = 1,
  Grunning = 2,
  Gsyscall = 3,
  Gwaiting = 4,
  Gdead = 6,
};

/// Why a G waits: the text in the goroutine header "goroutine N [...]:".
enum WaitReason : uint8_t {
  waitReasonZero,
  waitReasonChanReceiveNilChan,
  waitReasonChanSendNilChan,
  waitReasonSelect,
  waitReasonSelectNoCases,
  waitReasonChanReceive,
  waitReasonChanSend,
  waitReasonSleep,
  waitReasonSemacquire,
  waitReasonSyncMutexLock,
  waitReasonSyncCondWait,
  waitReasonIOWait,
  waitReasonGoroutineYield,
  waitReasonStopTheWorld,
};
const char *waitReasonString(uint8_t r);

/// A G waiting on a channel (Go's sudog). Lives on the waiting G's stack
/// (stacks never move in golite), linked into the channel's wait queue.
struct Sudog {
  G *g;
  Sudog *next, *prev;
  void *elem;          // data element (may point to a stack)
  struct Hchan *c;     // channel
  Sudog *waitlink;     // G::waiting list (select)
  Sudog *closelink;    // closechan's list of Gs to ready
  uint32_t ticket;
  bool isSelect;
  bool success;        // woken by a communication (vs. by close)
};

/// The goroutine record. Its first words are abi::GHeader.
struct G {
  // --- read by compiled code (abi::GHeader) ---
  uintptr_t stackguard0;
  uintptr_t stacklo;
  uintptr_t stackhi;
  // --- scheduler ---
  uintptr_t schedsp = 0;   // saved sp, 0 while running (golite_swapctx)
  M *m = nullptr;          // the M running it (null when not running)
  std::atomic<uint32_t> atomicstatus{Gidle};
  uint8_t waitreason = 0;
  bool preempt = false;    // set by sysmon after 10 ms of running
  bool guarded = false;    // the stack has a PROT_NONE guard page
  bool isSystem = false;   // g0 (not counted, never listed)
  std::atomic<uint32_t> selectDone{0};
  bool parkingOnChan = false;
  int64_t goid = 0;
  G *schedlink = nullptr;  // run queue / free list link
  abi::Closure *startfn = nullptr;
  void *param = nullptr;   // wakeup parameter (the sudog that fired)
  Sudog *waiting = nullptr; // sudogs of a select in progress
  uintptr_t gcsp = 0;       // sp where the collector stopped it running
  uint64_t gcspCycle = 0;   // ... in this collection
  uintptr_t stackbase = 0;  // the stack's allocation (mapping slot)
  uintptr_t stacksize = 0;
  struct StackSeg *stackseg = nullptr; // current stack segment (stack.cpp)
  int64_t waitsince = 0;
  abi::RuntimeTimer *timer = nullptr; // time.Sleep's timer, reused
  // --- panics (panic.cpp) ---
  Defer *defers = nullptr; // innermost first
  Panic *panics = nullptr; // innermost first
  int sig = 0;             // signal that caused the current panic, if any
  uintptr_t sigcode0 = 0, sigcode1 = 0, sigpc = 0;
};
static_assert(offsetof(G, stackguard0) == offsetof(abi::GHeader, stackguard0));
static_assert(offsetof(G, stacklo) == offsetof(abi::GHeader, stacklo));
static_assert(offsetof(G, stackhi) == offsetof(abi::GHeader, stackhi));

inline uint32_t readgstatus(G *gp) { return gp->atomicstatus.load(std::memory_order_acquire); }
void casgstatus(G *gp, uint32_t oldval, uint32_t newval);

//===----------------------------------------------------------------------===//
// M and P.
//===----------------------------------------------------------------------===//

struct M {
  G *g0 = nullptr;          // system stack of this thread
  G *curg = nullptr;        // the G running on it
  P *p = nullptr;           // attached P (null when idle or in a syscall)
  P *nextp = nullptr;       // P to take when woken
  P *oldp = nullptr;        // P held before entering a syscall
  int64_t id = 0;
  bool spinning = false;    // looking for work
  bool blocked = false;     // parked on park
  bool exiting = false;
  Note park;
  M *schedlink = nullptr;   // idle list
  M *alllink = nullptr;
  // mcall: the function g0 runs for the G that switched to it.
  void (*mcallfn)(G *) = nullptr;
  // gopark's unlock callback.
  bool (*waitunlockf)(G *, void *) = nullptr;
  void *waitlock = nullptr;
  uint8_t waitreason = 0;
  uint64_t fastrand = 0;
  uint32_t syscalltick = 0;
  void *altstack = nullptr;
  int64_t idleSince = 0;
  // The thread's golite_tlsguard (set by mstart, cleared before the thread
  // exits): sysmon writes abi::StackPreempt through it to preempt curg.
  std::atomic<uintptr_t *> guardslot{nullptr};
};

enum PStatus : uint32_t { Pidle = 0, Prunning, Psyscall, Pgcstop, Pdead };

constexpr uint32_t runqSize = 256;

struct P {
  int32_t id = 0;
  std::atomic<uint32_t> status{Pidle};
  P *link = nullptr;            // idle list
  uint32_t schedtick = 0;       // incremented on every scheduler call
  std::atomic<uint32_t> syscalltick{0};
  M *m = nullptr;               // back-link to the M (null if idle)
  // sysmon's last observation
  uint32_t sm_schedtick = 0;
  int64_t sm_schedwhen = 0;
  uint32_t sm_syscalltick = 0;
  int64_t sm_syscallwhen = 0;
  // Local run queue: a lock-free ring, consumers CAS runqhead.
  std::atomic<uint32_t> runqhead{0};
  std::atomic<uint32_t> runqtail{0};
  std::atomic<G *> runq[runqSize];
  std::atomic<G *> runnext{nullptr};
  // Dead Gs with stacks.
  G *gFree = nullptr;
  int32_t gFreeCount = 0;
  // Timers: a 4-ary min-heap on when (time.cpp).
  Mutex timersLock;
  abi::RuntimeTimer **timers = nullptr;
  int32_t ntimers = 0;
  int32_t timersCap = 0;
  std::atomic<int64_t> timer0When{0}; // when of timers[0], 0 if none
  // Freed stack segments by size class (stack.cpp: 64 KiB << class),
  // reused by morestack without mmap/munmap or fresh page faults.
  struct StackSeg *segfree[12] = {};
  uintptr_t segfreeBytes = 0;
};

struct Schedt {
  std::atomic<uint64_t> goidgen{0};
  std::atomic<int64_t> lastpoll{0};  // 0 while an M blocks in netpoll
  std::atomic<int64_t> pollUntil{0};
  Mutex lock;
  M *midle = nullptr;
  int32_t nmidle = 0;
  int64_t mnext = 0;         // next M id; also the count of Ms created
  int32_t mcountExited = 0;  // Ms that exited
  int32_t maxmcount = 10000;
  int32_t nmsys = 0;         // Ms not counted for deadlock (sysmon)
  P *pidle = nullptr;
  std::atomic<int32_t> npidle{0};
  std::atomic<int32_t> nmspinning{0};
  G *runqhead = nullptr, *runqtail = nullptr;
  int32_t runqsize = 0;
  G *gFree = nullptr;        // global free Gs with stacks
  int32_t gFreeCount = 0;
  std::atomic<uint32_t> gcwaiting{0}; // stop-the-world requested
  int32_t stopwait = 0;
  Note stopnote;
  std::atomic<uint32_t> sysmonwait{0};
  Note sysmonnote;
  // The main goroutine of runMain: deadlock detection is armed while it
  // lives.
  G *maingp = nullptr;
  std::atomic<bool> mainGoexit{false}; // main goroutine called runtime.Goexit
  std::atomic<bool> mainActive{false};
  // Stop-the-world (proc.cpp, docs/runtime.md "Stop the world"): one
  // stopper at a time (worldsema, a goroutine semaphore so that a second
  // stopper parks and its P can stop); the G that holds the world stopped
  // is neither preempted nor allowed to park or hand off its P.
  uint32_t worldsema = 1;
  std::atomic<G *> stwOwner{nullptr};
  const char *stwReason = nullptr;
  size_t stwReasonLen = 0;
  std::atomic<uint64_t> stwCount{0};      // completed stops
  std::atomic<uint64_t> stwPauseNs{0};    // total time from stop request to start
  std::atomic<uint64_t> stwMaxStopNs{0};  // longest wait until every P stopped
};

extern Schedt sched;
extern P **allp;
extern std::atomic<int32_t> gomaxprocs;
extern int32_t ncpu;
extern M *allm;

/// The current G (initial-exec TLS "runtime.tlsg"). Never cached across a
/// call that may park: a G can move to another thread there.
G *getg();
void setg(G *gp);

//===----------------------------------------------------------------------===//
// Scheduler (proc.cpp).
//===----------------------------------------------------------------------===//

/// Starts the scheduler once (idempotent): Ps, netpoller, sysmon.
void schedinit();
/// Runs fn(ctx) as a new main goroutine and waits (on this thread, which
/// is not an M) until it returns. Used by rt0 (then exit(0)) and by tests.
void runMain(void (*fn)(void *), void *ctx);
/// Creates a goroutine running fn->fn(fn).
/// With queue == false the G is left runnable for the caller to queue.
G *newproc1(abi::Closure *fn, uintptr_t stackSize = 0, bool queue = true);

/// Parks the current G: on g0, unlockf(gp, lock) runs (false: resume at
/// once); the G sleeps until goready.
void gopark(bool (*unlockf)(G *, void *), void *lock, uint8_t reason);
/// gopark that unlocks a Mutex.
void goparkunlock(Mutex *l, uint8_t reason);
/// Makes gp runnable on the current P (runnext), waking an idle P.
void goready(G *gp);
void gosched();
[[noreturn]] void goexit1();
/// runtime.Goexit's two halves: panic.cpp runs the deferred calls, then
/// proc.cpp ends the goroutine (noting when it is the main goroutine, for
/// checkdead's "no goroutines (main called runtime.Goexit)").
[[noreturn]] void goexitRunDefersAndExit(G *gp);
[[noreturn]] void goexitFinal(G *gp);

/// Injects a list of runnable Gs (linked by schedlink) into run queues.
void injectglist(G *list);
void wakep();
int32_t gcount();

/// System calls: the P is handed off if the call takes long.
void entersyscall();
void exitsyscall();

/// Sets GOMAXPROCS (stops the world); returns the previous value.
int32_t setGOMAXPROCS(int32_t n);

/// Stops the world (Go's stopTheWorld): waits for any other stopper, then
/// stops every P but the caller's: idle Ps and Ps in system calls are
/// taken at once, running Gs are preempted through their stackguard
/// (abi::StackPreempt: the next prologue check or loop back-edge poll
/// yields) and their Ps stop at the scheduling point (Pgcstop). Returns
/// when no other goroutine runs. Called from a goroutine (or a thread
/// that is not an M, before or outside the scheduler). Until
/// startTheWorld the caller must not park (channel operations, Sleep):
/// gopark is fatal then. `reason` is kept for tracing (not copied).
void stopTheWorld(const char *reason, size_t reasonLen = size_t(-1));
/// Restarts the Ps stopped by stopTheWorld and wakes Ms for those with
/// work (or one spinning M).
void startTheWorld();
/// Statistics of the stops (tests, docs).
struct StwStats {
  uint64_t count, pauseNs, maxStopNs;
};
StwStats stwStats();

/// Run queues (exposed for unit tests).
bool runqput(P *pp, G *gp, bool next);
G *runqget(P *pp, bool *inheritTime);
uint32_t runqgrab(P *pp, G **batch, uint32_t batchHead, bool stealRunNextG);
G *runqsteal(P *pp, P *p2, bool stealRunNextG);
bool runqempty(P *pp);
void globrunqput(G *gp);

uint32_t cheaprand();
uint32_t cheaprandn(uint32_t n);

//===----------------------------------------------------------------------===//
// Channels (chan.cpp, select.cpp).
//===----------------------------------------------------------------------===//

struct WaitQ {
  Sudog *first = nullptr, *last = nullptr;
  void enqueue(Sudog *sg);
  /// The first sudog whose G can still be woken (a select whose other case
  /// fired is skipped), unlinked.
  Sudog *dequeue();
  void remove(Sudog *sg);
};

/// Go's hchan. The first two words are abi::ChanHeaderPrefix.
struct Hchan {
  uint64_t qcount;   // values in buf
  uint64_t dataqsiz; // capacity
  uint8_t *buf;
  const abi::TypeDesc *elemtype;
  uint64_t elemsize;
  std::atomic<uint32_t> closed;
  uint64_t sendx, recvx;
  WaitQ recvq, sendq;
  Mutex lock;
};

/// Under c->lock: completes a send to the waiting receiver sg (copies ep to
/// it). The caller unlocks, then calls readySudog.
void sendDirect(Hchan *c, Sudog *sg, const void *ep);
/// Under c->lock: completes a receive from the waiting sender sg (from it,
/// or from the buffer head when buffered).
void recvDirect(Hchan *c, Sudog *sg, void *ep);
void readySudog(Sudog *sg);
inline uint8_t *chanbuf(Hchan *c, uint64_t i) { return c->buf + i * c->elemsize; }
bool chansend(Hchan *c, const void *ep, bool block);
/// Returns selected; *received tells a value from a closed channel apart.
bool chanrecv(Hchan *c, void *ep, bool block, bool *received);
/// Yields if sysmon asked this G to (runtime calls are yield points until
/// compiled code polls, issue 4).
void preemptCheck();

/// Semaphores for package sync (sema.cpp).
void semacquire(uint32_t *addr, bool lifo, uint8_t reason);
void semrelease(uint32_t *addr, bool handoff);

//===----------------------------------------------------------------------===//
// Stacks (stack.cpp).
//===----------------------------------------------------------------------===//

extern uintptr_t goStackSize; // reserved bytes per goroutine stack
void stackinit();
/// Gives gp a stack of goStackSize bytes (sets stacklo/hi/guard).
void stackalloc(G *gp);
/// Gives gp a large stack of its own mapping, with a guard page (the main
/// goroutine: Go lets it grow to 1 GB).
extern uintptr_t mainStackSize;
void stackallocLarge(G *gp, uintptr_t size);
/// Fatal error if sp is below gp's stack guard (an explicit overflow check
/// for runtime entry points until compiled prologues check, issue 4).
void checkStack(G *gp, uintptr_t sp);
/// Prepares gp's saved context so that switching to it runs golite_gostart.
void gostartcall(G *gp);

/// A segment of a goroutine's stack (stack.cpp, docs/stacks.md). The
/// record sits at the top of its segment; stacklo/stackhi/stackguard0 of
/// the G describe its current segment.
struct StackSeg {
  uintptr_t lo, hi;      // usable range [lo, hi); hi is this record
  uintptr_t base, size;  // the mapping (size 0: the G's first segment)
  StackSeg *prev;        // the older (calling) segment, null for the first
  StackSeg *next;        // a younger segment kept as a spare, or null
  uintptr_t oldsp;       // while in use: sp in prev at the switch
  uintptr_t total;       // bytes of this and all older segments
  uintptr_t msframe = 0; // while in use: frame of the __morestack that
                         // entered a function on it (0: withStack's)
};
/// Frees every segment but gp's first one and makes the first current
/// (G exit, on g0).
void stackresetsegs(G *gp);
/// Pushes the older segments of gp (from their switch sp) to the collector.
void pushOlderSegments(G *gp, void (*push)(void *lo, void *hi));
/// Bytes reserved below every segment's guard (stackguard0 = lo + this).
extern uintptr_t stackRedZone;
/// Sets the guard of the running G (gp == getg()) and the thread's slot.
/// (Not inlined, like getg: clang computes a TLS address once per function
/// on arm64, and a caller that parked since would write the old thread's.)
[[gnu::noinline]] inline void setguard(G *gp, uintptr_t v) {
  gp->stackguard0 = v;
  __atomic_store_n(&golite_tlsguard, v, __ATOMIC_RELAXED);
}
/// Copies the running G's guard into the thread's slot after the runtime
/// changed it, keeping a poison sysmon wrote into the slot meanwhile.
[[gnu::noinline]] inline void syncguard(G *gp) {
  uintptr_t v = gp->stackguard0;
  if (__atomic_load_n(&golite_tlsguard, __ATOMIC_RELAXED) == abi::StackPreempt)
    v = abi::StackPreempt;
  __atomic_store_n(&golite_tlsguard, v, __ATOMIC_RELAXED);
}
/// The ceiling of a goroutine's stack, as in Go.
constexpr uintptr_t maxStackBytes = 1000000000;
/// Deep runtime code and goroutine stacks (stack.cpp, docs/stacks.md).
/// Compiled code leaves only stackRedZone bytes below its frames to the
/// runtime code it calls; runtime code that may need more switches:
///  - onShortStack(need): the current goroutine segment has less than
///    `need` bytes below sp (false on g0 and off-segment);
///  - systemstack(fn, ctx): runs fn(ctx) on the M's g0 stack (directly when
///    already there or when there is no M). fn must not park, panic, or run
///    Go code: allocation and collections (gc::alloc's hook), fatal errors;
///  - callOnNewSegment(need, fn, ctx): runs fn(ctx) on a fresh segment of
///    the goroutine with `need` bytes; fn may park, panic (the personality
///    of the switch frame pops the segment) and call Go code;
///  - withStack(need, f): callOnNewSegment only when onShortStack(need).
bool onShortStack(uintptr_t need);
void systemstack(void (*fn)(void *), void *ctx);
void callOnNewSegment(uintptr_t need, void (*fn)(void *), void *ctx);
template <class F> inline void withStack(uintptr_t need, F &&f) {
  if (!onShortStack(need)) {
    f();
    return;
  }
  using Fn = std::remove_reference_t<F>;
  callOnNewSegment(
      need, [](void *p) { (*static_cast<Fn *>(p))(); }, const_cast<void *>(static_cast<const void *>(&f)));
}
/// Room that deep runtime paths ask for (panics and unwinding, printing
/// tracebacks, big selects).
constexpr uintptr_t deepStackBytes = 32 * 1024;

/// Statistics for tests and docs.
struct StackStats {
  uint64_t stacks, guarded, arenas;
};
StackStats stackStats();
struct StackSegStats {
  uint64_t allocs;   // segments mapped by morestack
  uint64_t switches; // calls run on a younger segment
  uint64_t cached = 0; // segments given back to a P's cache
  uint64_t reused = 0; // segments taken from a P's cache
};
StackSegStats stackSegStats();

//===----------------------------------------------------------------------===//
// Timers (time.cpp) and netpoll (netpoll_epoll.cpp).
//===----------------------------------------------------------------------===//

void addtimer(abi::RuntimeTimer *t);
bool deltimer(abi::RuntimeTimer *t);
bool modtimer(abi::RuntimeTimer *t, int64_t when, int64_t period);
/// Runs pp's expired timers; returns the next when (0: none) and sets
/// *ran if any ran.
int64_t checkTimers(P *pp, int64_t now, bool *ran);
/// Moves every timer of `from` to `to` (procresize).
void moveTimers(P *from, P *to);
/// Sleeps the current goroutine for ns nanoseconds.
void timeSleep(int64_t ns);

void netpollinit();
/// Waits up to delay ns (<0 forever, 0 poll) and returns ready Gs.
G *netpoll(int64_t delay);
void netpollBreak();
bool netpollinited();
extern std::atomic<int32_t> netpollWaiters;

/// Per-fd poll descriptor (Go's pollDesc).
struct PollDesc;
PollDesc *netpollOpen(int fd, int *errno_);
void netpollClose(PollDesc *pd);
/// Results of netpollWait and netpollCheck (Go's pollNoError, ...).
enum : int { pollNoError = 0, pollErrClosing = 1, pollErrTimeout = 2 };
/// Parks until fd is readable ('r') or writable ('w'); 0 or an error.
int netpollWait(PollDesc *pd, int mode);
/// The error a new operation in `mode` would get right now (closing or an
/// expired deadline), without waiting.
int netpollCheck(PollDesc *pd, int mode);
/// Marks pd closing and wakes its waiters (they return pollErrClosing);
/// the descriptor stays registered until netpollClose.
void netpollEvict(PollDesc *pd);
/// Sets or clears the expired-deadline flag of one direction ('r', 'w')
/// and, when setting it, wakes the waiter (it returns pollErrTimeout).
void netpollSetTimedOut(PollDesc *pd, int mode, bool expired);
/// Returns a closed pd to the free list (after netpollClose, once no
/// goroutine can still use it).
void netpollFree(PollDesc *pd);

//===----------------------------------------------------------------------===//
// The collector's view of goroutine stacks (proc.cpp).
//===----------------------------------------------------------------------===//

/// Pushes every goroutine (and g0) stack to the collector.
void gcPushStacks(void (*push)(void *lo, void *hi));

} // namespace golite::rt
