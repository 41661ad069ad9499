//===- frontend/lexer.h - Go lexer -----------------------------*- C++ -*-===//
//
// This file declares the Lexer: it turns a SourceFile into Go tokens,
// inserting semicolons by the rules of the spec and reporting lexical errors
// with gc's wording (cmd/compile/internal/syntax/scanner.go).
//
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/token.h"

#include <string>
#include <vector>

namespace golite {

class Lexer {
public:
  Lexer(SourceFile *src, Diagnostics &diags);

  /// Scans the next token into tok/pos/lit.
  void next();

  Tok tok = Tok::EOF_;
  Pos pos = NoPos;
  /// Identifier name, literal source text, or for Semicolon one of
  /// "semicolon", "newline" or "EOF" (what gc prints in "unexpected X").
  std::string lit;
  /// The literal had a lexical error (already reported).
  bool bad = false;

  /// `//go:` and `//golite:` directive comments seen so far, with the
  /// position of the comment; the parser moves them to File::pragmas.
  std::vector<File::Pragma> pragmas;

  /// Makes every further next() return EOF (used when the parser bails out).
  void stop() { stopped_ = true; }

private:
  void nextch();
  void error(size_t off, std::string msg);
  void errorHere(std::string msg) { error(chOff_, std::move(msg)); }
  Pos posOf(size_t off) const { return src_->pos(off); }

  void ident();
  bool atIdentChar(bool first);
  int digits(int base, int *invalid);
  void number(bool seenPoint);
  void runeLit();
  void stdString();
  void rawString();
  bool escape(int quote);
  void lineComment();
  bool fullComment(); // returns true if it contained a newline
  void setLit(Tok kind, bool ok);

  SourceFile *src_;
  Diagnostics &diags_;
  std::string_view text_;
  int32_t ch_ = -1;   // current character, -1 at EOF
  size_t chOff_ = 0;  // offset of ch_
  size_t rOff_ = 0;   // offset after ch_
  size_t start_ = 0;  // offset of the current token
  bool nlsemi_ = false;
  bool stopped_ = false;
};

/// Decodes one UTF-8 rune at s[i] as Go's utf8.DecodeRune does: invalid
/// encodings yield 0xFFFD with width 1.
int32_t decodeRune(std::string_view s, size_t i, int *width);
/// Appends the UTF-8 encoding of r.
void appendRune(std::string &out, int32_t r);
bool isUnicodeLetter(int32_t r);
bool isUnicodeDigit(int32_t r);
/// Go's %#U formatting: "U+0040 '@'".
std::string formatRuneU(int32_t r);

} // namespace golite
