//===- frontend/check/initorder.cpp - Package initialization order --------===//
//
// This file computes Package::initOrder (go/types initorder.go): a
// dependency graph over package-level constants, variables and functions
// is built from the references recorded while checking; function nodes are
// removed by connecting their predecessors to their successors; variables
// are then emitted by fewest remaining dependencies, ties broken by source
// order. A node that still has dependencies when it is picked lies on an
// initialization cycle, which is reported in gc's words.
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace golite::check {

namespace {
struct GraphNode {
  Object *obj;
  size_t order;
  std::set<GraphNode *> succ, pred;
  int ndeps = 0;
  bool done = false;
  size_t cost() const { return succ.size() * pred.size(); }
};
} // namespace

static bool isDependency(Object *o) {
  return llvm::isa<Const>(o) || llvm::isa<Var>(o) || llvm::isa<Func>(o);
}

/// A path of dependencies from `from` to `to` (reversed), or empty.
static bool findPath(std::unordered_map<Object *, DeclInfo *> &objMap, Object *from, Object *to,
                     std::set<Object *> &seen, std::vector<Object *> &path, int depth) {
  if (depth > 10000 || seen.count(from))
    return false;
  seen.insert(from);
  auto it = objMap.find(from);
  if (it == objMap.end() || !it->second)
    return false;
  for (Object *d : it->second->deps) {
    if (d == to) {
      path.push_back(d);
      return true;
    }
    if (findPath(objMap, d, to, seen, path, depth + 1)) {
      path.push_back(d);
      return true;
    }
  }
  return false;
}

void Checker::initOrder() {
  std::vector<std::unique_ptr<GraphNode>> nodes;
  std::unordered_map<Object *, GraphNode *> M;
  std::vector<Object *> all = objList;
  for (auto &[m, di] : methodDecls)
    all.push_back(m);
  for (size_t i = 0; i < all.size(); i++) {
    Object *o = all[i];
    if (!isDependency(o) || M.count(o))
      continue;
    nodes.push_back(std::make_unique<GraphNode>());
    nodes.back()->obj = o;
    nodes.back()->order = i;
    M[o] = nodes.back().get();
  }
  for (auto &n : nodes) {
    DeclInfo *d = objMap.count(n->obj) ? objMap[n->obj] : nullptr;
    if (!d)
      continue;
    for (Object *dep : d->deps) {
      auto it = M.find(dep);
      if (it == M.end())
        continue;
      n->succ.insert(it->second);
      it->second->pred.insert(n.get());
    }
  }
  std::vector<GraphNode *> G, funcG;
  for (auto &n : nodes) {
    if (llvm::isa<Func>(n->obj))
      funcG.push_back(n.get());
    else
      G.push_back(n.get());
  }
  std::stable_sort(funcG.begin(), funcG.end(),
                   [](GraphNode *a, GraphNode *b) { return a->cost() < b->cost(); });
  for (GraphNode *n : funcG) {
    for (GraphNode *p : n->pred) {
      if (p == n)
        continue;
      for (GraphNode *s : n->succ) {
        if (s == n)
          continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(n);
    }
    for (GraphNode *s : n->succ)
      s->pred.erase(n);
  }
  for (GraphNode *n : G)
    n->ndeps = int(n->succ.size());

  std::set<DeclInfo *> emitted;
  // Priority queue ordered by (remaining dependencies, source order).
  using Key = std::tuple<int, size_t, GraphNode *>;
  std::set<Key> queue;
  for (GraphNode *n : G)
    queue.insert({n->ndeps, n->order, n});
  while (!queue.empty()) {
    GraphNode *best = std::get<2>(*queue.begin());
    queue.erase(queue.begin());
    best->done = true;
    if (best->ndeps > 0) {
      std::vector<Object *> cycle;
      std::set<Object *> seen;
      if (findPath(objMap, best->obj, best->obj, seen, cycle, 0)) {
        // findPath returns the path reversed; go/types' reportCycle
        // expects cycle[0] == the object itself.
        std::reverse(cycle.begin(), cycle.end());
        // Rotate so that the start object comes first.
        auto pos = std::find(cycle.begin(), cycle.end(), best->obj);
        if (pos != cycle.end())
          std::rotate(cycle.begin(), pos, cycle.end());
        Object *obj = cycle[0];
        std::string msg = "initialization loop for " + obj->name;
        for (size_t i = 0; i < cycle.size(); i++) {
          Object *o = cycle[i];
          msg += "\n\t" + posString(o->pos) + ": " + o->name + " refers to";
        }
        msg += "\n\t" + posString(obj->pos) + ": " + obj->name;
        error(obj->pos, msg);
      }
    }
    for (GraphNode *p : best->pred) {
      if (p->done)
        continue;
      queue.erase({p->ndeps, p->order, p});
      p->ndeps--;
      queue.insert({p->ndeps, p->order, p});
    }
    auto *v = llvm::dyn_cast<Var>(best->obj);
    if (!v)
      continue;
    DeclInfo *info = objMap.count(v) ? objMap[v] : nullptr;
    if (!info || !info->init)
      continue;
    if (!emitted.insert(info).second)
      continue;
    Package::Initializer init;
    init.lhs = info->lhs.empty() ? std::vector<Var *>{v} : info->lhs;
    init.rhs = info->init;
    pkg->initOrder.push_back(init);
  }
}

} // namespace golite::check
