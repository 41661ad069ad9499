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
  /// Prologue stack checks and loop preemption polls (issue 4,
  /// docs/stacks.md); -gcflags=-nostackcheck turns them off.
  bool stackCheck = true;
  /// Write assembly instead of an object file (-S).
  bool emitAsm = false;
  const FileSet *fset = nullptr;
};

/// `pkgs` in dependency order (imports first, main last).
std::unique_ptr<llvm::Module> generateModule(llvm::LLVMContext &llctx, TypeContext &tctx,
                                             const std::vector<Package *> &pkgs,
                                             const CodegenOptions &opts);

/// Separate compilation (the driver's package cache): the module of package
/// `own` alone. `pkgs` are all loaded packages in dependency order (main
/// last); only `own`'s functions, function literals, package variables and
/// initialization are defined, everything of other packages is declared.
/// What several modules may emit (type descriptors, itabs, method
/// wrappers) is linkonce_odr in a comdat of its own name; helpers (method
/// values, closures of functions, defer thunks, string data) are internal.
/// A non-main package defines packageInitSymbol(path), which runs its
/// variable initializers and init functions; main's module defines
/// "__golite_init", which calls those of every other package in `pkgs`
/// order and then initializes main. Functions and variables of non-main
/// packages have external linkage; main's stay internal (but main.main).
std::unique_ptr<llvm::Module> generatePackageModule(llvm::LLVMContext &llctx, TypeContext &tctx,
                                                    const std::vector<Package *> &pkgs,
                                                    Package *own, const CodegenOptions &opts);

/// The symbol of the initialization function of a non-main package in
/// separate compilation: "<path>..init" (no Go identifier is empty, so it
/// cannot collide with a Go symbol).
std::string packageInitSymbol(const std::string &path);

/// Inserts the prologue stack checks of the functions codegen marked for
/// them (codegen/stackcheck.cpp); emitObject does it after optimization.
void insertStackChecks(llvm::Module &m, int optLevel);

/// Optimizes `m` for opts.optLevel and writes an object file. Returns false
/// and sets `err` on failure.
bool emitObject(llvm::Module &m, const CodegenOptions &opts, const std::string &path,
                std::string &err);

} // namespace golite
