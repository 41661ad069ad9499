//===- test/unit/runtime_testing.h - Helpers for runtime unit tests -*- C++ -*-===//
//
// Hand-built type descriptors (what the compiler would emit) and helpers
// to capture what the runtime writes to standard error.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/runtime.h"

#include <gtest/gtest.h>

#include <string>
#include <unistd.h>

namespace golite::rttest {

using namespace golite::abi;
namespace gabi = golite::abi; // plain `abi` clashes with <cxxabi.h>

constexpr uint8_t kPtr0[] = {1};

inline TypeDesc basicType(uintptr_t size, uint8_t kind, const char *str, uint8_t extraFlags = TFlagRegularMemory) {
  TypeDesc t{};
  t.size = size;
  t.align = t.fieldAlign = uint8_t(size > 8 ? 8 : size == 0 ? 1 : size);
  t.kind = kind;
  t.tflag = TFlagComparable | extraFlags;
  t.str = str;
  return t;
}

inline const TypeDesc intType = basicType(8, KindInt, "int");
inline const TypeDesc int32Type = basicType(4, KindInt32, "int32");
inline const TypeDesc uint8Type = basicType(1, KindUint8, "uint8");
inline const TypeDesc float64Type = basicType(8, KindFloat64, "float64", 0);
inline const TypeDesc stringType = [] {
  TypeDesc t = basicType(16, KindString, "string", 0);
  t.ptrdata = 8;
  t.gcdata = kPtr0;
  return t;
}();
inline const TypeDesc efaceType = [] {
  TypeDesc t = basicType(16, KindInterface, "interface {}", 0);
  t.ptrdata = 16;
  static const uint8_t bits[] = {3};
  t.gcdata = bits;
  return t;
}();
inline const TypeDesc intSliceType = [] {
  TypeDesc t{};
  t.size = 24;
  t.ptrdata = 8;
  t.gcdata = kPtr0;
  t.align = t.fieldAlign = 8;
  t.kind = KindSlice;
  t.str = "[]int";
  t.elem = &intType;
  return t;
}();

inline TypeDesc mapType(const TypeDesc *k, const TypeDesc *v, const char *str) {
  TypeDesc t{};
  t.size = 8;
  t.ptrdata = 8;
  t.gcdata = kPtr0;
  t.align = t.fieldAlign = 8;
  t.kind = KindMap | KindDirectIface;
  t.str = str;
  t.key = k;
  t.elem = v;
  return t;
}

/// Runs f with file descriptor 2 redirected; returns what was written.
template <typename F> std::string captureStderr(F f) {
  char path[] = "/tmp/golite_rt_stderrXXXXXX";
  int fd = mkstemp(path);
  int saved = dup(2);
  dup2(fd, 2);
  f();
  golite::rt::flushPrint();
  dup2(saved, 2);
  close(saved);
  std::string out;
  lseek(fd, 0, SEEK_SET);
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0)
    out.append(buf, size_t(n));
  close(fd);
  unlink(path);
  return out;
}

/// Descriptor as the void* the entry points take.
inline void *td(const TypeDesc &t) { return const_cast<TypeDesc *>(&t); }

inline GoString gs(const char *s) { return golite::rt::makeString(s); }
inline std::string str(GoString s) { return std::string(reinterpret_cast<const char *>(s.data), size_t(s.len)); }

} // namespace golite::rttest
