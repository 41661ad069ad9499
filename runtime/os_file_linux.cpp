//===- runtime/os_file_linux.cpp - System calls for package os ------------===//
//
// This file implements the functions that lib/os declares without bodies:
// thin wrappers over the Linux file-system, process and environment calls
// that package os builds its File, Stat, directory and environment API on,
// and the raise of the open-file limit that Go 1.19's package os does at
// initialization.
//
// Invariants:
//  - Go functions: symbol "os.<name>", a leading closure-context parameter
//    (ignored), a string as two words, a []byte as three, two results as a
//    two-word struct {value, errno}; an errno result is 0 on success.
//  - Paths arrive as Go strings (not NUL-terminated): CPath copies them into
//    a bounded buffer, rejecting NUL bytes with EINVAL as Go does and
//    over-long names with ENAMETOOLONG.
//  - Every call that may block (anything touching a file system, a FIFO or
//    a terminal) runs between entersyscall and exitsyscall, so the
//    goroutine's P can run other goroutines meanwhile, and is retried on
//    EINTR where the kernel may report it.
//
//===----------------------------------------------------------------------===//

#include "runtime/cpath.h"
#include "runtime/runtime.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

extern char **environ;

using namespace golite::rt;

namespace {
struct IntErr {
  GoInt value;
  GoInt err;
};

/// Runs a system call that returns -1 and sets errno on failure, outside
/// the P, retrying on EINTR. Returns {result, errno}.
template <typename F> IntErr blocking(F call) {
  long r;
  int err = 0;
  rt_entersyscall();
  do {
    r = call();
  } while (r < 0 && errno == EINTR);
  if (r < 0)
    err = errno;
  rt_exitsyscall();
  return {r < 0 ? -1 : GoInt(r), err};
}

/// Fills the slots of lib/os's statBuf from a struct stat.
void fillStat(const struct stat &st, int64_t *out) {
  out[0] = st.st_mode;
  out[1] = st.st_size;
  out[2] = st.st_mtim.tv_sec;
  out[3] = st.st_mtim.tv_nsec;
  out[4] = int64_t(st.st_dev);
  out[5] = int64_t(st.st_ino);
  out[6] = int64_t(st.st_nlink);
  out[7] = st.st_uid;
  out[8] = st.st_gid;
  out[9] = int64_t(st.st_rdev);
  out[10] = st.st_blksize;
  out[11] = st.st_blocks;
  out[12] = st.st_atim.tv_sec;
  out[13] = st.st_atim.tv_nsec;
  out[14] = st.st_ctim.tv_sec;
  out[15] = st.st_ctim.tv_nsec;
}
} // namespace

#define OS_FN(ret, name, ...) ret os_##name(void *, ##__VA_ARGS__) __asm__("os." #name)

extern "C" {

OS_FN(void, raiseFileLimit);
OS_FN(IntErr, sys_open, const char *p, GoInt n, GoInt flag, GoInt perm);
OS_FN(IntErr, sys_read, GoInt fd, uint8_t *p, GoInt n, GoInt);
OS_FN(IntErr, sys_pread, GoInt fd, uint8_t *p, GoInt n, GoInt, GoInt off);
OS_FN(IntErr, sys_write, GoInt fd, const uint8_t *p, GoInt n, GoInt);
OS_FN(IntErr, sys_pwrite, GoInt fd, const uint8_t *p, GoInt n, GoInt, GoInt off);
OS_FN(IntErr, sys_seek, GoInt fd, GoInt off, GoInt whence);
OS_FN(GoInt, sys_close, GoInt fd);
OS_FN(GoInt, sys_fstat, GoInt fd, int64_t *out);
OS_FN(GoInt, sys_stat, const char *p, GoInt n, GoInt follow, int64_t *out);
OS_FN(GoInt, sys_fsync, GoInt fd);
OS_FN(GoInt, sys_ftruncate, GoInt fd, GoInt size);
OS_FN(GoInt, sys_truncate, const char *p, GoInt n, GoInt size);
OS_FN(GoInt, sys_fchmod, GoInt fd, GoInt mode);
OS_FN(GoInt, sys_chmod, const char *p, GoInt n, GoInt mode);
OS_FN(GoInt, sys_unlink, const char *p, GoInt n);
OS_FN(GoInt, sys_rmdir, const char *p, GoInt n);
OS_FN(GoInt, sys_mkdir, const char *p, GoInt n, GoInt perm);
OS_FN(GoInt, sys_chdir, const char *p, GoInt n);
OS_FN(GoInt, sys_fchdir, GoInt fd);
OS_FN(GoInt, sys_rename, const char *p, GoInt n, const char *q, GoInt m);
OS_FN(GoInt, sys_symlink, const char *p, GoInt n, const char *q, GoInt m);
OS_FN(GoInt, sys_link, const char *p, GoInt n, const char *q, GoInt m);
OS_FN(IntErr, sys_readlink, const char *p, GoInt n, uint8_t *buf, GoInt len, GoInt);
OS_FN(IntErr, sys_getdents, GoInt fd, uint8_t *buf, GoInt len, GoInt);
OS_FN(IntErr, sys_getcwd, uint8_t *buf, GoInt len, GoInt);
OS_FN(GoInt, sys_getid, GoInt which);
OS_FN(IntErr, sys_hostname, uint8_t *buf, GoInt len, GoInt);
OS_FN(GoInt, sys_envc);
OS_FN(GoString, sys_envv, GoInt i);
OS_FN(GoInt, sys_umask, GoInt mask);
OS_FN(void, sys_sigpipe);

// Go 1.19 (os/rlimit.go): programs that import os run with the soft
// RLIMIT_NOFILE raised to the hard limit.
void os_raiseFileLimit(void *) {
  rlimit lim;
  if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur != lim.rlim_max) {
    lim.rlim_cur = lim.rlim_max;
    setrlimit(RLIMIT_NOFILE, &lim);
  }
}

