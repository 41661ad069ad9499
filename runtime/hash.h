//===- runtime/hash.h - The runtime's memory hash, inline -------*- C++ -*-===//
//
// This file implements memhash's body as an inline function, so that the
// map fast paths (map.cpp) hash string and 8-byte keys without a call and
// still agree bit for bit with typehash (alg.cpp), which the generic map
// entry points use on the same tables.
//
// The hash is a wyhash-style multiply-fold: 128-bit products of the input
// words with per-call constants, folded high ^ low. The seed is per map
// (fastrand64 at makemap), so iteration-independent hash flooding needs a
// fresh guess per map.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace golite::rt::hashimpl {

constexpr uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL,
                   k2 = 0x8ebc6af09c88c6e3ULL, k3 = 0x589965cc75374cc3ULL;

inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = __uint128_t(a) * b;
  return uint64_t(r) ^ uint64_t(r >> 64);
}

inline uint64_t load64(const uint8_t *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

inline uint32_t load32(const uint8_t *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

/// 0 < n <= 8 bytes as one word (overlapping loads; every byte counts).
inline uint64_t loadTail(const uint8_t *p, size_t n) {
  if (n >= 4)
    return uint64_t(load32(p)) << 32 | load32(p + n - 4);
  return uint64_t(p[0]) << 16 | uint64_t(p[n >> 1]) << 8 | p[n - 1];
}

inline uint64_t memhash(const void *p, uint64_t seed, size_t n) {
  auto *b = static_cast<const uint8_t *>(p);
  uint64_t s = seed ^ k0;
  uint64_t a = 0, c = 0;
  size_t len = n;
  if (len <= 16) {
    if (len > 8) {
      a = load64(b);
      c = load64(b + len - 8);
    } else if (len > 0) {
      a = loadTail(b, len);
    }
  } else {
    while (len > 16) {
      s = mix(load64(b) ^ k1, load64(b + 8) ^ s);
      b += 16;
      len -= 16;
    }
    a = load64(b + len - 16);
    c = load64(b + len - 8);
  }
  return mix(k1 ^ uint64_t(n), mix(a ^ k1, c ^ s) ^ k2) ^ k3;
}

/// memhash of the 8 bytes of v (same value as memhash(&v, seed, 8)).
inline uint64_t memhash64(uint64_t v, uint64_t seed) {
  uint64_t a = (v << 32) | (v >> 32); // loadTail's two 4-byte halves, swapped
  return mix(k1 ^ 8, mix(a ^ k1, (seed ^ k0)) ^ k2) ^ k3;
}

/// Byte equality of two strings of the same length n, without a call for
/// the short keys maps mostly hold.
inline bool strEqual(const uint8_t *a, const uint8_t *b, size_t n) {
  if (a == b)
    return true;
  if (n <= 16) {
    if (n > 8)
      return ((load64(a) ^ load64(b)) | (load64(a + n - 8) ^ load64(b + n - 8))) == 0;
    if (n == 0)
      return true;
    return loadTail(a, n) == loadTail(b, n);
  }
  return memcmp(a, b, n) == 0;
}

} // namespace golite::rt::hashimpl
