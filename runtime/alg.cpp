//===- runtime/alg.cpp - Hashing and equality by type descriptor ----------===//
//
// This file implements the generic hash and equality functions that maps
// and interface comparison use: they walk a type descriptor, as Go's
// typehash and the compiler-generated eq functions do.
//
// Invariants (all visible to Go programs):
//  - Equal values hash equally: +0 and -0 hash alike; strings hash by
//    content; interfaces by dynamic type and value; arrays and structs
//    element by element and field by field, skipping blank (`_`) fields,
//    which take no part in equality either.
//  - NaN != NaN, and a NaN hashes to a fresh random value each time, so
//    each NaN key inserts a new map entry that no lookup can find.
//  - Hashing or comparing a value whose dynamic type is not comparable
//    (slices, maps, funcs, or structs/arrays containing them) panics with
//    "runtime error: hash of unhashable type T" or
//    "runtime error: comparing uncomparable type T".
//  - Types flagged TFlagRegularMemory (no floats, strings, interfaces or
//    padding) hash and compare as plain bytes.
//
//===----------------------------------------------------------------------===//

#include "runtime/hash.h"
#include "runtime/runtime.h"

namespace golite::rt {

namespace {
using hashimpl::k0;
using hashimpl::k1;
using hashimpl::mix;

[[noreturn]] void unhashable(const TypeDesc *t) {
  GoString parts[2] = {makeString("hash of unhashable type "), makeString(t->str)};
  panicErrorString(rt_concatstrings(parts, 2));
}

[[noreturn]] void uncomparable(const TypeDesc *t) {
  GoString parts[2] = {makeString("comparing uncomparable type "), makeString(t->str)};
  panicErrorString(rt_concatstrings(parts, 2));
}

bool isBlank(const char *name) { return name[0] == '_' && name[1] == 0; }

uintptr_t interhash(const TypeDesc *t, void *data, uintptr_t h) {
  if (!t)
    return h;
  if (!(t->tflag & abi::TFlagComparable))
    unhashable(t);
  if (isDirectIface(t))
    return mix(k1, typehash(t, &data, h ^ k0));
  return mix(k1, typehash(t, data, h ^ k0));
}

bool efaceEqual(const TypeDesc *t, void *x, void *y) {
  if (!t)
    return true;
  if (!(t->tflag & abi::TFlagComparable))
    uncomparable(t);
  if (isDirectIface(t))
    return x == y;
  return typeequal(t, x, y);
}
} // namespace

uintptr_t memhash(const void *p, uintptr_t seed, uintptr_t n) {
  return hashimpl::memhash(p, seed, n);
}

uintptr_t typehash(const TypeDesc *t, const void *p, uintptr_t h) {
  if (t->tflag & abi::TFlagRegularMemory)
    return memhash(p, h, t->size);
  switch (kindOf(t)) {
  case abi::KindFloat32: {
    float f = *static_cast<const float *>(p);
    if (f == 0)
      return mix(k1, k0 ^ h);
    if (f != f)
      return mix(k1, k0 ^ h ^ fastrand64());
    return memhash(p, h, 4);
  }
  case abi::KindFloat64: {
    double f = *static_cast<const double *>(p);
    if (f == 0)
      return mix(k1, k0 ^ h);
    if (f != f)
      return mix(k1, k0 ^ h ^ fastrand64());
    return memhash(p, h, 8);
  }
  case abi::KindComplex64: {
    auto *f = static_cast<const float *>(p);
    uintptr_t r = h;
    for (int i = 0; i < 2; i++) {
      if (f[i] == 0)
        r = mix(k1, k0 ^ r);
      else if (f[i] != f[i])
        r = mix(k1, k0 ^ r ^ fastrand64());
      else
        r = memhash(&f[i], r, 4);
    }
    return r;
  }
  case abi::KindComplex128: {
    auto *f = static_cast<const double *>(p);
    uintptr_t r = h;
    for (int i = 0; i < 2; i++) {
      if (f[i] == 0)
        r = mix(k1, k0 ^ r);
      else if (f[i] != f[i])
        r = mix(k1, k0 ^ r ^ fastrand64());
      else
        r = memhash(&f[i], r, 8);
    }
    return r;
  }
  case abi::KindString: {
    auto *s = static_cast<const GoString *>(p);
    return memhash(s->data, h, uintptr_t(s->len));
  }
  case abi::KindInterface: {
    if (isEmptyInterface(t)) {
      auto *e = static_cast<const Eface *>(p);
      return interhash(e->type, e->data, h);
    }
    auto *i = static_cast<const Iface *>(p);
    return interhash(i->tab ? i->tab->type : nullptr, i->data, h);
  }
  case abi::KindArray: {
    auto *b = static_cast<const uint8_t *>(p);
    for (uintptr_t i = 0; i < t->len; i++)
      h = typehash(t->elem, b + i * t->elem->size, h);
    return h;
  }
  case abi::KindStruct: {
    auto *b = static_cast<const uint8_t *>(p);
    auto *fs = static_cast<const abi::StructField *>(t->fields);
    for (uintptr_t i = 0; i < t->nfields; i++) {
      if (isBlank(fs[i].name))
        continue;
      h = typehash(fs[i].type, b + fs[i].offset, h);
    }
    return h;
  }
  case abi::KindSlice:
  case abi::KindMap:
  case abi::KindFunc:
    unhashable(t);
  default:
    // Booleans, integers, pointers, channels, unsafe.Pointer.
    return memhash(p, h, t->size);
  }
}

bool typeequal(const TypeDesc *t, const void *x, const void *y) {
  if (t->tflag & abi::TFlagRegularMemory)
    return memcmp(x, y, t->size) == 0;
  switch (kindOf(t)) {
  case abi::KindFloat32:
    return *static_cast<const float *>(x) == *static_cast<const float *>(y);
  case abi::KindFloat64:
    return *static_cast<const double *>(x) == *static_cast<const double *>(y);
  case abi::KindComplex64: {
    auto *a = static_cast<const float *>(x), *b = static_cast<const float *>(y);
    return a[0] == b[0] && a[1] == b[1];
  }
  case abi::KindComplex128: {
    auto *a = static_cast<const double *>(x), *b = static_cast<const double *>(y);
    return a[0] == b[0] && a[1] == b[1];
  }
  case abi::KindString: {
    auto *a = static_cast<const GoString *>(x), *b = static_cast<const GoString *>(y);
    return a->len == b->len && hashimpl::strEqual(a->data, b->data, size_t(a->len));
  }
  case abi::KindInterface: {
    if (isEmptyInterface(t)) {
      auto *a = static_cast<const Eface *>(x), *b = static_cast<const Eface *>(y);
      return a->type == b->type && efaceEqual(a->type, a->data, b->data);
    }
    auto *a = static_cast<const Iface *>(x), *b = static_cast<const Iface *>(y);
    // Itab pointers are not unique (static and runtime-built copies), so
    // compare dynamic types.
    const TypeDesc *ta = a->tab ? a->tab->type : nullptr;
    const TypeDesc *tb = b->tab ? b->tab->type : nullptr;
    return ta == tb && efaceEqual(ta, a->data, b->data);
  }
  case abi::KindArray: {
    auto *a = static_cast<const uint8_t *>(x), *b = static_cast<const uint8_t *>(y);
    for (uintptr_t i = 0; i < t->len; i++)
      if (!typeequal(t->elem, a + i * t->elem->size, b + i * t->elem->size))
        return false;
    return true;
  }
  case abi::KindStruct: {
    auto *a = static_cast<const uint8_t *>(x), *b = static_cast<const uint8_t *>(y);
    auto *fs = static_cast<const abi::StructField *>(t->fields);
    for (uintptr_t i = 0; i < t->nfields; i++) {
      if (isBlank(fs[i].name))
        continue;
      if (!typeequal(fs[i].type, a + fs[i].offset, b + fs[i].offset))
        return false;
    }
    return true;
  }
  case abi::KindSlice:
  case abi::KindMap:
  case abi::KindFunc:
    uncomparable(t);
  default:
    return memcmp(x, y, t->size) == 0;
  }
}

} // namespace golite::rt
