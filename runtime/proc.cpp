//===- runtime/proc.cpp - The G/M/P scheduler -----------------------------===//
//
// This file implements goroutine scheduling, after Go's runtime/proc.go
// (read docs/runtime.md first: it explains the design and the numbers).
//
// The main concepts:
//   G - goroutine.
//   M - worker thread, or machine.
//   P - processor, a resource required to run Go code. An M must have an
//       associated P to run Go code; it may block or be in a syscall
//       without one.
//
// Worker thread parking/unparking. We keep enough running Ms to use the
// available Ps, and park the rest. The difficulty is that Ps must neither
// sit idle while runnable Gs exist, nor burn CPU by parking and unparking
// Ms too often. As in Go, an M is "spinning" while it looks for work with
// a P but has found none; an M that readies a G (newproc, goready) wakes
// another M only if there is an idle P and no spinning M (wakep). The last
// spinning M that finds work wakes another one (resetspinning). So there
// is at most one burst of spinning Ms, bounded by the number of busy Ps:
//   2 * nmspinning < gomaxprocs - npidle.
//
// Switching. An M runs the scheduler loop (schedule) on its g0, the OS
// thread's own stack. It picks a G (findRunnable) and switches to it with
// golite_swapctx (arch/*/swapctx.S). A G gives the M back by mcall(fn):
// it switches to g0, which runs fn(gp) there (park_m, gosched_m, goexit0,
// exitsyscall0) and continues the loop. Frames on g0 never accumulate:
// the loop is the only thing on it between switches.
//
// Stacks and the collector: see gcPushStacks below and gc/boehm.cpp.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"

#include <csignal>
#include <cstdlib>
#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

// The current G. Initial-exec TLS so that compiled code can read it with
// one instruction (abi::GHeader).
extern "C" {
[[gnu::tls_model("initial-exec")]] thread_local golite::rt::G *golite_tlsg
    __asm__("runtime.tlsg") = nullptr;
}

namespace golite::rt {

void tracebackFrames(uintptr_t pc, uintptr_t fp, uintptr_t lo, uintptr_t hi);

Schedt sched;
P **allp;
int32_t nallp;
std::atomic<int32_t> gomaxprocs{0};
int32_t ncpu;
M *allm;

namespace {

Mutex allglock;
std::atomic<G **> allgs{nullptr};
std::atomic<size_t> allglen{0};
size_t allgcap;
std::atomic<int32_t> nlive{0}; // goroutines not dead (NumGoroutine)

Mutex initLock;
std::atomic<bool> schedInited{false};
Note mainNote;
int64_t schedtraceMs;
int64_t stwStartNs; // when the current stop began (worldsema held)
int64_t runtimeStart;
uintptr_t g0StackSize = 256 * 1024;
constexpr size_t altStackSize = 64 * 1024;
int64_t idleMExitNs = int64_t(60) * 1000000000;

std::atomic<uint64_t> globalRand{0x9e3779b97f4a7c15ULL};

} // namespace

namespace {
/// The G of threads that are not Ms (the main thread before the scheduler
/// starts, test threads calling the runtime directly): it carries their
/// defer and panic lists. Static storage, so the collector scans it.
G nonGoG;
} // namespace

[[gnu::noinline]] G *getg() {
  G *gp = golite_tlsg;
  asm volatile("" ::: "memory");
  if (__builtin_expect(gp == nullptr, 0)) {
    nonGoG.goid = 1;
    return &nonGoG;
  }
  return gp;
}

// Every switch of the running G goes through here: the thread's guard
// slot (sched.h: golite_tlsguard) follows g.
[[gnu::noinline]] void setg(G *gp) {
  golite_tlsg = gp;
  __atomic_store_n(&golite_tlsguard, gp ? gp->stackguard0 : 0, __ATOMIC_RELAXED);
}

uint32_t cheaprand() {
  G *gp = getg();
  uint64_t s;
  if (gp && gp->m) {
    gp->m->fastrand += 0xa0761d6478bd642fULL;
    s = gp->m->fastrand;
  } else {
    s = globalRand.fetch_add(0xa0761d6478bd642fULL, std::memory_order_relaxed);
  }
  __uint128_t m = __uint128_t(s) * (s ^ 0xe7037ed1a0b428dbULL);
  return uint32_t(uint64_t(m >> 64) ^ uint64_t(m));
}

uint32_t cheaprandn(uint32_t n) { return uint32_t((uint64_t(cheaprand()) * n) >> 32); }

const char *waitReasonString(uint8_t r) {
  switch (r) {
  case waitReasonChanReceiveNilChan: return "chan receive (nil chan)";
  case waitReasonChanSendNilChan: return "chan send (nil chan)";
  case waitReasonSelect: return "select";
  case waitReasonSelectNoCases: return "select (no cases)";
  case waitReasonChanReceive: return "chan receive";
  case waitReasonChanSend: return "chan send";
  case waitReasonSleep: return "sleep";
  case waitReasonSemacquire: return "semacquire";
  case waitReasonSyncMutexLock: return "sync.Mutex.Lock";
  case waitReasonSyncCondWait: return "sync.Cond.Wait";
  case waitReasonIOWait: return "IO wait";
  case waitReasonGoroutineYield: return "runnable";
  case waitReasonStopTheWorld: return "stop the world";
  default: return "";
  }
}

void casgstatus(G *gp, uint32_t oldval, uint32_t newval) {
  uint32_t o = oldval;
  if (!gp->atomicstatus.compare_exchange_strong(o, newval, std::memory_order_acq_rel)) {
    printLock();
    printStr("runtime: casgstatus: oldval=");
    printUint(oldval);
    printStr(" newval=");
    printUint(newval);
    printStr(" status=");
    printUint(o);
    printStr(" goid=");
    printInt(gp->goid);
    printStr("\n");
    printUnlock();
    fatal("casgstatus: bad incoming values");
  }
}

//===----------------------------------------------------------------------===//
// allgs and the collector's view of stacks.
//===----------------------------------------------------------------------===//

namespace {

std::atomic<uint64_t> gcCycleSeen{~uint64_t(0)};

/// The collector stopped this thread at sp (gc::setStoppedSPHook). Runs in
/// a signal handler: no locks, no allocation.
void stoppedSP(void *sp, uint64_t cycle) {
  G *gp = golite_tlsg;
  gcCycleSeen.store(cycle, std::memory_order_relaxed);
  if (!gp)
    return;
  uintptr_t s = uintptr_t(sp);
  if (s >= gp->stacklo && s < gp->stackhi) {
    gp->gcsp = s;
    gp->gcspCycle = cycle;
  }
}

void allgadd(G *gp) {
  lock(&allglock);
  size_t n = allglen.load(std::memory_order_relaxed);
  if (n == allgcap) {
    size_t ncap = allgcap ? allgcap * 2 : 1024;
    // The old array is never freed: a collection may be reading it (the
    // world is stopped, but this thread may be stopped right here).
    auto **na = static_cast<G **>(malloc(ncap * sizeof(G *)));
    if (!na)
      fatal("runtime: cannot allocate allgs");
    if (n)
      memcpy(na, allgs.load(std::memory_order_relaxed), n * sizeof(G *));
    allgs.store(na, std::memory_order_release);
    allgcap = ncap;
  }
  allgs.load(std::memory_order_relaxed)[n] = gp;
  allglen.store(n + 1, std::memory_order_release);
  unlock(&allglock);
}

void pushStack(G *gp, void (*push)(void *, void *)) {
  if (!gp->stackhi)
    return;
  uintptr_t sp = gp->schedsp;
  uintptr_t lo = gp->stacklo;
  // A suspended context: from its saved sp (callee-saved registers are
  // just below the frames). A running one (sp == 0): from where its thread
  // was stopped in this collection (minus the red zone), else in full.
  if (sp > gp->stacklo && sp < gp->stackhi) {
    lo = sp;
  } else if (sp == 0 && gp->gcspCycle == gcCycleSeen.load(std::memory_order_relaxed)) {
    uintptr_t s = gp->gcsp - 256;
    if (s > gp->stacklo && s < gp->stackhi)
      lo = s;
  }
  push(reinterpret_cast<void *>(lo), reinterpret_cast<void *>(gp->stackhi));
  // The older segments of a segmented stack (stack.cpp).
  pushOlderSegments(gp, push);
}

} // namespace

void gcPushStacks(void (*push)(void *lo, void *hi)) {
  G **gs = allgs.load(std::memory_order_acquire);
  size_t n = allglen.load(std::memory_order_acquire);
  for (size_t i = 0; i < n; i++) {
    G *gp = gs[i];
    uint32_t st = readgstatus(gp);
    if (st == Gdead || st == Gidle)
      continue;
    pushStack(gp, push);
  }
  for (M *mp = allm; mp; mp = mp->alllink)
    if (mp->g0 && !mp->exiting)
      pushStack(mp->g0, push);
}

//===----------------------------------------------------------------------===//
// Run queues.
//===----------------------------------------------------------------------===//

bool runqempty(P *pp) {
  for (;;) {
    uint32_t head = pp->runqhead.load(std::memory_order_acquire);
    uint32_t tail = pp->runqtail.load(std::memory_order_acquire);
    G *next = pp->runnext.load(std::memory_order_acquire);
    if (tail == pp->runqtail.load(std::memory_order_acquire))
      return head == tail && next == nullptr;
  }
}

void globrunqput(G *gp) {
  gp->schedlink = nullptr;
  if (sched.runqtail)
    sched.runqtail->schedlink = gp;
  else
    sched.runqhead = gp;
  sched.runqtail = gp;
  sched.runqsize++;
}

namespace {

void globrunqputhead(G *gp) {
  gp->schedlink = sched.runqhead;
  sched.runqhead = gp;
  if (!sched.runqtail)
    sched.runqtail = gp;
  sched.runqsize++;
}

void globrunqputbatch(G *head, G *tail, int32_t n) {
  tail->schedlink = nullptr;
  if (sched.runqtail)
    sched.runqtail->schedlink = head;
  else
    sched.runqhead = head;
  sched.runqtail = tail;
  sched.runqsize += n;
}

G *globrunqpop() {
  G *gp = sched.runqhead;
  if (!gp)
    return nullptr;
  sched.runqhead = gp->schedlink;
  if (!sched.runqhead)
    sched.runqtail = nullptr;
  sched.runqsize--;
  return gp;
}

/// Moves half of pp's local queue (and gp) to the global queue.
bool runqputslow(P *pp, G *gp, uint32_t h, uint32_t t) {
  G *batch[runqSize / 2 + 1];
  uint32_t n = (t - h) / 2;
  if (n != runqSize / 2)
    fatal("runqputslow: queue is not full");
  for (uint32_t i = 0; i < n; i++)
    batch[i] = pp->runq[(h + i) % runqSize].load(std::memory_order_relaxed);
  uint32_t hh = h;
  if (!pp->runqhead.compare_exchange_strong(hh, h + n, std::memory_order_release))
    return false;
  batch[n] = gp;
  for (uint32_t i = 0; i < n; i++)
    batch[i]->schedlink = batch[i + 1];
  lock(&sched.lock);
  globrunqputbatch(batch[0], batch[n], int32_t(n + 1));
  unlock(&sched.lock);
  return true;
}

} // namespace

bool runqput(P *pp, G *gp, bool next) {
  if (next) {
    G *old = pp->runnext.load(std::memory_order_relaxed);
    while (!pp->runnext.compare_exchange_weak(old, gp, std::memory_order_acq_rel))
      ;
    if (!old)
      return true;
    gp = old; // kick the old runnext to the tail
  }
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
    if (t - h < runqSize) {
      pp->runq[t % runqSize].store(gp, std::memory_order_relaxed);
      pp->runqtail.store(t + 1, std::memory_order_release);
      return true;
    }
    if (runqputslow(pp, gp, h, t))
      return false;
  }
}

