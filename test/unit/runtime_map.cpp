//===- test/unit/runtime_map.cpp - Maps ------------------------------------===//
//
// Checks Go's map semantics: lookups, assignment, deletion, len, NaN and
// signed-zero keys, interface keys, randomized iteration order, and the
// guarantees for deletion and insertion during iteration.
//
//===----------------------------------------------------------------------===//

#include "runtime_testing.h"

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace golite;
using namespace golite::rttest;

namespace {
const TypeDesc mapIntInt = mapType(&intType, &intType, "map[int]int");
const TypeDesc mapStrInt = mapType(&stringType, &intType, "map[string]int");
const TypeDesc mapF64Int = mapType(&float64Type, &intType, "map[float64]int");
const TypeDesc mapEfaceInt = mapType(&efaceType, &intType, "map[interface {}]int");

void *mt(const TypeDesc &t) { return const_cast<TypeDesc *>(&t); }

int64_t &assign(const TypeDesc &t, void *m, const void *k) {
  return *static_cast<int64_t *>(rt_mapassign(mt(t), m, const_cast<void *>(k)));
}
int64_t get(const TypeDesc &t, void *m, const void *k, bool *ok = nullptr) {
  bool dummy;
  return *static_cast<int64_t *>(rt_mapaccess2(mt(t), m, const_cast<void *>(k), ok ? ok : &dummy));
}
int64_t len(void *m) { return m ? static_cast<golite::abi::MapHeaderPrefix *>(m)->count : 0; }

template <typename K> std::vector<std::pair<K, int64_t>> iterate(const TypeDesc &t, void *m) {
  golite::abi::MapIter it;
  std::vector<std::pair<K, int64_t>> out;
  for (rt_mapiterinit(mt(t), m, &it); it.key; rt_mapiternext(&it))
    out.push_back({*static_cast<K *>(it.key), *static_cast<int64_t *>(it.elem)});
  return out;
}
} // namespace

TEST(RuntimeMap, InsertLookupDelete) {
  void *m = rt_makemap(mt(mapIntInt), 0);
  for (int64_t i = 0; i < 1000; i++)
    assign(mapIntInt, m, &i) = i * 10;
  EXPECT_EQ(len(m), 1000);
  for (int64_t i = 0; i < 1000; i += 2)
    rt_mapdelete(mt(mapIntInt), m, &i);
  EXPECT_EQ(len(m), 500);
  for (int64_t i = 0; i < 1000; i++) {
    bool ok;
    int64_t v = get(mapIntInt, m, &i, &ok);
    EXPECT_EQ(ok, i % 2 == 1);
    EXPECT_EQ(v, i % 2 ? i * 10 : 0);
    EXPECT_EQ(*static_cast<int64_t *>(rt_mapaccess1(mt(mapIntInt), m, &i)), v);
  }
  // Overwrite keeps len.
  int64_t k = 1;
  assign(mapIntInt, m, &k) = -1;
  EXPECT_EQ(len(m), 500);
  EXPECT_EQ(get(mapIntInt, m, &k), -1);
  auto all = iterate<int64_t>(mapIntInt, m);
  EXPECT_EQ(all.size(), 500u);
  std::set<int64_t> keys;
  for (auto &[key, v] : all) {
    EXPECT_EQ(key % 2, 1);
    keys.insert(key);
  }
  EXPECT_EQ(keys.size(), 500u);
}

TEST(RuntimeMap, StringKeysByContent) {
  void *m = rt_makemap(mt(mapStrInt), 10);
  char a[] = "hello", b[] = "hello";
  GoString ka{reinterpret_cast<uint8_t *>(a), 5}, kb{reinterpret_cast<uint8_t *>(b), 5};
  assign(mapStrInt, m, &ka) = 7;
  EXPECT_EQ(get(mapStrInt, m, &kb), 7);
  GoString empty{nullptr, 0};
  assign(mapStrInt, m, &empty) = 3;
  EXPECT_EQ(len(m), 2);
  EXPECT_EQ(get(mapStrInt, m, &empty), 3);
}

TEST(RuntimeMap, NaNAndSignedZero) {
  void *m = rt_makemap(mt(mapF64Int), 0);
  double nan = std::nan("");
  for (int i = 0; i < 3; i++)
    assign(mapF64Int, m, &nan) = i;
  EXPECT_EQ(len(m), 3);
  bool ok = true;
  get(mapF64Int, m, &nan, &ok);
  EXPECT_FALSE(ok);
  rt_mapdelete(mt(mapF64Int), m, &nan); // finds nothing
  EXPECT_EQ(len(m), 3);
  double pz = 0.0, nz = -0.0;
  assign(mapF64Int, m, &pz) = 1;
  assign(mapF64Int, m, &nz) = 2;
  EXPECT_EQ(len(m), 4);
  EXPECT_EQ(get(mapF64Int, m, &pz), 2);
  int nans = 0, zeros = 0;
  for (auto &[k, v] : iterate<double>(mapF64Int, m)) {
    if (std::isnan(k))
      nans++;
    else {
      zeros++;
      EXPECT_TRUE(std::signbit(k)); // the key was updated to -0, as in Go
    }
  }
  EXPECT_EQ(nans, 3);
  EXPECT_EQ(zeros, 1);
}

