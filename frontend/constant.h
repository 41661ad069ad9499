//===- frontend/constant.h - Exact constant values -------------*- C++ -*-===//
//
// Go's untyped constants are exact: integers of arbitrary size, floats as
// exact rationals (falling back to 512-bit binary floats when a rational
// grows too large, as go/constant does), complex numbers as pairs. This file
// declares the value type used by the checker and codegen; it mirrors
// go/constant's API. Values are immutable and owned by a ValuePool.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/token.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace golite::constant {

enum class Kind : unsigned char { Unknown, Bool, String, Int, Float, Complex };

/// An immutable exact value. Create through the functions below; compare
/// through compare(). Implementation details live in constant.cpp.
class Value {
public:
  virtual ~Value() = default;
  Kind kind() const { return kind_; }
  /// Go-syntax rendering used in diagnostics: "1", "1.5", "\"abc\"",
  /// "(1 + 2i)", "true"; long values are shortened like go/constant.
  virtual std::string str() const = 0;
  /// Exact rendering (for tests and debugging).
  virtual std::string exactString() const = 0;

protected:
  explicit Value(Kind k) : kind_(k) {}

private:
  Kind kind_;
};

using VP = const Value *; // values are interned in a global pool, never freed

VP makeUnknown();
VP makeBool(bool b);
VP makeString(std::string s);
VP makeInt64(int64_t x);
VP makeUint64(uint64_t x);
VP makeFloat64(double x);
/// From a Go literal's source text (Tok::Int, Float, Imag, Char, String);
/// returns Unknown for malformed literals. Agrees with go/constant on every
/// literal the Go spec allows (checked against Go); unlike big.Float it also
/// rejects "0x1.8" (no 'p' exponent), "1p4" and "0b1.1" as floats.
VP makeFromLiteral(std::string_view lit, Tok tok);
VP makeImag(VP x);

bool boolVal(VP x);
const std::string &stringVal(VP x);
/// The value as int64/uint64 if it is an integer that fits exactly.
std::optional<int64_t> int64Val(VP x);
std::optional<uint64_t> uint64Val(VP x);
/// Nearest float64/float32 (round to nearest even); `exact` tells whether
/// the conversion lost nothing. Infinite if out of range.
double float64Val(VP x, bool *exact = nullptr);
float float32Val(VP x, bool *exact = nullptr);
VP real(VP x);
VP imag(VP x);
/// Sign: -1, 0, +1 (for complex: 0 iff both parts are zero). Unknown has
/// sign 1, as in go/constant, to avoid spurious division-by-zero errors.
int sign(VP x);
/// Bit length of |x| for integers.
int bitLen(VP x);

/// Converts between the numeric representations; returns Unknown when the
/// conversion is impossible (e.g. non-integral float to int).
VP toInt(VP x);     // Int if representable exactly, else Unknown
VP toFloat(VP x);   // Int/Float -> Float
VP toComplex(VP x); // numeric -> Complex

/// Arithmetic on values of matching kinds (Int with Int, ...; the caller
/// matches kinds first, as go/types does with match()). For Quo of Int
/// operands use Tok::Quo for exact rational division or intDiv=true for
/// truncated integer division. Division by zero is the caller's to catch.
VP unaryOp(Tok op, VP x, unsigned precBits /* for ^x on unsigned, else 0 */);
VP binaryOp(VP x, Tok op, VP y, bool intDiv = false);
VP shift(VP x, Tok op, unsigned s);
bool compare(VP x, Tok op, VP y);

/// Rounds a float/complex value to float32 or float64 precision (used for
/// typed float constants, whose values are rounded per the spec).
/// Returns Unknown if x is out of range (rounds to an infinity), as
/// go/types' roundFloat32/roundFloat64 return nil.
VP roundFloat32(VP x);
VP roundFloat64(VP x);
/// Whether x (Int or Float) rounds to a finite float32/float64
/// (go/types' fitsFloat32/fitsFloat64).
bool fitsFloat32(VP x);
bool fitsFloat64(VP x);

/// Whether x, which must be an Int (use toInt first), fits an integer type
/// of the given width and signedness (representableConst's integer case).
bool representableInt(VP x, unsigned bits, bool isUnsigned);

/// Integer value as little-endian 64-bit words of two's complement of the
/// given width (for codegen of wide integer constants).
std::vector<uint64_t> intWords(VP x, unsigned bits);

} // namespace golite::constant
