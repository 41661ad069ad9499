//===- runtime/os_file_linux.cpp - File reading for package os ------------===//
//
// This file implements the functions that lib/os/file.go declares without
// bodies: open, read and close of a file for os.ReadFile, and the raise of
// the open-file limit that Go 1.19's package os does at initialization.
//
// Invariants:
//  - Go functions: symbol "os.<name>", a leading closure-context parameter
//    (ignored), a string as two words, a []byte as three, two results as a
//    two-word struct {value, errno} with errno 0 on success.
//  - Every call that may block (open and read of a slow file system, a
//    FIFO, a terminal) runs between entersyscall and exitsyscall, so the
//    goroutine's P can run other goroutines meanwhile.
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"

#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace golite::rt;

namespace {
struct IntErr {
  GoInt value;
  GoInt err;
};
} // namespace

extern "C" {

IntErr os_readFile_open(void *, const char *p, GoInt n) __asm__("os.readFile_open");
IntErr os_readFile_read(void *, GoInt fd, uint8_t *p, GoInt n, GoInt) __asm__("os.readFile_read");
GoInt os_readFile_close(void *, GoInt fd) __asm__("os.readFile_close");
void os_raiseFileLimit(void *) __asm__("os.raiseFileLimit");

// Go 1.19 (os/rlimit.go): programs that import os run with the soft
// RLIMIT_NOFILE raised to the hard limit.
void os_raiseFileLimit(void *) {
  rlimit lim;
  if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur != lim.rlim_max) {
    lim.rlim_cur = lim.rlim_max;
    setrlimit(RLIMIT_NOFILE, &lim);
  }
}

IntErr os_readFile_open(void *, const char *p, GoInt n) {
  char path[PATH_MAX];
  if (n >= PATH_MAX)
    return {-1, ENAMETOOLONG};
  if (memchr(p, 0, size_t(n)))
    return {-1, EINVAL}; // Go rejects NUL bytes in paths the same way
  memcpy(path, p, size_t(n));
  path[n] = 0;
  int fd;
  int err = 0;
  rt_entersyscall();
  do {
    fd = open(path, O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0)
    err = errno;
  rt_exitsyscall();
  return {fd, err};
}

IntErr os_readFile_read(void *, GoInt fd, uint8_t *p, GoInt n, GoInt) {
  ssize_t r;
  int err = 0;
  rt_entersyscall();
  do {
    r = read(int(fd), p, size_t(n));
  } while (r < 0 && errno == EINTR);
  if (r < 0)
    err = errno;
  rt_exitsyscall();
  return {r < 0 ? 0 : GoInt(r), err};
}

GoInt os_readFile_close(void *, GoInt fd) { return close(int(fd)) < 0 ? errno : 0; }

} // extern "C"
