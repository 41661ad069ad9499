//===- frontend/check.h - Type checker entry point -------------*- C++ -*-===//
//
// checkPackage type-checks one package's files and annotates the AST in
// place (Expr::tv, Ident::obj, SelectorExpr::selection, ...; see ast.h and
// types.h). Imports are resolved through the Importer, which returns
// already-checked packages. Errors use gc's wording (Go 1.19).
//
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/types.h"

#include <string>
#include <vector>

namespace golite {

class Importer {
public:
  virtual ~Importer() = default;
  /// Returns the checked package for `path`, or null after reporting an
  /// error at `pos` (e.g. `package foo is not in GOROOT`). "unsafe" is
  /// handled by the checker itself.
  virtual Package *import(const std::string &path, Pos pos) = 0;
};

/// Returns false if errors were reported. `pkg->files` must be set.
bool checkPackage(TypeContext &tctx, Package *pkg, Diagnostics &diags, Importer &imp);

} // namespace golite
