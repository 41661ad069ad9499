//===- runtime/entrypoints.cpp - Checks definitions against runtime.def ---===//
//
// This file implements the compile- and link-time check that the runtime
// defines every entry point listed in runtime.def with the listed type.
//
// runtime.h declares each entry point from runtime.def as an extern "C"
// function rt_<name> with the symbol "runtime.<name>". A definition in any
// runtime file with other parameter or result types is then a compile error
// (two C functions cannot be overloaded). Here we additionally
//  - static_assert every declaration's type against the codes, spelled out
//    a second time through a different expansion (a guard against a broken
//    RT_PARAMS macro), and
//  - take the address of every entry point in a table, so that a program
//    (the unit tests) referencing the table fails to link if one is missing.
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"

#include <type_traits>

namespace {

template <typename Ret, typename... Params> struct Sig {
  using type = Ret(Params...);
};

} // namespace

#define RT_FUNC(name, ret, ...)                                                \
  static_assert(std::is_same_v<decltype(rt_##name),                            \
                               Sig<RT_TYPE_##ret __VA_OPT__(, RT_PARAMS(__VA_ARGS__))>::type>, \
                "runtime." #name ": definition does not match runtime.def");
#define RT_NORETURN(name, ...)                                                 \
  static_assert(std::is_same_v<decltype(rt_##name),                            \
                               Sig<void __VA_OPT__(, RT_PARAMS(__VA_ARGS__))>::type>, \
                "runtime." #name ": definition does not match runtime.def");
#include "runtime/runtime.def"

namespace golite::rt {

/// Every entry point's address, in runtime.def order.
extern const void *const entryPoints[];
const void *const entryPoints[] = {
#define RT_FUNC(name, ret, ...) reinterpret_cast<const void *>(&rt_##name),
#include "runtime/runtime.def"
};
extern const size_t numEntryPoints;
const size_t numEntryPoints = sizeof(entryPoints) / sizeof(entryPoints[0]);

} // namespace golite::rt
