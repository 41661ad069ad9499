//===- frontend/lexer.cpp - Go lexer --------------------------------------===//
//
// This file implements the Go lexer. It follows the structure of gc's
// scanner (cmd/compile/internal/syntax/scanner.go) so that lexical errors are
// reported with the same text at the same positions:
//   - errors "at the current character" point at the offending character;
//   - errors about a whole literal point at its first character (or at a
//     given byte offset inside it, e.g. an invalid digit);
//   - invalid UTF-8, NUL and misplaced BOMs are reported and skipped.
// Semicolons are inserted after a line's final token when that token is an
// identifier, literal, one of the keywords break/continue/fallthrough/return,
// or one of ++ -- ) ] }. A general comment spanning lines acts as a newline.
// Unlike gc, raw string literals have their carriage returns removed from the
// literal text (the value then unquotes directly), as go/scanner does.
//
//===----------------------------------------------------------------------===//
#include "frontend/lexer.h"

#include <cstdio>

namespace golite {

#include "frontend/unicode_tables.inc"

namespace {

template <size_t N> bool inTable(const uint32_t (&table)[N][2], int32_t r) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (uint32_t(r) < table[mid][0])
      hi = mid;
    else if (uint32_t(r) > table[mid][1])
      lo = mid + 1;
    else
      return true;
  }
  return false;
}

