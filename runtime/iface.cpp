//===- runtime/iface.cpp - Interface conversions and comparisons ----------===//
//
// This file implements boxing into interfaces (convT), method tables for
// dynamic conversions (getitab), interface equality (efaceeq, ifaceeq) and
// the failures of type assertions (panicdottypeE/I).
//
// Invariants:
//  - Type descriptors are unique per type (the linker merges the
//    compiler's linkonce_odr copies), so type identity is pointer equality.
//  - An Itab for (interface I, concrete T) has one code pointer per method
//    of I, in I's method order (sorted by name); fun[0] == 0 records that T
//    does not implement I (a cached negative answer, as in Go).
//  - Itabs are built once and never freed; they refer only to static data,
//    so they live in C heap memory the collector does not scan. The cache is
//    an open-addressed table keyed by the (I, T) pointer pair, guarded by a
//    spin lock for the day there are several threads.
//  - Static itabs the compiler emitted ("itab:<T>,<I>") are entered in the
//    cache before the first lookup, when the compiler lists them in the
//    "golite_itabs" section (an array of Itab pointers; the linker provides
//    __start_/__stop_golite_itabs). Then getitab returns the very same itab
//    for a pair the compiler also built statically, so itab pointers are
//    unique per (I, T) and compiled code may compare them. Without that
//    section the runtime still works, but compiled code must compare
//    tab->type rather than tab pointers.
//  - A method matches if the names are equal and the signature types are
//    identical (same descriptor, or same type string as a fallback against
//    duplicate descriptors of unnamed signature types).
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"

#include <atomic>
#include <cstdlib>

using namespace golite;
using namespace golite::rt;

namespace {

std::atomic_flag itabLock = ATOMIC_FLAG_INIT;
Itab **itabTable;
size_t itabCap, itabCount;

bool itabSeeded;

extern "C" {
[[gnu::weak]] extern const Itab *const __start_golite_itabs[];
[[gnu::weak]] extern const Itab *const __stop_golite_itabs[];
}

size_t itabHash(const TypeDesc *inter, const TypeDesc *t) {
  uintptr_t h = uintptr_t(inter) * 0x9E3779B97F4A7C15ULL ^ uintptr_t(t) * 0xC2B2AE3D27D4EB4FULL;
  return size_t(h ^ (h >> 29));
}

Itab *itabFind(const TypeDesc *inter, const TypeDesc *t) {
  if (!itabCap)
    return nullptr;
  for (size_t i = itabHash(inter, t) & (itabCap - 1);; i = (i + 1) & (itabCap - 1)) {
    Itab *m = itabTable[i];
    if (!m)
      return nullptr;
    if (m->inter == inter && m->type == t)
      return m;
  }
}

void itabAdd(Itab *m) {
  if ((itabCount + 1) * 4 > itabCap * 3) {
    size_t ncap = itabCap ? itabCap * 2 : 512;
    auto **nt = static_cast<Itab **>(calloc(ncap, sizeof(Itab *)));
    if (!nt)
      fatal("out of memory allocating itab table");
    for (size_t i = 0; i < itabCap; i++) {
      Itab *o = itabTable[i];
      if (!o)
        continue;
      size_t j = itabHash(o->inter, o->type) & (ncap - 1);
      while (nt[j])
        j = (j + 1) & (ncap - 1);
      nt[j] = o;
    }
    free(itabTable);
    itabTable = nt;
    itabCap = ncap;
  }
  size_t j = itabHash(m->inter, m->type) & (itabCap - 1);
  while (itabTable[j])
    j = (j + 1) & (itabCap - 1);
  itabTable[j] = m;
  itabCount++;
}

bool sameSignature(const TypeDesc *a, const TypeDesc *b) {
  if (a == b)
    return true;
  if (!a || !b)
    return false;
  return a->hash == b->hash && strcmp(a->str, b->str) == 0;
}

/// Fills m->fun; returns the name of the first missing method, or null.
const char *itabInit(Itab *m) {
  const TypeDesc *inter = m->inter, *t = m->type;
  auto *imethods = static_cast<const abi::IMethod *>(inter->fields);
  size_t ni = inter->nfields, nt = t->nmethods;
  size_t j = 0;
  for (size_t k = 0; k < ni; k++) {
    const abi::IMethod &im = imethods[k];
    void *fn = nullptr;
    // Both lists are sorted by name: a merge walk.
    for (; j < nt; j++) {
      const abi::Method &tm = t->methods[j];
      int c = strcmp(tm.name, im.name);
      if (c < 0)
        continue;
      if (c == 0 && sameSignature(tm.mtype, im.type))
        fn = tm.ifn;
      break;
    }
    if (!fn) {
      m->fun[0] = nullptr;
      return im.name;
    }
    m->fun[k] = fn;
  }
  return nullptr;
}

/// Enters the compiler's static itabs (see the file comment).
void seedItabs() {
  itabSeeded = true;
  if (!__start_golite_itabs || !__stop_golite_itabs)
    return;
  for (const Itab *const *p = __start_golite_itabs; p < __stop_golite_itabs; p++)
    if (*p && !itabFind((*p)->inter, (*p)->type))
      itabAdd(const_cast<Itab *>(*p));
}

} // namespace

