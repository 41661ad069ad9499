//===- frontend/check/labels.cpp - Labels and branch statements -----------===//
//
// This file implements the checks gc performs on labels and branch
// statements of one function body (cmd/compile/internal/syntax's
// branches.go): misplaced break, continue and fallthrough statements,
// undefined, duplicate and unused labels, and gotos that jump over variable
// declarations or into blocks. It also resolves BranchStmt::target.
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

#include <map>

namespace golite::check {

namespace {

struct Block;

struct LabelInfo {
  Block *parent;
  LabeledStmt *lstmt;
  bool used = false;
};

struct Block {
  Block *parent;
  Pos start;
  LabeledStmt *lstmt;
};

struct Targets {
  Stmt *breaks = nullptr;    // For, Range, Switch, TypeSwitch or Select
  Stmt *continues = nullptr; // For or Range
  int caseIndex = -1;
  size_t ncases = 0;
};

class LabelScope {
public:
  explicit LabelScope(Checker &c) : c_(c) {}

  void run(BlockStmt *body) {
    std::vector<BranchStmt *> fwd = blockBranches(nullptr, Targets(), nullptr, body->pos(), body->list);
    for (BranchStmt *g : fwd) {
      const std::string &name = g->label->name;
      auto it = labels_.find(name);
      if (it != labels_.end()) {
        it->second->used = true;
        c_.error(g->label->pos(), "goto " + name + " jumps into block starting at " +
                                      c_.posString(it->second->parent->start));
      } else {
        c_.error(g->label->pos(), "label " + name + " not defined");
      }
    }
    for (auto &[name, l] : labels_)
      if (!l->used)
        c_.error(l->lstmt->label->pos(), "label " + name + " defined and not used");
  }

private:
  LabelInfo *declare(Block *b, LabeledStmt *s) {
    const std::string &name = s->label->name;
    auto it = labels_.find(name);
    if (it != labels_.end()) {
      c_.error(s->label->pos(), "label " + name + " already defined at " +
                                    c_.posString(it->second->lstmt->label->pos()));
      return it->second.get();
    }
    auto l = std::make_unique<LabelInfo>(LabelInfo{b, s, false});
    LabelInfo *r = l.get();
    labels_[name] = std::move(l);
    return r;
  }

  LabeledStmt *gotoTarget(Block *b, const std::string &name) {
    auto it = labels_.find(name);
    if (it == labels_.end())
      return nullptr;
    it->second->used = true;
    for (; b; b = b->parent)
      if (it->second->parent == b)
        return it->second->lstmt;
    return nullptr;
  }

  /// Innermost enclosing labeled statement with this name; `invalid` is
  /// set if the label exists but does not label an enclosing statement.
  LabeledStmt *enclosingTarget(Block *b, const std::string &name, bool &invalid) {
    invalid = false;
    auto it = labels_.find(name);
    if (it == labels_.end())
      return nullptr;
    it->second->used = true;
    for (; b; b = b->parent)
      if (it->second->lstmt == b->lstmt)
        return it->second->lstmt;
    invalid = true;
    return nullptr;
  }