G *runqget(P *pp, bool *inheritTime) {
  G *next = pp->runnext.load(std::memory_order_relaxed);
  // Only the owner clears runnext to a non-null value, so one CAS suffices.
  if (next && pp->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
    if (inheritTime)
      *inheritTime = true;
    return next;
  }
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
    if (t == h)
      return nullptr;
    G *gp = pp->runq[h % runqSize].load(std::memory_order_relaxed);
    if (pp->runqhead.compare_exchange_weak(h, h + 1, std::memory_order_release)) {
      if (inheritTime)
        *inheritTime = false;
      return gp;
    }
  }
}

uint32_t runqgrab(P *pp, G **batch, uint32_t batchHead, bool stealRunNextG) {
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_acquire);
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (stealRunNextG) {
        G *next = pp->runnext.load(std::memory_order_acquire);
        if (next) {
          // The owner is likely about to run it: give it a moment, as Go
          // does, instead of bouncing the G between Ps.
          if (pp->status.load(std::memory_order_relaxed) == Prunning)
            usleep(3);
          if (!pp->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel))
            continue;
          batch[batchHead % runqSize] = next;
          return 1;
        }
      }
      return 0;
    }
    if (n > runqSize / 2)
      continue; // read an inconsistent h and t
    for (uint32_t i = 0; i < n; i++)
      batch[(batchHead + i) % runqSize] = pp->runq[(h + i) % runqSize].load(std::memory_order_relaxed);
    if (pp->runqhead.compare_exchange_strong(h, h + n, std::memory_order_release))
      return n;
  }
}

G *runqsteal(P *pp, P *p2, bool stealRunNextG) {
  uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
  G *tmp[runqSize];
  uint32_t n = runqgrab(p2, tmp, t, stealRunNextG);
  if (n == 0)
    return nullptr;
  for (uint32_t i = 0; i < n; i++)
    pp->runq[(t + i) % runqSize].store(tmp[(t + i) % runqSize], std::memory_order_relaxed);
  n--;
  G *gp = pp->runq[(t + n) % runqSize].load(std::memory_order_relaxed);
  if (n == 0)
    return gp;
  uint32_t h = pp->runqhead.load(std::memory_order_acquire);
  if (t - h + n >= runqSize)
    fatal("runqsteal: runq overflow");
  pp->runqtail.store(t + n, std::memory_order_release);
  return gp;
}

