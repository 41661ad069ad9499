//===- gc/gc.h - The allocator/collector interface -------------*- C++ -*-===//
//
// Every heap allocation of the runtime goes through this interface with the
// type descriptor of what is allocated (null only for raw pointer-free
// memory). Backends: gc/boehm.cpp (Boehm GC, the first backend; pointer-free
// objects are allocated atomic) and, later, golite's own concurrent
// collector. The backend is chosen at link time by which library the driver
// links (-gc=boehm|golite), not by #ifdef.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <cstddef>
#include <cstdint>

namespace golite::abi {
struct TypeDesc;
}

namespace golite::gc {

void init();
/// Allocates `size` zeroed bytes for a value of type `t` (or an array of
/// them when size > t->size). `t == nullptr` or t->ptrdata == 0 means the
/// memory holds no pointers and is never scanned.
void *alloc(size_t size, const abi::TypeDesc *t);
/// Allocation that need not be zeroed (the caller overwrites it all);
/// backends may still zero it.
void *allocNoZero(size_t size, const abi::TypeDesc *t);
/// Registers a root range outside the heap (e.g. a goroutine stack) and
/// removes it.
void addRoots(void *lo, void *hi);
void removeRoots(void *lo, void *hi);
void collect();      // runtime.GC()
size_t heapBytes();  // for tests and ReadMemStats

} // namespace golite::gc
