//===- test/unit/sched_time.cpp - Timers, netpoll, syscalls, sysmon -------===//
//
// Timers fire in `when` order from the per-P heaps without a timer thread;
// sleep parks only the goroutine; the epoll netpoller wakes a goroutine
// parked on a pipe; a goroutine blocked in a system call gives its P away
// (sysmon) so that others run even at GOMAXPROCS=1.
//
//===----------------------------------------------------------------------===//

#include "sched_testing.h"

#include <fcntl.h>
#include <unistd.h>
#include <vector>

using namespace golite;
using namespace golite::rt;
using namespace golite::test;

namespace {

struct Fired {
  Mutex mu;
  std::vector<uintptr_t> order;
};

void recordFire(void *, const golite::abi::TypeDesc *, void *data, uintptr_t seq) {
  auto *f = static_cast<Fired *>(data);
  lock(&f->mu);
  f->order.push_back(seq);
  unlock(&f->mu);
}
golite::abi::Closure recordClosure{reinterpret_cast<void *>(&recordFire)};

TEST(SchedTime, TimersFireInWhenOrder) {
  Fired fired;
  constexpr int n = 50;
  std::vector<golite::abi::RuntimeTimer> timers(n);
  runGo([&] {
    int64_t now = nanotime();
    // Deadlines in a scrambled order, 1..50 ms ahead.
    for (int i = 0; i < n; i++) {
      int k = (i * 17) % n;
      auto &t = timers[size_t(i)];
      t = {};
      t.when = now + int64_t(k + 1) * 1000000;
      t.f = &recordClosure;
      t.arg = {nullptr, &fired};
      t.seq = uintptr_t(k);
      addtimer(&t);
    }
    // Stop one, move one later.
    EXPECT_TRUE(deltimer(&timers[0]));  // k = 0
    EXPECT_FALSE(deltimer(&timers[0]));
    EXPECT_TRUE(modtimer(&timers[1], now + 60 * 1000000, 0)); // k = 17 -> last
    timeSleep(80 * 1000000);
  });
  ASSERT_EQ(fired.order.size(), size_t(n - 1));
  std::vector<uintptr_t> want;
  for (int k = 1; k < n; k++)
    if (k != 17)
      want.push_back(uintptr_t(k));
  want.push_back(17);
  EXPECT_EQ(fired.order, want);
}

TEST(SchedTime, SleepParksOnlyTheGoroutine) {
  int64_t elapsed = 0;
  std::atomic<int64_t> spins{0};
  runGo([&] {
    int32_t old = setGOMAXPROCS(1);
    void *done = makeChan(0);
    std::atomic<bool> stop{false};
    go([&] {
      while (!stop.load()) {
        spins++;
        gosched();
      }
      send(done, 0);
    });
    int64_t t0 = nanotime();
    timeSleep(30 * 1000000);
    elapsed = nanotime() - t0;
    stop = true;
    recv(done);
    setGOMAXPROCS(old);
  });
  EXPECT_GE(elapsed, 30 * 1000000);
  EXPECT_LT(elapsed, 1000 * 1000000);
  EXPECT_GT(spins.load(), 10); // the other goroutine ran meanwhile
}

TEST(SchedTime, ManySleepersWakeUp) {
  std::atomic<int> woke{0};
  runGo([&] {
    void *done = makeChan(0);
    for (int i = 0; i < 2000; i++)
      go([&woke, done, i] {
        timeSleep(int64_t(1 + i % 20) * 1000000);
        if (++woke == 2000)
          send(done, 0);
      });
    recv(done);
  });
  EXPECT_EQ(woke.load(), 2000);
}

TEST(SchedNetpoll, PipeReadParksGoroutine) {
  int fds[2];
  ASSERT_EQ(pipe2(fds, O_NONBLOCK | O_CLOEXEC), 0);
  char got = 0;
  runGo([&] {
    int err = 0;
    PollDesc *pd = netpollOpen(fds[0], &err);
    ASSERT_NE(pd, nullptr);
    void *done = makeChan(0);
    go([&, pd, done] {
      for (;;) {
        ssize_t n = read(fds[0], &got, 1);
        if (n == 1)
          break;
        EXPECT_EQ(netpollWait(pd, 'r'), 0);
      }
      send(done, 0);
    });
    timeSleep(5 * 1000000);
    EXPECT_GT(netpollWaiters.load(), 0);
    char c = 'x';
    EXPECT_EQ(write(fds[1], &c, 1), 1);
    recv(done);
    netpollClose(pd);
  });
  EXPECT_EQ(got, 'x');
  close(fds[0]);
  close(fds[1]);
}

TEST(SchedSyscall, BlockedSyscallHandsOffP) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  char got = 0;
  std::atomic<int64_t> progress{0};
  runGo([&] {
    int32_t old = setGOMAXPROCS(1);
    void *done = makeChan(0);
    go([&, done] {
      entersyscall();
      ssize_t n = read(fds[0], &got, 1); // blocks the M
      exitsyscall();
      EXPECT_EQ(n, 1);
      send(done, 0);
    });
    // Let the reader enter its syscall, then make progress on the only P:
    // possible only because sysmon retook the P from the blocked M.
    timeSleep(2 * 1000000);
    for (int i = 0; i < 1000; i++) {
      progress++;
      gosched();
    }
    char c = 'y';
    EXPECT_EQ(write(fds[1], &c, 1), 1);
    recv(done);
    setGOMAXPROCS(old);
  });
  EXPECT_EQ(got, 'y');
  EXPECT_EQ(progress.load(), 1000);
  close(fds[0]);
  close(fds[1]);
}

TEST(SchedSysmon, LongRunningGoroutineIsMarkedForPreemption) {
  bool marked = false;
  runGo([&] {
    int64_t t0 = nanotime();
    G *gp = getg();
    while (nanotime() - t0 < 100 * 1000000) {
      if (gp->preempt) {
        marked = true;
        break;
      }
    }
  });
  EXPECT_TRUE(marked);
}

TEST(SchedDeathTest, SchedtraceLines) {
  EXPECT_EXIT(
      {
        setenv("GODEBUG", "schedtrace=10", 1);
        runGo([] { timeSleep(50 * 1000000); });
        _exit(0);
      },
      testing::ExitedWithCode(0),
      "SCHED [0-9]+ms: gomaxprocs=[0-9]+ idleprocs=[0-9]+ threads=[0-9]+ spinningthreads=[0-9]+ "
      "idlethreads=[0-9]+ runqueue=[0-9]+ \\[[0-9 ]+\\]\n");
}

} // namespace
