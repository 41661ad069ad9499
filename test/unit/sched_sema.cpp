//===- test/unit/sched_sema.cpp - Semaphores and notify lists -------------===//
//
// The runtime side of package sync: a semaphore used as a mutex by many
// goroutines keeps a counter exact at GOMAXPROCS 1 and 4, handoff gives the
// count to the woken waiter, and notify lists wake by ticket.
//
//===----------------------------------------------------------------------===//

#include "sched_testing.h"

using namespace golite;
using namespace golite::rt;
using namespace golite::test;

extern "C" {
uint32_t sync_runtime_notifyListAdd(void *, void *) __asm__("sync.runtime_notifyListAdd");
void sync_runtime_notifyListWait(void *, void *, uint32_t) __asm__("sync.runtime_notifyListWait");
void sync_runtime_notifyListNotifyAll(void *, void *) __asm__("sync.runtime_notifyListNotifyAll");
void sync_runtime_notifyListNotifyOne(void *, void *) __asm__("sync.runtime_notifyListNotifyOne");
void sync_runtime_notifyListCheck(void *, uintptr_t) __asm__("sync.runtime_notifyListCheck");
}

namespace {

void semaMutex(int32_t procs) {
  int64_t counter = 0;
  uint32_t sema = 1; // a binary semaphore: 1 = unlocked
  runGo([&] {
    int32_t old = setGOMAXPROCS(procs);
    void *done = makeChan(0);
    for (int k = 0; k < 8; k++)
      go([&counter, &sema, done, k] {
        for (int i = 0; i < 2000; i++) {
          semacquire(&sema, false, waitReasonSemacquire);
          int64_t v = counter;
          if (i % 64 == 0)
            gosched(); // hold the "lock" across a reschedule
          counter = v + 1;
          semrelease(&sema, k % 2 == 0);
        }
        send(done, 0);
      });
    for (int k = 0; k < 8; k++)
      recv(done);
    setGOMAXPROCS(old);
  });
  EXPECT_EQ(counter, 16000) << "procs=" << procs;
  EXPECT_EQ(sema, 1u);
}

TEST(SchedSema, SemaphoreAsMutexGomaxprocs1) { semaMutex(1); }
TEST(SchedSema, SemaphoreAsMutexGomaxprocs4) { semaMutex(4); }

struct NotifyListMem {
  uint64_t words[4];
};

TEST(SchedSema, NotifyListWakesByTicket) {
  sync_runtime_notifyListCheck(nullptr, sizeof(NotifyListMem));
  NotifyListMem nl{};
  std::atomic<int> woke{0};
  runGo([&] {
    void *done = makeChan(0);
    for (int i = 0; i < 5; i++) {
      uint32_t t = sync_runtime_notifyListAdd(nullptr, &nl);
      go([&nl, &woke, done, t] {
        sync_runtime_notifyListWait(nullptr, &nl, t);
        woke++;
        send(done, 0);
      });
    }
    for (int i = 0; i < 3; i++)
      gosched();
    sync_runtime_notifyListNotifyOne(nullptr, &nl);
    recv(done);
    EXPECT_EQ(woke.load(), 1);
    sync_runtime_notifyListNotifyAll(nullptr, &nl);
    for (int i = 0; i < 4; i++)
      recv(done);
    EXPECT_EQ(woke.load(), 5);
    // A notify before the wait is not lost (ticket already notified).
    uint32_t t = sync_runtime_notifyListAdd(nullptr, &nl);
    sync_runtime_notifyListNotifyOne(nullptr, &nl);
    sync_runtime_notifyListWait(nullptr, &nl, t);
  });
  EXPECT_EQ(woke.load(), 5);
}

} // namespace
