//===- test/unit/runtime_print.cpp - print/println formatting -------------===//
//
// Checks the print builtins byte for byte against Go 1.19's output
// (floats from runtime_golden.inc; the other formats from print.go).
//
//===----------------------------------------------------------------------===//

#include "runtime_testing.h"

#include <cstring>

using namespace golite;
using namespace golite::rttest;

namespace printgolden {
// The layouts of runtime_golden.inc's tables (only the print ones are used
// here; runtime_strings.cpp checks the others).
struct GrowCaps {
  int size;
  int caps[40];
};
struct BulkCap {
  int size, c, k, cap;
};
struct PrintFloat {
  uint64_t bits;
  const char *text;
};
struct DecodeCase {
  const char *s;
  int len, n;
  int runes[40][2];
};
struct IntStringCase {
  int64_t x;
  const char *s;
  int len;
};
#include "runtime_golden.inc"
} // namespace printgolden

TEST(RuntimePrint, FloatsMatchGo) {
  for (const auto &c : printgolden::kPrintFloat) {
    double v;
    memcpy(&v, &c.bits, 8);
    SCOPED_TRACE(c.text);
    std::string out = captureStderr([&] {
      rt_printlock();
      rt_printfloat(v);
      rt_printnl();
      rt_printunlock();
    });
    EXPECT_EQ(out, std::string(c.text) + "\n");
  }
}

TEST(RuntimePrint, ComplexAndFloat32) {
  EXPECT_EQ(captureStderr([] { rt_printcomplex(1.5, -2); }), printgolden::kPrintComplex);
  EXPECT_EQ(captureStderr([] { rt_printfloat(double(0.1f)); }), printgolden::kPrintFloat32);
}

TEST(RuntimePrint, Scalars) {
  std::string out = captureStderr([] {
    rt_printlock();
    rt_printbool(true);
    rt_printsp();
    rt_printbool(false);
    rt_printsp();
    rt_printint(INT64_MIN);
    rt_printsp();
    rt_printint(0);
    rt_printsp();
    rt_printuint(-1); // uint64 max
    rt_printsp();
    rt_printstring((void *)"héllo", 6);
    rt_printnl();
    rt_printunlock();
  });
  EXPECT_EQ(out, "true false -9223372036854775808 0 18446744073709551615 héllo\n");
}

TEST(RuntimePrint, PointersInterfacesSlices) {
  std::string out = captureStderr([] {
    rt_printlock();
    rt_printpointer(nullptr);
    rt_printsp();
    rt_printpointer(reinterpret_cast<void *>(0xc000012345));
    rt_printsp();
    rt_printeface(reinterpret_cast<void *>(0x4a5b20), reinterpret_cast<void *>(0xc000014080));
    rt_printsp();
    rt_printiface(nullptr, nullptr);
    rt_printsp();
    rt_printslice(reinterpret_cast<void *>(0xc00001c030), 3, 4);
    rt_printsp();
    rt_printslice(nullptr, 0, 0);
    rt_printnl();
    rt_printunlock();
  });
  EXPECT_EQ(out, "0x0 0xc000012345 (0x4a5b20,0xc000014080) (0x0,0x0) [3/4]0xc00001c030 [0/0]0x0\n");
}

TEST(RuntimePrint, LockIsRecursiveAndBuffers) {
  std::string out = captureStderr([] {
    rt_printlock();
    rt_printlock();
    rt_printint(1);
    rt_printunlock();
    rt_printint(2);
    rt_printunlock();
    rt_printint(3); // unlocked: written through
  });
  EXPECT_EQ(out, "123");
}
