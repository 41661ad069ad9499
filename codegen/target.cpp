//===- codegen/target.cpp - Target descriptions and machines --------------===//
//
// This file implements lookupTarget and targetMachine for linux/amd64 and
// linux/arm64. Binaries are static, so the relocation model is static; FP
// operation fusion is strict because Go only allows fusing x*y+z where no
// explicit conversion intervenes, and never fusing is the simplest correct
// choice.
//
//===----------------------------------------------------------------------===//
#include "codegen/target.h"

#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"

#include <map>
#include <memory>
#include <mutex>

using namespace golite;

const TargetInfo *golite::lookupTarget(const std::string &goarch) {
  static const TargetInfo amd64{"amd64", "x86_64-unknown-linux-gnu", "x86-64", ""};
  static const TargetInfo arm64{"arm64", "aarch64-unknown-linux-gnu", "generic", "+neon"};
  if (goarch == "amd64") return &amd64;
  if (goarch == "arm64") return &arm64;
  return nullptr;
}

llvm::TargetMachine *golite::targetMachine(const TargetInfo &t, int optLevel, std::string &err) {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeAllTargetInfos();
    llvm::InitializeAllTargets();
    llvm::InitializeAllTargetMCs();
    llvm::InitializeAllAsmPrinters();
    llvm::InitializeAllAsmParsers();
  });
  static std::map<std::pair<std::string, int>, std::unique_ptr<llvm::TargetMachine>> cache;
  auto key = std::make_pair(t.goarch, optLevel);
  if (auto it = cache.find(key); it != cache.end()) return it->second.get();
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(t.triple, err);
  if (!target) return nullptr;
  llvm::TargetOptions to;
  to.AllowFPOpFusion = llvm::FPOpFusion::Strict;
  auto level = optLevel <= 0   ? llvm::CodeGenOptLevel::None
               : optLevel == 1 ? llvm::CodeGenOptLevel::Less
                               : llvm::CodeGenOptLevel::Default;
  llvm::TargetMachine *tm = target->createTargetMachine(t.triple, t.cpu, t.features, to,
                                                        llvm::Reloc::Static, std::nullopt, level);
  if (!tm) {
    err = "cannot create target machine for " + t.triple;
    return nullptr;
  }
  cache[key].reset(tm);
  return tm;
}
