//===- driver/link.h - Linking golite programs -----------------*- C++ -*-===//
//
// Programs are linked statically, as Go links them: the object file, the
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
/// <dir of the golite executable>/../lib/golite.
std::string libRoot(const char *argv0);

/// Runs a program; returns its exit status (or -1 if it could not start).
int runProgram(const std::vector<std::string> &argv, bool verbose);

bool linkProgram(const TargetInfo &t, const std::string &libRoot, const std::string &object,
                 const std::string &output, const std::string &gc, bool verbose);

} // namespace golite::driver
