//===- driver/link.h - Linking golite programs -----------------*- C++ -*-===//
//
// Programs are linked statically, as Go links them: the object files, the
// runtime for the target (lib/golite/<goarch>/libgolite_rt.a) and the GC
// backend, with clang++-19 as the link driver and lld as the linker.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "codegen/target.h"

#include <string>
#include <vector>

namespace golite::driver {

/// The folder holding golite's runtime libraries and lib/ sources:
/// <dir of the golite executable>/../lib/golite, or $GOLITE_ROOT if set.
std::string libRoot(const char *argv0);

/// Runs a program; returns its exit status (or -1 if it could not start).
int runProgram(const std::vector<std::string> &argv, bool verbose);

/// Links `objects` (the main package's first, then the packages' from the
/// build cache) with the runtime into the static executable `output`.
bool linkProgram(const TargetInfo &t, const std::string &libRoot,
                 const std::vector<std::string> &objects, const std::string &output,
                 const std::string &gc, bool verbose);

} // namespace golite::driver
