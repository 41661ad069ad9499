//===- test/unit/runtime_strings.cpp - Strings and UTF-8 ------------------===//
//
// Checks string operations and UTF-8 decoding/encoding against results
// recorded from Go 1.19 (runtime_golden.inc).
//
//===----------------------------------------------------------------------===//

#include "runtime_testing.h"
#include "gc/gc.h"

#include <vector>

using namespace golite;
using namespace golite::rttest;

namespace {
struct GrowCaps {
  int size;
  std::vector<int> caps;
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
  int len;
  int n;
  std::vector<std::pair<int, int32_t>> runes;
};
struct IntStringCase {
  int64_t x;
  const char *s;
  int len;
};
#include "runtime_golden.inc"
} // namespace

TEST(RuntimeStrings, Concat) {
  GoString parts[4] = {gs("ab"), gs(""), gs("cde"), gs("f")};
  EXPECT_EQ(str(rt_concatstrings(parts, 4)), "abcdef");
  EXPECT_EQ(rt_concatstrings(parts + 1, 1).len, 0);
  GoString r = rt_concatstring2((void *)"x", 1, (void *)"yz", 2);
  EXPECT_EQ(str(r), "xyz");
}

TEST(RuntimeStrings, Compare) {
  EXPECT_EQ(rt_cmpstring((void *)"abc", 3, (void *)"abd", 3), -1);
  EXPECT_EQ(rt_cmpstring((void *)"abc", 3, (void *)"ab", 2), 1);
  EXPECT_EQ(rt_cmpstring((void *)"ab", 2, (void *)"ab", 2), 0);
  EXPECT_EQ(rt_cmpstring(nullptr, 0, (void *)"a", 1), -1);
  // Bytes compare unsigned.
  EXPECT_EQ(rt_cmpstring((void *)"\xff", 1, (void *)"a", 1), 1);
  EXPECT_TRUE(rt_memequal((void *)"abc", (void *)"abc", 3));
  EXPECT_FALSE(rt_memequal((void *)"abc", (void *)"abd", 3));
}

TEST(RuntimeStrings, Decode) {
  for (const DecodeCase &c : kDecode) {
    SCOPED_TRACE(c.s);
    std::vector<std::pair<int, int32_t>> got;
    for (int64_t k = 0; k < c.len;) {
      int32_t r;
      int64_t next = rt_decoderune((void *)c.s, c.len, k, &r);
      got.push_back({int(k), r});
      k = next;
    }
    EXPECT_EQ(got, c.runes);
    // []rune(s) decodes the same way, with Go's rounded capacity.
    GoSlice rs;
    rt_stringtoslicerune(&rs, (void *)c.s, c.len);
    ASSERT_EQ(rs.len, c.n);
    EXPECT_EQ(uintptr_t(rs.cap), rt::roundupsize(uintptr_t(c.n) * 4) / 4);
    for (int i = 0; i < c.n; i++)
      EXPECT_EQ(static_cast<int32_t *>(rs.data)[i], c.runes[size_t(i)].second);
  }
}

TEST(RuntimeStrings, IntString) {
  for (const IntStringCase &c : kIntString) {
    SCOPED_TRACE(c.x);
    GoString s = rt_intstring(c.x);
    EXPECT_EQ(str(s), std::string(c.s, size_t(c.len)));
  }
}

TEST(RuntimeStrings, RunesToString) {
  int32_t runes[] = {'a', 0xe9, -1, 0xd800, 0x10ffff, 0x110000, 0x65e5};
  GoString s = rt_slicerunetostring(runes, 7);
  EXPECT_EQ(str(s), "a\xc3\xa9\xef\xbf\xbd\xef\xbf\xbd\xf4\x8f\xbf\xbf\xef\xbf\xbd\xe6\x97\xa5");
}

TEST(RuntimeStrings, BytesRoundTrip) {
  GoSlice b;
  rt_stringtoslicebyte(&b, (void *)"hello", 5);
  EXPECT_EQ(b.len, 5);
  EXPECT_EQ(b.cap, 8); // size class 8, as Go's rawbyteslice
  GoString s = rt_slicebytetostring(b.data, b.len);
  static_cast<char *>(b.data)[0] = 'j'; // the string is a copy
  EXPECT_EQ(str(s), "hello");
  rt_stringtoslicebyte(&b, nullptr, 0);
  EXPECT_EQ(b.len, 0);
  EXPECT_EQ(b.cap, 0);
}

