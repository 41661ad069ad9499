//===- runtime/sort_swap.cpp - Element swapping for reflectlite.Swapper ---===//
//
// This file implements the two body-less functions of
// lib/internal/reflectlite/swapper.go: swapperLayout, which tells whether
// an interface{} holds a slice (and its length), and swapElems, which
// exchanges two elements of such a slice in place. sort.Slice and
// sort.SliceStable reach them through reflectlite.Swapper.
//
// Invariants:
//  - Go functions: symbol "internal/reflectlite.<name>", a leading closure
//    context parameter (ignored); the interface{} comes as two words.
//  - A slice is never stored directly in an interface, so Eface.data points
//    to its {ptr, len, cap} header; the element size is TypeDesc::elem->size.
//  - swapElems is only called with indices the Go side checked.
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"

#include <cstring>

using namespace golite;
using abi::GoInt;

namespace {
struct Layout {
  GoInt len;       // the slice's length, or -1 when the value is no slice
  GoInt kindOrSize; // element size for a slice, else the value's Kind
};

struct SliceHeader {
  uint8_t *ptr;
  GoInt len, cap;
};
} // namespace

extern "C" {

Layout rl_swapperLayout(void *, const abi::TypeDesc *t, void *data) __asm__(
    "internal/reflectlite.swapperLayout");
void rl_swapElems(void *, const abi::TypeDesc *t, void *data, GoInt i, GoInt j) __asm__(
    "internal/reflectlite.swapElems");

Layout rl_swapperLayout(void *, const abi::TypeDesc *t, void *data) {
  if (!t)
    return {-1, abi::KindInvalid};
  unsigned kind = t->kind & abi::KindMask;
  if (kind != abi::KindSlice)
    return {-1, GoInt(kind)};
  auto *s = static_cast<SliceHeader *>(data);
  return {s->len, GoInt(t->elem->size)};
}

void rl_swapElems(void *, const abi::TypeDesc *t, void *data, GoInt i, GoInt j) {
  size_t size = t->elem->size;
  if (i == j || size == 0)
    return;
  auto *s = static_cast<SliceHeader *>(data);
  uint8_t *a = s->ptr + size_t(i) * size;
  uint8_t *b = s->ptr + size_t(j) * size;
  // Exchange through a small buffer, a chunk at a time, so that elements
  // of any size need no allocation.
  uint8_t tmp[128];
  while (size) {
    size_t n = size < sizeof tmp ? size : sizeof tmp;
    memcpy(tmp, a, n);
    memcpy(a, b, n);
    memcpy(b, tmp, n);
    a += n;
    b += n;
    size -= n;
  }
}

} // extern "C"
