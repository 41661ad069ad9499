//===- lowering/lowering.h - Analyses codegen relies on --------*- C++ -*-===//
//
// This file declares the lowering analyses that run between the checker and
// codegen: an AST walker, the closure capture analysis (which variables of
// enclosing functions each function literal uses, transitively through
// nested literals) and the conservative heap analysis (which local variables
// must live in a heap cell because their address escapes or a closure
// captures them). Escape analysis proper will refine the latter in escape/.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/types.h"

#include <functional>
#include <map>
#include <set>
#include <vector>

namespace golite::lowering {

/// Calls `pre` on every node of the tree rooted at `n` in source order
/// (pre-order). If `pre` returns false the node's children are skipped.
/// Uses an explicit stack, so deep user input cannot overflow it.
void walk(Node *n, const std::function<bool(Node *)> &pre);

/// The results of analyze(). Pointer-keyed containers are used for lookup
/// only; every ordered result is a vector in source order.
struct Analysis {
  /// Local variables (including parameters and results) that need a heap
  /// cell: captured by a function literal or address-taken.
  std::set<const Var *> heapVars;
  /// For each function literal: the variables of enclosing functions it
  /// uses (directly or via nested literals), in order of first use.
  std::map<const FuncLit *, std::vector<Var *>> captures;
  /// Functions (declarations' bodies and literals) that contain a defer
  /// statement directly / call recover() directly.
  std::set<const Node *> hasDefer;
  std::set<const Node *> callsRecover;

  bool onHeap(const Var *v) const { return heapVars.count(v) != 0; }
};

/// Runs every analysis over the packages' function bodies.
void analyze(const std::vector<Package *> &pkgs, Analysis &out);

} // namespace golite::lowering
