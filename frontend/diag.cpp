//===- frontend/diag.cpp - Diagnostics ------------------------------------===//
//
// This file implements Diagnostics::flush, which reproduces the error output
// policy of the gc toolchain (cmd/compile/internal/base.ErrorfAt and
// FlushErrors in Go 1.19). Filtering happens in *reporting* order, as gc
// does it while errors arrive:
//   - a syntax error ("syntax error: ...") is dropped if the previously
//     reported syntax error was on the same line;
//   - any other error is dropped if the previously reported non-syntax error
//     was on the same line with the same text;
//   - the 10th error that survives stops the compilation: gc prints what it
//     has and then "file:line:col: too many errors" at that error's position.
// What survives is then sorted by position (stably) and printed, skipping
// lines identical to the one before.
//
//===----------------------------------------------------------------------===//
#include "frontend/diag.h"

#include <algorithm>
#include <cstdio>

namespace golite {

bool Diagnostics::hasSyntaxErrors() const {
  for (const Diagnostic &d : diags_)
    if (d.msg.rfind("syntax error", 0) == 0)
      return true;
  return false;
}

int Diagnostics::flush(int limit) {
  struct Kept {
    const Diagnostic *d;
    Position p;
    size_t order;
  };
  std::vector<Kept> kept;
  Position lastSyntax, lastOther;
  std::string lastOtherMsg;
  auto sameLine = [](const Position &a, const Position &b) {
    return a.valid() && b.valid() && a.line == b.line && a.filename == b.filename;
  };
  bool tooMany = false;
  for (const Diagnostic &d : diags_) {
    Position p = fset_.position(d.pos);
    if (d.msg.rfind("syntax error", 0) == 0) {
      if (sameLine(lastSyntax, p))
        continue;
      lastSyntax = p;
    } else {
      if (sameLine(lastOther, p) && lastOtherMsg == d.msg)
        continue;
      lastOther = p;
      lastOtherMsg = d.msg;
    }
    kept.push_back({&d, p, kept.size()});
    if (limit > 0 && int(kept.size()) >= limit) {
      tooMany = true;
      break;
    }
  }
  Position stopPos = kept.empty() ? Position() : kept.back().p;

  std::sort(kept.begin(), kept.end(), [](const Kept &a, const Kept &b) {
    return a.d->pos != b.d->pos ? a.d->pos < b.d->pos : a.order < b.order;
  });
  std::string last;
  int printed = 0;
  for (const Kept &k : kept) {
    std::string line = k.p.valid() ? k.p.str() + ": " + k.d->msg : k.d->msg;
    if (line == last)
      continue;
    last = line;
    fprintf(stderr, "%s\n", line.c_str());
    ++printed;
  }
  if (tooMany) {
    if (stopPos.valid())
      fprintf(stderr, "%s: too many errors\n", stopPos.str().c_str());
    else
      fprintf(stderr, "too many errors\n");
  }
  fflush(stderr);
  diags_.clear();
  return printed;
}

} // namespace golite
