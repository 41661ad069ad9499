//===- frontend/diag.h - Diagnostics ---------------------------*- C++ -*-===//
//
// Diagnostics are queued, then sorted by position, deduplicated by line and
// printed as "file.go:line:col: message", at most 10 followed by
// "too many errors", exactly as the gc toolchain of Go 1.19 does.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/source.h"

#include <string>
#include <vector>

namespace golite {

struct Diagnostic {
  Pos pos;
  std::string msg;
  bool soft = false; // "declared but not used" style; sorted like others
};

class Diagnostics {
public:
  explicit Diagnostics(const FileSet &fset) : fset_(fset) {}
  void error(Pos pos, std::string msg) { diags_.push_back({pos, std::move(msg)}); }
  void softError(Pos pos, std::string msg) {
    diags_.push_back({pos, std::move(msg), true});
  }
  bool hasErrors() const { return !diags_.empty(); }
  /// Whether a "syntax error: ..." was reported. gc stops before type
  /// checking only then (base.SyntaxErrors()); lexical errors and the
  /// parser's other messages ("method has no receiver", ...) are printed
  /// together with the type checker's.
  bool hasSyntaxErrors() const;
  size_t count() const { return diags_.size(); }
  const std::vector<Diagnostic> &all() const { return diags_; }
  /// Sorts, deduplicates (one error per line, like gc) and prints to stderr.
  /// Returns the number printed.
  int flush(int limit = 10);
  const FileSet &fset() const { return fset_; }

private:
  const FileSet &fset_;
  std::vector<Diagnostic> diags_;
};

} // namespace golite
