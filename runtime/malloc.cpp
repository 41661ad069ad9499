//===- runtime/malloc.cpp - Allocation entry points -----------------------===//
//
// This file implements the compiler's allocation entry points (newobject,
// newarray, mallocgc) and the runtime's own allocation helpers on top of the
// gc/ interface.
//
// Invariants:
//  - Every allocation is typed: the type descriptor goes to gc::alloc so a
//    pointer-free object is never scanned.
//  - Zero-sized allocations all return &zerobase, as in Go; so do
//    zero-length strings' data when a pointer is needed.
//  - Sizes are checked against maxAlloc before multiplying into a byte
//    count, with Go's panic texts.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"

namespace golite::rt {

alignas(8) uint8_t zerobase[8];

uint8_t *rawAlloc(size_t n) {
  if (n == 0)
    return zerobase;
  return static_cast<uint8_t *>(gc::allocNoZero(n, nullptr));
}

GoString copyString(const void *p, size_t n) {
  if (n == 0)
    return GoString{nullptr, 0};
  uint8_t *d = rawAlloc(n);
  memcpy(d, p, n);
  return GoString{d, GoInt(n)};
}

} // namespace golite::rt

using namespace golite;
using namespace golite::rt;

extern "C" {

void *rt_newobject(void *type) {
  auto *t = static_cast<const TypeDesc *>(type);
  if (t->size == 0)
    return zerobase;
  return gc::alloc(t->size, t);
}

void *rt_newarray(void *type, int64_t n) {
  auto *t = static_cast<const TypeDesc *>(type);
  if (n < 0 || (t->size != 0 && uint64_t(n) > maxAlloc / t->size))
    panicPlainError("runtime: allocation size out of range");
  size_t bytes = t->size * uint64_t(n);
  if (bytes == 0)
    return zerobase;
  return gc::alloc(bytes, t);
}

void *rt_mallocgc(int64_t size, void *type, bool needzero) {
  if (size < 0 || uint64_t(size) > maxAlloc)
    panicPlainError("runtime: allocation size out of range");
  if (size == 0)
    return zerobase;
  auto *t = static_cast<const TypeDesc *>(type);
  return needzero ? gc::alloc(size_t(size), t) : gc::allocNoZero(size_t(size), t);
}

} // extern "C"