IntErr os_sys_open(void *, const char *p, GoInt n, GoInt flag, GoInt perm) {
  CPath path(p, n);
  if (path.err)
    return {-1, path.err};
  return blocking([&] { return long(open(path.buf, int(flag) | O_CLOEXEC, mode_t(perm))); });
}

IntErr os_sys_read(void *, GoInt fd, uint8_t *p, GoInt n, GoInt) {
  return blocking([&] { return long(read(int(fd), p, size_t(n))); });
}

IntErr os_sys_pread(void *, GoInt fd, uint8_t *p, GoInt n, GoInt, GoInt off) {
  return blocking([&] { return long(pread(int(fd), p, size_t(n), off_t(off))); });
}

IntErr os_sys_write(void *, GoInt fd, const uint8_t *p, GoInt n, GoInt) {
  return blocking([&] { return long(write(int(fd), p, size_t(n))); });
}

IntErr os_sys_pwrite(void *, GoInt fd, const uint8_t *p, GoInt n, GoInt, GoInt off) {
  return blocking([&] { return long(pwrite(int(fd), p, size_t(n), off_t(off))); });
}

IntErr os_sys_seek(void *, GoInt fd, GoInt off, GoInt whence) {
  off_t r = lseek(int(fd), off_t(off), int(whence));
  if (r < 0)
    return {-1, errno};
  return {GoInt(r), 0};
}

// close is not retried on EINTR: on Linux the descriptor is gone anyway.
GoInt os_sys_close(void *, GoInt fd) {
  rt_entersyscall();
  int r = close(int(fd));
  int err = r < 0 ? errno : 0;
  rt_exitsyscall();
  return err;
}

GoInt os_sys_fstat(void *, GoInt fd, int64_t *out) {
  struct stat st;
  IntErr r = blocking([&] { return long(fstat(int(fd), &st)); });
  if (r.err == 0)
    fillStat(st, out);
  return r.err;
}

GoInt os_sys_stat(void *, const char *p, GoInt n, GoInt follow, int64_t *out) {
  CPath path(p, n);
  if (path.err)
    return path.err;
  struct stat st;
  IntErr r = blocking([&] { return long(follow ? stat(path.buf, &st) : lstat(path.buf, &st)); });
  if (r.err == 0)
    fillStat(st, out);
  return r.err;
}

GoInt os_sys_fsync(void *, GoInt fd) {
  return blocking([&] { return long(fsync(int(fd))); }).err;
}

GoInt os_sys_ftruncate(void *, GoInt fd, GoInt size) {
  return blocking([&] { return long(ftruncate(int(fd), off_t(size))); }).err;
}

GoInt os_sys_truncate(void *, const char *p, GoInt n, GoInt size) {
  CPath path(p, n);
  if (path.err)
    return path.err;
  return blocking([&] { return long(truncate(path.buf, off_t(size))); }).err;
}

GoInt os_sys_fchmod(void *, GoInt fd, GoInt mode) {
  return blocking([&] { return long(fchmod(int(fd), mode_t(mode))); }).err;
}

GoInt os_sys_chmod(void *, const char *p, GoInt n, GoInt mode) {
  CPath path(p, n);
  if (path.err)
    return path.err;
  return blocking([&] { return long(chmod(path.buf, mode_t(mode))); }).err;
}