namespace {

/// Takes a batch from the global queue (sched.lock held).
G *globrunqget(P *pp, int32_t max) {
  if (sched.runqsize == 0)
    return nullptr;
  int32_t n = sched.runqsize / gomaxprocs.load(std::memory_order_relaxed) + 1;
  if (n > sched.runqsize)
    n = sched.runqsize;
  if (max > 0 && n > max)
    n = max;
  if (n > int32_t(runqSize / 2))
    n = runqSize / 2;
  G *gp = globrunqpop();
  for (n--; n > 0; n--)
    runqput(pp, globrunqpop(), false);
  return gp;
}

//===----------------------------------------------------------------------===//
// Free Gs.
//===----------------------------------------------------------------------===//

void gfput(P *pp, G *gp) {
  gp->schedlink = pp->gFree;
  pp->gFree = gp;
  if (++pp->gFreeCount >= 64) {
    lock(&sched.lock);
    while (pp->gFreeCount >= 32) {
      G *x = pp->gFree;
      pp->gFree = x->schedlink;
      pp->gFreeCount--;
      x->schedlink = sched.gFree;
      sched.gFree = x;
      sched.gFreeCount++;
    }
    unlock(&sched.lock);
  }
}

G *gfget(P *pp) {
  if (!pp->gFree && sched.gFree) {
    lock(&sched.lock);
    while (pp->gFreeCount < 32 && sched.gFree) {
      G *x = sched.gFree;
      sched.gFree = x->schedlink;
      sched.gFreeCount--;
      x->schedlink = pp->gFree;
      pp->gFree = x;
      pp->gFreeCount++;
    }
    unlock(&sched.lock);
  }
  G *gp = pp->gFree;
  if (gp) {
    pp->gFree = gp->schedlink;
    pp->gFreeCount--;
  }
  return gp;
}

G *gfgetGlobal() {
  lock(&sched.lock);
  G *gp = sched.gFree;
  if (gp) {
    sched.gFree = gp->schedlink;
    sched.gFreeCount--;
  }
  unlock(&sched.lock);
  return gp;
}

//===----------------------------------------------------------------------===//
// Idle Ps and Ms (sched.lock held).
//===----------------------------------------------------------------------===//

void pidleput(P *pp) {
  if (!runqempty(pp))
    fatal("pidleput: P has non-empty run queue");
  pp->status.store(Pidle, std::memory_order_release);
  pp->link = sched.pidle;
  sched.pidle = pp;
  sched.npidle.fetch_add(1);
}

P *pidleget() {
  P *pp = sched.pidle;
  if (pp) {
    sched.pidle = pp->link;
    sched.npidle.fetch_sub(1);
  }
  return pp;
}

void mput(M *mp) {
  mp->schedlink = sched.midle;
  sched.midle = mp;
  sched.nmidle++;
  mp->blocked = true;
}

M *mget() {
  M *mp = sched.midle;
  if (mp) {
    sched.midle = mp->schedlink;
    sched.nmidle--;
    mp->blocked = false;
  }
  return mp;
}

int32_t mcount() { return int32_t(sched.mnext) - sched.mcountExited; }

void acquirep(M *mp, P *pp) {
  if (pp->m || pp->status.load() == Prunning) {
    fatal("acquirep: invalid p state");
  }
  mp->p = pp;
  pp->m = mp;
  pp->status.store(Prunning, std::memory_order_release);
}

P *releasep(M *mp) {
  P *pp = mp->p;
  if (!pp || pp->m != mp)
    fatal("releasep: invalid arg");
  pp->m = nullptr;
  mp->p = nullptr;
  pp->status.store(Pidle, std::memory_order_release);
  return pp;
}

void checkdead();

//===----------------------------------------------------------------------===//
// Ms.
//===----------------------------------------------------------------------===//

[[noreturn]] void schedule();

void *mstart(void *arg) {
  M *mp = static_cast<M *>(arg);
  pthread_attr_t attr;
  void *stackaddr = nullptr;
  size_t stacksize = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &stackaddr, &stacksize);
    pthread_attr_destroy(&attr);
  }
  G *g0 = mp->g0;
  g0->stacklo = uintptr_t(stackaddr);
  g0->stackhi = uintptr_t(stackaddr) + stacksize;
  g0->stackguard0 = g0->stacklo + abi::StackGuardBytes;
  g0->schedsp = 0;
  void *alt = mmap(nullptr, altStackSize, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (alt == MAP_FAILED)
    fatal("runtime: cannot allocate signal stack");
  mp->altstack = alt;
  mp->guardslot.store(&golite_tlsguard);
  gc::threadRunsGoroutines(alt, altStackSize, stackaddr, stacksize);
  setg(g0);
  if (mp->nextp) {
    P *pp = mp->nextp;
    mp->nextp = nullptr;
    acquirep(mp, pp);
  }
  schedule();
}

void newm(P *pp, bool spinning) {
  lock(&sched.lock);
  if (mcount() >= sched.maxmcount) {
    printLock();
    printStr("runtime: program exceeds ");
    printInt(sched.maxmcount);
    printStr("-thread limit\n");
    printUnlock();
    fatal("thread exhaustion");
  }
  auto *mp = new (gc::allocPersistent(sizeof(M))) M();
  mp->id = sched.mnext++;
  mp->fastrand = uint64_t(nanotime()) ^ (uint64_t(mp->id) << 32) ^ fastrand64();
  auto *g0 = new (gc::allocPersistent(sizeof(G))) G();
  g0->isSystem = true;
  g0->m = mp;
  g0->goid = 0;
  g0->atomicstatus.store(Grunning);
  mp->g0 = g0;
  mp->alllink = allm;
  allm = mp;
  mp->nextp = pp;
  mp->spinning = spinning;
  unlock(&sched.lock);
  if (int err = gc::createThread(mstart, mp, g0StackSize); err != 0) {
    printLock();
    printStr("runtime: failed to create new OS thread (errno=");
    printInt(err);
    printStr(")\n");
    printUnlock();
    fatal("newosproc");
  }
}

/// Parks the current M until startm gives it a P. An M idle for longer
/// than idleMExitNs exits its thread.
void stopm(M *mp) {
  if (mp->p)
    fatal("stopm holding p");
  if (mp->spinning)
    fatal("stopm spinning");
  lock(&sched.lock);
  mput(mp);
  mp->idleSince = nanotime();
  checkdead();
  unlock(&sched.lock);
  for (;;) {
    if (notetsleep(&mp->park, idleMExitNs))
      break;
    lock(&sched.lock);
    if (mp->blocked) {
      // Still on the idle list: nobody is waking us. Leave.
      M **pm = &sched.midle;
      while (*pm && *pm != mp)
        pm = &(*pm)->schedlink;
      if (*pm) {
        *pm = mp->schedlink;
        sched.nmidle--;
        sched.mcountExited++;
        mp->exiting = true;
        mp->guardslot.store(nullptr); // the TLS goes away with the thread
        unlock(&sched.lock);
        setg(nullptr);
        pthread_exit(nullptr);
      }
    }
    unlock(&sched.lock);
    // Taken by startm concurrently: the wakeup is coming.
  }
  noteclear(&mp->park);
  P *pp = mp->nextp;
  mp->nextp = nullptr;
  acquirep(mp, pp);
}

} // namespace

/// Starts an M (idle or new) for pp, or for an idle P if pp is null. With
/// spinning, the caller has already incremented nmspinning.
void startm(P *pp, bool spinning) {
  lock(&sched.lock);
  if (!pp) {
    pp = pidleget();
    if (!pp) {
      unlock(&sched.lock);
      if (spinning)
        sched.nmspinning.fetch_sub(1);
      return;
    }
  }
  M *nmp = mget();
  unlock(&sched.lock);
  if (!nmp) {
    newm(pp, spinning);
    return;
  }
  nmp->spinning = spinning;
  nmp->nextp = pp;
  notewakeup(&nmp->park);
}

void wakep() {
  if (sched.npidle.load(std::memory_order_acquire) == 0)
    return;
  int32_t z = 0;
  if (sched.nmspinning.load(std::memory_order_relaxed) != 0 ||
      !sched.nmspinning.compare_exchange_strong(z, 1))
    return;
  startm(nullptr, true);
}

