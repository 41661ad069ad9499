//===- test/unit/sched_main.cpp - Entry of golite_sched_tests ------------===//
//
// The scheduler tests link the host-built runtime without rt0.cpp: start
// the collector, then run GoogleTest. Death tests use the "threadsafe"
// style (re-execute the binary): a forked child of a process with Ms would
// have lost its threads.
//
// The tests' goroutines are C++ functions, which have no prologue stack
// checks: they get 64 KiB first segments (GOLITE_STACKSIZE, read by
// stackinit), not the 2 KiB ones compiled Go code grows from.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"

#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char **argv) {
  setenv("GOLITE_STACKSIZE", "64k", /*overwrite=*/0);
  golite::gc::init();
  testing::InitGoogleTest(&argc, argv);
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  return RUN_ALL_TESTS();
}
