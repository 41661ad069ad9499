//===- test/unit/sched_stw.cpp - Stop-the-world under load ---------------===//
//
// Tests of stopTheWorld/startTheWorld (proc.cpp): while one goroutine
// stops and restarts the world over and over, others spin in loops with
// back-edge polls (the check compiled loops do: load g->stackguard0, call
// runtime.preemptpoll when it is golite::abi::StackPreempt), spin in call-heavy
// loops whose callee checks the guard as a prologue would, play channel
// ping-pong, sleep on timers and block in system calls. During each stop
// no counter may move; at the end every sum must be exact. GOMAXPROCS 1,
// 2 and 8; GOMAXPROCS changes under the same load; two stoppers at once.
//
//===----------------------------------------------------------------------===//

#include "sched_testing.h"

#include <time.h>

#include <algorithm>
#include <thread>
#include <vector>

using namespace golite;
using namespace golite::rt;
using namespace golite::test;

namespace {

/// The back-edge poll of a compiled loop.
inline void poll(G *gp) {
  if (__atomic_load_n(&gp->stackguard0, __ATOMIC_RELAXED) == golite::abi::StackPreempt)
    rt_preemptpoll();
}

/// A callee with the prologue's check (a poisoned guard fails the compare
/// `sp - frame >= guard` like any guard above sp; the slow path yields).
[[gnu::noinline]] uint64_t step(uint64_t x) {
  G *gp = getg();
  uintptr_t guard = __atomic_load_n(&gp->stackguard0, __ATOMIC_RELAXED);
  if (uintptr_t(__builtin_frame_address(0)) < guard)
    rt_preemptpoll();
  return x * 3 + 1;
}

inline void busyWaitNs(int64_t ns) {
  int64_t end = nanotime() + ns;
  while (nanotime() < end) {
  }
}

struct Load {
  static constexpr int kSpin = 3, kCall = 3, kPairs = 2, kSleepers = 2, kSyscall = 2;
  static constexpr int kCounters = kSpin + kCall + 2 * kPairs + kSleepers + kSyscall;
  static constexpr int64_t kPingPongN = 5000;
  std::atomic<int64_t> counter[kCounters];
  std::atomic<bool> done{false};
  int64_t spinTotals[kSpin + kCall] = {};
  int64_t pingSum[kPairs] = {};
  void *finished = nullptr; // one value per worker when it ends
  int workers = 0;

  Load() {
    for (auto &c : counter)
      c.store(0);
  }

  void snapshot(int64_t *out) const {
    for (int i = 0; i < kCounters; i++)
      out[i] = counter[i].load(std::memory_order_relaxed);
  }

  /// Starts every worker goroutine.
  void start() {
    finished = makeChan(64);
    int c = 0;
    for (int i = 0; i < kSpin; i++, c++, workers++)
      go([this, c] {
        G *gp = getg();
        int64_t n = 0;
        while (!done.load(std::memory_order_relaxed)) {
          n++;
          counter[c].store(n, std::memory_order_relaxed);
          poll(gp);
        }
        spinTotals[c] = n;
        send(finished, 1);
      });
    for (int i = 0; i < kCall; i++, c++, workers++)
      go([this, c] {
        int64_t n = 0;
        uint64_t x = 0;
        while (!done.load(std::memory_order_relaxed)) {
          for (int k = 0; k < 16; k++)
            x = step(x);
          n++;
          counter[c].store(n, std::memory_order_relaxed);
        }
        spinTotals[c] = n + (x == 42); // keep x alive; x is never 42 here
        send(finished, 1);
      });
    for (int i = 0; i < kPairs; i++, c += 2) {
      void *ping = makeChan(0), *pong = makeChan(0);
      int a = c, b = c + 1, pair = i;
      workers += 2;
      go([this, ping, pong, a] {
        for (int64_t v = 1; v <= kPingPongN; v++) {
          send(ping, v);
          recv(pong);
          counter[a].store(v, std::memory_order_relaxed);
        }
        send(ping, 0);
        send(finished, 1);
      });
      go([this, ping, pong, b, pair] {
        int64_t sum = 0, n = 0;
        for (;;) {
          int64_t v = recv(ping);
          if (v == 0)
            break;
          sum += v;
          counter[b].store(++n, std::memory_order_relaxed);
          send(pong, v);
        }
        pingSum[pair] = sum;
        send(finished, 1);
      });
    }
    for (int i = 0; i < kSleepers; i++, c++, workers++)
      go([this, c] {
        int64_t n = 0;
        while (!done.load(std::memory_order_relaxed)) {
          timeSleep(50000);
          counter[c].store(++n, std::memory_order_relaxed);
        }
        send(finished, 1);
      });
    for (int i = 0; i < kSyscall; i++, c++, workers++)
      go([this, c] {
        int64_t n = 0;
        while (!done.load(std::memory_order_relaxed)) {
          entersyscall();
          struct timespec ts = {0, 30000};
          nanosleep(&ts, nullptr);
          exitsyscall();
          counter[c].store(++n, std::memory_order_relaxed);
        }
        send(finished, 1);
      });
  }

