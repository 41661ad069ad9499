//===- test/unit/sched_testing.h - Helpers for the scheduler tests -*- C++ -*-===//
//
// C++ goroutines for the scheduler tests: go(lambda) builds a closure in
// the GC heap (scanned, so captured pointers keep objects alive) whose
// code pointer calls the lambda, and passes it to runtime.newproc exactly
// as compiled `go` statements will. runGo(lambda) runs the lambda as the
// main goroutine and returns when it does. Channel helpers build the type
// descriptors makechan needs.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "gc/gc.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <new>
#include <utility>

namespace golite::test {

template <class F> struct GoClosure {
  void *fn;
  F f;
  static void call(void *ctx) { static_cast<GoClosure *>(ctx)->f(); }
};

template <class F> const abi::TypeDesc *closureType() {
  static const abi::TypeDesc td = {sizeof(GoClosure<F>), sizeof(GoClosure<F>), 0, 0, 8, 8,
                                   abi::KindStruct, nullptr, "test.closure", "test", nullptr,
                                   nullptr, 0, nullptr, 0, nullptr, 0};
  return &td;
}

/// `go f()`.
template <class F> void go(F f) {
  void *mem = gc::alloc(sizeof(GoClosure<F>), closureType<F>());
  auto *c = new (mem) GoClosure<F>{reinterpret_cast<void *>(&GoClosure<F>::call), std::move(f)};
  rt_newproc(c);
}

/// Runs f as the main goroutine; returns when it returns.
template <class F> void runGo(F f) {
  F *fp = &f;
  rt::runMain([](void *p) { (*static_cast<F *>(p))(); }, fp);
}

inline const abi::TypeDesc int64Type = {8, 0, 0, abi::TFlagComparable, 8, 8, abi::KindInt64,
                                        nullptr, "int64", nullptr, nullptr, nullptr, 0, nullptr,
                                        0, nullptr, 0};
inline const abi::TypeDesc chanInt64Type = {
    8, 8, 0, abi::TFlagComparable, 8, 8, uint8_t(abi::KindChan | abi::KindDirectIface), nullptr,
    "chan int64", nullptr, &int64Type, nullptr, 3, nullptr, 0, nullptr, 0};

inline void *makeChan(int64_t size) { return rt_makechan(const_cast<abi::TypeDesc *>(&chanInt64Type), size); }
inline void send(void *c, int64_t v) { rt_chansend1(c, &v); }
inline int64_t recv(void *c, bool *ok = nullptr) {
  int64_t v = -1;
  bool r = rt_chanrecv2(c, &v);
  if (ok)
    *ok = r;
  return v;
}

/// Resident set size in bytes (/proc/self/statm).
inline size_t rssBytes() {
  FILE *f = fopen("/proc/self/statm", "r");
  if (!f)
    return 0;
  unsigned long size = 0, rss = 0;
  if (fscanf(f, "%lu %lu", &size, &rss) != 2)
    rss = 0;
  fclose(f);
  return rss * 4096;
}

} // namespace golite::test
