//===- test/unit/runtime_main.cpp - Entry of golite_runtime_tests ---------===//
//
// The runtime unit tests link the runtime sources for the host without
// rt0.cpp, so they bring their own main: start the collector, then run
// GoogleTest. Death tests fork (the runtime is single-threaded).
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"

#include <gtest/gtest.h>

int main(int argc, char **argv) {
  golite::gc::init();
  testing::InitGoogleTest(&argc, argv);
  GTEST_FLAG_SET(death_test_style, "fast");
  return RUN_ALL_TESTS();
}
