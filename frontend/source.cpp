//===- frontend/source.cpp - Source files and positions -------------------===//
//
// This file implements the FileSet and the Pos -> file:line:col mapping.
// Columns are 1-based byte offsets within the line, as in Go.
//
//===----------------------------------------------------------------------===//
#include "frontend/source.h"

#include <algorithm>

namespace golite {

std::string Position::str() const {
  if (!valid())
    return "-";
  std::string s = filename;
  s += ':';
  s += std::to_string(line);
  s += ':';
  s += std::to_string(column);
  return s;
}

Position SourceFile::position(Pos p) const {
  Position r;
  r.filename = name_;
  if (p < base_)
    return r;
  size_t off = std::min<size_t>(p - base_, text_.size());
  // Last line start <= off.
  auto it = std::upper_bound(lines_.begin(), lines_.end(), off);
  size_t idx = size_t(it - lines_.begin()) - 1;
  r.line = int(idx) + 1;
  r.column = int(off - lines_[idx]) + 1;
  return r;
}

SourceFile *FileSet::addFile(std::string name, std::string text) {
  size_t len = text.size();
  auto f = std::make_unique<SourceFile>(std::move(name), std::move(text), next_);
  // Each file owns [base, base+len]; the extra position is EOF.
  next_ += Pos(len) + 1;
  files_.push_back(std::move(f));
  return files_.back().get();
}

const SourceFile *FileSet::file(Pos p) const {
  if (p == NoPos)
    return nullptr;
  // Files are registered in increasing base order.
  auto it = std::upper_bound(
      files_.begin(), files_.end(), p,
      [](Pos v, const std::unique_ptr<SourceFile> &f) { return v < f->base(); });
  if (it == files_.begin())
    return nullptr;
  const SourceFile *f = (it - 1)->get();
  if (p > f->base() + Pos(f->text().size()))
    return nullptr;
  return f;
}

Position FileSet::position(Pos p) const {
  if (const SourceFile *f = file(p))
    return f->position(p);
  return Position();
}

} // namespace golite
