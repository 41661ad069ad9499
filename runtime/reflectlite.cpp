//===- runtime/reflectlite.cpp - Hooks for lib/internal/reflectlite ------===//
//
// This file implements the functions that lib/internal/reflectlite and
// lib/os/stdio.go declare without bodies: typed allocation and copying,
// map iteration and lookup through runtime/map.cpp's entry points, the
// interface-satisfaction test, and the raw read/write system calls behind
// os.Stdin/Stdout/Stderr.
//
// Invariants:
//  - These are Go functions: symbol "<pkgpath>.<name>", a leading closure
//    context parameter (ignored), then the Go parameters (a []byte is three
//    words); two results come back as a two-word struct.
//  - A reflectlite *Type is a const TypeDesc*; the map iterator is the same
//    abi::MapIter that `for range` uses.
//  - read/write run between entersyscall and exitsyscall, so a goroutine
//    blocked on a terminal or pipe does not hold its P.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"

#include <cerrno>
#include <unistd.h>

using namespace golite;
using namespace golite::rt;

namespace golite::rt {
// runtime/iface.cpp: getitab without the panic.
const Itab *lookupItab(const TypeDesc *inter, const TypeDesc *t, const char **missing);
} // namespace golite::rt

namespace {
struct IntPair {
  GoInt a, b;
};
} // namespace

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
IntPair os_stdio_write(void *, GoInt fd, const uint8_t *p, GoInt len, GoInt cap) __asm__(
    "os.stdio_write");
IntPair os_stdio_read(void *, GoInt fd, uint8_t *p, GoInt len, GoInt cap) __asm__(
    "os.stdio_read");

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

/// write(2) of the whole buffer: {bytes written, errno or 0}.
IntPair os_stdio_write(void *, GoInt fd, const uint8_t *p, GoInt len, GoInt) {
  GoInt done = 0;
  int err = 0;
  rt_entersyscall();
  while (done < len) {
    ssize_t w = write(int(fd), p + done, size_t(len - done));
    if (w < 0) {
      if (errno == EINTR)
        continue;
      err = errno;
      break;
    }
    done += w;
  }
  rt_exitsyscall();
  return {done, err};
}

/// One read(2): {bytes read, errno or 0}; {0, 0} is end of file.
IntPair os_stdio_read(void *, GoInt fd, uint8_t *p, GoInt len, GoInt) {
  ssize_t r;
  int err = 0;
  rt_entersyscall();
  do {
    r = read(int(fd), p, size_t(len));
  } while (r < 0 && errno == EINTR);
  if (r < 0)
    err = errno;
  rt_exitsyscall();
  return {r < 0 ? 0 : GoInt(r), err};
}

} // extern "C"
