//===- frontend/parser.h - Go parser entry point ---------------*- C++ -*-===//
//
// parseFile turns one source file into a File node. Syntax errors are
// reported to `diags` in gc's wording ("syntax error: unexpected newline,
// expecting comma or }"); the returned File is always non-null and as
// complete as recovery allows. Nesting depth is bounded so that deeply
// nested input gets a diagnostic instead of overflowing the compiler's
// stack.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/ast.h"
#include "frontend/diag.h"

namespace golite {

File *parseFile(AstContext &ctx, SourceFile *src, Diagnostics &diags);

/// Prints the AST in an indented, go/ast.Print-like form (for tests:
/// `golite dump-ast`).
void dumpAst(const File *f, const FileSet &fset, std::string &out);

} // namespace golite
