//===- runtime/time.cpp - Timers and sleep --------------------------------===//
//
// This file implements timers, after Go's runtime/time.go: every P owns a
// 4-ary min-heap of abi::RuntimeTimer ordered by `when`, under its own
// lock. There is no timer thread: the scheduler runs a P's expired timers
// in findRunnable (checkTimers), idle Ms steal other Ps' expired timers,
// and the last M to go idle blocks in the netpoller (epoll_wait) with a
// timeout equal to the earliest timer of any P. Adding a timer earlier
// than the poller's deadline interrupts it (netpollBreak).
//
// A timer lives in at most one heap; t->pp names it (for stop/reset from
// any thread). Callbacks run with no lock held, on the stack of whoever
// runs the timers (a g0, or a goroutine when stealing... always g0 here:
// checkTimers is only called from the scheduler), so they must not block.
//
// The hooks package time will need (lib/time, declared there without
// bodies, Go functions with a leading closure context):
//   time.Sleep(d int64)
//   time.startTimer(t *runtimeTimer)           t.when/period/f/arg/seq set
//   time.stopTimer(t *runtimeTimer) bool       true if it was pending
//   time.resetTimer(t *runtimeTimer, when int64) bool
//   time.modTimer(t *runtimeTimer, when, period int64)  (f/arg/seq in t)
//   time.runtimeNano() int64                   monotonic clock
//   time.runtime_walltime() int64              Unix nanoseconds
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"

#include <ctime>

