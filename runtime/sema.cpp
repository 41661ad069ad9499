//===- runtime/sema.cpp - Semaphores for package sync ---------------------===//
//
// This file implements the goroutine semaphores and notify lists that
// lib/sync is built on, after Go's runtime/sema.go:
//
//   semacquire(addr): wait until *addr > 0, then decrement it.
//   semrelease(addr): increment *addr and wake one waiter (with handoff,
//                     the woken waiter gets the count directly: sync.Mutex's
//                     starvation mode relies on it).
//
// Waiters hash by address into 251 buckets (Go's semTabSize), each with a
// lock and a FIFO list (LIFO insertion on request: a Mutex waiter that was
// woken and lost the race goes to the front). Waiter records live on the
// waiting goroutine's stack. The fast paths are a CAS on *addr and an
// atomic count of waiters per bucket, so an uncontended release takes no
// lock.
//
// Notify lists (sync.Cond) use tickets: Wait takes a ticket (notifyListAdd)
// before unlocking the user's mutex, then sleeps until the ticket has been
// notified, so a Signal between the two is never lost.
//
// Go functions (a leading closure context) that lib/sync declares without
// bodies:
//   sync.runtime_Semacquire(addr *uint32)
//   sync.runtime_SemacquireMutex(addr *uint32, lifo bool, skipframes int)
//   sync.runtime_Semrelease(addr *uint32, handoff bool, skipframes int)
//   sync.runtime_canSpin(i int) bool
//   sync.runtime_doSpin()
//   sync.runtime_nanotime() int64
//   sync.runtime_notifyListAdd(l *notifyList) uint32
//   sync.runtime_notifyListWait(l *notifyList, t uint32)
//   sync.runtime_notifyListNotifyAll(l *notifyList)
//   sync.runtime_notifyListNotifyOne(l *notifyList)
//   sync.runtime_notifyListCheck(size uintptr)
// where notifyList is {wait uint32; notify uint32; lock uintptr; head,
// tail unsafe.Pointer} (Go's layout; the lock word holds a runtime Mutex).
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"
#include "runtime/sched.h"

namespace golite::rt {

namespace {

struct SemaWaiter {
  G *g;
  uint32_t *addr;
  SemaWaiter *next;
  uint32_t ticket; // notify lists: the ticket; semaphores: 1 = handed off
  bool woken;
};

struct SemaRoot {
  Mutex lock;
  SemaWaiter *head = nullptr, *tail = nullptr;
  std::atomic<uint32_t> nwait{0};
};

constexpr size_t semTabSize = 251;
SemaRoot semtable[semTabSize];

SemaRoot *semroot(uint32_t *addr) { return &semtable[(uintptr_t(addr) >> 3) % semTabSize]; }

bool cansemacquire(uint32_t *addr) {
  auto *a = reinterpret_cast<std::atomic<uint32_t> *>(addr);
  uint32_t v = a->load();
  for (;;) {
    if (v == 0)
      return false;
    if (a->compare_exchange_weak(v, v - 1))
      return true;
  }
}

} // namespace

void semacquire(uint32_t *addr, bool lifo, uint8_t reason) {
  if (cansemacquire(addr))
    return;
  SemaRoot *root = semroot(addr);
  SemaWaiter w{getg(), addr, nullptr, 0, false};
  for (;;) {
    lock(&root->lock);
    root->nwait.fetch_add(1);
    if (cansemacquire(addr)) {
      root->nwait.fetch_sub(1);
      unlock(&root->lock);
      return;
    }
    w.g = getg();
    w.ticket = 0;
    w.next = nullptr;
    if (lifo) {
      w.next = root->head;
      root->head = &w;
      if (!root->tail)
        root->tail = &w;
    } else {
      if (root->tail)
        root->tail->next = &w;
      else
        root->head = &w;
      root->tail = &w;
    }
    goparkunlock(&root->lock, reason);
    if (w.ticket != 0 || cansemacquire(addr))
      return;
  }
}

void semrelease(uint32_t *addr, bool handoff) {
  SemaRoot *root = semroot(addr);
  reinterpret_cast<std::atomic<uint32_t> *>(addr)->fetch_add(1);
  if (root->nwait.load() == 0)
    return;
  lock(&root->lock);
  if (root->nwait.load() == 0) {
    unlock(&root->lock);
    return;
  }
  SemaWaiter *prev = nullptr, *w = root->head;
  while (w && w->addr != addr)
    prev = w, w = w->next;
  if (w) {
    if (prev)
      prev->next = w->next;
    else
      root->head = w->next;
    if (root->tail == w)
      root->tail = prev;
    root->nwait.fetch_sub(1);
  }
  unlock(&root->lock);
  if (w) {
    if (handoff && cansemacquire(addr))
      w->ticket = 1;
    G *gp = w->g; // w dies as soon as gp runs: not read after goready
    goready(gp);
  }
}

//===----------------------------------------------------------------------===//
// Notify lists.
//===----------------------------------------------------------------------===//

namespace {

struct NotifyList {
  std::atomic<uint32_t> wait;
  uint32_t notify;
  Mutex lock;
  uint32_t pad;
  SemaWaiter *head;
  SemaWaiter *tail;
};
static_assert(sizeof(NotifyList) == 32);

inline bool lessTicket(uint32_t a, uint32_t b) { return int32_t(a - b) < 0; }

} // namespace

} // namespace golite::rt

