//===- codegen/target.h - Target descriptions ------------------*- C++ -*-===//
//
// golite targets linux/amd64 and linux/arm64. Everything target-specific in
// codegen and the driver goes through TargetInfo.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <string>

namespace llvm {
class TargetMachine;
}

namespace golite {

struct TargetInfo {
  std::string goarch; // "amd64" or "arm64"
  std::string triple; // "x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"
  std::string cpu;    // "x86-64", "generic"
  std::string features;
};

/// Returns null for an unknown GOARCH.
const TargetInfo *lookupTarget(const std::string &goarch);
/// Creates (once) the LLVM target machine; null with `err` set on failure.
llvm::TargetMachine *targetMachine(const TargetInfo &t, int optLevel, std::string &err);

} // namespace golite