  /// Waits for the ping-pong pairs, stops the other workers, joins all.
  void finish() {
    done.store(true);
    for (int i = 0; i < workers; i++)
      recv(finished);
  }

  void checkSums() {
    for (int i = 0; i < kSpin + kCall; i++) {
      EXPECT_GT(spinTotals[i], 0) << "spinner " << i;
      EXPECT_EQ(spinTotals[i], counter[i].load()) << "spinner " << i;
    }
    for (int i = 0; i < kPairs; i++) {
      EXPECT_EQ(pingSum[i], kPingPongN * (kPingPongN + 1) / 2) << "pair " << i;
      EXPECT_EQ(counter[kSpin + kCall + 2 * i].load(), kPingPongN);
      EXPECT_EQ(counter[kSpin + kCall + 2 * i + 1].load(), kPingPongN);
    }
    for (int i = kSpin + kCall + 2 * kPairs; i < kCounters; i++)
      EXPECT_GT(counter[i].load(), 0) << "sleeper/syscall " << i;
  }
};

/// Stops the world `rounds` times under Load at GOMAXPROCS procs; checks
/// that nothing moves while stopped. Returns the rounds in which something
/// moved (0 expected).
void stwUnderLoad(int32_t procs, int rounds) {
  Load load;
  int moved = 0;
  int64_t progressed = 0;
  StwStats before{}, after{};
  std::vector<int64_t> lat;
  runGo([&] {
    int32_t old = setGOMAXPROCS(procs);
    load.start();
    before = stwStats();
    int64_t a[Load::kCounters], b[Load::kCounters], prev[Load::kCounters];
    load.snapshot(prev);
    for (int r = 0; r < rounds; r++) {
      int64_t t0 = nanotime();
      stopTheWorld("test");
      lat.push_back(nanotime() - t0);
      EXPECT_EQ(sched.gcwaiting.load(), 1u);
      load.snapshot(a);
      busyWaitNs(200000); // 0.2 ms: the others would move a lot in this time
      load.snapshot(b);
      bool same = true;
      for (int i = 0; i < Load::kCounters; i++)
        same &= a[i] == b[i];
      // Every other P is stopped.
      int32_t running = 0;
      for (int32_t i = 0; i < gomaxprocs.load(); i++)
        running += allp[i]->status.load() != Pgcstop;
      startTheWorld();
      EXPECT_EQ(running, 0);
      if (!same)
        moved++;
      for (int i = 0; i < Load::kCounters; i++)
        progressed += a[i] != prev[i];
      load.snapshot(prev);
      timeSleep(300000); // let the world run
    }
    after = stwStats();
    load.finish();
    setGOMAXPROCS(old);
  });
  EXPECT_EQ(moved, 0);
  EXPECT_GT(progressed, 0);
  EXPECT_EQ(after.count - before.count, uint64_t(rounds));
  load.checkSums();
  std::sort(lat.begin(), lat.end());
  printf("[ info ] GOMAXPROCS=%d: %d stops; time to stop: median %.1f us, max %.1f us; "
         "mean pause (incl. 200 us held) %.1f us\n",
         procs, rounds, double(lat[lat.size() / 2]) / 1000.0, double(lat.back()) / 1000.0,
         double(after.pauseNs - before.pauseNs) / rounds / 1000.0);
}

// GOMAXPROCS 1 and 2 hung before sysmon took a P whose G goes from one
// system call to the next (retake's sysretake, proc.cpp): the two syscall
// workers here have no polls; holding every P, they stranded the stopper's
// sleep timer (issue 4; lit: run/goroutines/stw_syscall_loop.go).
TEST(SchedStw, NothingRunsWhileStoppedGomaxprocs1) { stwUnderLoad(1, 30); }
TEST(SchedStw, NothingRunsWhileStoppedGomaxprocs2) { stwUnderLoad(2, 30); }
TEST(SchedStw, NothingRunsWhileStoppedGomaxprocs8) { stwUnderLoad(8, 30); }

TEST(SchedStw, StopsASpinnerWithoutSysmon) {
  // A single spinner that never yields by itself at GOMAXPROCS=2: the stop
  // must preempt it through its guard well before sysmon's 10 ms would.
  int64_t worst = 0;
  runGo([&] {
    int32_t old = setGOMAXPROCS(2);
    std::atomic<bool> stop{false};
    std::atomic<int64_t> n{0};
    void *fin = makeChan(1);
    go([&] {
      G *gp = getg();
      while (!stop.load(std::memory_order_relaxed)) {
        n.fetch_add(1, std::memory_order_relaxed);
        poll(gp);
      }
      send(fin, 1);
    });
    while (n.load() == 0)
      timeSleep(100000);
    for (int r = 0; r < 50; r++) {
      int64_t t0 = nanotime();
      stopTheWorld("test");
      int64_t d = nanotime() - t0;
      int64_t x = n.load();
      busyWaitNs(100000);
      EXPECT_EQ(n.load(), x);
      startTheWorld();
      if (d > worst)
        worst = d;
      timeSleep(100000);
    }
    stop.store(true);
    recv(fin);
    setGOMAXPROCS(old);
  });
  // Generous: the machine is shared; a missed poison is retried every
  // 100 us, sysmon would take >= 10 ms.
  EXPECT_LT(worst, 500 * 1000000LL);
  printf("[ info ] longest stop of one spinner: %.1f us\n", double(worst) / 1000.0);
}

TEST(SchedStw, GomaxprocsChangesUnderLoad) {
  Load load;
  runGo([&] {
    int32_t old = setGOMAXPROCS(2);
    load.start();
    const int32_t seq[] = {1, 8, 3, 1, 2, 8, 4, 1, 6, 2};
    for (int r = 0; r < 30; r++) {
      int32_t prevN = gomaxprocs.load();
      int32_t n = seq[r % 10];
      EXPECT_EQ(setGOMAXPROCS(n), prevN);
      EXPECT_EQ(gomaxprocs.load(), n);
      timeSleep(500000);
    }
    load.finish();
    setGOMAXPROCS(old);
  });
  load.checkSums();
}

TEST(SchedStw, ConcurrentStoppersTakeTurns) {
  // Several goroutines stop the world at once: worldsema lets one at a
  // time hold it; the others park and their Ps stop with the rest.
  std::atomic<int32_t> inside{0};
  std::atomic<int32_t> overlap{0};
  std::atomic<int64_t> stops{0};
  Load load;
  runGo([&] {
    int32_t old = setGOMAXPROCS(4);
    load.start();
    void *fin = makeChan(8);
    constexpr int kStoppers = 4, kRounds = 40;
    for (int s = 0; s < kStoppers; s++)
      go([&, fin] {
        for (int r = 0; r < kRounds; r++) {
          stopTheWorld("test");
          if (inside.fetch_add(1) != 0)
            overlap++;
          busyWaitNs(20000);
          inside.fetch_sub(1);
          stops++;
          startTheWorld();
          if (r % 4 == 0)
            timeSleep(50000);
        }
        send(fin, 1);
      });
    for (int s = 0; s < kStoppers; s++)
      recv(fin);
    load.finish();
    setGOMAXPROCS(old);
  });
  EXPECT_EQ(overlap.load(), 0);
  EXPECT_EQ(stops.load(), 4 * 40);
  load.checkSums();
}

TEST(SchedStw, StopFromOutsideTheScheduler) {
  // A thread that is not an M (the test's own) stops the world while
  // goroutines spin: every P stops, including the one it does not hold.
  std::atomic<int64_t> n{0};
  std::atomic<bool> quit{false};
  std::atomic<bool> started{false};
  int moved = 0;
  std::thread stopper([&] {
    while (!started.load())
      rt::usleep(100);
    for (int r = 0; r < 30; r++) {
      stopTheWorld("test");
      int64_t x = n.load();
      busyWaitNs(100000);
      moved += n.load() != x;
      int32_t running = 0;
      for (int32_t i = 0; i < gomaxprocs.load(); i++)
        running += allp[i]->status.load() != Pgcstop;
      EXPECT_EQ(running, 0);
      startTheWorld();
      rt::usleep(300);
    }
    quit.store(true);
  });
  runGo([&] {
    int32_t old = setGOMAXPROCS(2);
    void *fin = makeChan(2);
    for (int k = 0; k < 2; k++)
      go([&, fin] {
        G *gp = getg();
        while (!quit.load(std::memory_order_relaxed)) {
          n.fetch_add(1, std::memory_order_relaxed);
          poll(gp);
        }
        send(fin, 1);
      });
    started.store(true);
    recv(fin);
    recv(fin);
    setGOMAXPROCS(old);
  });
  stopper.join();
  EXPECT_EQ(moved, 0);
  EXPECT_GT(n.load(), 0);
}

} // namespace
