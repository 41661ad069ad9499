//===- runtime/errors.cpp - Type questions for package errors -------------===//
//
// This file implements the functions that lib/errors declares without
// bodies: errors.Is must know whether the target's dynamic type is
// comparable, and errors.As whether an error's dynamic type is assignable to
// the type its target points to. Go answers both with reflectlite; golite
// answers them from the type descriptors (abi::TypeDesc).
//
// Invariants:
//  - Interfaces arrive as two words (type or itab, data), the way compiled
//    code passes a {ptr,ptr} value.
//  - Assignability of a concrete dynamic type to a concrete target type is
//    type identity, which is descriptor identity (the linker merges
//    duplicate descriptors). The rule "identical underlying types, one of
//    them unnamed" cannot apply: unnamed types other than pointers to named
//    types have no methods, so they are never the dynamic type of an error
//    that a target type could also be.
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"

#include <cstring>

using namespace golite::rt;

namespace {

/// Reports whether t's method set has Error() string.
bool implementsError(const TypeDesc *t) {
  for (uintptr_t i = 0; i < t->nmethods; i++) {
    const golite::abi::Method &m = t->methods[i];
    if (strcmp(m.name, "Error") != 0)
      continue;
    const TypeDesc *ft = m.mtype;
    if (!ft || kindOf(ft) != golite::abi::KindFunc || ft->nfields != (uintptr_t(1) << 16))
      return false;
    auto *res = static_cast<const TypeDesc *const *>(ft->fields);
    return kindOf(res[0]) == golite::abi::KindString && !(res[0]->tflag & golite::abi::TFlagNamed);
  }
  return false;
}

} // namespace

extern "C" {

bool errors_runtime_comparable(void *ctx, const TypeDesc *t, void *data)
    __asm__("errors.runtime_comparable");
GoInt errors_runtime_asTarget(void *ctx, const TypeDesc *t, void *data)
    __asm__("errors.runtime_asTarget");
bool errors_runtime_assignTo(void *ctx, const Itab *errTab, void *errData, const TypeDesc *t,
                             void *target) __asm__("errors.runtime_assignTo");

bool errors_runtime_comparable(void *, const TypeDesc *t, void *) {
  return t && (t->tflag & golite::abi::TFlagComparable);
}

GoInt errors_runtime_asTarget(void *, const TypeDesc *t, void *data) {
  if (!t || kindOf(t) != golite::abi::KindPointer || !data)
    return 1;
  const TypeDesc *elem = t->elem;
  if (kindOf(elem) != golite::abi::KindInterface && !implementsError(elem))
    return 2;
  return 0;
}

bool errors_runtime_assignTo(void *, const Itab *errTab, void *errData, const TypeDesc *t,
                             void *target) {
  if (!errTab)
    return false;
  const TypeDesc *dyn = errTab->type;
  const TypeDesc *want = t->elem;
  if (kindOf(want) == golite::abi::KindInterface) {
    if (want->nfields == 0) {
      auto *e = static_cast<Eface *>(target);
      e->type = dyn;
      e->data = errData;
      return true;
    }
    void *tab = rt_getitab(const_cast<TypeDesc *>(want), const_cast<TypeDesc *>(dyn), true);
    if (!tab)
      return false;
    auto *i = static_cast<Iface *>(target);
    i->tab = static_cast<Itab *>(tab);
    i->data = errData;
    return true;
  }
  if (dyn != want)
    return false;
  if (isDirectIface(dyn))
    *static_cast<void **>(target) = errData;
  else if (dyn->size != 0)
    memmove(target, errData, dyn->size);
  return true;
}

} // extern "C"
