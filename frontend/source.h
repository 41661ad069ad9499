//===- frontend/source.h - Source files and positions ----------*- C++ -*-===//
//
// This file declares the FileSet: every source file the compiler reads is
// registered here and gets a contiguous range of Pos values, as in Go's
// go/token. A Pos is a single 32-bit number; FileSet::position() turns it into
// file:line:col (col counted in bytes, 1-based, as Go does).
//
//===----------------------------------------------------------------------===//
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace golite {

/// A position: an offset into the FileSet's global range. 0 means "no
/// position".
using Pos = uint32_t;
constexpr Pos NoPos = 0;

struct Position {
  std::string filename;
  int line = 0;
  int column = 0;
  bool valid() const { return line > 0; }
  /// "file.go:line:col", or "-" when invalid.
  std::string str() const;
};

class SourceFile {
public:
  SourceFile(std::string name, std::string text, Pos base)
      : name_(std::move(name)), text_(std::move(text)), base_(base) {
    lines_.push_back(0);
  }
  const std::string &name() const { return name_; }
  std::string_view text() const { return text_; }
  Pos base() const { return base_; }
  /// Pos of byte offset `off` in this file.
  Pos pos(size_t off) const { return base_ + Pos(off); }
  size_t offset(Pos p) const { return p - base_; }
  /// Called by the lexer at each newline (offset of the byte after '\n').
  void addLine(size_t off) {
    if (off > lines_.back()) lines_.push_back(off);
  }
  Position position(Pos p) const;

private:
  std::string name_;
  std::string text_;
  Pos base_;
  std::vector<size_t> lines_;
};

class FileSet {
public:
  /// Registers a file; the returned pointer lives as long as the FileSet.
  SourceFile *addFile(std::string name, std::string text);
  /// The file holding `p`, or nullptr.
  const SourceFile *file(Pos p) const;
  Position position(Pos p) const;

private:
  std::vector<std::unique_ptr<SourceFile>> files_;
  Pos next_ = 1;
};

} // namespace golite