namespace golite::rt {

using abi::RuntimeTimer;

namespace {

constexpr int64_t maxWhen = INT64_MAX;

const abi::TypeDesc timerType = {sizeof(RuntimeTimer), sizeof(RuntimeTimer), 0, 0, 8, 8,
                                 abi::KindStruct, nullptr, "runtime.timer", "runtime",
                                 nullptr, nullptr, 0, nullptr, 0, nullptr, 0};

void siftup(P *pp, int i) {
  RuntimeTimer **t = pp->timers;
  RuntimeTimer *tmp = t[i];
  int64_t when = tmp->when;
  while (i > 0) {
    int p = (i - 1) / 4;
    if (when >= t[p]->when)
      break;
    t[i] = t[p];
    t[i]->index = i;
    i = p;
  }
  t[i] = tmp;
  tmp->index = i;
}

void siftdown(P *pp, int i) {
  RuntimeTimer **t = pp->timers;
  int n = pp->ntimers;
  RuntimeTimer *tmp = t[i];
  int64_t when = tmp->when;
  for (;;) {
    int c = i * 4 + 1;
    if (c >= n)
      break;
    int best = c;
    for (int k = c + 1; k < c + 4 && k < n; k++)
      if (t[k]->when < t[best]->when)
        best = k;
    if (t[best]->when >= when)
      break;
    t[i] = t[best];
    t[i]->index = i;
    i = best;
  }
  t[i] = tmp;
  tmp->index = i;
}

void updateTimer0When(P *pp) {
  pp->timer0When.store(pp->ntimers ? pp->timers[0]->when : 0, std::memory_order_release);
}

/// pp->timersLock held.
void doaddtimer(P *pp, RuntimeTimer *t) {
  if (pp->ntimers == pp->timersCap) {
    int ncap = pp->timersCap ? pp->timersCap * 2 : 16;
    auto **nt = static_cast<RuntimeTimer **>(gc::allocPersistent(sizeof(void *) * size_t(ncap)));
    for (int i = 0; i < pp->ntimers; i++)
      nt[i] = pp->timers[i];
    if (pp->timers)
      gc::freePersistent(pp->timers);
    pp->timers = nt;
    pp->timersCap = ncap;
  }
  t->pp = uintptr_t(pp);
  t->status = 1;
  int i = pp->ntimers++;
  pp->timers[i] = t;
  t->index = i;
  siftup(pp, i);
  updateTimer0When(pp);
}

/// pp->timersLock held; t is in pp's heap.
void dodeltimer(P *pp, RuntimeTimer *t) {
  int i = t->index;
  int last = --pp->ntimers;
  if (i != last) {
    pp->timers[i] = pp->timers[last];
    pp->timers[i]->index = i;
  }
  pp->timers[last] = nullptr;
  if (i != last) {
    RuntimeTimer *moved = pp->timers[i];
    siftup(pp, i);
    siftdown(pp, moved->index);
  }
  t->pp = 0;
  t->status = 0;
  t->index = -1;
  updateTimer0When(pp);
}

P *currentP() {
  G *gp = getg();
  if (gp && gp->m && gp->m->p)
    return gp->m->p;
  return allp[0];
}

void wakeNetPoller(int64_t when) {
  if (sched.lastpoll.load() == 0) {
    int64_t pu = sched.pollUntil.load();
    if (pu == 0 || pu > when)
      netpollBreak();
  } else {
    wakep();
  }
}

} // namespace

void addtimer(RuntimeTimer *t) {
  schedinit();
  if (t->when < 0)
    t->when = maxWhen;
  if (t->status != 0)
    fatal("addtimer called with initialized timer");
  P *pp = currentP();
  lock(&pp->timersLock);
  doaddtimer(pp, t);
  unlock(&pp->timersLock);
  wakeNetPoller(t->when);
}

bool deltimer(RuntimeTimer *t) {
  for (;;) {
    auto *pp = reinterpret_cast<P *>(__atomic_load_n(&t->pp, __ATOMIC_ACQUIRE));
    if (!pp)
      return false;
    lock(&pp->timersLock);
    if (t->pp != uintptr_t(pp)) {
      unlock(&pp->timersLock);
      continue;
    }
    dodeltimer(pp, t);
    unlock(&pp->timersLock);
    return true;
  }
}

bool modtimer(RuntimeTimer *t, int64_t when, int64_t period) {
  bool pending = deltimer(t);
  t->when = when;
  t->period = period;
  addtimer(t);
  return pending;
}

int64_t checkTimers(P *pp, int64_t now, bool *ran) {
  int64_t next = pp->timer0When.load(std::memory_order_acquire);
  if (next == 0 || next > now)
    return next;
  lock(&pp->timersLock);
  while (pp->ntimers > 0) {
    RuntimeTimer *t = pp->timers[0];
    if (t->when > now)
      break;
    abi::Closure *f = t->f;
    abi::Eface arg = t->arg;
    uintptr_t seq = t->seq;
    if (t->period > 0) {
      // Leave it in the heap for the next period.
      int64_t delta = t->when - now;
      t->when += t->period * (1 + -delta / t->period);
      if (t->when < 0)
        t->when = maxWhen;
      siftdown(pp, 0);
      updateTimer0When(pp);
    } else {
      dodeltimer(pp, t);
    }
    unlock(&pp->timersLock);
    reinterpret_cast<void (*)(void *, const abi::TypeDesc *, void *, uintptr_t)>(f->fn)(
        f, arg.type, arg.data, seq);
    *ran = true;
    lock(&pp->timersLock);
  }
  unlock(&pp->timersLock);
  return pp->timer0When.load();
}

void moveTimers(P *from, P *to) {
  lock(&from->timersLock);
  lock(&to->timersLock);
  while (from->ntimers > 0) {
    RuntimeTimer *t = from->timers[from->ntimers - 1];
    dodeltimer(from, t);
    doaddtimer(to, t);
  }
  unlock(&to->timersLock);
  unlock(&from->timersLock);
}

namespace {

void goroutineReadyFn(void *, const abi::TypeDesc *, void *data, uintptr_t) {
  goready(static_cast<G *>(data));
}
abi::Closure goroutineReadyClosure{reinterpret_cast<void *>(&goroutineReadyFn)};

bool resetForSleep(G *gp, void *) {
  addtimer(gp->timer);
  return true;
}

} // namespace

void timeSleep(int64_t ns) {
  if (ns <= 0)
    return;
  G *gp = getg();
  RuntimeTimer *t = gp->timer;
  if (!t) {
    t = static_cast<RuntimeTimer *>(gc::alloc(sizeof(RuntimeTimer), &timerType));
    t->f = &goroutineReadyClosure;
    t->arg = abi::Eface{nullptr, gp};
    gp->timer = t;
  }
  int64_t when = nanotime() + ns;
  if (when < 0)
    when = maxWhen;
  t->when = when;
  t->period = 0;
  // The timer is added only once gp is off its stack (resetForSleep runs
  // on g0), so it can never fire for a G that is still running.
  gopark(resetForSleep, nullptr, waitReasonSleep);
}

} // namespace golite::rt

using namespace golite;
using namespace golite::rt;

extern "C" {

void time_Sleep(void *, int64_t) __asm__("time.Sleep");
void time_startTimer(void *, void *) __asm__("time.startTimer");
bool time_stopTimer(void *, void *) __asm__("time.stopTimer");
bool time_resetTimer(void *, void *, int64_t) __asm__("time.resetTimer");
void time_modTimer(void *, void *, int64_t, int64_t) __asm__("time.modTimer");
int64_t time_runtimeNano(void *) __asm__("time.runtimeNano");
int64_t time_runtime_walltime(void *) __asm__("time.runtime_walltime");

void time_Sleep(void *, int64_t ns) { timeSleep(ns); }
void time_startTimer(void *, void *t) { addtimer(static_cast<RuntimeTimer *>(t)); }
bool time_stopTimer(void *, void *t) { return deltimer(static_cast<RuntimeTimer *>(t)); }
bool time_resetTimer(void *, void *t, int64_t when) {
  auto *rt = static_cast<RuntimeTimer *>(t);
  return modtimer(rt, when, rt->period);
}
void time_modTimer(void *, void *t, int64_t when, int64_t period) {
  modtimer(static_cast<RuntimeTimer *>(t), when, period);
}
int64_t time_runtimeNano(void *) { return nanotime(); }
int64_t time_runtime_walltime(void *) {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // extern "C"
