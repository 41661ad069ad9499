//===- test/unit/sched_basic.cpp - Goroutines, run queues, GOMAXPROCS ----===//
//
// Tests of the scheduler core: the local run queue ring and stealing (on
// detached Ps), goroutine creation and joining, the main goroutine,
// Gosched, GOMAXPROCS resizing, deadlock detection, and goroutine stacks
// as roots of the collector.
//
//===----------------------------------------------------------------------===//

#include "sched_testing.h"

#include <vector>

using namespace golite;
using namespace golite::rt;
using namespace golite::test;

namespace golite::rt {
void installSignalHandlers();
}

namespace {

std::vector<G *> fakeGs(int n) {
  std::vector<G *> v;
  for (int i = 0; i < n; i++) {
    auto *gp = new G();
    gp->goid = 1000 + i;
    v.push_back(gp);
  }
  return v;
}

TEST(SchedRunq, RingIsFifoAndRunnextIsLifo) {
  P pp;
  auto gs = fakeGs(10);
  for (int i = 0; i < 5; i++)
    EXPECT_TRUE(runqput(&pp, gs[i], false));
  EXPECT_FALSE(runqempty(&pp));
  EXPECT_TRUE(runqput(&pp, gs[5], true));
  EXPECT_TRUE(runqput(&pp, gs[6], true)); // kicks gs[5] to the tail
  bool inherit = false;
  EXPECT_EQ(runqget(&pp, &inherit), gs[6]);
  EXPECT_TRUE(inherit);
  for (int i = 0; i < 6; i++) {
    EXPECT_EQ(runqget(&pp, &inherit), gs[i]);
    EXPECT_FALSE(inherit);
  }
  EXPECT_EQ(runqget(&pp, &inherit), nullptr);
  EXPECT_TRUE(runqempty(&pp));
}

TEST(SchedRunq, StealTakesHalf) {
  P victim, thief;
  auto gs = fakeGs(100);
  for (int i = 0; i < 100; i++)
    runqput(&victim, gs[i], false);
  G *first = runqsteal(&thief, &victim, false);
  ASSERT_EQ(first, gs[49]); // the last of the stolen half is returned
  int stolen = 1;
  bool inherit;
  std::vector<G *> got;
  while (G *gp = runqget(&thief, &inherit))
    got.push_back(gp), stolen++;
  EXPECT_EQ(stolen, 50);
  for (int i = 0; i < 49; i++)
    EXPECT_EQ(got[size_t(i)], gs[size_t(i)]);
  int left = 0;
  while (G *gp = runqget(&victim, &inherit)) {
    EXPECT_EQ(gp, gs[size_t(50 + left)]);
    left++;
  }
  EXPECT_EQ(left, 50);
}

TEST(SchedRunq, StealRunnextWhenQueueEmpty) {
  P victim, thief;
  auto gs = fakeGs(1);
  runqput(&victim, gs[0], true);
  EXPECT_EQ(runqsteal(&thief, &victim, false), nullptr);
  EXPECT_EQ(runqsteal(&thief, &victim, true), gs[0]);
  EXPECT_TRUE(runqempty(&victim));
}

TEST(SchedRunq, RingOf256OverflowsHalfToGlobal) {
  schedinit();
  P pp;
  auto gs = fakeGs(257);
  for (int i = 0; i < 256; i++)
    EXPECT_TRUE(runqput(&pp, gs[size_t(i)], false));
  lock(&sched.lock);
  int32_t before = sched.runqsize;
  unlock(&sched.lock);
  // The 257th put moves 128 + 1 Gs to the global queue.
  EXPECT_FALSE(runqput(&pp, gs[256], false));
  lock(&sched.lock);
  EXPECT_EQ(sched.runqsize - before, 129);
  // Take them back out (they are not real goroutines). They are the last
  // 129 entries of the global queue.
  G *prev = nullptr;
  G *gp = sched.runqhead;
  for (int i = 0; i < before; i++)
    prev = gp, gp = gp->schedlink;
  EXPECT_EQ(gp, gs[0]);
  if (prev) {
    prev->schedlink = nullptr;
    sched.runqtail = prev;
  } else {
    sched.runqhead = sched.runqtail = nullptr;
  }
  sched.runqsize = before;
  unlock(&sched.lock);
  bool inherit;
  int n = 0;
  while (runqget(&pp, &inherit))
    n++;
  EXPECT_EQ(n, 128);
}

TEST(Sched, MainGoroutineRunsOnItsOwnStack) {
  int local = 0;
  int64_t goid = 0;
  uintptr_t lo = 0, hi = 0, sp = 0;
  runGo([&] {
    G *gp = getg();
    goid = gp->goid;
    lo = gp->stacklo;
    hi = gp->stackhi;
    sp = uintptr_t(__builtin_frame_address(0));
    local = 1;
  });
  EXPECT_EQ(local, 1);
  EXPECT_GT(goid, 0);
  EXPECT_GE(sp, lo);
  EXPECT_LT(sp, hi);
  EXPECT_FALSE(uintptr_t(&local) >= lo && uintptr_t(&local) < hi);
}

TEST(Sched, SpawnAndJoinWithChannel) {
  std::atomic<int64_t> sum{0};
  runGo([&] {
    void *done = makeChan(0);
    for (int i = 1; i <= 1000; i++)
      go([&sum, done, i] {
        sum += i;
        send(done, 1);
      });
    for (int i = 0; i < 1000; i++)
      recv(done);
  });
  EXPECT_EQ(sum.load(), 1000 * 1001 / 2);
}

TEST(Sched, GoschedLetsOthersRunAtGomaxprocs1) {
  // With one P, the spinner can only see the flag if gosched really lets
  // the other goroutine run.
  int64_t spins = -1;
  runGo([&] {
    int32_t old = setGOMAXPROCS(1);
    void *done = makeChan(0);
    bool flag = false;
    go([&spins, &flag, done] {
      int64_t n = 0;
      while (!__atomic_load_n(&flag, __ATOMIC_ACQUIRE) && n < 1000000) {
        n++;
        gosched();
      }
      spins = n;
      send(done, 0);
    });
    go([&flag] { __atomic_store_n(&flag, true, __ATOMIC_RELEASE); });
    recv(done);
    setGOMAXPROCS(old);
  });
  EXPECT_GE(spins, 0);
  EXPECT_LT(spins, 1000000);
}

TEST(Sched, GomaxprocsResizeKeepsWork) {
  std::atomic<int64_t> count{0};
  int32_t seen1 = 0, seen2 = 0;
  runGo([&] {
    int32_t old = setGOMAXPROCS(4);
    seen1 = gomaxprocs.load();
    void *done = makeChan(100);
    for (int i = 0; i < 200; i++)
      go([&count, done] {
        for (int k = 0; k < 10; k++) {
          count++;
          gosched();
        }
        send(done, 0);
      });
    setGOMAXPROCS(1);
    seen2 = gomaxprocs.load();
    setGOMAXPROCS(3);
    for (int i = 0; i < 200; i++)
      recv(done);
    setGOMAXPROCS(old);
  });
  EXPECT_EQ(seen1, 4);
  EXPECT_EQ(seen2, 1);
  EXPECT_EQ(count.load(), 2000);
}

TEST(Sched, MillionGoroutinesSpawnedAndJoined) {
  constexpr int n = 1000000;
  std::atomic<int64_t> sum{0};
  int64_t t0 = nanotime();
  runGo([&] {
    void *done = makeChan(0);
    std::atomic<int> left{n};
    for (int i = 0; i < n; i++)
      go([&sum, &left, done, i] {
        sum += i;
        if (--left == 0)
          send(done, 0);
      });
    recv(done);
  });
  int64_t t1 = nanotime();
  EXPECT_EQ(sum.load(), int64_t(n) * (n - 1) / 2);
  printf("[ metric ] 1e6 goroutines spawned+joined in %.0f ms (%.0f ns each), %llu stacks\n",
         double(t1 - t0) / 1e6, double(t1 - t0) / n, (unsigned long long)stackStats().stacks);
}

struct Blob {
  uint64_t words[64];
};
const golite::abi::TypeDesc blobType = {sizeof(Blob), sizeof(Blob), 0, 0, 8, 8, golite::abi::KindStruct,
                                nullptr, "test.blob", "test", nullptr, nullptr, 0, nullptr, 0,
                                nullptr, 0};

TEST(Sched, ParkedGoroutineStackIsARoot) {
  bool intact = true;
  runGo([&] {
    void *c = makeChan(0);
    void *done = makeChan(0);
    go([c, done, &intact] {
      // The only reference to these objects is on this goroutine's stack
      // (and in callee-saved registers saved at the switch).
      Blob *mine[16];
      for (int i = 0; i < 16; i++) {
        mine[i] = static_cast<Blob *>(gc::alloc(sizeof(Blob), &blobType));
        for (auto &w : mine[i]->words)
          w = 0xC0FFEE00u + uint64_t(i);
      }
      recv(c); // park
      for (int i = 0; i < 16; i++)
        for (auto w : mine[i]->words)
          if (w != 0xC0FFEE00u + uint64_t(i))
            intact = false;
      send(done, 0);
    });
    gosched();
    for (int round = 0; round < 3; round++) {
      gc::collect();
      // Reuse any freed memory with other contents.
      for (int i = 0; i < 20000; i++) {
        auto *b = static_cast<Blob *>(gc::alloc(sizeof(Blob), &blobType));
        for (auto &w : b->words)
          w = 0xDEAD;
      }
    }
    send(c, 0);
    recv(done);
  });
  EXPECT_TRUE(intact);
}

TEST(SchedDeathTest, AllGoroutinesAsleepIsADeadlock) {
  EXPECT_EXIT(runGo([] {
                void *c = makeChan(0);
                recv(c);
              }),
              testing::ExitedWithCode(2),
              "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine [0-9]+ "
              "\\[chan receive\\]:");
}

TEST(SchedDeathTest, SelectWithNoCasesBlocksForever) {
  EXPECT_EXIT(runGo([] { rt_block(); }), testing::ExitedWithCode(2),
              "goroutine [0-9]+ \\[select \\(no cases\\)\\]");
}

TEST(SchedDeathTest, PanicInOtherGoroutineEndsProgram) {
  EXPECT_EXIT(runGo([] {
                void *c = makeChan(0);
                go([] { rt_closechan(nullptr); });
                recv(c);
              }),
              testing::ExitedWithCode(2),
              "panic: close of nil channel\n\ngoroutine [0-9]+ \\[running\\]:");
}

TEST(SchedDeathTest, MainReturnExitsWithOthersRunning) {
  // As in Go, the program ends when main returns even if goroutines block
  // or run: runMain returns and the test process exits 0.
  EXPECT_EXIT(
      {
        runGo([] {
          void *c = makeChan(0);
          go([c] { recv(c); });
          go([] {
            for (;;)
              gosched();
          });
          gosched();
        });
        fflush(stdout);
        _exit(0);
      },
      testing::ExitedWithCode(0), "");
}

} // namespace

