//===- test/fuzz/frontend_fuzz.cpp - libFuzzer target for the frontend ----===//
//
// This file implements the libFuzzer entry point that runs the lexer, the
// parser and the type checker over arbitrary bytes. Any crash, hang,
// sanitizer report or assertion is a bug; every finding becomes a
// regression test in test/lit/fuzz/. Imports resolve to nothing (an
// "unknown package" error), so only the checker's own code is exercised.
//
//===----------------------------------------------------------------------===//
#include "frontend/check.h"
#include "frontend/parser.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

class NoImports : public golite::Importer {
public:
  explicit NoImports(golite::Diagnostics &d) : diags_(d) {}
  golite::Package *import(const std::string &path, golite::Pos pos) override {
    diags_.error(pos, "package " + path + " is not in std");
    return nullptr;
  }

private:
  golite::Diagnostics &diags_;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using namespace golite;
  FileSet fset;
  Diagnostics diags(fset);
  AstContext actx;
  SourceFile *src = fset.addFile("fuzz.go", std::string(reinterpret_cast<const char *>(data), size));
  File *f = parseFile(actx, src, diags);
  if (diags.hasErrors() || !f)
    return 0;
  TypeContext tctx;
  Package *pkg = tctx.make<Package>("main", f->name ? f->name->name : "main");
  pkg->files.push_back(f);
  NoImports imp(diags);
  checkPackage(tctx, pkg, diags, imp);
  return 0;
}