using namespace golite;
using namespace golite::rt;

extern "C" {

void sync_runtime_Semacquire(void *, uint32_t *) __asm__("sync.runtime_Semacquire");
void sync_runtime_SemacquireMutex(void *, uint32_t *, bool, int64_t) __asm__(
    "sync.runtime_SemacquireMutex");
void sync_runtime_Semrelease(void *, uint32_t *, bool, int64_t) __asm__("sync.runtime_Semrelease");
bool sync_runtime_canSpin(void *, int64_t) __asm__("sync.runtime_canSpin");
void sync_runtime_doSpin(void *) __asm__("sync.runtime_doSpin");
int64_t sync_runtime_nanotime(void *) __asm__("sync.runtime_nanotime");
uint32_t sync_runtime_notifyListAdd(void *, void *) __asm__("sync.runtime_notifyListAdd");
void sync_runtime_notifyListWait(void *, void *, uint32_t) __asm__("sync.runtime_notifyListWait");
void sync_runtime_notifyListNotifyAll(void *, void *) __asm__("sync.runtime_notifyListNotifyAll");
void sync_runtime_notifyListNotifyOne(void *, void *) __asm__("sync.runtime_notifyListNotifyOne");
void sync_runtime_notifyListCheck(void *, uintptr_t) __asm__("sync.runtime_notifyListCheck");

void sync_runtime_Semacquire(void *, uint32_t *addr) {
  semacquire(addr, false, waitReasonSemacquire);
}
// Go 1.19 reports a goroutine blocked in sync.Mutex as [semacquire].
void sync_runtime_SemacquireMutex(void *, uint32_t *addr, bool lifo, int64_t) {
  semacquire(addr, lifo, waitReasonSemacquire);
}
void sync_runtime_Semrelease(void *, uint32_t *addr, bool handoff, int64_t) {
  semrelease(addr, handoff);
}

// Go's rules for active spinning in sync.Mutex: a few iterations, only on
// a multicore machine with GOMAXPROCS > 1 and another running P, and only
// if the local run queue is empty.
bool sync_runtime_canSpin(void *, int64_t i) {
  if (i >= 4 || ncpu <= 1 || gomaxprocs.load() <= sched.npidle.load() + sched.nmspinning.load() + 1)
    return false;
  G *gp = getg();
  if (gp->m && gp->m->p && !runqempty(gp->m->p))
    return false;
  return true;
}

void sync_runtime_doSpin(void *) {
  for (int i = 0; i < 30; i++) {
#if defined(__x86_64__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
  }
}

int64_t sync_runtime_nanotime(void *) { return nanotime(); }

uint32_t sync_runtime_notifyListAdd(void *, void *l) {
  return static_cast<NotifyList *>(l)->wait.fetch_add(1);
}

void sync_runtime_notifyListWait(void *, void *lp, uint32_t t) {
  auto *l = static_cast<NotifyList *>(lp);
  lock(&l->lock);
  if (lessTicket(t, l->notify)) {
    unlock(&l->lock);
    return;
  }
  SemaWaiter w{getg(), nullptr, nullptr, t, false};
  if (l->tail)
    l->tail->next = &w;
  else
    l->head = &w;
  l->tail = &w;
  goparkunlock(&l->lock, waitReasonSyncCondWait);
}

void sync_runtime_notifyListNotifyAll(void *, void *lp) {
  auto *l = static_cast<NotifyList *>(lp);
  if (l->wait.load() == __atomic_load_n(&l->notify, __ATOMIC_ACQUIRE))
    return;
  lock(&l->lock);
  SemaWaiter *s = l->head;
  l->head = l->tail = nullptr;
  __atomic_store_n(&l->notify, l->wait.load(), __ATOMIC_RELEASE);
  unlock(&l->lock);
  while (s) {
    SemaWaiter *next = s->next;
    s->next = nullptr;
    goready(s->g);
    s = next;
  }
}

void sync_runtime_notifyListNotifyOne(void *, void *lp) {
  auto *l = static_cast<NotifyList *>(lp);
  if (l->wait.load() == __atomic_load_n(&l->notify, __ATOMIC_ACQUIRE))
    return;
  lock(&l->lock);
  uint32_t t = l->notify;
  if (t == l->wait.load()) {
    unlock(&l->lock);
    return;
  }
  __atomic_store_n(&l->notify, t + 1, __ATOMIC_RELEASE);
  SemaWaiter *prev = nullptr;
  for (SemaWaiter *s = l->head; s; prev = s, s = s->next) {
    if (s->ticket == t) {
      if (prev)
        prev->next = s->next;
      else
        l->head = s->next;
      if (l->tail == s)
        l->tail = prev;
      unlock(&l->lock);
      s->next = nullptr;
      goready(s->g);
      return;
    }
  }
  unlock(&l->lock);
}

void sync_runtime_notifyListCheck(void *, uintptr_t size) {
  if (size != sizeof(NotifyList))
    fatal("runtime: bad notifyList size");
}

} // extern "C"
