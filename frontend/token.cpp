//===- frontend/token.cpp - Go tokens -------------------------------------===//
//
// This file implements the token tables generated from token.def.
//
//===----------------------------------------------------------------------===//
#include "frontend/token.h"

#include <string>
#include <unordered_map>

namespace golite {

std::string_view tokString(Tok t) {
  static constexpr std::string_view names[] = {
#define TOK(name, spelling) spelling,
#include "frontend/token.def"
  };
  size_t i = size_t(t);
  return i < sizeof(names) / sizeof(names[0]) ? names[i] : "ILLEGAL";
}

int tokPrecedence(Tok t) {
  static constexpr int precs[] = {
#define TOK(name, spelling) 0,
#define OP(name, spelling, prec) prec,
#include "frontend/token.def"
  };
  size_t i = size_t(t);
  return i < sizeof(precs) / sizeof(precs[0]) ? precs[i] : 0;
}

bool isKeyword(Tok t) { return t >= Tok::Break && t <= Tok::Var; }

Tok lookupKeyword(std::string_view s) {
  static const std::unordered_map<std::string_view, Tok> keywords = {
#define KEYWORD(name, spelling) {spelling, Tok::name},
#include "frontend/token.def"
  };
  auto it = keywords.find(s);
  return it == keywords.end() ? Tok::Ident : it->second;
}

} // namespace golite