  std::vector<BranchStmt *> blockBranches(Block *parent, Targets ctxt, LabeledStmt *lstmt,
                                          Pos start, const std::vector<Stmt *> &body) {
    if (++depth_ > 1000) {
      --depth_;
      return {};
    }
    blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
    Block *b = blocks_.back().get();
    Pos varPos = NoPos;
    std::string varName;
    std::vector<BranchStmt *> fwdGotos, badGotos;

    auto recordVarDecl = [&](Pos pos, const std::string &name) {
      varPos = pos;
      varName = name;
      badGotos = fwdGotos;
    };
    auto jumpsOverVarDecl = [&](BranchStmt *g) {
      if (varPos == NoPos)
        return false;
      for (BranchStmt *bad : badGotos)
        if (bad == g)
          return true;
      return false;
    };
    auto innerBlock = [&](Targets t, Pos s, const std::vector<Stmt *> &list, LabeledStmt *ls) {
      auto inner = blockBranches(b, t, ls, s, list);
      fwdGotos.insert(fwdGotos.end(), inner.begin(), inner.end());
    };

    size_t n = body.size();
    while (n > 0 && llvm::isa<EmptyStmt>(body[n - 1]))
      n--;
    for (size_t idx = 0; idx < n; idx++) {
      Stmt *stmt = body[idx];
      LabeledStmt *cur = nullptr;
      for (int guard = 0; guard < 1000; guard++) {
        auto *ls = llvm::dyn_cast_or_null<LabeledStmt>(stmt);
        if (!ls)
          break;
        const std::string &name = ls->label->name;
        if (name != "_") {
          LabelInfo *l = declare(b, ls);
          size_t keep = 0;
          for (BranchStmt *g : fwdGotos) {
            if (g->label->name == name) {
              g->target = ls;
              l->used = true;
              if (jumpsOverVarDecl(g))
                c_.error(g->label->pos(), "goto " + name + " jumps over declaration of " +
                                              varName + " at " + c_.posString(varPos));
            } else {
              fwdGotos[keep++] = g;
            }
          }
          fwdGotos.resize(keep);
          cur = ls;
        }
        stmt = ls->stmt;
      }
      if (!stmt)
        continue;
      handle(stmt, cur, ctxt, idx, n, b, recordVarDecl, innerBlock, fwdGotos);
    }
    --depth_;
    return fwdGotos;
  }

  template <typename RecordFn, typename InnerFn>
  void handle(Stmt *stmt, LabeledStmt *lstmt, Targets ctxt, size_t idx, size_t n, Block *b,
              RecordFn &recordVarDecl, InnerFn &innerBlock, std::vector<BranchStmt *> &fwdGotos) {
    switch (stmt->kind()) {
    case NodeKind::DeclStmt: {
      auto *g = llvm::dyn_cast_or_null<GenDecl>(llvm::cast<DeclStmt>(stmt)->decl);
      if (g && g->tok == Tok::Var)
        for (Spec *s : g->specs)
          if (auto *vs = llvm::dyn_cast<ValueSpec>(s); vs && !vs->names.empty()) {
            recordVarDecl(vs->names[0]->pos(), vs->names[0]->name);
            break;
          }
      break;
    }
    case NodeKind::AssignStmt: {
      auto *as = llvm::cast<AssignStmt>(stmt);
      if (as->tok == Tok::Define) {
        std::string names;
        for (size_t i = 0; i < as->lhs.size(); i++)
          names += (i ? ", " : "") + c_.str(as->lhs[i]);
        recordVarDecl(as->tokPos, names);
      }
      break;
    }
    case NodeKind::BranchStmt:
      branch(llvm::cast<BranchStmt>(stmt), ctxt, idx, n, b, fwdGotos);
      break;
    case NodeKind::BlockStmt: {
      auto *bs = llvm::cast<BlockStmt>(stmt);
      innerBlock(Targets{ctxt.breaks, ctxt.continues, -1, 0}, bs->pos(), bs->list, lstmt);
      break;
    }
    case NodeKind::IfStmt: {
      auto *is = llvm::cast<IfStmt>(stmt);
      Targets t{ctxt.breaks, ctxt.continues, -1, 0};
      if (is->body)
        innerBlock(t, is->body->pos(), is->body->list, lstmt);
      if (is->els)
        innerBlock(t, is->els->pos(), std::vector<Stmt *>{is->els}, lstmt);
      break;
    }
    case NodeKind::ForStmt: {
      auto *fs = llvm::cast<ForStmt>(stmt);
      if (fs->body)
        innerBlock(Targets{fs, fs, -1, 0}, fs->body->pos(), fs->body->list, lstmt);
      break;
    }
    case NodeKind::RangeStmt: {
      auto *rs = llvm::cast<RangeStmt>(stmt);
      if (rs->body)
        innerBlock(Targets{rs, rs, -1, 0}, rs->body->pos(), rs->body->list, lstmt);
      break;
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
      BlockStmt *body = llvm::isa<SwitchStmt>(stmt) ? llvm::cast<SwitchStmt>(stmt)->body
                                                    : llvm::cast<TypeSwitchStmt>(stmt)->body;
      if (!body)
        break;
      Targets t{stmt, ctxt.continues, -1, body->list.size()};
      for (size_t i = 0; i < body->list.size(); i++) {
        auto *cc = llvm::dyn_cast<CaseClause>(body->list[i]);
        if (!cc)
          continue;
        t.caseIndex = int(i);
        innerBlock(t, cc->pos(), cc->body, lstmt);
      }
      break;
    }
    case NodeKind::SelectStmt: {
      auto *ss = llvm::cast<SelectStmt>(stmt);
      if (!ss->body)
        break;
      Targets t{ss, ctxt.continues, -1, 0};
      for (Stmt *s : ss->body->list)
        if (auto *cc = llvm::dyn_cast<CommClause>(s))
          innerBlock(t, cc->pos(), cc->body, lstmt);
      break;
    }
    default: break;
    }
  }

