//===- runtime/cpath.h - Go strings as C paths for system calls -*- C++ -*-===//
//
// CPath copies a Go string (not NUL-terminated) into a NUL-terminated
// buffer for a system call, rejecting NUL bytes with EINVAL as Go does and
// names of PATH_MAX bytes or more with ENAMETOOLONG. Used by the hooks of
// lib/os (os_file_linux.cpp) and lib/time (time_zoneinfo.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef GOLITE_RUNTIME_CPATH_H
#define GOLITE_RUNTIME_CPATH_H

#include "gc/gc.h"
#include "runtime/runtime.h"

#include <cerrno>
#include <climits>
#include <cstring>

namespace golite::rt {

/// A Go string copied into a NUL-terminated buffer for a system call.
/// Hooks run on the goroutine's stack with only the red zone below the Go
/// frame that called them (1 KiB, docs/stacks.md), so the buffer is small
/// and a longer path goes to the heap (as Go's os.Open allocates its
/// byte slice); a PATH_MAX buffer here overflowed 2 KiB first segments.
struct CPath {
  char small[128];
  char *buf = small;
  int err = 0;
  CPath(const CPath &) = delete; // buf may point into the object
  CPath &operator=(const CPath &) = delete;
  CPath(const char *p, GoInt n) {
    if (n >= PATH_MAX) {
      err = ENAMETOOLONG;
      buf[0] = 0;
      return;
    }
    if (n > 0 && memchr(p, 0, size_t(n))) {
      err = EINVAL;
      buf[0] = 0;
      return;
    }
    if (size_t(n) >= sizeof small)
      buf = static_cast<char *>(gc::allocNoZero(size_t(n) + 1, nullptr));
    if (n > 0)
      memcpy(buf, p, size_t(n));
    buf[n] = 0;
  }
};

} // namespace golite::rt

#endif // GOLITE_RUNTIME_CPATH_H
