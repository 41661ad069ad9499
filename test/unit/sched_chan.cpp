//===- test/unit/sched_chan.cpp - Channels and select ---------------------===//
//
// Channel semantics from C++ goroutines: direct hand-off, FIFO buffers,
// close, nil channels, the panics' texts, select (random choice among
// ready cases, default, blocking, close), and producer/consumer stress at
// GOMAXPROCS 1, 2 and 8 with the sums checked.
//
//===----------------------------------------------------------------------===//

#include "sched_testing.h"

#include <vector>

using namespace golite;
using namespace golite::rt;
using namespace golite::test;

namespace {

TEST(SchedChan, UnbufferedHandOffIsDirect) {
  int64_t got = 0;
  runGo([&] {
    void *c = makeChan(0);
    go([c] { send(c, 42); });
    got = recv(c);
    EXPECT_EQ(rt_chanlen(c), 0);
    EXPECT_EQ(rt_chancap(c), 0);
    // A receiver waiting first gets the value written into its variable.
    void *d = makeChan(0);
    int64_t slot = 0;
    void *done = makeChan(0);
    go([d, &slot, done] {
      rt_chanrecv1(d, &slot);
      send(done, 0);
    });
    gosched();
    send(d, 7);
    recv(done);
    EXPECT_EQ(slot, 7);
  });
  EXPECT_EQ(got, 42);
}

TEST(SchedChan, BufferedIsFifoAndLenCap) {
  runGo([&] {
    void *c = makeChan(3);
    send(c, 1);
    send(c, 2);
    EXPECT_EQ(rt_chanlen(c), 2);
    EXPECT_EQ(rt_chancap(c), 3);
    auto *hdr = static_cast<golite::abi::ChanHeaderPrefix *>(c);
    EXPECT_EQ(hdr->qcount, 2u);
    EXPECT_EQ(hdr->dataqsiz, 3u);
    send(c, 3);
    // Full: a fourth sender blocks until a receive; order is preserved
    // (the waiting sender's value goes to the tail).
    go([c] { send(c, 4); });
    gosched();
    for (int64_t i = 1; i <= 4; i++)
      EXPECT_EQ(recv(c), i);
    EXPECT_EQ(rt_chanlen(c), 0);
    EXPECT_EQ(rt_chanlen(nullptr), 0);
    EXPECT_EQ(rt_chancap(nullptr), 0);
  });
}

TEST(SchedChan, CloseWakesAllReceiversWithZero) {
  std::atomic<int> woke{0}, okCount{0};
  runGo([&] {
    void *c = makeChan(0);
    void *done = makeChan(10);
    for (int i = 0; i < 10; i++)
      go([c, done, &woke, &okCount] {
        bool ok = true;
        int64_t v = recv(c, &ok);
        if (v == 0)
          woke++;
        if (ok)
          okCount++;
        send(done, 0);
      });
    for (int i = 0; i < 3; i++)
      gosched();
    rt_closechan(c);
    for (int i = 0; i < 10; i++)
      recv(done);
    // Buffered values are still received after close, then zero, !ok.
    void *b = makeChan(2);
    send(b, 5);
    rt_closechan(b);
    bool ok;
    EXPECT_EQ(recv(b, &ok), 5);
    EXPECT_TRUE(ok);
    EXPECT_EQ(recv(b, &ok), 0);
    EXPECT_FALSE(ok);
  });
  EXPECT_EQ(woke.load(), 10);
  EXPECT_EQ(okCount.load(), 0);
}

TEST(SchedChan, NonBlockingOps) {
  runGo([&] {
    void *c = makeChan(1);
    int64_t v = 9;
    EXPECT_TRUE(rt_selectnbsend(c, &v));
    EXPECT_FALSE(rt_selectnbsend(c, &v));
    int64_t out = 0;
    bool received = false;
    EXPECT_TRUE(rt_selectnbrecv(&out, c, &received));
    EXPECT_TRUE(received);
    EXPECT_EQ(out, 9);
    EXPECT_FALSE(rt_selectnbrecv(&out, c, &received));
    EXPECT_FALSE(rt_selectnbsend(nullptr, &v));
    EXPECT_FALSE(rt_selectnbrecv(&out, nullptr, &received));
  });
}

TEST(SchedChanDeathTest, PanicTexts) {
  EXPECT_EXIT(runGo([] {
                void *c = makeChan(1);
                rt_closechan(c);
                send(c, 1);
              }),
              testing::ExitedWithCode(2), "panic: send on closed channel");
  EXPECT_EXIT(runGo([] {
                void *c = makeChan(0);
                rt_closechan(c);
                rt_closechan(c);
              }),
              testing::ExitedWithCode(2), "panic: close of closed channel");
  EXPECT_EXIT(runGo([] { rt_closechan(nullptr); }), testing::ExitedWithCode(2),
              "panic: close of nil channel\n\ngoroutine [0-9]+ \\[running\\]:");
  // A sender blocked when the channel is closed panics too.
  EXPECT_EXIT(runGo([] {
                void *c = makeChan(0);
                go([c] {
                  gosched();
                  rt_closechan(c);
                });
                send(c, 1);
              }),
              testing::ExitedWithCode(2), "panic: send on closed channel");
}

TEST(SchedChanDeathTest, NilChannelBlocksForever) {
  EXPECT_EXIT(runGo([] { recv(nullptr); }), testing::ExitedWithCode(2),
              "goroutine [0-9]+ \\[chan receive \\(nil chan\\)\\]:");
  EXPECT_EXIT(runGo([] { send(nullptr, 1); }), testing::ExitedWithCode(2),
              "goroutine [0-9]+ \\[chan send \\(nil chan\\)\\]:");
}

int64_t select2(void *a, void *b, int64_t *out, bool block, bool *ok) {
  golite::abi::SelectCase cases[2] = {{a, out}, {b, out}};
  return rt_selectgo(cases, 0, 2, block, ok);
}

TEST(SchedSelect, ChoosesUniformlyAmongReadyCases) {
  int counts[2] = {0, 0};
  runGo([&] {
    void *a = makeChan(1), *b = makeChan(1);
    for (int i = 0; i < 20000; i++) {
      send(a, 1);
      send(b, 2);
      int64_t v = 0;
      bool ok = false;
      int64_t k = select2(a, b, &v, true, &ok);
      ASSERT_TRUE(k == 0 || k == 1);
      EXPECT_TRUE(ok);
      EXPECT_EQ(v, k + 1);
      counts[k]++;
      // drain the other
      recv(k == 0 ? b : a);
    }
  });
  EXPECT_GT(counts[0], 9000);
  EXPECT_GT(counts[1], 9000);
  printf("[ metric ] select fairness: %d / %d\n", counts[0], counts[1]);
}

TEST(SchedSelect, DefaultBlockingSendAndClose) {
  runGo([&] {
    void *a = makeChan(0), *b = makeChan(0);
    int64_t v = 0;
    bool ok = true;
    EXPECT_EQ(select2(a, b, &v, false, &ok), -1); // default
    // Blocking: a sender on b arrives later.
    go([b] { send(b, 77); });
    EXPECT_EQ(select2(a, b, &v, true, &ok), 1);
    EXPECT_EQ(v, 77);
    EXPECT_TRUE(ok);
    // Close wakes a blocked select with ok == false.
    go([a] { rt_closechan(a); });
    v = 5;
    EXPECT_EQ(select2(a, b, &v, true, &ok), 0);
    EXPECT_FALSE(ok);
    EXPECT_EQ(v, 0);
    // Send cases; a nil channel case is never chosen.
    void *c = makeChan(0);
    int64_t sv = 31, rv = 0;
    go([c, &rv] { rv = recv(c); });
    golite::abi::SelectCase cases[2] = {{nullptr, &sv}, {c, &sv}};
    EXPECT_EQ(rt_selectgo(cases, 2, 0, true, nullptr), 1);
    gosched();
    // The same channel twice in one select (locked once).
    void *d = makeChan(1);
    send(d, 3);
    golite::abi::SelectCase twice[2] = {{d, &v}, {d, &v}};
    int64_t k = rt_selectgo(twice, 0, 2, true, &ok);
    EXPECT_TRUE(k == 0 || k == 1);
    EXPECT_EQ(v, 3);
  });
}

/// N producers, M consumers; each producer sends values 1..per; consumers
/// add what they receive, through unbuffered, buffered and select.
void producersConsumers(int32_t procs, int64_t bufsize, bool useSelect) {
  constexpr int nprod = 4, ncons = 4;
  constexpr int64_t per = 25000;
  std::atomic<int64_t> sum{0};
  runGo([&] {
    int32_t old = setGOMAXPROCS(procs);
    void *c = makeChan(bufsize);
    void *quit = makeChan(0);
    void *done = makeChan(0);
    for (int p = 0; p < nprod; p++)
      go([c, done] {
        for (int64_t i = 1; i <= per; i++)
          send(c, i);
        send(done, 0);
      });
    for (int k = 0; k < ncons; k++)
      go([c, quit, done, &sum, useSelect] {
        int64_t local = 0;
        for (;;) {
          int64_t v = 0;
          bool ok;
          if (useSelect) {
            golite::abi::SelectCase cases[2] = {{c, &v}, {quit, &v}};
            if (rt_selectgo(cases, 0, 2, true, &ok) == 1)
              break;
          } else {
            v = recv(c, &ok);
            if (!ok)
              break;
          }
          local += v;
        }
        sum += local;
        send(done, 0);
      });
    for (int p = 0; p < nprod; p++)
      recv(done);
    if (useSelect) {
      // Drain what is still buffered before telling consumers to quit:
      // wait until the channel is empty.
      while (rt_chanlen(c) > 0)
        gosched();
      rt_closechan(quit);
    } else {
      rt_closechan(c);
    }
    for (int k = 0; k < ncons; k++)
      recv(done);
    setGOMAXPROCS(old);
  });
  EXPECT_EQ(sum.load(), int64_t(nprod) * per * (per + 1) / 2)
      << "procs=" << procs << " buf=" << bufsize << " select=" << useSelect;
}

TEST(SchedStress, ProducersConsumersGomaxprocs1) {
  producersConsumers(1, 0, false);
  producersConsumers(1, 64, false);
  producersConsumers(1, 64, true);
}
TEST(SchedStress, ProducersConsumersGomaxprocs2) {
  producersConsumers(2, 0, false);
  producersConsumers(2, 64, false);
  producersConsumers(2, 0, true);
}
TEST(SchedStress, ProducersConsumersGomaxprocs8) {
  producersConsumers(8, 0, false);
  producersConsumers(8, 64, false);
  producersConsumers(8, 64, true);
}

TEST(SchedStress, HundredThousandBlockedGoroutines) {
  constexpr int n = 100000;
  std::atomic<int> finished{0};
  size_t rssBefore = 0, rssBlocked = 0;
  runGo([&] {
    void *gate = makeChan(0);
    void *done = makeChan(0);
    // Warm up: make sure the Ms exist before measuring.
    gosched();
    rssBefore = rssBytes();
    for (int i = 0; i < n; i++)
      go([gate, done, &finished] {
        recv(gate);
        if (++finished == n)
          send(done, 0);
      });
    // Wait until all are parked on the gate.
    for (;;) {
      auto *c = static_cast<Hchan *>(gate);
      lock(&c->lock);
      int waiting = 0;
      for (Sudog *sg = c->recvq.first; sg; sg = sg->next)
        waiting++;
      unlock(&c->lock);
      if (waiting == n)
        break;
      gosched();
      rt::usleep(1000);
    }
    rssBlocked = rssBytes();
    EXPECT_GE(gcount(), n);
    rt_closechan(gate);
    recv(done);
  });
  EXPECT_EQ(finished.load(), n);
  double per = double(rssBlocked - rssBefore) / n;
  printf("[ metric ] %d blocked goroutines: %.0f bytes RSS each (stack %lu KiB reserved)\n", n, per,
         (unsigned long)(goStackSize / 1024));
  EXPECT_LT(per, 16 * 1024.0);
}

} // namespace
