//===- runtime/slice.cpp - Slice growth, creation and copying -------------===//
//
// This file implements append's slow path (growslice), make([]T, len, cap)
// (makeslice), copy (slicecopy), and Go's malloc size classes
// (roundupsize), which together decide the capacities a program observes.
//
// Invariants:
//  - cap() after append must equal Go 1.19's, so growslice follows
//    runtime/slice.go exactly: the new capacity doubles while the old one is
//    below 256 and then grows by (newcap + 3*256)/4 per step until it is
//    large enough; a request above twice the old capacity is taken as is.
//    The byte size is then rounded up to the allocator's size class (or to
//    whole 8 KiB pages above 32 KiB), and the capacity is whatever fits.
//  - growslice keeps s->len (the old length) like Go's growslice: the
//    caller stores the appended elements and then sets len to newlen.
//  - Elements past the new length are zeroed: the allocation comes zeroed
//    from gc::alloc, or, for pointer-free elements, from gc::allocNoZero
//    with only [newlen, cap) cleared: append stores [len, newlen) itself.
//  - Zero-sized elements never allocate: data is &zerobase.
//  - Arrays of 4 MiB and more are advised MADV_HUGEPAGE (a hint only).
//  - maxAlloc is 1<<48 as on linux/amd64 and linux/arm64.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"

#include <sys/mman.h>

namespace golite::rt {

namespace {
// Go 1.19 runtime/sizeclasses.go, class_to_size (class 0 is unused).
constexpr uint16_t classToSize[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
    160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
    448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr size_t numClasses = sizeof(classToSize) / sizeof(classToSize[0]);
constexpr uintptr_t maxSmallSize = 32768;
constexpr uintptr_t pageSize = 8192;
} // namespace

/// Size class index for each 8-byte step up to 1024 bytes and each 128-byte
/// step above (Go's size_to_class8 / size_to_class128 idea), built once at
/// compile time from classToSize.
struct ClassTables {
  uint8_t by8[1024 / 8 + 1];
  uint8_t by128[(maxSmallSize - 1024) / 128 + 1];
  constexpr ClassTables() : by8(), by128() {
    size_t c = 1;
    for (size_t i = 0; i < sizeof(by8); i++) {
      while (classToSize[c] < i * 8)
        c++;
      by8[i] = uint8_t(c);
    }
    c = 1;
    for (size_t i = 0; i < sizeof(by128); i++) {
      while (classToSize[c] < 1024 + i * 128)
        c++;
      by128[i] = uint8_t(c);
    }
  }
};
constexpr ClassTables classTables;

uintptr_t roundupsize(uintptr_t size) {
  if (size < maxSmallSize) {
    // Smallest class that holds size.
    if (size <= 1024)
      return size == 0 ? 0 : classToSize[classTables.by8[(size + 7) / 8]];
    return classToSize[classTables.by128[(size - 1024 + 127) / 128]];
  }
  if (size + pageSize < size)
    return size;
  return (size + pageSize - 1) & ~(pageSize - 1);
}

/// Go 1.19's nextslicecap + roundupsize, as in growslice: the capacity a
/// slice of `oldCap` elements of `elemSize` bytes gets when it must hold
/// `newLen`. Returns false on overflow (growslice: cap out of range).
bool growCapacity(uintptr_t elemSize, GoInt oldCap, GoInt newLen, GoInt *capOut,
                  uintptr_t *bytesOut) {
  GoInt newcap = oldCap;
  GoInt doublecap = newcap + newcap;
  if (newLen > doublecap) {
    newcap = newLen;
  } else {
    const GoInt threshold = 256;
    if (oldCap < threshold) {
      newcap = doublecap;
    } else {
      // Check 0 < newcap to detect overflow and prevent an infinite loop.
      while (0 < newcap && newcap < newLen)
        newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0)
        newcap = newLen;
    }
  }
  bool overflow;
  uintptr_t capmem;
  if (elemSize == 1) {
    overflow = uintptr_t(newcap) > maxAlloc;
    capmem = roundupsize(uintptr_t(newcap));
    newcap = GoInt(capmem);
  } else if ((elemSize & (elemSize - 1)) == 0) {
    unsigned shift = __builtin_ctzll(elemSize);
    overflow = uintptr_t(newcap) > (maxAlloc >> shift);
    capmem = roundupsize(uintptr_t(newcap) << shift);
    newcap = GoInt(capmem >> shift);
  } else {
    overflow = __builtin_mul_overflow(elemSize, uintptr_t(newcap), &capmem);
    capmem = roundupsize(capmem);
    newcap = GoInt(capmem / elemSize);
    capmem = uintptr_t(newcap) * elemSize;
  }
  if (overflow || capmem > maxAlloc)
    return false;
  *capOut = newcap;
  *bytesOut = capmem;
  return true;
}

namespace {
constexpr uintptr_t hugePage = uintptr_t(2) << 20;
constexpr uintptr_t hugeAdviseMin = 2 * hugePage;

/// Asks the kernel to back the 2 MiB-aligned interior of a big buffer with
/// transparent huge pages (THP is "madvise" on common distributions):
/// append's doubling copies then fault in 512x fewer pages and miss the TLB
/// less. Only a hint: contents and ownership (gc/) are unchanged.
void adviseHuge(void *p, uintptr_t bytes) {
  uintptr_t lo = (reinterpret_cast<uintptr_t>(p) + hugePage - 1) & ~(hugePage - 1);
  uintptr_t hi = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(hugePage - 1);
  if (lo < hi)
    madvise(reinterpret_cast<void *>(lo), hi - lo, MADV_HUGEPAGE);
}
} // namespace

} // namespace golite::rt