TEST(RuntimeMap, InterfaceKeys) {
  void *m = rt_makemap(mt(mapEfaceInt), 0);
  int64_t one = 1;
  GoString s1 = gs("1");
  Eface ki{&intType, &one}, ks{&stringType, &s1};
  int64_t one2 = 1;
  Eface ki2{&intType, &one2};
  assign(mapEfaceInt, m, &ki) = 10;
  assign(mapEfaceInt, m, &ks) = 20;
  EXPECT_EQ(len(m), 2);
  EXPECT_EQ(get(mapEfaceInt, m, &ki2), 10); // by value, not by data pointer
  EXPECT_EQ(get(mapEfaceInt, m, &ks), 20);
  Eface nil{nullptr, nullptr};
  assign(mapEfaceInt, m, &nil) = 30;
  EXPECT_EQ(get(mapEfaceInt, m, &nil), 30);
  EXPECT_EQ(len(m), 3);
}

TEST(RuntimeMap, NilMapReads) {
  int64_t k = 5;
  bool ok = true;
  EXPECT_EQ(get(mapIntInt, nullptr, &k, &ok), 0);
  EXPECT_FALSE(ok);
  rt_mapdelete(mt(mapIntInt), nullptr, &k);
  golite::abi::MapIter it;
  rt_mapiterinit(mt(mapIntInt), nullptr, &it);
  EXPECT_EQ(it.key, nullptr);
}

TEST(RuntimeMap, LargeElemZeroValue) {
  TypeDesc big = basicType(4000, KindArray, "[500]int");
  big.len = 500;
  big.elem = &intType;
  TypeDesc mtBig = mapType(&intType, &big, "map[int][500]int");
  void *m = rt_makemap(&mtBig, 0);
  int64_t k = 1;
  auto *z = static_cast<int64_t *>(rt_mapaccess1(&mtBig, m, &k));
  for (int i = 0; i < 500; i++)
    ASSERT_EQ(z[i], 0);
  static_cast<int64_t *>(rt_mapassign(&mtBig, m, &k))[499] = 9;
  EXPECT_EQ(static_cast<int64_t *>(rt_mapaccess1(&mtBig, m, &k))[499], 9);
}

TEST(RuntimeMap, IterationOrderIsRandomized) {
  void *m = rt_makemap(mt(mapIntInt), 0);
  for (int64_t i = 0; i < 8; i++)
    assign(mapIntInt, m, &i) = i;
  std::set<std::vector<int64_t>> orders;
  std::set<int64_t> firsts;
  for (int run = 0; run < 64; run++) {
    std::vector<int64_t> order;
    for (auto &[k, v] : iterate<int64_t>(mapIntInt, m))
      order.push_back(k);
    ASSERT_EQ(order.size(), 8u);
    orders.insert(order);
    firsts.insert(order[0]);
  }
  EXPECT_GT(orders.size(), 8u);
  EXPECT_GT(firsts.size(), 3u);
}

TEST(RuntimeMap, DeleteDuringIteration) {
  void *m = rt_makemap(mt(mapIntInt), 0);
  for (int64_t i = 0; i < 100; i++)
    assign(mapIntInt, m, &i) = i;
  golite::abi::MapIter it;
  int produced = 0;
  for (rt_mapiterinit(mt(mapIntInt), m, &it); it.key; rt_mapiternext(&it)) {
    int64_t cur = *static_cast<int64_t *>(it.key);
    produced++;
    if (produced == 1)
      for (int64_t i = 0; i < 100; i++)
        if (i != cur)
          rt_mapdelete(mt(mapIntInt), m, &i);
  }
  EXPECT_EQ(produced, 1);
  EXPECT_EQ(len(m), 1);
}

