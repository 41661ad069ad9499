//===- test/unit/sched_main.cpp - Entry of golite_sched_tests ------------===//
//
// The scheduler tests link the host-built runtime without rt0.cpp: start
// the collector, then run GoogleTest. Death tests use the "threadsafe"
// style (re-execute the binary): a forked child of a process with Ms would
// have lost its threads.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"

#include <gtest/gtest.h>

int main(int argc, char **argv) {
  golite::gc::init();
  testing::InitGoogleTest(&argc, argv);
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  return RUN_ALL_TESTS();
}