int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }
bool isLetter(int32_t ch) { return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_'; }
bool isDecimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
bool isHex(int32_t ch) { return isDecimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

const char *baseName(int base) {
  switch (base) {
  case 2:
    return "binary";
  case 8:
    return "octal";
  case 10:
    return "decimal";
  default:
    return "hexadecimal";
  }
}

/// Approximation of unicode.IsPrint for the runes gc quotes in messages.
bool isPrint(int32_t r) {
  if (r < 0x80)
    return r >= 0x20 && r < 0x7F;
  if (r < 0xA1 || r == 0xAD || r > 0x10FFFF)
    return false;
  if ((r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
      (r >= 0x205F && r <= 0x206F) || r == 0x1680 || r == 0x3000 || r == 0xFEFF ||
      (r >= 0xFFF9 && r <= 0xFFFB) || (r >= 0xD800 && r <= 0xF8FF) || r >= 0xF0000)
    return false;
  return true;
}

std::string hexStr(uint32_t v, int width, bool upper) {
  char buf[16];
  snprintf(buf, sizeof buf, upper ? "%0*X" : "%0*x", width, v);
  return buf;
}

/// Go's %q for a rune.
std::string quoteRune(int32_t r) {
  std::string s = "'";
  switch (r) {
  case '\a': s += "\\a"; break;
  case '\b': s += "\\b"; break;
  case '\f': s += "\\f"; break;
  case '\n': s += "\\n"; break;
  case '\r': s += "\\r"; break;
  case '\t': s += "\\t"; break;
  case '\v': s += "\\v"; break;
  case '\'': s += "\\'"; break;
  case '\\': s += "\\\\"; break;
  default:
    if (isPrint(r))
      appendRune(s, r);
    else if (r < 0x80)
      s += "\\x" + hexStr(uint32_t(r), 2, false);
    else if (r <= 0xFFFF)
      s += "\\u" + hexStr(uint32_t(r), 4, false);
    else
      s += "\\U" + hexStr(uint32_t(r), 8, false);
  }
  s += "'";
  return s;
}

/// Index of the first invalid '_' separator in a number literal, or -1
/// (the rules of the spec, as in gc's invalidSep).
int invalidSep(std::string_view x) {
  int32_t x1 = ' ';
  int32_t d = '.';
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int32_t p = d;
    d = (unsigned char)x[i];
    if (d == '_') {
      if (p != '0')
        return int(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_')
        return int(i) - 1;
      d = '.';
    }
  }
  if (d == '_')
    return int(x.size()) - 1;
  return -1;
}

} // namespace

int32_t decodeRune(std::string_view s, size_t i, int *width) {
  auto cont = [&](size_t k) {
    return k < s.size() && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
  };
  unsigned char c0 = s[i];
  *width = 1;
  if (c0 < 0x80)
    return c0;
  if (c0 >= 0xC2 && c0 <= 0xDF && cont(i + 1)) {
    *width = 2;
    return ((c0 & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (c0 >= 0xE0 && c0 <= 0xEF && cont(i + 1) && cont(i + 2)) {
    int32_t r = ((c0 & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF))
      return 0xFFFD;
    *width = 3;
    return r;
  }
  if (c0 >= 0xF0 && c0 <= 0xF4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
    int32_t r = ((c0 & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) |
                ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    if (r < 0x10000 || r > 0x10FFFF)
      return 0xFFFD;
    *width = 4;
    return r;
  }
  return 0xFFFD;
}

void appendRune(std::string &out, int32_t r) {
  uint32_t c = uint32_t(r);
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    c = 0xFFFD;
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

bool isUnicodeLetter(int32_t r) {
  if (r < 0x80)
    return ('a' <= lower(r) && lower(r) <= 'z');
  return inTable(kLetterRanges, r);
}

bool isUnicodeDigit(int32_t r) {
  if (r < 0x80)
    return isDecimal(r);
  return inTable(kDigitRanges, r);
}

std::string formatRuneU(int32_t r) {
  std::string s = "U+" + hexStr(uint32_t(r), 4, true);
  if (isPrint(r)) {
    s += " '";
    appendRune(s, r);
    s += "'";
  }
  return s;
}

Lexer::Lexer(SourceFile *src, Diagnostics &diags)
    : src_(src), diags_(diags), text_(src->text()) {
  nextch();
}

void Lexer::error(size_t off, std::string msg) { diags_.error(posOf(off), std::move(msg)); }

void Lexer::nextch() {
redo:
  if (ch_ == '\n')
    src_->addLine(rOff_);
  chOff_ = rOff_;
  if (rOff_ >= text_.size()) {
    ch_ = -1;
    return;
  }
  unsigned char c = text_[rOff_];
  if (c < 0x80) {
    rOff_++;
    ch_ = c;
    if (c == 0) {
      errorHere("invalid NUL character");
      goto redo;
    }
    return;
  }
  int w;
  ch_ = decodeRune(text_, rOff_, &w);
  rOff_ += size_t(w);
  if (ch_ == 0xFFFD && w == 1) {
    errorHere("invalid UTF-8 encoding");
    goto redo;
  }
  if (ch_ == 0xFEFF) {
    if (chOff_ > 0)
      errorHere("invalid BOM in the middle of the file");
    goto redo;
  }
}

void Lexer::next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  bad = false;
  lit.clear();
  if (stopped_) {
    tok = Tok::EOF_;
    pos = posOf(text_.size());
    return;
  }

redo:
  while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r')
    nextch();

  start_ = chOff_;
  pos = posOf(start_);
  if (isLetter(ch_) || (ch_ >= 0x80 && atIdentChar(true))) {
    nextch();
    ident();
    return;
  }

  auto simple = [&](Tok t) {
    nextch();
    tok = t;
  };
  // op, or op= when followed by '='.
  auto assignop = [&](Tok op, Tok opAssign) {
    if (ch_ == '=') {
      nextch();
      tok = opAssign;
    } else {
      tok = op;
    }
  };

  switch (ch_) {
  case -1:
    if (nlsemi) {
      lit = "EOF";
      tok = Tok::Semicolon;
      break;
    }
    tok = Tok::EOF_;
    break;
  case '\n':
    nextch();
    lit = "newline";
    tok = Tok::Semicolon;
    break;
  case '0': case '1': case '2': case '3': case '4':
  case '5': case '6': case '7': case '8': case '9':
    number(false);
    break;
  case '"':
    stdString();
    break;
  case '`':
    rawString();
    break;
  case '\'':
    runeLit();
    break;
  case '(': simple(Tok::LParen); break;
  case '[': simple(Tok::LBrack); break;
  case '{': simple(Tok::LBrace); break;
  case ',': simple(Tok::Comma); break;
  case ';':
    nextch();
    lit = "semicolon";
    tok = Tok::Semicolon;
    break;
  case ')': simple(Tok::RParen); nlsemi_ = true; break;
  case ']': simple(Tok::RBrack); nlsemi_ = true; break;
  case '}': simple(Tok::RBrace); nlsemi_ = true; break;
  case ':':
    nextch();
    assignop(Tok::Colon, Tok::Define);
    break;
  case '.':
    nextch();
    if (isDecimal(ch_)) {
      number(true);
      break;
    }
    if (ch_ == '.' && rOff_ < text_.size() && text_[rOff_] == '.') {
      nextch();
      nextch();
      tok = Tok::Ellipsis;
      break;
    }
    tok = Tok::Period;
    break;
  case '+':
    nextch();
    if (ch_ == '+') {
      nextch();
      nlsemi_ = true;
      tok = Tok::Inc;
      break;
    }
    assignop(Tok::Add, Tok::AddAssign);
    break;
  case '-':
    nextch();
    if (ch_ == '-') {
      nextch();
      nlsemi_ = true;
      tok = Tok::Dec;
      break;
    }
    assignop(Tok::Sub, Tok::SubAssign);
    break;
  case '*':
    nextch();
    assignop(Tok::Mul, Tok::MulAssign);
    break;
  case '/':
    nextch();
    if (ch_ == '/') {
      nextch();
      lineComment();
      goto redo;
    }
    if (ch_ == '*') {
      nextch();
      if (fullComment() && nlsemi) {
        // A multi-line comment acts like a newline.
        lit = "newline";
        tok = Tok::Semicolon;
        break;
      }
      goto redo;
    }
    assignop(Tok::Quo, Tok::QuoAssign);
    break;
  case '%':
    nextch();
    assignop(Tok::Rem, Tok::RemAssign);
    break;
  case '&':
    nextch();
    if (ch_ == '&') {
      simple(Tok::LAnd);
      break;
    }
    if (ch_ == '^') {
      nextch();
      assignop(Tok::AndNot, Tok::AndNotAssign);
      break;
    }
    assignop(Tok::And, Tok::AndAssign);
    break;
  case '|':
    nextch();
    if (ch_ == '|') {
      simple(Tok::LOr);
      break;
    }
    assignop(Tok::Or, Tok::OrAssign);
    break;
  case '^':
    nextch();
    assignop(Tok::Xor, Tok::XorAssign);
    break;
  case '<':
    nextch();
    if (ch_ == '=') {
      simple(Tok::Leq);
      break;
    }
    if (ch_ == '<') {
      nextch();
      assignop(Tok::Shl, Tok::ShlAssign);
      break;
    }
    if (ch_ == '-') {
      simple(Tok::Arrow);
      break;
    }
    tok = Tok::Lss;
    break;
  case '>':
    nextch();
    if (ch_ == '=') {
      simple(Tok::Geq);
      break;
    }
    if (ch_ == '>') {
      nextch();
      assignop(Tok::Shr, Tok::ShrAssign);
      break;
    }
    tok = Tok::Gtr;
    break;
  case '=':
    nextch();
    assignop(Tok::Assign, Tok::Eql);
    break;
  case '!':
    nextch();
    assignop(Tok::Not, Tok::Neq);
    break;
  case '~':
    simple(Tok::Tilde);
    break;
  default:
    errorHere("invalid character " + formatRuneU(ch_));
    nextch();
    goto redo;
  }
}

void Lexer::ident() {
  while (isLetter(ch_) || isDecimal(ch_))
    nextch();
  if (ch_ >= 0x80) {
    while (atIdentChar(false))
      nextch();
  }
  std::string_view s = text_.substr(start_, chOff_ - start_);
  if (s.size() >= 2) {
    Tok k = lookupKeyword(s);
    if (k != Tok::Ident) {
      nlsemi_ = k == Tok::Break || k == Tok::Continue || k == Tok::Fallthrough ||
                k == Tok::Return;
      tok = k;
      return;
    }
  }
  nlsemi_ = true;
  lit = std::string(s);
  tok = Tok::Ident;
}

bool Lexer::atIdentChar(bool first) {
  if (ch_ < 0)
    return false;
  if (isUnicodeLetter(ch_) || ch_ == '_') {
    // ok
  } else if (isUnicodeDigit(ch_)) {
    if (first)
      errorHere("identifier cannot begin with digit " + formatRuneU(ch_));
  } else if (ch_ >= 0x80) {
    errorHere("invalid character " + formatRuneU(ch_) + " in identifier");
  } else {
    return false;
  }
  return true;
}

void Lexer::setLit(Tok kind, bool ok) {
  nlsemi_ = true;
  tok = kind;
  lit = std::string(text_.substr(start_, chOff_ - start_));
  bad = !ok;
}

int Lexer::digits(int base, int *invalid) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_')
        ds = 2;
      else if (ch_ >= max && invalid && *invalid < 0)
        *invalid = int(chOff_ - start_);
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

void Lexer::number(bool seenPoint) {
  bool ok = true;
  Tok kind = Tok::Int;
  int base = 10;
  int32_t prefix = 0;
  int digsep = 0;
  int invalid = -1;

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
      case 'x':
        nextch();
        base = 16, prefix = 'x';
        break;
      case 'o':
        nextch();
        base = 8, prefix = 'o';
        break;
      case 'b':
        nextch();
        base = 2, prefix = 'b';
        break;
      default:
        base = 8, prefix = '0';
        digsep = 1; // leading 0
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        errorHere(std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }

  if (seenPoint) {
    kind = Tok::Float;
    digsep |= digits(base, &invalid);
  }

  if ((digsep & 1) == 0 && ok) {
    errorHere(std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }

  int32_t e = lower(ch_);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        errorHere(quoteRune(ch_) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        errorHere(quoteRune(ch_) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    kind = Tok::Float;
    if (ch_ == '+' || ch_ == '-')
      nextch();
    digsep = digits(10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      errorHere("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Tok::Float && ok) {
    errorHere("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (ch_ == 'i') {
    kind = Tok::Imag;
    nextch();
  }

  setLit(kind, ok);

  if (kind == Tok::Int && invalid >= 0 && ok) {
    error(start_ + size_t(invalid), "invalid digit " + quoteRune((unsigned char)lit[size_t(invalid)]) +
                                        " in " + baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) && ok) {
    int i = invalidSep(lit);
    if (i >= 0) {
      error(start_ + size_t(i), "'_' must separate successive digits");
      ok = false;
    }
  }
  bad = !ok;
}

bool Lexer::escape(int quote) {
  int n;
  uint32_t base, max;
  switch (ch_) {
  case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
    nextch();
    return true;
  case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
    n = 3, base = 8, max = 255;
    break;
  case 'x':
    nextch();
    n = 2, base = 16, max = 255;
    break;
  case 'u':
    nextch();
    n = 4, base = 16, max = 0x10FFFF;
    break;
  case 'U':
    nextch();
    n = 8, base = 16, max = 0x10FFFF;
    break;
  default:
    if (ch_ == quote) {
      nextch();
      return true;
    }
    if (ch_ < 0)
      return true; // the caller complains about EOF
    errorHere("unknown escape");
    return false;
  }

  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (ch_ < 0)
      return true;
    uint32_t d = base;
    if (isDecimal(ch_))
      d = uint32_t(ch_ - '0');
    else if ('a' <= lower(ch_) && lower(ch_) <= 'f')
      d = uint32_t(lower(ch_) - 'a' + 10);
    if (d >= base) {
      errorHere("invalid character " + quoteRune(ch_) + " in " + baseName(int(base)) + " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    errorHere("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    errorHere("escape is invalid Unicode code point " + formatRuneU(int32_t(x)));
    return false;
  }
  return true;
}

void Lexer::runeLit() {
  bool ok = true;
  nextch();
  for (int n = 0;; n++) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          errorHere("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          error(start_, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\''))
        ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        errorHere("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        error(start_, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  setLit(Tok::Char, ok);
}

void Lexer::stdString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('"'))
        ok = false;
      continue;
    }
    if (ch_ == '\n') {
      errorHere("newline in string");
      ok = false;
      break;
    }
    if (ch_ < 0) {
      error(start_, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(Tok::String, ok);
}

void Lexer::rawString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      error(start_, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(Tok::String, ok);
  // Carriage returns are not part of a raw string's value.
  if (lit.find('\r') != std::string::npos) {
    std::string s;
    for (char c : lit)
      if (c != '\r')
        s += c;
    lit = std::move(s);
  }
}

void Lexer::lineComment() {
  // "//" has been consumed; the comment runs to the end of the line (the
  // newline itself is left for semicolon insertion).
  size_t begin = start_;
  while (ch_ >= 0 && ch_ != '\n')
    nextch();
  std::string_view text = text_.substr(begin, chOff_ - begin);
  while (!text.empty() && text.back() == '\r')
    text.remove_suffix(1);
  if (text.rfind("//go:", 0) == 0 || text.rfind("//golite:", 0) == 0)
    pragmas.push_back({posOf(begin), std::string(text)});
}

bool Lexer::fullComment() {
  // "/*" has been consumed.
  size_t begin = start_;
  bool newline = false;
  while (ch_ >= 0) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return newline;
      }
    }
    if (ch_ == '\n')
      newline = true;
    if (ch_ >= 0)
      nextch();
  }
  error(begin, "comment not terminated");
  return newline;
}

} // namespace golite