TEST(RuntimeSlices, GrowOneByOneMatchesGo) {
  for (const GrowCaps &g : kGrowCaps) {
    SCOPED_TRACE(g.size);
    TypeDesc et = basicType(uintptr_t(g.size), KindArray, "[N]uint8");
    et.len = uintptr_t(g.size);
    et.elem = &uint8Type;
    GoSlice s{nullptr, 0, 0};
    std::vector<int> caps;
    int64_t last = -1;
    for (int i = 0; i < 5000; i++) {
      if (s.len == s.cap)
        rt_growslice(&et, &s, s.len + 1);
      s.len++;
      if (s.cap != last) {
        last = s.cap;
        caps.push_back(int(last));
      }
    }
    EXPECT_EQ(caps, g.caps);
  }
}

TEST(RuntimeSlices, GrowBulkMatchesGo) {
  for (const BulkCap &b : kBulkCaps) {
    SCOPED_TRACE(testing::Message() << "size " << b.size << " c " << b.c << " k " << b.k);
    TypeDesc et = basicType(uintptr_t(b.size), KindArray, "[N]uint8");
    void *data = rt_makeslice(&et, b.c, b.c);
    GoSlice s{data, b.c, b.c};
    rt_growslice(&et, &s, b.c + b.k);
    EXPECT_EQ(s.cap, b.cap);
    EXPECT_EQ(s.len, b.c); // growslice keeps the old length
  }
}

TEST(RuntimeSlices, GrowCopiesAndZeroes) {
  GoSlice s{nullptr, 0, 0};
  rt_growslice(const_cast<TypeDesc *>(&intType), &s, 3);
  auto *p = static_cast<int64_t *>(s.data);
  p[0] = 1, p[1] = 2, p[2] = 3;
  s.len = 3;
  rt_growslice(const_cast<TypeDesc *>(&intType), &s, 4);
  p = static_cast<int64_t *>(s.data);
  EXPECT_EQ(s.cap, 6);
  EXPECT_EQ(p[0] + p[1] + p[2], 6);
  // [len, newlen) is the caller's to store (append does); past newlen the
  // elements are zero.
  EXPECT_EQ(p[4] | p[5], 0);
}

TEST(RuntimeSlices, GrowZeroesTailOfReusedMemory) {
  // Pointer-free elements come from allocNoZero: litter the heap with
  // freed non-zero blocks, then check that grown slices read zero past
  // newlen wherever their memory came from.
  for (int round = 0; round < 4; round++) {
    for (int i = 0; i < 2000; i++) {
      void *junk = rt_makeslice(const_cast<TypeDesc *>(&uint8Type), 3000, 3000);
      memset(junk, 0xAB, 3000);
    }
    golite::gc::collect();
    GoSlice s{nullptr, 0, 0};
    for (int64_t n = 1; n < 20000; n = n * 3 / 2 + 1) {
      if (n <= s.cap)
        continue;
      rt_growslice(const_cast<TypeDesc *>(&uint8Type), &s, n);
      auto *p = static_cast<uint8_t *>(s.data);
      memset(p + s.len, 0x11, size_t(n - s.len)); // what append stores
      s.len = n;
      for (int64_t i = n; i < s.cap; i++)
        ASSERT_EQ(p[i], 0) << "n " << n << " i " << i;
    }
  }
}

TEST(RuntimeSlices, ZeroSizedElements) {
  TypeDesc et = basicType(0, KindStruct, "struct {}");
  GoSlice s{nullptr, 0, 0};
  rt_growslice(&et, &s, 10);
  EXPECT_NE(s.data, nullptr);
  EXPECT_EQ(s.cap, 10);
}

TEST(RuntimeSlices, Copy) {
  int64_t a[3] = {1, 2, 3}, b[5] = {};
  EXPECT_EQ(rt_slicecopy(b, 5, a, 3, 8), 3);
  EXPECT_EQ(b[2], 3);
  EXPECT_EQ(rt_slicecopy(a, 3, b, 5, 8), 3);
  EXPECT_EQ(rt_slicecopy(a, 0, b, 5, 8), 0);
  char buf[] = "abcdef";
  EXPECT_EQ(rt_slicecopy(buf + 1, 5, buf, 5, 1), 5); // overlapping: memmove
  EXPECT_STREQ(buf, "aabcde");
}

TEST(RuntimeSlicesDeathTest, MakesliceLen) {
  EXPECT_EXIT(rt_makeslice(const_cast<TypeDesc *>(&intType), -1, 5), testing::ExitedWithCode(2),
              "^panic: runtime error: makeslice: len out of range\n\ngoroutine 1 \\[running\\]:\n");
  EXPECT_EXIT(rt_makeslice(const_cast<TypeDesc *>(&intType), 5, 3), testing::ExitedWithCode(2),
              "^panic: runtime error: makeslice: cap out of range\n");
  EXPECT_EXIT(rt_makeslice(const_cast<TypeDesc *>(&intType), int64_t(1) << 60, int64_t(1) << 60),
              testing::ExitedWithCode(2), "^panic: runtime error: makeslice: len out of range\n");
}