namespace {

void handoffp(P *pp) {
  if (!runqempty(pp) || sched.runqsize != 0) {
    startm(pp, false);
    return;
  }
  int32_t z = 0;
  if (sched.nmspinning.load() + sched.npidle.load() == 0 &&
      sched.nmspinning.compare_exchange_strong(z, 1)) {
    startm(pp, true);
    return;
  }
  lock(&sched.lock);
  if (sched.gcwaiting.load()) {
    pp->status.store(Pgcstop);
    if (--sched.stopwait == 0)
      notewakeup(&sched.stopnote);
    unlock(&sched.lock);
    return;
  }
  if (sched.runqsize != 0 || pp->ntimers > 0) {
    unlock(&sched.lock);
    startm(pp, false);
    return;
  }
  pidleput(pp);
  unlock(&sched.lock);
}

void resetspinning(M *mp) {
  mp->spinning = false;
  int32_t n = sched.nmspinning.fetch_sub(1) - 1;
  if (n < 0)
    fatal("findrunnable: negative nmspinning");
  wakep();
}

/// Stops the current M for a stop-the-world (gcwaiting).
void gcstopm(M *mp) {
  if (mp->spinning) {
    mp->spinning = false;
    sched.nmspinning.fetch_sub(1);
  }
  P *pp = releasep(mp);
  lock(&sched.lock);
  pp->status.store(Pgcstop);
  if (--sched.stopwait == 0)
    notewakeup(&sched.stopnote);
  unlock(&sched.lock);
  stopm(mp);
}

void injectglistLocked(G *list, int32_t *n) {
  G *head = nullptr, *tail = nullptr;
  int32_t cnt = 0;
  while (list) {
    G *next = list->schedlink;
    casgstatus(list, Gwaiting, Grunnable);
    list->schedlink = nullptr;
    if (tail)
      tail->schedlink = list;
    else
      head = list;
    tail = list;
    cnt++;
    list = next;
  }
  if (cnt)
    globrunqputbatch(head, tail, cnt);
  *n = cnt;
}

G *stealWork(M *mp, int64_t now, bool *ranTimer) {
  P *pp = mp->p;
  *ranTimer = false;
  int32_t procs = gomaxprocs.load();
  for (int i = 0; i < 4; i++) {
    bool stealTimersOrRunNextG = i == 3;
    uint32_t start = cheaprandn(uint32_t(procs));
    for (int32_t k = 0; k < procs; k++) {
      if (sched.gcwaiting.load())
        return nullptr;
      P *p2 = allp[(start + uint32_t(k)) % uint32_t(procs)];
      if (p2 == pp)
        continue;
      if (stealTimersOrRunNextG) {
        int64_t w = p2->timer0When.load(std::memory_order_relaxed);
        if (w != 0 && w <= now) {
          bool ran = false;
          checkTimers(p2, now, &ran);
          if (ran) {
            *ranTimer = true;
            if (G *gp = runqget(pp, nullptr))
              return gp;
          }
        }
      }
      if (!runqempty(p2))
        if (G *gp = runqsteal(pp, p2, stealTimersOrRunNextG))
          return gp;
    }
  }
  return nullptr;
}

/// Finds a runnable G for mp (which has a P), blocking if there is none.
G *findRunnable(M *mp, bool *inheritTime) {
top:
  P *pp = mp->p;
  *inheritTime = false;
  if (sched.gcwaiting.load()) {
    gcstopm(mp);
    goto top;
  }
  int64_t now = nanotime();
  bool ran = false;
  checkTimers(pp, now, &ran);

  // Fairness: check the global queue once in a while.
  if (pp->schedtick % 61 == 0 && sched.runqsize > 0) {
    lock(&sched.lock);
    G *gp = globrunqget(pp, 1);
    unlock(&sched.lock);
    if (gp)
      return gp;
  }
  if (G *gp = runqget(pp, inheritTime))
    return gp;
  if (sched.runqsize != 0) {
    lock(&sched.lock);
    G *gp = globrunqget(pp, 0);
    unlock(&sched.lock);
    if (gp)
      return gp;
  }
  // Poll the network without blocking: an optimization before stealing.
  if (netpollinited() && netpollWaiters.load() > 0 && sched.lastpoll.load() != 0) {
    if (G *list = netpoll(0)) {
      G *gp = list;
      list = list->schedlink;
      if (list) {
        int32_t n;
        lock(&sched.lock);
        injectglistLocked(list, &n);
        unlock(&sched.lock);
      }
      casgstatus(gp, Gwaiting, Grunnable);
      gp->schedlink = nullptr;
      return gp;
    }
  }
  // Steal, if not too many Ms are spinning already.
  int32_t procs = gomaxprocs.load();
  if (mp->spinning || 2 * sched.nmspinning.load() < procs - sched.npidle.load()) {
    if (!mp->spinning) {
      mp->spinning = true;
      sched.nmspinning.fetch_add(1);
    }
    bool ranTimer;
    if (G *gp = stealWork(mp, now, &ranTimer))
      return gp;
    if (ranTimer)
      goto top;
  }

  // Nothing to do: give up the P.
  lock(&sched.lock);
  if (sched.gcwaiting.load()) {
    unlock(&sched.lock);
    goto top;
  }
  if (sched.runqsize != 0) {
    G *gp = globrunqget(pp, 0);
    unlock(&sched.lock);
    return gp;
  }
  releasep(mp);
  pidleput(pp);
  unlock(&sched.lock);

  bool wasSpinning = mp->spinning;
  if (mp->spinning) {
    mp->spinning = false;
    if (sched.nmspinning.fetch_sub(1) - 1 < 0)
      fatal("findrunnable: negative nmspinning");
    // Work may have been submitted between our last check and dropping
    // nmspinning: look once more, so it is not stranded.
    for (int32_t i = 0; i < procs; i++) {
      if (!runqempty(allp[i])) {
        lock(&sched.lock);
        P *p2 = pidleget();
        unlock(&sched.lock);
        if (p2) {
          acquirep(mp, p2);
          mp->spinning = true;
          sched.nmspinning.fetch_add(1);
          goto top;
        }
        break;
      }
    }
  }
  // The earliest timer of any P: somebody must wake up for it.
  int64_t pollUntil = 0;
  for (int32_t i = 0; i < procs; i++) {
    int64_t w = allp[i]->timer0When.load(std::memory_order_relaxed);
    if (w != 0 && (pollUntil == 0 || w < pollUntil))
      pollUntil = w;
  }
  if (netpollinited() && (netpollWaiters.load() > 0 || pollUntil != 0) &&
      sched.lastpoll.exchange(0) != 0) {
    sched.pollUntil.store(pollUntil);
    int64_t delay = -1;
    if (pollUntil != 0) {
      delay = pollUntil - nanotime();
      if (delay < 0)
        delay = 0;
    }
    G *list = netpoll(delay);
    now = nanotime();
    sched.pollUntil.store(0);
    sched.lastpoll.store(now);
    lock(&sched.lock);
    P *p2 = sched.gcwaiting.load() ? nullptr : pidleget();
    int32_t n = 0;
    if (!p2 && list)
      injectglistLocked(list, &n), list = nullptr;
    unlock(&sched.lock);
    if (!p2) {
      for (; n > 0 && sched.npidle.load() > 0; n--)
        startm(nullptr, false);
    } else {
      acquirep(mp, p2);
      if (list) {
        G *gp = list;
        list = list->schedlink;
        if (list) {
          lock(&sched.lock);
          injectglistLocked(list, &n);
          unlock(&sched.lock);
          for (; n > 0 && sched.npidle.load() > 0; n--)
            startm(nullptr, false);
        }
        casgstatus(gp, Gwaiting, Grunnable);
        gp->schedlink = nullptr;
        return gp;
      }
      if (wasSpinning) {
        mp->spinning = true;
        sched.nmspinning.fetch_add(1);
      }
      goto top;
    }
  } else if (pollUntil != 0 && netpollinited()) {
    int64_t pu = sched.pollUntil.load();
    if (pu == 0 || pu > pollUntil)
      netpollBreak();
  }
  stopm(mp);
  goto top;
}

void execute(M *mp, G *gp, bool inheritTime) {
  for (;;) {
    mp->curg = gp;
    gp->m = mp;
    casgstatus(gp, Grunnable, Grunning);
    gp->waitsince = 0;
    gp->preempt = false;
    if (gp->stackguard0 == abi::StackPreempt) // a stale preemption request
      gp->stackguard0 = gp->stacklo + stackRedZone;
    if (!inheritTime)
      mp->p->schedtick++;
    setg(gp);
    golite_swapctx(&mp->g0->schedsp, &gp->schedsp);
    // Back on g0: gp called mcall.
    setg(mp->g0);
    G *(*fn)(G *) = reinterpret_cast<G *(*)(G *)>(mp->mcallfn);
    mp->mcallfn = nullptr;
    G *next = fn(gp);
    if (!next)
      return;
    gp = next;
    inheritTime = true;
  }
}

[[noreturn]] void schedule() {
  M *mp = getg()->m;
  for (;;) {
    if (!mp->p)
      fatal("schedule: no p");
    bool inheritTime = false;
    G *gp = findRunnable(mp, &inheritTime);
    if (mp->spinning)
      resetspinning(mp);
    execute(mp, gp, inheritTime);
  }
}

/// Switches from the current G to g0, which runs fn(gp); fn returns a G to
/// resume at once (status Grunnable) or null to schedule.
void mcall(G *(*fn)(G *)) {
  G *gp = getg();
  M *mp = gp->m;
  checkStack(gp, uintptr_t(__builtin_frame_address(0)));
  mp->mcallfn = reinterpret_cast<void (*)(G *)>(fn);
  setg(mp->g0);
  golite_swapctx(&gp->schedsp, &mp->g0->schedsp);
}

void dropg(M *mp, G *gp) {
  mp->curg = nullptr;
  gp->m = nullptr;
}

G *park_m(G *gp) {
  M *mp = getg()->m;
  casgstatus(gp, Grunning, Gwaiting);
  dropg(mp, gp);
  if (auto fn = mp->waitunlockf) {
    mp->waitunlockf = nullptr;
    void *l = mp->waitlock;
    mp->waitlock = nullptr;
    if (!fn(gp, l)) {
      casgstatus(gp, Gwaiting, Grunnable);
      return gp;
    }
  }
  return nullptr;
}

G *gosched_m(G *gp) {
  M *mp = getg()->m;
  casgstatus(gp, Grunning, Grunnable);
  dropg(mp, gp);
  lock(&sched.lock);
  globrunqput(gp);
  unlock(&sched.lock);
  return nullptr;
}

G *goexit0(G *gp) {
  M *mp = getg()->m;
  casgstatus(gp, Grunning, Gdead);
  nlive.fetch_sub(1);
  dropg(mp, gp);
  gp->startfn = nullptr;
  gp->param = nullptr;
  gp->waiting = nullptr;
  gp->defers = nullptr;
  gp->panics = nullptr;
  gp->sig = 0;
  gp->waitreason = 0;
  gp->preempt = false;
  gp->selectDone.store(0);
  stackresetsegs(gp); // back to the first segment, others unmapped
  gfput(mp->p, gp);
  return nullptr;
}

G *exitsyscall0(G *gp) {
  M *mp = getg()->m;
  casgstatus(gp, Gsyscall, Grunnable);
  dropg(mp, gp);
  lock(&sched.lock);
  P *pp = sched.gcwaiting.load() ? nullptr : pidleget();
  if (!pp)
    globrunqput(gp);
  unlock(&sched.lock);
  if (pp) {
    acquirep(mp, pp);
    return gp;
  }
  stopm(mp);
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Deadlock detection.
//===----------------------------------------------------------------------===//

/// Called with sched.lock held whenever an M goes idle.
void checkdead() {
  if (!sched.mainActive.load())
    return;
  // Ms go idle by design while the world is stopped (the stopper may not
  // be an M: a test thread).
  if (sched.gcwaiting.load())
    return;
  int32_t run = mcount() - sched.nmidle - sched.nmsys;
  if (run > 0)
    return;
  if (sched.runqsize > 0)
    return;
  for (int32_t i = 0; i < gomaxprocs.load(); i++) {
    if (allp[i]->ntimers > 0 || !runqempty(allp[i]))
      return;
  }
  if (netpollWaiters.load() > 0)
    return;
  G **gs = allgs.load();
  size_t n = allglen.load();
  size_t waiting = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t s = readgstatus(gs[i]);
    if (s == Grunnable || s == Grunning || s == Gsyscall)
      return; // in transition; someone will schedule it
    if (s == Gwaiting)
      waiting++;
  }
  if (waiting == 0 && sched.mainGoexit.load()) {
    printLock();
    printStr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    printUnlock();
    flushPrint();
    _exit(2);
  }
  printLock();
  printStr("fatal error: all goroutines are asleep - deadlock!\n");
  for (size_t i = 0; i < n; i++) {
    G *gp = gs[i];
    if (readgstatus(gp) != Gwaiting)
      continue;
    printStr("\ngoroutine ");
    printInt(gp->goid);
    printStr(" [");
    printStr(waitReasonString(gp->waitreason));
    printStr("]:\n");
    // The context golite_swapctx saved: callee-saved registers, then the
    // return address into mcall.
    uintptr_t sp = gp->schedsp;
    if (sp > gp->stacklo && sp + 64 < gp->stackhi) {
      auto *w = reinterpret_cast<uintptr_t *>(sp);
#if defined(__x86_64__)
      tracebackFrames(w[6], w[5], gp->stacklo, gp->stackhi);
#elif defined(__aarch64__)
      tracebackFrames(w[11], w[10], gp->stacklo, gp->stackhi);
#endif
    }
  }
  printUnlock();
  flushPrint();
  _exit(2);
}

//===----------------------------------------------------------------------===//
// sysmon.
//===----------------------------------------------------------------------===//

void schedtrace() {
  int64_t now = nanotime();
  lock(&sched.lock);
  printLock();
  printStr("SCHED ");
  printInt((now - runtimeStart) / 1000000);
  printStr("ms: gomaxprocs=");
  printInt(gomaxprocs.load());
  printStr(" idleprocs=");
  printInt(sched.npidle.load());
  printStr(" threads=");
  printInt(mcount() + 1); // + sysmon, as Go counts it
  printStr(" spinningthreads=");
  printInt(sched.nmspinning.load());
  printStr(" idlethreads=");
  printInt(sched.nmidle);
  printStr(" runqueue=");
  printInt(sched.runqsize);
  int32_t procs = gomaxprocs.load();
  for (int32_t i = 0; i < procs; i++) {
    P *pp = allp[i];
    printStr(i == 0 ? " [" : " ");
    printInt(int64_t(pp->runqtail.load() - pp->runqhead.load()));
  }
  printStr("]\n");
  printUnlock();
  unlock(&sched.lock);
}

void preemptone(P *pp) {
  M *mp = pp->m;
  if (!mp)
    return;
  G *gp = mp->curg;
  if (!gp || gp == mp->g0)
    return;
  // The flag makes the runtime's own calls yield (preemptCheck); the
  // poisoned guard makes the next prologue check of compiled code fail, and
  // golite_morestack (stack.cpp) then yields instead of growing the stack.
  gp->preempt = true;
  gp->stackguard0 = abi::StackPreempt;
  // Compiled checks read the thread's slot: poison it too (release: the
  // slow path then sees preempt and the poisoned guard). If mp switched
  // G since curg was read, its new G takes one spurious slow path.
  if (uintptr_t *slot = mp->guardslot.load(std::memory_order_relaxed))
    __atomic_store_n(slot, abi::StackPreempt, __ATOMIC_RELEASE);
}

uint32_t retake(int64_t now) {
  uint32_t n = 0;
  int32_t procs = gomaxprocs.load();
  for (int32_t i = 0; i < procs; i++) {
    P *pp = allp[i];
    uint32_t s = pp->status.load();
    bool sysretake = false;
    if (s == Prunning || s == Psyscall) {
      uint32_t t = pp->schedtick;
      if (pp->sm_schedtick != t) {
        pp->sm_schedtick = t;
        pp->sm_schedwhen = now;
      } else if (pp->sm_schedwhen + 10000000 <= now) {
        preemptone(pp);
        // A P in a system call has no M: preemptone cannot reach its G. A
        // G that goes from one short system call to the next shows a new
        // syscalltick at every look and would keep the P, and the timers
        // on it, until it happens to be seen between two calls. Take the
        // P below whatever syscalltick says (its exitsyscall then takes
        // the slow path, a scheduling point).
        sysretake = true;
      }
    }
    if (s == Psyscall) {
      uint32_t t = pp->syscalltick.load();
      if (!sysretake && pp->sm_syscalltick != t) {
        pp->sm_syscalltick = t;
        pp->sm_syscallwhen = now;
        continue;
      }
      // In the syscall for at least one sysmon tick (>= 20us), or in
      // system calls for 10ms without rescheduling. Keep the P if it has
      // nothing to do and others are idle, for up to 10ms.
      if (runqempty(pp) && sched.nmspinning.load() + sched.npidle.load() > 0 &&
          pp->sm_syscallwhen + 10000000 > now)
        continue;
      uint32_t ps = Psyscall;
      if (pp->status.compare_exchange_strong(ps, Pidle)) {
        n++;
        pp->syscalltick.fetch_add(1);
        // The P changes hands: its 10ms count starts over (an exitsyscall
        // that takes it back from the idle list does not bump schedtick).
        pp->sm_schedwhen = now;
        handoffp(pp);
      }
    }
  }
  return n;
}

void *sysmon(void *) {
  uint32_t idle = 0;
  uint32_t delay = 0;
  int64_t lasttrace = 0;
  for (;;) {
    if (idle == 0)
      delay = 20;
    else if (idle > 50)
      delay *= 2;
    if (delay > 10000)
      delay = 10000;
    usleep(delay);
    int64_t now = nanotime();
    int64_t lastpoll = sched.lastpoll.load();
    if (netpollinited() && lastpoll != 0 && lastpoll + 10000000 < now) {
      if (sched.lastpoll.compare_exchange_strong(lastpoll, now)) {
        if (G *list = netpoll(0)) {
          int32_t n;
          lock(&sched.lock);
          injectglistLocked(list, &n);
          unlock(&sched.lock);
          for (; n > 0 && sched.npidle.load() > 0; n--)
            startm(nullptr, false);
        }
      }
    }
    if (retake(now) != 0)
      idle = 0;
    else
      idle++;
    if (schedtraceMs > 0 && lasttrace + schedtraceMs * 1000000 <= now) {
      lasttrace = now;
      schedtrace();
    }
  }
  return nullptr;
}

P *newP(int32_t id) {
  auto *pp = new (gc::allocPersistent(sizeof(P))) P();
  pp->id = id;
  pp->status.store(Pgcstop);
  return pp;
}

/// Changes the number of Ps to nprocs. The world is stopped (or not yet
/// started); sched.lock is held. Returns the Ps with local work, linked
/// by P::link. The current M (if any) keeps or gets a P.
P *procresize(M *mp, int32_t nprocs) {
  int32_t old = gomaxprocs.load();
  if (nprocs > nallp) {
    auto **na = static_cast<P **>(gc::allocPersistent(sizeof(P *) * size_t(nprocs)));
    for (int32_t i = 0; i < nallp; i++)
      na[i] = allp[i];
    for (int32_t i = nallp; i < nprocs; i++)
      na[i] = newP(i);
    allp = na; // the old array is left to leak: sysmon may be reading it
    nallp = nprocs;
  }
  P *cur = mp ? mp->p : nullptr;
  if (cur && cur->id >= nprocs) {
    cur->m = nullptr;
    mp->p = nullptr;
    cur = nullptr;
  }
  if (mp && !cur) {
    cur = allp[0];
    cur->m = nullptr;
    cur->status.store(Pidle);
    acquirep(mp, cur);
  }
  // Destroy the surplus Ps: their Gs go to the global queue, their timers
  // and free Gs to the current P (or P0).
  P *dst = cur ? cur : allp[0];
  for (int32_t i = nprocs; i < old; i++) {
    P *pp = allp[i];
    bool inherit;
    while (G *gp = runqget(pp, &inherit))
      globrunqputhead(gp);
    moveTimers(pp, dst);
    while (pp->gFree) {
      G *gp = pp->gFree;
      pp->gFree = gp->schedlink;
      pp->gFreeCount--;
      gp->schedlink = sched.gFree;
      sched.gFree = gp;
      sched.gFreeCount++;
    }
    pp->status.store(Pdead);
  }
  gomaxprocs.store(nprocs);
  // Rebuild the idle list from the live Ps.
  sched.pidle = nullptr;
  sched.npidle.store(0);
  P *runnable = nullptr;
  for (int32_t i = nprocs - 1; i >= 0; i--) {
    P *pp = allp[i];
    if (pp == cur)
      continue;
    pp->m = nullptr;
    if (runqempty(pp)) {
      pidleput(pp);
    } else {
      pp->status.store(Pidle);
      pp->link = runnable;
      runnable = pp;
    }
  }
  return runnable;
}

/// Asks every running G except the caller's to stop at its next safe
/// point: the poisoned guard fails its next prologue check or loop poll,
/// and the runtime yields (gosched); the P then meets gcwaiting in
/// findRunnable and stops. Returns whether any G was asked.
bool preemptall(M *self) {
  bool any = false;
  int32_t procs = gomaxprocs.load();
  for (int32_t i = 0; i < procs; i++) {
    P *pp = allp[i];
    if (pp->status.load() != Prunning)
      continue;
    M *mp = pp->m;
    if (!mp || mp == self)
      continue;
    preemptone(pp);
    any = true;
  }
  return any;
}

/// Takes every P in a system call for the stop (sched.lock held).
void takeSyscallPs(int32_t procs) {
  for (int32_t i = 0; i < procs; i++) {
    uint32_t s = Psyscall;
    if (allp[i]->status.compare_exchange_strong(s, Pgcstop)) {
      allp[i]->syscalltick.fetch_add(1);
      sched.stopwait--;
    }
  }
}

/// Stops every P but the caller's (Go's stopTheWorldWithSema); returns with
/// sched.lock NOT held and every other P in Pgcstop. The caller holds
/// worldsema.
void stopTheWorldWithSema(M *mp) {
  lock(&sched.lock);
  int32_t procs = gomaxprocs.load();
  sched.stopwait = procs;
  sched.gcwaiting.store(1);
  noteclear(&sched.stopnote);
  preemptall(mp);
  if (mp && mp->p) {
    mp->p->status.store(Pgcstop);
    sched.stopwait--;
  }
  takeSyscallPs(procs);
  while (P *pp = pidleget()) {
    pp->status.store(Pgcstop);
    sched.stopwait--;
  }
  bool wait = sched.stopwait > 0;
  unlock(&sched.lock);
  while (wait) {
    // Running Ps stop at their next scheduling point. Ask again every
    // 100us: a G that was between two Ps, leaving a syscall, or switching
    // segments (morestack rewrites the guard) may have missed the poison;
    // Ps that entered a syscall meanwhile are taken here.
    if (notetsleep(&sched.stopnote, 100000))
      break;
    lock(&sched.lock);
    takeSyscallPs(procs);
    wait = sched.stopwait > 0;
    if (wait)
      preemptall(mp);
    unlock(&sched.lock);
  }
  lock(&sched.lock);
  if (sched.stopwait != 0)
    fatal("stopTheWorld: stopwait != 0");
  for (int32_t i = 0; i < procs; i++)
    if (allp[i]->status.load() != Pgcstop)
      fatal("stopTheWorld: not stopped");
  unlock(&sched.lock);
}

/// Restarts the world with nprocs Ps (Go's startTheWorldWithSema).
void startTheWorldWithSema(M *mp, int32_t nprocs) {
  lock(&sched.lock);
  if (mp && mp->p)
    mp->p->status.store(Prunning);
  P *runnable = procresize(mp, nprocs);
  sched.gcwaiting.store(0);
  unlock(&sched.lock);
  while (runnable) {
    P *pp = runnable;
    runnable = pp->link;
    startm(pp, false);
  }
  wakep();
}

struct MainClosure {
  void *fn;
  void (*userfn)(void *);
  void *ctx;
};

void mainTrampoline(void *c) {
  auto *mc = static_cast<MainClosure *>(c);
  mc->userfn(mc->ctx);
  sched.mainActive.store(false);
  sched.maingp = nullptr;
  notewakeup(&mainNote);
}

int64_t parseSchedtrace(const char *s) {
  const char *p = strstr(s, "schedtrace=");
  if (!p)
    return 0;
  return atoll(p + 11);
}

} // namespace