GoInt os_sys_unlink(void *, const char *p, GoInt n) {
  CPath path(p, n);
  if (path.err)
    return path.err;
  return blocking([&] { return long(unlink(path.buf)); }).err;
}

GoInt os_sys_rmdir(void *, const char *p, GoInt n) {
  CPath path(p, n);
  if (path.err)
    return path.err;
  return blocking([&] { return long(rmdir(path.buf)); }).err;
}

GoInt os_sys_mkdir(void *, const char *p, GoInt n, GoInt perm) {
  CPath path(p, n);
  if (path.err)
    return path.err;
  return blocking([&] { return long(mkdir(path.buf, mode_t(perm))); }).err;
}

GoInt os_sys_chdir(void *, const char *p, GoInt n) {
  CPath path(p, n);
  if (path.err)
    return path.err;
  return blocking([&] { return long(chdir(path.buf)); }).err;
}

GoInt os_sys_fchdir(void *, GoInt fd) {
  return blocking([&] { return long(fchdir(int(fd))); }).err;
}

GoInt os_sys_rename(void *, const char *p, GoInt n, const char *q, GoInt m) {
  CPath from(p, n), to(q, m);
  if (from.err || to.err)
    return from.err ? from.err : to.err;
  return blocking([&] { return long(rename(from.buf, to.buf)); }).err;
}

GoInt os_sys_symlink(void *, const char *p, GoInt n, const char *q, GoInt m) {
  CPath from(p, n), to(q, m);
  if (from.err || to.err)
    return from.err ? from.err : to.err;
  return blocking([&] { return long(symlink(from.buf, to.buf)); }).err;
}

GoInt os_sys_link(void *, const char *p, GoInt n, const char *q, GoInt m) {
  CPath from(p, n), to(q, m);
  if (from.err || to.err)
    return from.err ? from.err : to.err;
  return blocking([&] { return long(link(from.buf, to.buf)); }).err;
}

IntErr os_sys_readlink(void *, const char *p, GoInt n, uint8_t *buf, GoInt len, GoInt) {
  CPath path(p, n);
  if (path.err)
    return {-1, path.err};
  return blocking([&] { return long(readlink(path.buf, reinterpret_cast<char *>(buf), size_t(len))); });
}

// Raw getdents64 records: {u64 ino, i64 off, u16 reclen, u8 type, name\0}.
IntErr os_sys_getdents(void *, GoInt fd, uint8_t *buf, GoInt len, GoInt) {
  return blocking([&] { return long(syscall(SYS_getdents64, int(fd), buf, size_t(len))); });
}

// Returns the length of the working directory's name, without the NUL.
IntErr os_sys_getcwd(void *, uint8_t *buf, GoInt len, GoInt) {
  IntErr r = blocking([&] {
    return getcwd(reinterpret_cast<char *>(buf), size_t(len)) ? 0L : -1L;
  });
  if (r.err)
    return r;
  return {GoInt(strlen(reinterpret_cast<char *>(buf))), 0};
}

// which: 0 pid, 1 ppid, 2 uid, 3 euid, 4 gid, 5 egid, 6 page size.
GoInt os_sys_getid(void *, GoInt which) {
  switch (which) {
  case 0:
    return getpid();
  case 1:
    return getppid();
  case 2:
    return getuid();
  case 3:
    return geteuid();
  case 4:
    return getgid();
  case 5:
    return getegid();
  case 6:
    return sysconf(_SC_PAGESIZE);
  }
  return -1;
}

IntErr os_sys_hostname(void *, uint8_t *buf, GoInt len, GoInt) {
  struct utsname u;
  if (uname(&u) < 0)
    return {0, errno};
  size_t n = strnlen(u.nodename, sizeof u.nodename);
  if (n > size_t(len))
    n = size_t(len);
  memcpy(buf, u.nodename, n);
  return {GoInt(n), 0};
}

GoInt os_sys_envc(void *) {
  GoInt n = 0;
  while (environ && environ[n])
    n++;
  return n;
}

// Environment strings live as long as the process (package os copies the
// list once at start-up and never changes the C environment).
GoString os_sys_envv(void *, GoInt i) { return makeString(environ[i]); }

GoInt os_sys_umask(void *, GoInt mask) { return umask(mode_t(mask)); }

// A write to standard output or error that fails with EPIPE kills the
// program with SIGPIPE, as in Go.
void os_sys_sigpipe(void *) {
  signal(SIGPIPE, SIG_DFL);
  raise(SIGPIPE);
}

} // extern "C"