namespace {
[[gnu::noinline]] int deepRecurse(int n) {
  volatile char buf[512];
  buf[0] = char(n);
  return n == 0 ? 0 : deepRecurse(n - 1) + buf[0];
}

TEST(SchedDeathTest, GoroutineStackOverflowIsFatal) {
  EXPECT_EXIT(
      {
        golite::rt::installSignalHandlers();
        runGo([] {
          void *done = makeChan(0);
          go([done] {
            deepRecurse(1 << 20);
            send(done, 0);
          });
          recv(done);
        });
      },
      testing::ExitedWithCode(2),
      "runtime: goroutine stack exceeds [0-9]+-byte limit\nfatal error: stack overflow");
}
} // namespace

namespace {
struct Node {
  Node *next;
  uint64_t value;
  uint64_t pad[2];
};
const golite::abi::TypeDesc nodeType = {sizeof(Node), 8, 0, 0, 8, 8, golite::abi::KindStruct,
                                        nullptr, "test.node", "test", nullptr, nullptr, 0,
                                        nullptr, 0, nullptr, 0};

TEST(Sched, CollectionsWhileManyMsAllocate) {
  // Several goroutines on several Ms build linked lists held only by their
  // stacks and registers, while collections are triggered by whichever M
  // allocates: every list must survive intact.
  std::atomic<int> bad{0};
  runGo([&] {
    int32_t old = setGOMAXPROCS(4);
    void *done = makeChan(0);
    for (int k = 0; k < 8; k++)
      go([&bad, done, k] {
        for (int round = 0; round < 20; round++) {
          Node *head = nullptr;
          for (uint64_t i = 0; i < 5000; i++) {
            auto *n = static_cast<Node *>(gc::alloc(sizeof(Node), &nodeType));
            n->next = head;
            n->value = i * 31 + uint64_t(k);
            head = n;
            if (i % 1000 == 0)
              gosched(); // park with the list on the stack
          }
          if (round % 5 == 0)
            gc::collect();
          uint64_t i = 5000;
          for (Node *n = head; n; n = n->next) {
            i--;
            if (n->value != i * 31 + uint64_t(k)) {
              bad++;
              break;
            }
          }
          if (i != 0)
            bad++;
        }
        send(done, 0);
      });
    for (int k = 0; k < 8; k++)
      recv(done);
    setGOMAXPROCS(old);
  });
  EXPECT_EQ(bad.load(), 0);
}
} // namespace
