//===- codegen/codegen.h - LLVM IR emission entry points -------*- C++ -*-===//
//
// generateModule lowers checked packages to one LLVM module; emitObject
// runs the optimization pipeline for the level and writes an object file.
// The module defines, besides every Go function ("main.main",
// "main.(*T).String", ...), the symbol "__golite_init", which runs package
// initialization (variables, then init functions) for every package in
// dependency order; the runtime's main() calls it and then main.main.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "codegen/target.h"
#include "frontend/types.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

#include <memory>
#include <string>
#include <vector>

namespace golite {

struct CodegenOptions {
  const TargetInfo *target = nullptr;
  int optLevel = 1;        // -O0/-O1/-O2; -gcflags=-N forces 0
  bool noInline = false;   // -gcflags=-l
  bool debugInfo = true;   // DWARF (always on, like Go)
  const FileSet *fset = nullptr;
};

/// `pkgs` in dependency order (imports first, main last).
std::unique_ptr<llvm::Module> generateModule(llvm::LLVMContext &llctx, TypeContext &tctx,
                                             const std::vector<Package *> &pkgs,
                                             const CodegenOptions &opts);

/// Optimizes `m` for opts.optLevel and writes an object file. Returns false
/// and sets `err` on failure.
bool emitObject(llvm::Module &m, const CodegenOptions &opts, const std::string &path,
                std::string &err);

} // namespace golite