void schedinit() {
  if (schedInited.load(std::memory_order_acquire))
    return;
  lock(&initLock);
  if (schedInited.load()) {
    unlock(&initLock);
    return;
  }
  runtimeStart = nanotime();
  cpu_set_t set;
  ncpu = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : 1;
  if (ncpu < 1)
    ncpu = 1;
  int32_t procs = ncpu;
  if (const char *s = getenv("GOMAXPROCS")) {
    int v = atoi(s);
    if (v > 0)
      procs = v;
  }
  if (procs > 1024)
    procs = 1024;
  if (const char *s = getenv("GODEBUG"))
    schedtraceMs = parseSchedtrace(s);
  if (const char *s = getenv("GOLITE_IDLEM_EXIT_MS"))
    idleMExitNs = atoll(s) * 1000000;
  stackinit();
  gc::setStackPusher(gcPushStacks);
  gc::setStoppedSPHook(stoppedSP);
  netpollinit();
  sched.lastpoll.store(nanotime());
  lock(&sched.lock);
  procresize(nullptr, procs);
  unlock(&sched.lock);
  if (gc::createThread(sysmon, nullptr, 64 * 1024) != 0)
    fatal("runtime: cannot create sysmon");
  schedInited.store(true, std::memory_order_release);
  unlock(&initLock);
}