  void branch(BranchStmt *s, Targets ctxt, size_t idx, size_t n, Block *b,
              std::vector<BranchStmt *> &fwdGotos) {
    if (!s->label) {
      switch (s->tok) {
      case Tok::Break:
        if (ctxt.breaks)
          s->target = ctxt.breaks;
        else
          c_.error(s->pos(), "break is not in a loop, switch, or select");
        break;
      case Tok::Continue:
        if (ctxt.continues)
          s->target = ctxt.continues;
        else
          c_.error(s->pos(), "continue is not in a loop");
        break;
      case Tok::Fallthrough: {
        std::string msg = "fallthrough statement out of place";
        if (ctxt.breaks && llvm::isa<TypeSwitchStmt>(ctxt.breaks)) {
          msg = "cannot fallthrough in type switch";
        } else if (ctxt.breaks && llvm::isa<SwitchStmt>(ctxt.breaks)) {
          if (ctxt.caseIndex < 0 || idx + 1 < n) {
            // nested in a block or not the last statement
          } else if (size_t(ctxt.caseIndex) + 1 == ctxt.ncases) {
            msg = "cannot fallthrough final case in switch";
          } else {
            s->target = ctxt.breaks;
            return;
          }
        }
        c_.error(s->pos(), msg);
        break;
      }
      default: break;
      }
      return;
    }
    const std::string &name = s->label->name;
    bool invalid = false;
    switch (s->tok) {
    case Tok::Break: {
      LabeledStmt *t = enclosingTarget(b, name, invalid);
      if (t) {
        Stmt *ts = t->stmt;
        if (llvm::isa<SwitchStmt>(ts) || llvm::isa<TypeSwitchStmt>(ts) ||
            llvm::isa<SelectStmt>(ts) || llvm::isa<ForStmt>(ts) || llvm::isa<RangeStmt>(ts))
          s->target = ts;
        else
          c_.error(s->label->pos(), "invalid break label " + name);
      } else if (invalid) {
        c_.error(s->label->pos(), "invalid break label " + name);
      } else {
        c_.error(s->label->pos(), "break label not defined: " + name);
      }
      break;
    }
    case Tok::Continue: {
      LabeledStmt *t = enclosingTarget(b, name, invalid);
      if (t) {
        Stmt *ts = t->stmt;
        if (llvm::isa<ForStmt>(ts) || llvm::isa<RangeStmt>(ts))
          s->target = ts;
        else
          c_.error(s->label->pos(), "invalid continue label " + name);
      } else if (invalid) {
        c_.error(s->label->pos(), "invalid continue label " + name);
      } else {
        c_.error(s->label->pos(), "continue label not defined: " + name);
      }
      break;
    }
    case Tok::Goto:
      if (LabeledStmt *t = gotoTarget(b, name))
        s->target = t;
      else
        fwdGotos.push_back(s);
      break;
    default: break;
    }
  }

  Checker &c_;
  std::map<std::string, std::unique_ptr<LabelInfo>> labels_;
  std::vector<std::unique_ptr<Block>> blocks_;
  int depth_ = 0;
};

} // namespace

void Checker::labels(BlockStmt *body) {
  if (!body)
    return;
  LabelScope ls(*this);
  ls.run(body);
}

} // namespace golite::check