namespace golite::rt {

/// getitab without the panic: the itab, or null if t does not implement
/// inter; *missing gets the first missing method's name.
const Itab *lookupItab(const TypeDesc *inter, const TypeDesc *t, const char **missing) {
  while (itabLock.test_and_set(std::memory_order_acquire))
    ;
  if (!itabSeeded)
    seedItabs();
  Itab *m = itabFind(inter, t);
  const char *miss = nullptr;
  if (!m) {
    size_t n = inter->nfields ? inter->nfields : 1;
    m = static_cast<Itab *>(calloc(1, offsetof(Itab, fun) + n * sizeof(void *)));
    if (!m)
      fatal("out of memory allocating itab");
    m->inter = inter;
    m->type = t;
    m->hash = t->hash;
    miss = itabInit(m);
    itabAdd(m);
  } else if (!m->fun[0] && inter->nfields) {
    // Cached negative: recompute the name for the message (rare path).
    auto *imethods = static_cast<const abi::IMethod *>(inter->fields);
    for (size_t k = 0; k < inter->nfields && !miss; k++) {
      bool found = false;
      for (size_t j = 0; j < t->nmethods; j++)
        if (strcmp(t->methods[j].name, imethods[k].name) == 0 &&
            sameSignature(t->methods[j].mtype, imethods[k].type))
          found = true;
      if (!found)
        miss = imethods[k].name;
    }
  }
  itabLock.clear(std::memory_order_release);
  if (missing)
    *missing = miss;
  return (m->fun[0] || inter->nfields == 0) ? m : nullptr;
}

} // namespace golite::rt

extern "C" {

void *rt_convT(void *type, void *value) {
  auto *t = static_cast<const TypeDesc *>(type);
  if (t->size == 0)
    return zerobase;
  void *p = gc::allocNoZero(t->size, t);
  memcpy(p, value, t->size);
  return p;
}

void *rt_getitab(void *interType, void *type, bool canfail) {
  auto *inter = static_cast<const TypeDesc *>(interType);
  auto *t = static_cast<const TypeDesc *>(type);
  if (!t) {
    if (canfail)
      return nullptr;
    panicTypeAssert(nullptr, nullptr, inter, nullptr);
  }
  const char *missing = nullptr;
  const Itab *m = lookupItab(inter, t, &missing);
  if (m)
    return const_cast<Itab *>(m);
  if (canfail)
    return nullptr;
  panicTypeAssert(nullptr, t, inter, missing ? missing : "");
}

bool rt_efaceeq(void *type, void *x, void *y) {
  auto *t = static_cast<const TypeDesc *>(type);
  if (!t)
    return true;
  if (!(t->tflag & abi::TFlagComparable)) {
    GoString parts[2] = {makeString("comparing uncomparable type "), makeString(t->str)};
    panicErrorString(rt_concatstrings(parts, 2));
  }
  if (isDirectIface(t))
    return x == y;
  return typeequal(t, x, y);
}

bool rt_ifaceeq(void *tab, void *x, void *y) {
  if (!tab)
    return true;
  return rt_efaceeq(const_cast<TypeDesc *>(static_cast<const Itab *>(tab)->type), x, y);
}

void rt_panicdottypeE(void *have, void *want, void *iface) {
  panicTypeAssert(static_cast<const TypeDesc *>(iface), static_cast<const TypeDesc *>(have),
                  static_cast<const TypeDesc *>(want), nullptr);
}

void rt_panicdottypeI(void *have, void *want, void *iface) {
  const TypeDesc *t = have ? static_cast<const Itab *>(have)->type : nullptr;
  rt_panicdottypeE(const_cast<TypeDesc *>(t), want, iface);
}

} // extern "C"