TEST(RuntimeMap, InsertAndDeleteDuringIterationWithGrowth) {
  for (int trial = 0; trial < 20; trial++) {
    void *m = rt_makemap(mt(mapIntInt), 0);
    for (int64_t i = 0; i < 8; i++)
      assign(mapIntInt, m, &i) = i;
    std::map<int64_t, int> seen;
    std::set<int64_t> deleted;
    golite::abi::MapIter it;
    int step = 0;
    for (rt_mapiterinit(mt(mapIntInt), m, &it); it.key; rt_mapiternext(&it)) {
      int64_t k = *static_cast<int64_t *>(it.key);
      EXPECT_EQ(*static_cast<int64_t *>(it.elem), k >= 1000 ? -k : k);
      seen[k]++;
      if (step++ == 1) {
        // Force several rebuilds, then delete every original key not seen.
        for (int64_t i = 1000; i < 3000; i++)
          assign(mapIntInt, m, &i) = -i;
        for (int64_t i = 0; i < 8; i++)
          if (!seen.count(i)) {
            rt_mapdelete(mt(mapIntInt), m, &i);
            deleted.insert(i);
          }
        // Update a key that was seen: not produced again.
      }
    }
    for (auto &[k, n] : seen)
      EXPECT_EQ(n, 1) << "key " << k << " produced twice";
    for (int64_t d : deleted)
      EXPECT_EQ(seen.count(d), 0u) << "deleted key " << d << " produced";
    EXPECT_EQ(len(m), int64_t(8 - deleted.size() + 2000));
  }
}

TEST(RuntimeMap, EntriesPresentThroughoutAreProducedOnce) {
  void *m = rt_makemap(mt(mapIntInt), 0);
  for (int64_t i = 0; i < 50; i++)
    assign(mapIntInt, m, &i) = i;
  std::map<int64_t, int> seen;
  golite::abi::MapIter it;
  int64_t next = 100;
  for (rt_mapiterinit(mt(mapIntInt), m, &it); it.key; rt_mapiternext(&it)) {
    seen[*static_cast<int64_t *>(it.key)]++;
    for (int j = 0; j < 7; j++, next++)
      assign(mapIntInt, m, &next) = next;
  }
  for (int64_t i = 0; i < 50; i++)
    EXPECT_EQ(seen[i], 1) << i;
  for (auto &[k, n] : seen)
    EXPECT_EQ(n, 1);
}

TEST(RuntimeMapDeathTest, NilMapAssign) {
  int64_t k = 1;
  EXPECT_EXIT(rt_mapassign(mt(mapIntInt), nullptr, &k), testing::ExitedWithCode(2),
              "^panic: assignment to entry in nil map\n\ngoroutine 1 \\[running\\]:\n");
}

TEST(RuntimeMapDeathTest, UnhashableInterfaceKey) {
  void *m = rt_makemap(mt(mapEfaceInt), 0);
  GoSlice s{nullptr, 0, 0};
  Eface k{&intSliceType, &s};
  EXPECT_EXIT(rt_mapassign(mt(mapEfaceInt), m, &k), testing::ExitedWithCode(2),
              "^panic: runtime error: hash of unhashable type \\[\\]int\n");
  // Even on a nil map, as in Go (issue 23734).
  EXPECT_EXIT(rt_mapaccess1(mt(mapEfaceInt), nullptr, &k), testing::ExitedWithCode(2),
              "^panic: runtime error: hash of unhashable type \\[\\]int\n");
}