using namespace golite;
using namespace golite::rt;

extern "C" {

void rt_growslice(void *type, void *inout, int64_t newlen) {
  auto *et = static_cast<const TypeDesc *>(type);
  auto *s = static_cast<GoSlice *>(inout);
  if (newlen < s->cap)
    panicErrorString("growslice: cap out of range");
  if (et->size == 0) {
    // append should not create a slice with nil pointer but non-zero len.
    s->data = zerobase;
    s->cap = newlen;
    return;
  }
  GoInt newcap;
  uintptr_t bytes;
  if (!growCapacity(et->size, s->cap, newlen, &newcap, &bytes))
    panicErrorString("growslice: cap out of range");
  void *p;
  uintptr_t oldBytes = uintptr_t(s->len) * et->size;
  if (et->ptrdata == 0) {
    // Pointer-free elements: the collector never scans the array, so only
    // the part that neither the copy nor the caller's appended elements
    // [len, newlen) will write needs clearing (Go's growslice does the
    // same). Saves zeroing (and touching twice) most of a big buffer.
    p = gc::allocNoZero(bytes, et);
    uintptr_t newBytes = uintptr_t(newlen) * et->size;
    memset(static_cast<uint8_t *>(p) + newBytes, 0, bytes - newBytes);
  } else {
    p = gc::alloc(bytes, et);
  }
  if (bytes >= hugeAdviseMin)
    adviseHuge(p, bytes);
  if (oldBytes > 0)
    memmove(p, s->data, oldBytes);
  s->data = p;
  s->cap = newcap;
}

void *rt_makeslice(void *type, int64_t len, int64_t cap) {
  auto *et = static_cast<const TypeDesc *>(type);
  uintptr_t mem;
  bool overflow = __builtin_mul_overflow(et->size, uintptr_t(cap), &mem);
  if (overflow || mem > maxAlloc || len < 0 || len > cap) {
    uintptr_t lmem;
    bool loverflow = __builtin_mul_overflow(et->size, uintptr_t(len), &lmem);
    if (loverflow || lmem > maxAlloc || len < 0)
      panicErrorString("makeslice: len out of range");
    panicErrorString("makeslice: cap out of range");
  }
  if (mem == 0)
    return zerobase;
  return gc::alloc(mem, et);
}

int64_t rt_slicecopy(void *to, int64_t toLen, void *from, int64_t fromLen, int64_t width) {
  if (fromLen == 0 || toLen == 0)
    return 0;
  int64_t n = fromLen < toLen ? fromLen : toLen;
  if (width == 0)
    return n;
  size_t size = size_t(n) * size_t(width);
  if (size == 1)
    *static_cast<uint8_t *>(to) = *static_cast<uint8_t *>(from);
  else
    memmove(to, from, size);
  return n;
}

} // extern "C"
