//===- test/unit/runtime_os_gc.cpp - os hooks, faults, the Boehm backend --===//
//
// Checks the os.runtime_* functions lib/os calls, the fault handler's
// output for an unexpected nil dereference, and that the Boehm backend
// keeps reachable objects (held by maps and slices) alive across
// collections while reclaiming garbage.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime_testing.h"

#include <csignal>

using namespace golite;
using namespace golite::rttest;

extern "C" {
GoInt os_runtime_argc(void *ctx) __asm__("os.runtime_argc");
GoString os_runtime_argv(void *ctx, GoInt i) __asm__("os.runtime_argv");
void os_runtime_exit(void *ctx, GoInt code) __asm__("os.runtime_exit");
}

namespace golite::rt {
void saveArgs(int argc, char **argv);
void installSignalHandlers();
} // namespace golite::rt

TEST(RuntimeOs, Args) {
  char a0[] = "prog", a1[] = "x y", a2[] = "";
  char *argv[] = {a0, a1, a2, nullptr};
  rt::saveArgs(3, argv);
  EXPECT_EQ(os_runtime_argc(nullptr), 3);
  EXPECT_EQ(str(os_runtime_argv(nullptr, 0)), "prog");
  EXPECT_EQ(str(os_runtime_argv(nullptr, 1)), "x y");
  EXPECT_EQ(os_runtime_argv(nullptr, 2).len, 0);
}

TEST(RuntimeOsDeathTest, Exit) {
  EXPECT_EXIT(os_runtime_exit(nullptr, 7), testing::ExitedWithCode(7), "^$");
}

TEST(RuntimeOsDeathTest, NilDereferenceFault) {
  EXPECT_EXIT(
      {
        rt::installSignalHandlers();
        volatile int *p = nullptr;
        (void)*p;
      },
      testing::ExitedWithCode(2),
      "^panic: runtime error: invalid memory address or nil pointer dereference\n"
      "\\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x[0-9a-f]+\\]\n\n"
      "goroutine 1 \\[running\\]:\n");
}

namespace {
[[gnu::noinline]] int recurse(int n) {
  volatile char buf[1024];
  buf[0] = char(n);
  return n == 0 ? 0 : recurse(n - 1) + buf[0];
}
} // namespace

TEST(RuntimeOsDeathTest, StackOverflow) {
  EXPECT_EXIT(
      {
        rt::installSignalHandlers();
        recurse(1 << 30);
      },
      testing::ExitedWithCode(2),
      "^runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n");
}

TEST(RuntimeGc, ReachableObjectsSurviveCollection) {
  const TypeDesc mt = mapType(&intType, &stringType, "map[int]string");
  void *m = rt_makemap(const_cast<TypeDesc *>(&mt), 0);
  for (int64_t i = 0; i < 20000; i++) {
    std::string s = "value-" + std::to_string(i);
    *static_cast<GoString *>(rt_mapassign(const_cast<TypeDesc *>(&mt), m, &i)) =
        rt_slicebytetostring(s.data(), int64_t(s.size()));
  }
  // Garbage: 200 MB of pointer-free and pointerful allocations.
  for (int i = 0; i < 20000; i++) {
    rt_mallocgc(10000, nullptr, true);
    rt_newarray(td(stringType), 100);
  }
  gc::collect();
  EXPECT_LT(gc::heapBytes(), size_t(100) << 20);
  for (int64_t i = 0; i < 20000; i += 97) {
    auto *v = static_cast<GoString *>(rt_mapaccess1(const_cast<TypeDesc *>(&mt), m, &i));
    ASSERT_EQ(str(*v), "value-" + std::to_string(i));
  }
}

TEST(RuntimeGc, AllocationsAreZeroed) {
  for (int i = 0; i < 1000; i++) {
    auto *p = static_cast<uint8_t *>(rt_mallocgc(64, nullptr, true));
    for (int j = 0; j < 64; j++)
      ASSERT_EQ(p[j], 0);
    memset(p, 0xff, 64);
  }
  auto *q = static_cast<int64_t *>(rt_newobject(td(intType)));
  EXPECT_EQ(*q, 0);
  EXPECT_EQ(rt_newobject(td(basicType(0, KindStruct, "struct {}"))), rt::zerobase);
}
