//===- runtime/os_linux.cpp - Process interface for package os ------------===//
//
// This file implements the functions that lib/os declares without bodies
// (os.runtime_argc, os.runtime_argv, os.runtime_exit), the runtime's raw
// output to standard error, and its random numbers.
//
// Invariants:
//  - The os.* functions are Go functions: symbol "os.runtime_<name>", a
//    leading closure-context parameter (ignored), Go's int as int64.
//  - argv strings are not copied: they live for the whole process and Go
//    strings are immutable, so a GoString may point into argv directly.
//  - writeErr loops over short writes and EINTR and never allocates, so it
//    is usable from fatal errors and signal handlers.
//  - fastrand is a wyrand generator seeded from the kernel (getrandom) on
//    first use; it need not be cryptographic, only different per run, since
//    map iteration order and hash seeds come from it.
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"

#include <cerrno>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

namespace golite::rt {

namespace {
int savedArgc;
char **savedArgv;
} // namespace

void saveArgs(int argc, char **argv) {
  savedArgc = argc;
  savedArgv = argv;
}

void writeErr(const void *p, size_t n) {
  const char *s = static_cast<const char *>(p);
  while (n > 0) {
    ssize_t w = write(2, s, n);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    s += w;
    n -= size_t(w);
  }
}

namespace {
uint64_t randState;
bool randSeeded;

void seedRand() {
  uint64_t seed = 0;
  if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) != sizeof seed) {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    seed = uint64_t(ts.tv_nsec) ^ (uint64_t(ts.tv_sec) << 32) ^ uint64_t(getpid());
  }
  randState = seed;
  randSeeded = true;
}
} // namespace

uint64_t fastrand64() {
  if (!randSeeded)
    seedRand();
  // wyrand
  randState += 0xa0761d6478bd642fULL;
  __uint128_t m = __uint128_t(randState) * (randState ^ 0xe7037ed1a0b428dbULL);
  return uint64_t(m >> 64) ^ uint64_t(m);
}

uint32_t fastrand() { return uint32_t(fastrand64()); }

} // namespace golite::rt

using namespace golite::rt;

extern "C" {

GoInt os_runtime_argc(void *ctx) __asm__("os.runtime_argc");
GoString os_runtime_argv(void *ctx, GoInt i) __asm__("os.runtime_argv");
[[noreturn]] void os_runtime_exit(void *ctx, GoInt code) __asm__("os.runtime_exit");

GoInt os_runtime_argc(void *) { return savedArgc; }

GoString os_runtime_argv(void *, GoInt i) {
  if (i < 0 || i >= savedArgc)
    return GoString{nullptr, 0};
  return makeString(savedArgv[i]);
}

void os_runtime_exit(void *, GoInt code) { _exit(int(code)); }

} // extern "C"
