//===- driver/loader.h - Finding, parsing and checking packages -*- C++ -*-===//
//
// The Loader turns the command line's files or directory into checked
// packages: it parses the main package, resolves each import to a folder of
// golite's lib/ (the standard library written in Go), parses and checks
// imported packages first (depth first, rejecting import cycles) and
// records the dependency order that codegen needs for initialization.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/ast.h"
#include "frontend/check.h"
#include "frontend/diag.h"
#include "frontend/source.h"
#include "frontend/types.h"

#include "llvm/ADT/StringRef.h"

#include <map>
#include <string>
#include <vector>

namespace golite::driver {

class Loader : public Importer {
public:
  Loader(std::string libSrcDir, FileSet &fset, Diagnostics &diags, AstContext &actx,
         TypeContext &tctx)
      : libSrcDir_(std::move(libSrcDir)), fset_(fset), diags_(diags), actx_(actx), tctx_(tctx) {}

  /// Loads the package to build from .go files or one directory (main, or
  /// any other package, which the driver compiles without linking). Returns null
  /// if anything failed (diagnostics are queued, or an error was printed).
  Package *loadMain(const std::vector<std::string> &inputs);
  /// Parses files only (for dump-ast).
  std::vector<File *> parseOnly(const std::vector<std::string> &inputs);

  Package *import(const std::string &path, Pos pos) override;

  /// The target architecture: files named *_<GOARCH>.go (or *_<GOOS>.go,
  /// *_<GOOS>_<GOARCH>.go) in a package directory are built only for a
  /// matching target, as go/build does. Default "amd64".
  void setGoarch(std::string goarch) { goarch_ = std::move(goarch); }

  /// Every loaded package, imports before importers, main last.
  const std::vector<Package *> &ordered() const { return ordered_; }

private:
  bool readFiles(const std::vector<std::string> &paths, std::vector<File *> &out);
  std::vector<std::string> goFilesIn(const std::string &dir);
  Package *checkFiles(const std::string &path, std::vector<File *> files);

  bool goodOSArchFile(llvm::StringRef name) const;
  std::string localImportDir(const std::string &path, Pos pos) const;

  std::string libSrcDir_;
  std::string goarch_ = "amd64";
  FileSet &fset_;
  Diagnostics &diags_;
  AstContext &actx_;
  TypeContext &tctx_;
  std::map<std::string, Package *> packages_;
  std::map<std::string, bool> inProgress_;
  std::vector<Package *> ordered_;
};

} // namespace golite::driver
