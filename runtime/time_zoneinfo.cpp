//===- runtime/time_zoneinfo.cpp - File and environment access for time ---===//
//
// This file implements the functions that lib/time declares without bodies
// for its time zone support: reading a whole zoneinfo file (package time
// must not import os) and looking up an environment variable (TZ).
//
// Invariants:
//  - Go functions: symbol "time.<name>", a leading closure-context parameter
//    (ignored), a string as two words. Results wider than two words go
//    through a pointer parameter (*[]byte, *string) the function fills.
//  - The file is read between entersyscall and exitsyscall; the bytes go
//    into pointer-free runtime memory that the filled-in slice owns.
//
//===----------------------------------------------------------------------===//

#include "runtime/cpath.h"
#include "runtime/runtime.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace golite::rt;

namespace {
} // namespace

extern "C" {

GoInt time_runtime_readFile(void *, const char *p, GoInt n, GoSlice *data)
    __asm__("time.runtime_readFile");
bool time_runtime_getenv(void *, const char *p, GoInt n, GoString *value)
    __asm__("time.runtime_getenv");

// Reads the whole file at the path; zoneinfo files are small (Go caps them
// at 10 MB, as do we).
GoInt time_runtime_readFile(void *, const char *p, GoInt n, GoSlice *data) {
  constexpr GoInt maxFileSize = 10 << 20;
  CPath cpath(p, n); // small: this runs in the red zone of a goroutine's stack
  if (cpath.err)
    return cpath.err;
  const char *path = cpath.buf;
  GoInt err = 0;
  rt_entersyscall();
  int fd;
  do {
    fd = open(path, O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  struct stat st;
  if (fd < 0) {
    err = errno;
  } else if (fstat(fd, &st) != 0) {
    err = errno;
  } else if (st.st_size > maxFileSize) {
    err = EFBIG;
  }
  rt_exitsyscall();
  if (err != 0) {
    if (fd >= 0)
      close(fd);
    return err;
  }
  GoInt size = GoInt(st.st_size);
  uint8_t *buf = rawAlloc(size_t(size) + 1);
  GoInt got = 0;
  rt_entersyscall();
  while (got < size) {
    ssize_t r = read(fd, buf + got, size_t(size - got));
    if (r < 0 && errno == EINTR)
      continue;
    if (r < 0) {
      err = errno;
      break;
    }
    if (r == 0)
      break;
    got += r;
  }
  close(fd);
  rt_exitsyscall();
  if (err != 0)
    return err;
  *data = GoSlice{buf, got, size + 1};
  return 0;
}

bool time_runtime_getenv(void *, const char *p, GoInt n, GoString *value) {
  char key[256];
  if (n <= 0 || n >= GoInt(sizeof key) || memchr(p, 0, size_t(n)))
    return false;
  memcpy(key, p, size_t(n));
  key[n] = 0;
  const char *v = getenv(key);
  if (!v)
    return false;
  *value = copyString(v, strlen(v));
  return true;
}

} // extern "C"