// The _faststr/_fast64 entry points the compiler calls for string and
// 8-byte keys work on the same tables as the generic ones (fmt, reflectlite
// and iteration after a rebuild use those), so hashes and layouts agree.
TEST(RuntimeMap, FastPathsShareTablesWithGenericOnes) {
  void *m = rt_makemap(mt(mapStrInt), 0);
  std::vector<std::string> keys;
  for (int i = 0; i < 3000; i++) // several rebuilds; lengths 2..5, 9..12, 17+
    keys.push_back(std::string(i % 3 == 0 ? "" : i % 3 == 1 ? "somewhat-" : "long-key-prefix--") +
                   "k" + std::to_string(i));
  for (size_t i = 0; i < keys.size(); i++) {
    auto *d = const_cast<char *>(keys[i].data());
    int64_t n = int64_t(keys[i].size());
    if (i % 2)
      *static_cast<int64_t *>(rt_mapassign_faststr(mt(mapStrInt), m, d, n)) = int64_t(i);
    else
    {
      GoString k{reinterpret_cast<const uint8_t *>(d), n};
      assign(mapStrInt, m, &k) = int64_t(i);
    }
  }
  EXPECT_EQ(len(m), 3000);
  for (size_t i = 0; i < keys.size(); i++) {
    // A copy of the key: equal by content, not by pointer.
    std::string copy = keys[i];
    GoString k{reinterpret_cast<const uint8_t *>(copy.data()), int64_t(copy.size())};
    bool ok = false;
    EXPECT_EQ(get(mapStrInt, m, &k, &ok), int64_t(i));
    EXPECT_TRUE(ok);
    ok = false;
    auto *p = static_cast<int64_t *>(
        rt_mapaccess2_faststr(mt(mapStrInt), m, copy.data(), int64_t(copy.size()), &ok));
    EXPECT_TRUE(ok);
    EXPECT_EQ(*p, int64_t(i));
    EXPECT_EQ(*static_cast<int64_t *>(
                  rt_mapaccess1_faststr(mt(mapStrInt), m, copy.data(), int64_t(copy.size()))),
              int64_t(i));
  }
  // Absent keys, including a prefix and a same-length neighbour.
  bool ok = true;
  EXPECT_EQ(*static_cast<int64_t *>(rt_mapaccess2_faststr(mt(mapStrInt), m, (void *)"k", 1, &ok)), 0);
  EXPECT_FALSE(ok);
  EXPECT_EQ(*static_cast<int64_t *>(rt_mapaccess1_faststr(mt(mapStrInt), m, (void *)"k99999", 6)), 0);
  // Deleting through either path is seen by the other.
  for (size_t i = 0; i < keys.size(); i += 3) {
    GoString k{reinterpret_cast<const uint8_t *>(keys[i].data()), int64_t(keys[i].size())};
    if (i % 2)
      rt_mapdelete(mt(mapStrInt), m, &k);
    else
      rt_mapdelete_faststr(mt(mapStrInt), m, const_cast<uint8_t *>(k.data), k.len);
  }
  EXPECT_EQ(len(m), 2000);
  for (size_t i = 0; i < keys.size(); i++) {
    ok = true;
    rt_mapaccess2_faststr(mt(mapStrInt), m, keys[i].data(), int64_t(keys[i].size()), &ok);
    EXPECT_EQ(ok, i % 3 != 0) << i;
  }
  // Nil maps read as empty; the empty string is a key like any other.
  EXPECT_EQ(*static_cast<int64_t *>(rt_mapaccess1_faststr(mt(mapStrInt), nullptr, nullptr, 0)), 0);
  *static_cast<int64_t *>(rt_mapassign_faststr(mt(mapStrInt), m, nullptr, 0)) = 42;
  GoString empty{nullptr, 0};
  EXPECT_EQ(get(mapStrInt, m, &empty), 42);
}

TEST(RuntimeMap, Fast64PathsShareTablesWithGenericOnes) {
  void *m = rt_makemap(mt(mapIntInt), 0);
  for (int64_t i = -500; i < 500; i++) {
    int64_t k = i * 0x10001;
    if (i & 1)
      *static_cast<int64_t *>(rt_mapassign_fast64(mt(mapIntInt), m, k)) = i;
    else
      assign(mapIntInt, m, &k) = i;
  }
  EXPECT_EQ(len(m), 1000);
  for (int64_t i = -500; i < 500; i++) {
    int64_t k = i * 0x10001;
    bool ok = false;
    EXPECT_EQ(get(mapIntInt, m, &k, &ok), i);
    EXPECT_TRUE(ok);
    EXPECT_EQ(*static_cast<int64_t *>(rt_mapaccess1_fast64(mt(mapIntInt), m, k)), i);
    ok = false;
    EXPECT_EQ(*static_cast<int64_t *>(rt_mapaccess2_fast64(mt(mapIntInt), m, k, &ok)), i);
    EXPECT_TRUE(ok);
  }
  for (int64_t i = -500; i < 500; i += 2)
    rt_mapdelete_fast64(mt(mapIntInt), m, i * 0x10001);
  EXPECT_EQ(len(m), 500);
  int64_t gone = -500 * 0x10001;
  bool ok = true;
  get(mapIntInt, m, &gone, &ok);
  EXPECT_FALSE(ok);
  ok = true;
  rt_mapaccess2_fast64(mt(mapIntInt), m, 12345, &ok);
  EXPECT_FALSE(ok);
  EXPECT_EQ(*static_cast<int64_t *>(rt_mapaccess1_fast64(mt(mapIntInt), nullptr, 7)), 0);
  rt_mapdelete_fast64(mt(mapIntInt), nullptr, 7); // no-op on nil maps
  auto pairs = iterate<int64_t>(mapIntInt, m);
  EXPECT_EQ(pairs.size(), 500u);
  for (auto &[k, v] : pairs)
    EXPECT_EQ(k, v * 0x10001);
}

TEST(RuntimeMapDeathTest, NilMapAssignFastPaths) {
  EXPECT_EXIT(rt_mapassign_faststr(mt(mapStrInt), nullptr, (void *)"a", 1),
              testing::ExitedWithCode(2), "^panic: assignment to entry in nil map\n");
  EXPECT_EXIT(rt_mapassign_fast64(mt(mapIntInt), nullptr, 1), testing::ExitedWithCode(2),
              "^panic: assignment to entry in nil map\n");
}