void runMain(void (*fn)(void *), void *ctx) {
  schedinit();
  // This thread only waits from now on. It must not take the collector's
  // suspend signal on a signal stack Boehm does not know (gc/boehm.cpp).
  stack_t ss{};
  ss.ss_flags = SS_DISABLE;
  sigaltstack(&ss, nullptr);
  MainClosure mc{reinterpret_cast<void *>(&mainTrampoline), fn, ctx};
  noteclear(&mainNote);
  G *gp = newproc1(reinterpret_cast<abi::Closure *>(&mc), mainStackSize, false);
  // Deadlock detection is armed in the same critical section that makes
  // the main goroutine runnable: an M going idle in between must not see
  // "main alive, nothing runnable".
  lock(&sched.lock);
  sched.maingp = gp;
  sched.mainActive.store(true);
  globrunqput(gp);
  unlock(&sched.lock);
  wakep();
  notesleep(&mainNote);
}

G *newproc1(abi::Closure *fn, uintptr_t stackSize, bool queue) {
  G *cur = getg();
  M *mp = cur ? cur->m : nullptr;
  P *pp = mp ? mp->p : nullptr;
  if (cur && !cur->isSystem)
    checkStack(cur, uintptr_t(__builtin_frame_address(0)));
  G *newg = stackSize ? nullptr : pp ? gfget(pp) : gfgetGlobal();
  if (!newg) {
    newg = new (gc::allocPersistent(sizeof(G))) G();
    if (stackSize)
      stackallocLarge(newg, stackSize);
    else
      stackalloc(newg);
    newg->atomicstatus.store(Gdead);
    allgadd(newg);
  }
  newg->startfn = fn;
  newg->schedlink = nullptr;
  gostartcall(newg);
  newg->goid = int64_t(sched.goidgen.fetch_add(1) + 1);
  nlive.fetch_add(1);
  casgstatus(newg, Gdead, Grunnable);
  if (!queue)
    return newg;
  if (pp) {
    runqput(pp, newg, true);
  } else {
    lock(&sched.lock);
    globrunqput(newg);
    unlock(&sched.lock);
  }
  wakep();
  return newg;
}

