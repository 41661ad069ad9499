//===- runtime/bytealg.cpp - Byte searching for strings and bytes ---------===//
//
// This file implements the functions that lib/internal/bytealg declares
// without bodies: the byte and substring searches behind package strings
// and bytes (Index, IndexByte, Count, LastIndexByte), on libc's memchr,
// memrchr and memmem, which are vectorized.
//
// Invariants:
//  - These are Go functions: symbol "internal/bytealg.<name>", a leading
//    closure context (ignored), a string as one GoString, a []byte as its
//    three words. Results are Go ints: an index, or -1.
//  - A byte parameter arrives in the low 8 bits of its register with the
//    upper bits unspecified (golite passes i8 without zeroext), so it is
//    declared as a 64-bit integer and masked.
//  - None of them allocates, blocks or can fail; they run on any stack.
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"

#include <cstring>

using namespace golite;
using golite::abi::GoInt;
using golite::abi::GoString;

namespace {

GoInt indexByte(const uint8_t *p, GoInt n, uint64_t c) {
  if (n <= 0) return -1;
  const void *q = std::memchr(p, int(c & 0xff), size_t(n));
  return q ? GoInt(static_cast<const uint8_t *>(q) - p) : -1;
}

GoInt countByte(const uint8_t *p, GoInt n, uint64_t c) {
  const uint8_t b = uint8_t(c & 0xff);
  GoInt count = 0;
  for (GoInt i = 0; i < n; ++i) count += p[i] == b;
  return count;
}

} // namespace

extern "C" {

GoInt bytealg_IndexByteString(void *, GoString s, uint64_t c) __asm__(
    "internal/bytealg.IndexByteString");
GoInt bytealg_IndexByte(void *, const uint8_t *p, GoInt len, GoInt cap, uint64_t c) __asm__(
    "internal/bytealg.IndexByte");
GoInt bytealg_LastIndexByteString(void *, GoString s, uint64_t c) __asm__(
    "internal/bytealg.LastIndexByteString");
GoInt bytealg_CountString(void *, GoString s, uint64_t c) __asm__("internal/bytealg.CountString");
GoInt bytealg_Count(void *, const uint8_t *p, GoInt len, GoInt cap, uint64_t c) __asm__(
    "internal/bytealg.Count");
GoInt bytealg_indexString(void *, GoString s, GoString sep) __asm__(
    "internal/bytealg.indexString");

GoInt bytealg_IndexByteString(void *, GoString s, uint64_t c) {
  return indexByte(s.data, s.len, c);
}

GoInt bytealg_IndexByte(void *, const uint8_t *p, GoInt len, GoInt, uint64_t c) {
  return indexByte(p, len, c);
}

GoInt bytealg_LastIndexByteString(void *, GoString s, uint64_t c) {
  if (s.len <= 0) return -1;
  const void *q = memrchr(s.data, int(c & 0xff), size_t(s.len));
  return q ? GoInt(static_cast<const uint8_t *>(q) - s.data) : -1;
}

GoInt bytealg_CountString(void *, GoString s, uint64_t c) { return countByte(s.data, s.len, c); }

GoInt bytealg_Count(void *, const uint8_t *p, GoInt len, GoInt, uint64_t c) {
  return countByte(p, len, c);
}

// indexString returns the first index of sep in s; the Go side has handled
// the empty and one-byte patterns, so 2 <= len(sep) <= len(s). Most calls
// find a match or the end quickly, where memmem's setup would dominate:
// candidates are found with memchr on the first byte and checked with
// memcmp, until false candidates outnumber the bytes skipped, when memmem
// (linear in the worst case) takes over.
GoInt bytealg_indexString(void *, GoString s, GoString sep) {
  const uint8_t *base = s.data, *p = s.data;
  const uint8_t *last = s.data + (s.len - sep.len); // last possible start
  const uint8_t c0 = sep.data[0];
  GoInt fails = 0;
  while (p <= last) {
    p = static_cast<const uint8_t *>(std::memchr(p, c0, size_t(last - p) + 1));
    if (!p) return -1;
    if (std::memcmp(p + 1, sep.data + 1, size_t(sep.len - 1)) == 0) return GoInt(p - base);
    ++p;
    if (++fails > 16 + (p - base) / 8) {
      const void *q =
          memmem(p, size_t(s.data + s.len - p), sep.data, size_t(sep.len));
      return q ? GoInt(static_cast<const uint8_t *>(q) - base) : -1;
    }
  }
  return -1;
}

} // extern "C"
