//===- test/unit/runtime_iface.cpp - Interfaces ----------------------------===//
//
// Checks getitab (method matching, caching, failures), interface equality
// and the type-assertion panic texts against Go's.
//
//===----------------------------------------------------------------------===//

#include "runtime_testing.h"

using namespace golite;
using namespace golite::rttest;

extern "C" const TypeDesc typeFuncString __asm__("type:func() string");
extern "C" const TypeDesc typeFunc __asm__("type:func()");

namespace {
GoString tError(void *, void *recv) { return gs("T's error"); }
void tM(void *, void *) {}

const gabi::Method tMethods[] = {
    {"Error", &typeFuncString, reinterpret_cast<void *>(&tError)},
    {"M", &typeFunc, reinterpret_cast<void *>(&tM)},
};
const TypeDesc typeT = [] {
  TypeDesc t = basicType(8, KindInt, "main.T");
  t.tflag |= TFlagNamed;
  t.pkgPath = "main";
  t.methods = tMethods;
  t.nmethods = 2;
  return t;
}();
const TypeDesc typeU = [] { // no methods
  TypeDesc t = basicType(8, KindInt, "main.U");
  t.pkgPath = "main";
  return t;
}();
const TypeDesc typeTOther = [] { // same name, other package
  TypeDesc t = basicType(8, KindInt, "main.T");
  t.pkgPath = "other/main";
  return t;
}();

TypeDesc ifaceType(const char *str, const gabi::IMethod *ms, uintptr_t n) {
  TypeDesc t = basicType(16, KindInterface, str, 0);
  t.fields = ms;
  t.nfields = n;
  return t;
}
const gabi::IMethod errorMethods[] = {{"Error", &typeFuncString}};
const gabi::IMethod iMethods[] = {{"Error", &typeFuncString}, {"N", &typeFunc}};
const TypeDesc errorType = ifaceType("error", errorMethods, 1);
const TypeDesc typeI = ifaceType("main.I", iMethods, 2);


} // namespace

TEST(RuntimeIface, GetitabBuildsAndCaches) {
  auto *tab = static_cast<gabi::Itab *>(rt_getitab(td(errorType), td(typeT), false));
  ASSERT_NE(tab, nullptr);
  EXPECT_EQ(tab->inter, &errorType);
  EXPECT_EQ(tab->type, &typeT);
  EXPECT_EQ(tab->fun[0], reinterpret_cast<void *>(&tError));
  EXPECT_EQ(rt_getitab(td(errorType), td(typeT), false), tab);
  auto fn = reinterpret_cast<GoString (*)(void *, void *)>(tab->fun[0]);
  EXPECT_EQ(str(fn(nullptr, nullptr)), "T's error");
}

TEST(RuntimeIface, GetitabCanFail) {
  EXPECT_EQ(rt_getitab(td(typeI), td(typeT), true), nullptr);
  EXPECT_EQ(rt_getitab(td(typeI), td(typeT), true), nullptr); // cached negative
  EXPECT_EQ(rt_getitab(td(errorType), td(typeU), true), nullptr);
  EXPECT_EQ(rt_getitab(td(errorType), nullptr, true), nullptr);
}

TEST(RuntimeIface, RuntimeErrorsImplementError) {
  // The runtime's own error types satisfy `error` through the shared
  // "type:func() string" descriptor.
  auto *tab = static_cast<gabi::Itab *>(rt_getitab(td(errorType), td(rt::boundsErrorType), false));
  ASSERT_NE(tab, nullptr);
  struct {
    int64_t x, y;
    bool sign;
    uint8_t code;
  } be{5, 3, true, 0};
  auto fn = reinterpret_cast<GoString (*)(void *, void *)>(tab->fun[0]);
  EXPECT_EQ(str(fn(nullptr, &be)), "runtime error: index out of range [5] with length 3");
}

TEST(RuntimeIface, Equality) {
  GoString a = gs("abc");
  std::string copy = "abc";
  GoString b{reinterpret_cast<const uint8_t *>(copy.data()), 3};
  EXPECT_TRUE(rt_efaceeq(td(stringType), &a, &b));
  GoString c = gs("abd");
  EXPECT_FALSE(rt_efaceeq(td(stringType), &a, &c));
  EXPECT_TRUE(rt_efaceeq(nullptr, nullptr, nullptr));
  double nan = __builtin_nan("");
  EXPECT_FALSE(rt_efaceeq(td(float64Type), &nan, &nan));
  TypeDesc ptr = basicType(8, KindPointer | KindDirectIface, "*int");
  int x, y;
  EXPECT_TRUE(rt_efaceeq(&ptr, &x, &x));
  EXPECT_FALSE(rt_efaceeq(&ptr, &x, &y));
  auto *tab = rt_getitab(td(errorType), td(typeT), false);
  int64_t v1 = 7, v2 = 7;
  EXPECT_TRUE(rt_ifaceeq(tab, &v1, &v2));
}

TEST(RuntimeIfaceDeathTest, UncomparableEquality) {
  GoSlice s{nullptr, 0, 0};
  EXPECT_EXIT(rt_efaceeq(td(intSliceType), &s, &s), testing::ExitedWithCode(2),
              "^panic: runtime error: comparing uncomparable type \\[\\]int\n\ngoroutine 1 \\[running\\]:\n");
}

TEST(RuntimeIfaceDeathTest, TypeAssertionTexts) {
  EXPECT_EXIT(rt_panicdottypeE(td(stringType), td(intType), td(efaceType)), testing::ExitedWithCode(2),
              "^panic: interface conversion: interface \\{\\} is string, not int\n\ngoroutine 1 ");
  EXPECT_EXIT(rt_panicdottypeE(nullptr, td(typeT), td(efaceType)), testing::ExitedWithCode(2),
              "^panic: interface conversion: interface \\{\\} is nil, not main.T\n");
  void *tab = rt_getitab(td(errorType), td(typeT), false);
  EXPECT_EXIT(rt_panicdottypeI(tab, td(typeU), td(errorType)), testing::ExitedWithCode(2),
              "^panic: interface conversion: error is main.T, not main.U\n");
  EXPECT_EXIT(rt_getitab(td(typeI), td(typeT), false), testing::ExitedWithCode(2),
              "^panic: interface conversion: main.T is not main.I: missing method N\n");
  EXPECT_EXIT(rt_getitab(td(typeI), nullptr, false), testing::ExitedWithCode(2),
              "^panic: interface conversion: interface is nil, not main.I\n");
  EXPECT_EXIT(rt_panicdottypeE(td(typeTOther), td(typeT), td(efaceType)), testing::ExitedWithCode(2),
              "^panic: interface conversion: interface \\{\\} is main.T, not main.T \\(types from "
              "different packages\\)\n");
}

TEST(RuntimeIface, ConvT) {
  int64_t v = 42;
  auto *p = static_cast<int64_t *>(rt_convT(td(intType), &v));
  EXPECT_NE(p, &v);
  EXPECT_EQ(*p, 42);
  TypeDesc empty = basicType(0, KindStruct, "struct {}");
  EXPECT_NE(rt_convT(&empty, nullptr), nullptr);
}
