//===- frontend/token.h - Go tokens ----------------------------*- C++ -*-===//
//
// This file declares the Tok enumeration (from token.def) and helpers.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <string_view>

namespace golite {

enum class Tok : unsigned char {
#define TOK(name, spelling) name,
#include "frontend/token.def"
};

/// "+", "func", "IDENT", ...
std::string_view tokString(Tok t);
/// Binary operator precedence (5 highest), 0 for non-binary tokens.
int tokPrecedence(Tok t);
bool isKeyword(Tok t);
/// Keyword token for `s`, or Tok::Ident.
Tok lookupKeyword(std::string_view s);

} // namespace golite
