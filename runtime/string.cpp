//===- runtime/string.cpp - String operations -----------------------------===//
//
// This file implements string concatenation, comparison and the
// conversions between strings, byte slices, rune slices and runes.
//
// Invariants:
//  - Strings are immutable {data, len}; data may be null iff len == 0.
//    Every operation that produces a new string allocates pointer-free
//    memory for it, so a result never aliases a mutable buffer.
//  - []byte(s) and []rune(s) get the capacity Go's allocator would give
//    them (the size rounded up to a size class), as Go's rawbyteslice and
//    rawruneslice do for escaping results.
//  - Comparison is bytewise unsigned (memcmp), then by length.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/hash.h"
#include "runtime/runtime.h"

using namespace golite;
using namespace golite::rt;

extern "C" {

GoString rt_concatstrings(void *parts, int64_t n) {
  auto *a = static_cast<const GoString *>(parts);
  uint64_t total = 0;
  for (int64_t i = 0; i < n; i++) {
    if (a[i].len < 0 || total + uint64_t(a[i].len) < total || total + uint64_t(a[i].len) > uint64_t(INT64_MAX))
      fatal("string concatenation too long");
    total += uint64_t(a[i].len);
  }
  if (total == 0)
    return GoString{nullptr, 0};
  uint8_t *d = rawAlloc(total);
  uint8_t *w = d;
  for (int64_t i = 0; i < n; i++) {
    if (a[i].len) {
      memcpy(w, a[i].data, size_t(a[i].len));
      w += a[i].len;
    }
  }
  return GoString{d, GoInt(total)};
}

GoString rt_concatstring2(void *p1, int64_t n1, void *p2, int64_t n2) {
  GoString parts[2] = {{static_cast<const uint8_t *>(p1), n1}, {static_cast<const uint8_t *>(p2), n2}};
  return rt_concatstrings(parts, 2);
}

int64_t rt_cmpstring(void *p1, int64_t n1, void *p2, int64_t n2) {
  int64_t n = n1 < n2 ? n1 : n2;
  if (n > 0 && p1 != p2) {
    int c = memcmp(p1, p2, size_t(n));
    if (c != 0)
      return c < 0 ? -1 : 1;
  }
  return n1 < n2 ? -1 : n1 > n2 ? 1 : 0;
}

bool rt_memequal(void *a, void *b, int64_t n) {
  // String ==: short operands are compared inline (no memcmp call).
  return hashimpl::strEqual(static_cast<const uint8_t *>(a), static_cast<const uint8_t *>(b),
                            size_t(n));
}

GoString rt_slicebytetostring(void *p, int64_t n) { return copyString(p, size_t(n)); }

void rt_stringtoslicebyte(void *out, void *p, int64_t n) {
  auto *s = static_cast<GoSlice *>(out);
  uintptr_t cap = roundupsize(uintptr_t(n));
  uint8_t *d = rawAlloc(cap);
  if (n)
    memcpy(d, p, size_t(n));
  if (cap > uintptr_t(n))
    memset(d + n, 0, cap - uintptr_t(n));
  *s = GoSlice{d, n, GoInt(cap)};
}

void rt_stringtoslicerune(void *out, void *p, int64_t n) {
  auto *s = static_cast<GoSlice *>(out);
  auto *b = static_cast<const uint8_t *>(p);
  GoInt count = 0;
  for (GoInt k = 0; k < n;) {
    decodeRune(b, n, k, &k);
    count++;
  }
  uintptr_t mem = roundupsize(uintptr_t(count) * 4);
  auto *d = reinterpret_cast<int32_t *>(rawAlloc(mem));
  memset(d, 0, mem);
  GoInt i = 0;
  for (GoInt k = 0; k < n;)
    d[i++] = decodeRune(b, n, k, &k);
  *s = GoSlice{d, count, GoInt(mem / 4)};
}

GoString rt_slicerunetostring(void *p, int64_t n) {
  auto *r = static_cast<const int32_t *>(p);
  uint8_t buf[4];
  uint64_t size = 0;
  for (int64_t i = 0; i < n; i++)
    size += uint64_t(encodeRune(buf, r[i]));
  if (size == 0)
    return GoString{nullptr, 0};
  uint8_t *d = rawAlloc(size);
  uint64_t w = 0;
  for (int64_t i = 0; i < n; i++)
    w += uint64_t(encodeRune(d + w, r[i]));
  return GoString{d, GoInt(size)};
}

GoString rt_intstring(int64_t v) {
  int32_t r = int64_t(int32_t(v)) == v ? int32_t(v) : runeError;
  uint8_t buf[4];
  int n = encodeRune(buf, r);
  return copyString(buf, size_t(n));
}

int64_t rt_decoderune(void *p, int64_t n, int64_t k, void *out) {
  GoInt next;
  *static_cast<int32_t *>(out) = decodeRune(static_cast<const uint8_t *>(p), n, k, &next);
  return next;
}

} // extern "C"