void gopark(bool (*unlockf)(G *, void *), void *lk, uint8_t reason) {
  G *gp = getg();
  M *mp = gp->m;
  if (!mp || gp->isSystem)
    fatal("gopark: not on a goroutine");
  if (sched.stwOwner.load(std::memory_order_relaxed) == gp)
    fatal("gopark: while the world is stopped");
  mp->waitunlockf = unlockf;
  mp->waitlock = lk;
  gp->waitreason = reason;
  mcall(park_m);
}

static bool parkunlock(G *, void *l) {
  unlock(static_cast<Mutex *>(l));
  return true;
}

void goparkunlock(Mutex *l, uint8_t reason) { gopark(parkunlock, l, reason); }

void goready(G *gp) {
  casgstatus(gp, Gwaiting, Grunnable);
  G *cur = getg();
  P *pp = cur && cur->m ? cur->m->p : nullptr;
  if (pp) {
    runqput(pp, gp, true);
  } else {
    lock(&sched.lock);
    globrunqput(gp);
    unlock(&sched.lock);
  }
  wakep();
}

void injectglist(G *list) {
  int32_t n;
  lock(&sched.lock);
  injectglistLocked(list, &n);
  unlock(&sched.lock);
  for (; n > 0 && sched.npidle.load() > 0; n--)
    startm(nullptr, false);
}

void gosched() {
  // The stopper keeps running until startTheWorld (a stale preemption
  // request from before the stop must not make it yield its P).
  if (sched.stwOwner.load(std::memory_order_relaxed) == getg())
    return;
  mcall(gosched_m);
}

void goexit1() {
  mcall(goexit0);
  __builtin_unreachable();
}

void goexitFinal(G *gp) {
  if (gp == sched.maingp)
    sched.mainGoexit.store(true);
  goexit1();
}

