//===- runtime/reflectlite.cpp - Hooks for lib/internal/reflectlite ------===//
//
// This file implements the functions that lib/internal/reflectlite
// declares without bodies: typed allocation and copying, map iteration and
// lookup through runtime/map.cpp's entry points, and the
// interface-satisfaction test.
//
// Invariants:
//  - These are Go functions: symbol "<pkgpath>.<name>", a leading closure
//    context parameter (ignored), then the Go parameters (a []byte is three
//    words); two results come back as a two-word struct.
//  - A reflectlite *Type is a const TypeDesc*; the map iterator is the same
//    abi::MapIter that `for range` uses.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"

using namespace golite;
using namespace golite::rt;

namespace golite::rt {
// runtime/iface.cpp: getitab without the panic.
const Itab *lookupItab(const TypeDesc *inter, const TypeDesc *t, const char **missing);
} // namespace golite::rt

extern "C" {

void *rl_unsafe_New(void *, const TypeDesc *t) __asm__("internal/reflectlite.unsafe_New");
void rl_typedmemmove(void *, const TypeDesc *t, void *dst, const void *src) __asm__(
    "internal/reflectlite.typedmemmove");
void rl_mapiterinit(void *, const TypeDesc *t, void *m, void *it) __asm__(
    "internal/reflectlite.mapiterinit");
void rl_mapiternext(void *, void *it) __asm__("internal/reflectlite.mapiternext");
void *rl_mapaccess(void *, const TypeDesc *t, void *m, void *key) __asm__(
    "internal/reflectlite.mapaccess");
bool rl_implements(void *, const TypeDesc *inter, const TypeDesc *t) __asm__(
    "internal/reflectlite.implements");

void *rl_unsafe_New(void *, const TypeDesc *t) {
  return rt_newobject(const_cast<TypeDesc *>(t));
}

void rl_typedmemmove(void *, const TypeDesc *t, void *dst, const void *src) {
  if (dst != src && t->size)
    memmove(dst, src, t->size);
}

void rl_mapiterinit(void *, const TypeDesc *t, void *m, void *it) {
  rt_mapiterinit(const_cast<TypeDesc *>(t), m, it);
}

void rl_mapiternext(void *, void *it) { rt_mapiternext(it); }

void *rl_mapaccess(void *, const TypeDesc *t, void *m, void *key) {
  bool ok = false;
  void *e = rt_mapaccess2(const_cast<TypeDesc *>(t), m, key, &ok);
  return ok ? e : nullptr;
}

bool rl_implements(void *, const TypeDesc *inter, const TypeDesc *t) {
  if (!t)
    return false;
  if (inter->nfields == 0)
    return true;
  return lookupItab(inter, t, nullptr) != nullptr;
}

} // extern "C"
