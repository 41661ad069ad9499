//===- runtime/print.cpp - The print and println builtins -----------------===//
//
// This file implements the print/println builtins byte for byte as Go's
// runtime/print.go does, and the runtime's own low-level printing.
//
// The compiler lowers println(a, b) to
//   printlock(); print<A>(a); printsp(); print<B>(b); printnl(); printunlock()
// with the arguments evaluated before printlock.
//
// Invariants:
//  - Output goes to file descriptor 2, never through stdio.
//  - The print lock is recursive per thread (Go counts m.printlock) so that
//    a panic while printing, or printing from the runtime while a print is
//    in progress on the same thread, does not deadlock.
//  - While the lock is held, output collects in a per-thread buffer that is
//    flushed when the outermost printunlock runs, when it fills, and before
//    any fatal exit (flushPrint). Unlocked printing writes through.
//  - Formats: floats as +d.dddddde+ddd (7 significant digits, Go's own
//    rounding, not printf's), NaN, +Inf, -Inf; complex as (re im i);
//    pointers as 0x-prefixed lowercase hex without padding; interfaces as
//    (type,data); slices as [len/cap]0xdata.
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"

#include <atomic>

namespace golite::rt {

namespace {
std::atomic_flag printMutex = ATOMIC_FLAG_INIT;
thread_local int printDepth;
thread_local char printBuf[512];
thread_local size_t printLen;

void flushBuf() {
  if (printLen) {
    writeErr(printBuf, printLen);
    printLen = 0;
  }
}

void gwrite(const void *p, size_t n) {
  if (printDepth == 0) {
    writeErr(p, n);
    return;
  }
  if (printLen + n > sizeof printBuf) {
    flushBuf();
    if (n > sizeof printBuf) {
      writeErr(p, n);
      return;
    }
  }
  memcpy(printBuf + printLen, p, n);
  printLen += n;
}
} // namespace

void flushPrint() { flushBuf(); }

void printLock() {
  if (printDepth++ == 0)
    while (printMutex.test_and_set(std::memory_order_acquire))
      ;
}

void printUnlock() {
  if (--printDepth == 0) {
    flushBuf();
    printMutex.clear(std::memory_order_release);
  }
}

void printStr(const char *s) { gwrite(s, strlen(s)); }
void printGoString(GoString s) {
  if (s.len > 0)
    gwrite(s.data, size_t(s.len));
}

void printUint(uint64_t v) {
  char buf[24];
  size_t i = sizeof buf;
  do {
    buf[--i] = char('0' + v % 10);
    v /= 10;
  } while (v);
  gwrite(buf + i, sizeof buf - i);
}

void printInt(int64_t v) {
  if (v < 0) {
    gwrite("-", 1);
    printUint(uint64_t(0) - uint64_t(v));
    return;
  }
  printUint(uint64_t(v));
}

void printHex(uint64_t v) {
  static const char dig[] = "0123456789abcdef";
  char buf[24];
  size_t i = sizeof buf;
  do {
    buf[--i] = dig[v % 16];
    v /= 16;
  } while (v);
  buf[--i] = 'x';
  buf[--i] = '0';
  gwrite(buf + i, sizeof buf - i);
}

/// Formats v as Go's printfloat does into buf (at least 14 bytes); returns
/// the length.
size_t formatFloat(double v, char *buf) {
  if (v != v) {
    memcpy(buf, "NaN", 3);
    return 3;
  }
  if (v + v == v && v > 0) {
    memcpy(buf, "+Inf", 4);
    return 4;
  }
  if (v + v == v && v < 0) {
    memcpy(buf, "-Inf", 4);
    return 4;
  }
  constexpr int n = 7;
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0)
      buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++)
      h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int64_t s = int64_t(v);
    buf[i + 2] = char(s + '0');
    v -= double(s);
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = char(uint8_t(e / 100) + '0');
  buf[n + 5] = char(uint8_t(e / 10) % 10 + '0');
  buf[n + 6] = char(uint8_t(e % 10) + '0');
  return n + 7;
}

void printFloat(double v) {
  char buf[16];
  gwrite(buf, formatFloat(v, buf));
}

void printPointer(const void *p) { printHex(uint64_t(uintptr_t(p))); }

} // namespace golite::rt

using namespace golite::rt;

extern "C" {

void rt_printlock() { printLock(); }
void rt_printunlock() { printUnlock(); }
void rt_printbool(bool v) { printStr(v ? "true" : "false"); }
void rt_printint(int64_t v) { printInt(v); }
void rt_printuint(int64_t v) { printUint(uint64_t(v)); }
void rt_printfloat(double v) { printFloat(v); }

void rt_printcomplex(double re, double im) {
  gwrite("(", 1);
  printFloat(re);
  printFloat(im);
  gwrite("i)", 2);
}

void rt_printstring(void *p, int64_t n) {
  if (n > 0)
    gwrite(p, size_t(n));
}

void rt_printpointer(void *p) { printPointer(p); }

void rt_printeface(void *type, void *data) {
  gwrite("(", 1);
  printPointer(type);
  gwrite(",", 1);
  printPointer(data);
  gwrite(")", 1);
}

void rt_printiface(void *tab, void *data) { rt_printeface(tab, data); }

void rt_printslice(void *data, int64_t len, int64_t cap) {
  gwrite("[", 1);
  printInt(len);
  gwrite("/", 1);
  printInt(cap);
  gwrite("]", 1);
  printPointer(data);
}

void rt_printsp() { gwrite(" ", 1); }
void rt_printnl() { gwrite("\n", 1); }

} // extern "C"