int32_t gcount() { return nlive.load(); }

void entersyscall() {
  G *gp = getg();
  if (!gp || gp->isSystem || !gp->m || !gp->m->p)
    return;
  // The stopper keeps its P (Pgcstop) through a system call: nobody may
  // take it while the world is stopped.
  if (sched.stwOwner.load(std::memory_order_relaxed) == gp)
    return;
  M *mp = gp->m;
  P *pp = mp->p;
  mp->syscalltick = pp->syscalltick.load();
  casgstatus(gp, Grunning, Gsyscall);
  pp->m = nullptr;
  mp->oldp = pp;
  mp->p = nullptr;
  pp->status.store(Psyscall, std::memory_order_release);
  if (sched.gcwaiting.load()) {
    uint32_t s = Psyscall;
    lock(&sched.lock);
    if (sched.stopwait > 0 && pp->status.compare_exchange_strong(s, Pgcstop)) {
      pp->syscalltick.fetch_add(1);
      if (--sched.stopwait == 0)
        notewakeup(&sched.stopnote);
    }
    unlock(&sched.lock);
  }
}

void exitsyscall() {
  G *gp = getg();
  if (!gp || gp->isSystem || readgstatus(gp) != Gsyscall)
    return;
  M *mp = gp->m;
  P *oldp = mp->oldp;
  mp->oldp = nullptr;
  uint32_t s = Psyscall;
  if (oldp && oldp->status.compare_exchange_strong(s, Prunning)) {
    // Fast path: our P is still ours.
    mp->p = oldp;
    oldp->m = mp;
    oldp->syscalltick.fetch_add(1);
    casgstatus(gp, Gsyscall, Grunning);
    return;
  }
  if (!sched.gcwaiting.load() && sched.npidle.load() > 0) {
    lock(&sched.lock);
    P *pp = pidleget();
    unlock(&sched.lock);
    if (pp) {
      acquirep(mp, pp);
      casgstatus(gp, Gsyscall, Grunning);
      return;
    }
  }
  mcall(exitsyscall0);
}

namespace {
int32_t newprocs; // GOMAXPROCS to apply at the next startTheWorld (0: keep)
} // namespace

void stopTheWorld(const char *reason, size_t reasonLen) {
  schedinit();
  G *gp = getg();
  bool onG = gp && !gp->isSystem && gp->m;
  if (onG) {
    if (sched.stwOwner.load() == gp)
      fatal("stopTheWorld: world already stopped by this goroutine");
    // A second stopper parks here; its P stops like any other.
    semacquire(&sched.worldsema, false, waitReasonStopTheWorld);
    gp = getg(); // may have moved to another M
  } else {
    auto *ws = reinterpret_cast<std::atomic<uint32_t> *>(&sched.worldsema);
    for (uint32_t one = 1; !ws->compare_exchange_weak(one, 0); one = 1)
      osyield();
  }
  int64_t t0 = nanotime();
  M *mp = onG ? gp->m : nullptr;
  if (onG) {
    sched.stwOwner.store(gp);
    gp->preempt = false;
  }
  sched.stwReason = reason;
  sched.stwReasonLen = reason && reasonLen == size_t(-1) ? strlen(reason) : reasonLen;
  stopTheWorldWithSema(mp);
  int64_t d = nanotime() - t0;
  stwStartNs = t0;
  uint64_t mx = sched.stwMaxStopNs.load();
  while (uint64_t(d) > mx && !sched.stwMaxStopNs.compare_exchange_weak(mx, uint64_t(d))) {
  }
}

void startTheWorld() {
  G *gp = getg();
  bool onG = gp && !gp->isSystem && gp->m;
  if (onG && sched.stwOwner.load() != gp)
    fatal("startTheWorld: world not stopped by this goroutine");
  M *mp = onG ? gp->m : nullptr;
  int32_t n = newprocs ? newprocs : gomaxprocs.load();
  newprocs = 0;
  startTheWorldWithSema(mp, n);
  sched.stwPauseNs.fetch_add(uint64_t(nanotime() - stwStartNs));
  sched.stwCount.fetch_add(1);
  sched.stwReason = nullptr;
  sched.stwReasonLen = 0;
  if (onG) {
    sched.stwOwner.store(nullptr);
    semrelease(&sched.worldsema, false);
  } else {
    reinterpret_cast<std::atomic<uint32_t> *>(&sched.worldsema)->store(1);
  }
}

StwStats stwStats() {
  return {sched.stwCount.load(), sched.stwPauseNs.load(), sched.stwMaxStopNs.load()};
}

int32_t setGOMAXPROCS(int32_t n) {
  schedinit();
  int32_t old = gomaxprocs.load();
  if (n <= 0 || n == old)
    return old;
  if (n > 1024)
    n = 1024;
  stopTheWorld("GOMAXPROCS");
  old = gomaxprocs.load(); // another stopper may have changed it
  newprocs = n;
  startTheWorld();
  return old;
}

} // namespace golite::rt

using namespace golite;
using namespace golite::rt;

extern "C" {

[[noreturn]] void golite_gostart_c() {
  G *gp = getg();
  abi::Closure *fn = gp->startfn;
  reinterpret_cast<void (*)(void *)>(fn->fn)(fn);
  goexit1();
}

void rt_newproc(void *fn) {
  if (fn == nullptr) fatal("go of nil func value"); // `go f()`, f == nil
  newproc1(static_cast<abi::Closure *>(fn));
  // A yield point: a goroutine spawning in a loop lets the new ones run
  // once sysmon flags it (as Go's asynchronous preemption would).
  preemptCheck();
}

void rt_block() {
  gopark(nullptr, nullptr, waitReasonSelectNoCases);
  fatal("unreachable");
}

void rt_entersyscall() { entersyscall(); }
void rt_exitsyscall() { exitsyscall(); }

// Package runtime's functions without bodies (Go functions: a leading
// closure context).
void runtime_Gosched(void *) __asm__("runtime.Gosched");
int64_t runtime_GOMAXPROCS(void *, int64_t) __asm__("runtime.GOMAXPROCS");
int64_t runtime_NumGoroutine(void *) __asm__("runtime.NumGoroutine");
int64_t runtime_NumCPU(void *) __asm__("runtime.NumCPU");
[[noreturn]] void runtime_Goexit(void *) __asm__("runtime.Goexit");
void runtime_stopTheWorld(void *, abi::GoString reason) __asm__("runtime.stopTheWorld");
void runtime_startTheWorld(void *) __asm__("runtime.startTheWorld");

// lib/runtime's stopTheWorld(reason string) / startTheWorld() (ReadMemStats).
void runtime_stopTheWorld(void *, abi::GoString reason) {
  stopTheWorld(reinterpret_cast<const char *>(reason.data), size_t(reason.len));
}
void runtime_startTheWorld(void *) { startTheWorld(); }

void runtime_Gosched(void *) { gosched(); }
int64_t runtime_GOMAXPROCS(void *, int64_t n) {
  return setGOMAXPROCS(int32_t(n > 1024 ? 1024 : n < 0 ? 0 : n));
}
int64_t runtime_NumGoroutine(void *) { return gcount(); }
int64_t runtime_NumCPU(void *) {
  schedinit();
  return ncpu;
}
void runtime_Goexit(void *) { goexitRunDefersAndExit(getg()); }

} // extern "C"

namespace golite::rt {
void preemptCheck() {
  G *gp = getg();
  if (gp && !gp->isSystem && gp->preempt && gp->m && gp->m->p) {
    gp->preempt = false;
    gosched();
  }
}
} // namespace golite::rt
