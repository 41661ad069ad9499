//===- runtime/lock_futex.cpp - Futex locks and notes ---------------------===//
//
// This file implements the runtime's thread-level synchronization on Linux
// futexes, after Go's lock_futex.go:
//   - Mutex: 0 unlocked, 1 locked, 2 locked with possible sleepers. lock
//     spins a little (active spinning with pause, then sched_yield), then
//     sleeps in FUTEX_WAIT on the value 2.
//   - Note: a one-shot event for parking an M (idle Ms, stop-the-world,
//     sysmon): notesleep waits on key == 0, notewakeup sets 1 and wakes.
//   - nanotime (CLOCK_MONOTONIC), osyield, usleep.
//
// Invariants: these block the OS thread, never the goroutine; they never
// allocate and are usable on any stack, including signal handlers (except
// lock, which may sleep).
//
//===----------------------------------------------------------------------===//

#include "runtime/sched.h"

#include <climits>
#include <ctime>
#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace golite::rt {

void futexsleep(std::atomic<uint32_t> *addr, uint32_t val, int64_t ns) {
  timespec ts, *tsp = nullptr;
  if (ns >= 0) {
    ts.tv_sec = ns / 1000000000;
    ts.tv_nsec = ns % 1000000000;
    tsp = &ts;
  }
  syscall(SYS_futex, reinterpret_cast<uint32_t *>(addr), FUTEX_WAIT_PRIVATE, val, tsp,
          nullptr, 0);
}

void futexwakeup(std::atomic<uint32_t> *addr, uint32_t cnt) {
  syscall(SYS_futex, reinterpret_cast<uint32_t *>(addr), FUTEX_WAKE_PRIVATE, cnt, nullptr,
          nullptr, 0);
}

static inline void procyield(int n) {
  for (int i = 0; i < n; i++) {
#if defined(__x86_64__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
  }
}

void lock(Mutex *l) {
  uint32_t v = 0;
  if (l->key.compare_exchange_strong(v, 1, std::memory_order_acquire))
    return;
  // v is 1 or 2. Once we sleep we must leave 2 behind so unlock wakes
  // the other sleepers too.
  uint32_t wait = v;
  for (;;) {
    for (int i = 0; i < 4; i++) {
      while (l->key.load(std::memory_order_relaxed) == 0) {
        uint32_t z = 0;
        if (l->key.compare_exchange_weak(z, wait, std::memory_order_acquire))
          return;
      }
      procyield(30);
    }
    for (int i = 0; i < 1; i++) {
      while (l->key.load(std::memory_order_relaxed) == 0) {
        uint32_t z = 0;
        if (l->key.compare_exchange_weak(z, wait, std::memory_order_acquire))
          return;
      }
      osyield();
    }
    v = l->key.exchange(2, std::memory_order_acquire);
    if (v == 0)
      return;
    wait = 2;
    futexsleep(&l->key, 2, -1);
  }
}

void unlock(Mutex *l) {
  uint32_t v = l->key.exchange(0, std::memory_order_release);
  if (v == 2)
    futexwakeup(&l->key, 1);
}

void noteclear(Note *n) { n->key.store(0, std::memory_order_relaxed); }

void notewakeup(Note *n) {
  uint32_t old = n->key.exchange(1, std::memory_order_release);
  if (old != 0)
    return; // already woken
  futexwakeup(&n->key, 1);
}

void notesleep(Note *n) {
  while (n->key.load(std::memory_order_acquire) == 0)
    futexsleep(&n->key, 0, -1);
}

bool notetsleep(Note *n, int64_t ns) {
  if (ns < 0) {
    notesleep(n);
    return true;
  }
  int64_t deadline = nanotime() + ns;
  while (n->key.load(std::memory_order_acquire) == 0) {
    int64_t left = deadline - nanotime();
    if (left <= 0)
      return n->key.load(std::memory_order_acquire) != 0;
    futexsleep(&n->key, 0, left);
  }
  return true;
}

int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void osyield() { sched_yield(); }

void usleep(uint32_t us) {
  timespec ts{time_t(us / 1000000), long(us % 1000000) * 1000};
  nanosleep(&ts, nullptr);
}

} // namespace golite::rt
