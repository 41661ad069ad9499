//===- frontend/ast.cpp - Go abstract syntax tree -------------------------===//
//
// This file implements the out-of-line position accessors of the AST nodes
// whose extent depends on a node declared later in ast.h.
//
//===----------------------------------------------------------------------===//
#include "frontend/ast.h"

namespace golite {

Pos FuncLit::pos() const { return type->pos(); }
Pos FuncLit::end() const { return body->end(); }

Pos StructType::end() const { return fields->end(); }
Pos InterfaceType::end() const { return methods->end(); }

Pos FuncType::pos() const {
  if (funcPos != NoPos)
    return funcPos;
  return params->pos();
}

Pos FuncType::end() const {
  if (results)
    return results->end();
  return params->end();
}

size_t FieldList::numFields() const {
  size_t n = 0;
  for (const Field *f : list)
    n += f->names.empty() ? 1 : f->names.size();
  return n;
}

Pos DeclStmt::pos() const { return decl->pos(); }
Pos DeclStmt::end() const { return decl->end(); }

Pos ValueSpec::end() const {
  if (!values.empty())
    return values.back()->end();
  if (type)
    return type->end();
  return names.back()->end();
}

} // namespace golite
