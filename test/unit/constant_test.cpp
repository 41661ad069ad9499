//===- test/unit/constant_test.cpp - Exact constant tests -----------------===//
//
// Unit tests for frontend/constant.cpp. The golden tables in
// constant_golden.inc were produced by Go 1.19's go/constant (see
// constant_golden_gen.go), so every String()/ExactString() expectation there
// is what gc itself would print; the hand-written tests below check the
// helpers the checker and codegen rely on.
//
//===----------------------------------------------------------------------===//

#include "frontend/constant.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

using namespace golite;
using namespace golite::constant;

namespace {

//===----------------------------------------------------------------------===//
// Golden tables from Go
//===----------------------------------------------------------------------===//

struct LitRow {
  const char *spec, *kind, *str, *exact;
  int sign, bitLen;
};
struct OpRow {
  const char *op, *x, *y, *kind, *str, *exact, *extra;
};
struct FloatRow {
  uint64_t bits;
  const char *str, *exact;
};

const LitRow litRows[] = {
#define GOLDEN_LITS
#include "constant_golden.inc"
#undef GOLDEN_LITS
};
const OpRow opRows[] = {
#define GOLDEN_OPS
#include "constant_golden.inc"
#undef GOLDEN_OPS
};
const FloatRow floatRows[] = {
#define GOLDEN_FLOATS
#include "constant_golden.inc"
#undef GOLDEN_FLOATS
};

const char *kindName(Kind k) {
  switch (k) {
  case Kind::Unknown: return "Unknown";
  case Kind::Bool: return "Bool";
  case Kind::String: return "String";
  case Kind::Int: return "Int";
  case Kind::Float: return "Float";
  case Kind::Complex: return "Complex";
  }
  return "?";
}

/// Builds a value from the generator's "K:literal" notation.
VP spec(std::string_view s, const std::vector<VP> &results) {
  if (s == "U")
    return makeUnknown();
  if (s[0] == '$')
    return results.at(std::stoul(std::string(s.substr(1))));
  std::string_view lit = s.substr(2);
  switch (s[0]) {
  case 'I': return makeFromLiteral(lit, Tok::Int);
  case 'F': return makeFromLiteral(lit, Tok::Float);
  case 'C': return makeFromLiteral(lit, Tok::Imag);
  case 'R': return makeFromLiteral(lit, Tok::Char);
  case 'S': return makeFromLiteral(lit, Tok::String);
  case 'B': return makeBool(lit == "true");
  }
  ADD_FAILURE() << "bad spec " << s;
  return makeUnknown();
}

VP lit(std::string_view s) { return spec(s, {}); }

std::string cmpString(VP x, VP y) {
  std::string out;
  bool ordered = x->kind() != Kind::Complex && y->kind() != Kind::Complex &&
                 x->kind() != Kind::Bool;
  for (Tok op : {Tok::Eql, Tok::Neq, Tok::Lss, Tok::Leq, Tok::Gtr, Tok::Geq}) {
    if (!ordered && op != Tok::Eql && op != Tok::Neq)
      out += '-';
    else
      out += compare(x, op, y) ? 'T' : 'F';
  }
  return out;
}

std::string hex(uint64_t v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*llx", digits, (unsigned long long)v);
  return buf;
}

uint64_t bits64(double d) {
  uint64_t u;
  std::memcpy(&u, &d, sizeof u);
  return u;
}

uint32_t bits32(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  return u;
}

TEST(ConstantGolden, Literals) {
  for (const LitRow &row : litRows) {
    SCOPED_TRACE(row.spec);
    VP v = lit(row.spec);
    EXPECT_STREQ(kindName(v->kind()), row.kind);
    EXPECT_EQ(v->str(), row.str);
    EXPECT_EQ(v->exactString(), row.exact);
    switch (v->kind()) {
    case Kind::Int:
      EXPECT_EQ(bitLen(v), row.bitLen);
      [[fallthrough]];
    case Kind::Float:
    case Kind::Complex:
    case Kind::Unknown:
      EXPECT_EQ(sign(v), row.sign);
      break;
    default:
      break;
    }
  }
}

TEST(ConstantGolden, Operations) {
  std::vector<VP> results;
  for (const OpRow &row : opRows) {
    std::string op = row.op;
    SCOPED_TRACE(op + " " + row.x + " " + row.y);
    VP x = spec(row.x, results);
    VP y = *row.y ? spec(row.y, results) : nullptr;
    VP r = nullptr;
    std::string extra;
    if (op == "cmp" || op == "==") {
      extra = cmpString(x, y);
      r = makeBool(compare(x, Tok::Eql, y));
    } else if (op == "shl" || op == "shr") {
      r = shift(x, op == "shl" ? Tok::Shl : Tok::Shr, unsigned(*int64Val(y)));
    } else if (op == "u+") {
      r = unaryOp(Tok::Add, x, 0);
    } else if (op == "u-") {
      r = unaryOp(Tok::Sub, x, 0);
    } else if (op == "u!") {
      r = unaryOp(Tok::Not, x, 0);
    } else if (op == "u^") {
      r = unaryOp(Tok::Xor, x, 0);
    } else if (op == "u^8") {
      r = unaryOp(Tok::Xor, x, 8);
    } else if (op == "u^64") {
      r = unaryOp(Tok::Xor, x, 64);
    } else if (op == "int") {
      r = toInt(x);
    } else if (op == "float") {
      r = toFloat(x);
    } else if (op == "complex") {
      r = toComplex(x);
    } else if (op == "real") {
      r = real(x);
    } else if (op == "imag") {
      r = imag(x);
    } else if (op == "makeimag") {
      r = makeImag(x);
    } else if (op == "f64") {
      bool exact;
      double d = float64Val(x, &exact);
      extra = hex(bits64(d), 16) + (exact ? " true" : " false");
      r = x;
    } else if (op == "f32") {
      bool exact;
      float f = float32Val(x, &exact);
      extra = hex(bits32(f), 8) + (exact ? " true" : " false");
      r = x;
    } else {
      static const struct {
        const char *name;
        Tok tok;
        bool intDiv;
      } ops[] = {{"+", Tok::Add, false},  {"-", Tok::Sub, false},
                 {"*", Tok::Mul, false},  {"/", Tok::Quo, false},
                 {"div", Tok::Quo, true}, {"%", Tok::Rem, false},
                 {"&", Tok::And, false},  {"|", Tok::Or, false},
                 {"^", Tok::Xor, false},  {"&^", Tok::AndNot, false},
                 {"&&", Tok::LAnd, false}, {"||", Tok::LOr, false}};
      for (const auto &o : ops)
        if (op == o.name)
          r = binaryOp(x, o.tok, y, o.intDiv);
      ASSERT_NE(r, nullptr) << "unknown op " << op;
    }
    results.push_back(r);
    EXPECT_STREQ(kindName(r->kind()), row.kind);
    EXPECT_EQ(r->str(), row.str);
    EXPECT_EQ(r->exactString(), row.exact);
    EXPECT_EQ(extra, row.extra);
  }
}

TEST(ConstantGolden, MakeFloat64) {
  for (const FloatRow &row : floatRows) {
    double d;
    std::memcpy(&d, &row.bits, sizeof d);
    SCOPED_TRACE(hex(row.bits, 16));
    VP v = makeFloat64(d);
    EXPECT_EQ(v->str(), row.str);
    EXPECT_EQ(v->exactString(), row.exact);
    if (v->kind() == Kind::Float) {
      bool exact;
      EXPECT_EQ(bits64(float64Val(v, &exact)), bits64(d == 0 ? 0.0 : d));
      EXPECT_TRUE(exact);
    }
  }
}

//===----------------------------------------------------------------------===//
// Integers
//===----------------------------------------------------------------------===//

TEST(ConstantInt, BigShiftsAndBitLen) {
  VP one = makeInt64(1);
  VP big = shift(one, Tok::Shl, 100);
  EXPECT_EQ(big->str(), "1267650600228229401496703205376");
  EXPECT_EQ(bitLen(big), 101);
  EXPECT_FALSE(int64Val(big));
  EXPECT_FALSE(uint64Val(big));
  // (1<<100 + 1<<100) >> 101 == 1
  VP twice = binaryOp(big, Tok::Add, big);
  EXPECT_TRUE(compare(shift(twice, Tok::Shr, 101), Tok::Eql, one));
  // 1<<512 has 513 bits: the checker's "constant overflow" limit is 512.
  EXPECT_EQ(bitLen(shift(one, Tok::Shl, 511)), 512);
  EXPECT_EQ(bitLen(shift(one, Tok::Shl, 512)), 513);
  EXPECT_EQ(bitLen(makeInt64(0)), 0);
  EXPECT_EQ(bitLen(makeInt64(INT64_MIN)), 64);
}

TEST(ConstantInt, Int64AndUint64Val) {
  EXPECT_EQ(int64Val(makeInt64(INT64_MIN)), INT64_MIN);
  EXPECT_EQ(int64Val(makeInt64(INT64_MAX)), INT64_MAX);
  EXPECT_FALSE(uint64Val(makeInt64(-1)));
  EXPECT_EQ(uint64Val(makeUint64(UINT64_MAX)), UINT64_MAX);
  EXPECT_FALSE(int64Val(makeUint64(UINT64_MAX)));
  EXPECT_EQ(makeUint64(UINT64_MAX)->str(), "18446744073709551615");
  VP min1 = binaryOp(makeInt64(INT64_MIN), Tok::Sub, makeInt64(1));
  EXPECT_FALSE(int64Val(min1));
  EXPECT_EQ(int64Val(lit("I:-9223372036854775808")), INT64_MIN);
  EXPECT_FALSE(int64Val(lit("F:1.0"))) << "a Float is not an Int";
}

TEST(ConstantInt, Representable) {
  VP c300 = makeInt64(300);
  EXPECT_FALSE(representableInt(c300, 8, true));
  EXPECT_TRUE(representableInt(makeInt64(255), 8, true));
  EXPECT_FALSE(representableInt(makeInt64(-1), 8, true));
  EXPECT_TRUE(representableInt(makeInt64(-128), 8, false));
  EXPECT_FALSE(representableInt(makeInt64(-129), 8, false));
  EXPECT_TRUE(representableInt(makeInt64(127), 8, false));
  EXPECT_FALSE(representableInt(makeInt64(128), 8, false));
  EXPECT_TRUE(representableInt(makeInt64(0), 1, false));
  VP two63 = shift(makeInt64(1), Tok::Shl, 63);
  EXPECT_FALSE(representableInt(two63, 64, false));
  EXPECT_TRUE(representableInt(two63, 64, true));
  EXPECT_TRUE(representableInt(unaryOp(Tok::Sub, two63, 0), 64, false));
  EXPECT_FALSE(representableInt(binaryOp(unaryOp(Tok::Sub, two63, 0), Tok::Sub,
                                         makeInt64(1)),
                                64, false));
  VP two64 = shift(makeInt64(1), Tok::Shl, 64);
  EXPECT_FALSE(representableInt(two64, 64, true));
  EXPECT_TRUE(representableInt(binaryOp(two64, Tok::Sub, makeInt64(1)), 64, true));
  EXPECT_FALSE(representableInt(lit("F:1.5"), 64, false));
  // A Float that is an integer is representable after toInt.
  EXPECT_TRUE(representableInt(toInt(lit("F:1e2")), 8, true));
  EXPECT_EQ(toInt(lit("F:1.5"))->kind(), Kind::Unknown);
}

TEST(ConstantInt, IntWords) {
  EXPECT_EQ(intWords(makeInt64(-1), 128), (std::vector<uint64_t>{~0ull, ~0ull}));
  EXPECT_EQ(intWords(shift(makeInt64(1), Tok::Shl, 100), 128),
            (std::vector<uint64_t>{0, 1ull << 36}));
  EXPECT_EQ(intWords(makeInt64(300), 8), (std::vector<uint64_t>{44}));
  EXPECT_EQ(intWords(makeInt64(-2), 32), (std::vector<uint64_t>{0xfffffffeull}));
  EXPECT_EQ(intWords(makeUint64(UINT64_MAX), 64), (std::vector<uint64_t>{~0ull}));
}

TEST(ConstantInt, DivisionAndComplement) {
  EXPECT_EQ(binaryOp(makeInt64(7), Tok::Quo, makeInt64(2))->exactString(), "7/2");
  EXPECT_EQ(binaryOp(makeInt64(7), Tok::Quo, makeInt64(2), true)->str(), "3");
  EXPECT_EQ(binaryOp(makeInt64(-7), Tok::QuoAssign, makeInt64(2))->str(), "-3");
  // Division by zero is the caller's to report; we only must not crash.
  EXPECT_EQ(binaryOp(makeInt64(1), Tok::Quo, makeInt64(0))->kind(), Kind::Unknown);
  EXPECT_EQ(binaryOp(makeInt64(1), Tok::Rem, makeInt64(0))->kind(), Kind::Unknown);
  EXPECT_EQ(binaryOp(lit("F:1.5"), Tok::Quo, lit("F:0"))->kind(), Kind::Unknown);
  // ^uint32(0)
  EXPECT_EQ(unaryOp(Tok::Xor, makeInt64(0), 32)->str(), "4294967295");
  EXPECT_EQ(unaryOp(Tok::Xor, makeInt64(1), 0)->str(), "-2");
}

//===----------------------------------------------------------------------===//
// Floats
//===----------------------------------------------------------------------===//

TEST(ConstantFloat, ExactRationals) {
  VP third = binaryOp(makeInt64(1), Tok::Quo, makeInt64(3));
  EXPECT_EQ(third->kind(), Kind::Float);
  VP one = binaryOp(third, Tok::Mul, makeInt64(3));
  EXPECT_TRUE(compare(one, Tok::Eql, makeInt64(1)));
  EXPECT_EQ(one->kind(), Kind::Float);
  EXPECT_EQ(toInt(one)->kind(), Kind::Int);
  // 0.1 + 0.2 == 0.3 exactly, unlike float64 arithmetic.
  EXPECT_TRUE(compare(binaryOp(lit("F:0.1"), Tok::Add, lit("F:0.2")), Tok::Eql,
                      lit("F:0.3")));
}

TEST(ConstantFloat, Float64Rounding) {
  bool exact = true;
  EXPECT_EQ(float64Val(lit("F:0.1"), &exact), 0.1);
  EXPECT_FALSE(exact);
  EXPECT_EQ(float64Val(lit("F:0.5"), &exact), 0.5);
  EXPECT_TRUE(exact);
  // Subnormals and underflow.
  EXPECT_EQ(float64Val(lit("F:0x1p-1074")), std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(float64Val(lit("F:4.9406564584124654e-324")),
            std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(float64Val(lit("F:0x1p-1075")), 0.0); // tie to even
  EXPECT_EQ(float64Val(lit("F:0x1.8p-1074")), 2 * std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(float64Val(lit("F:2.2250738585072014e-308")),
            std::numeric_limits<double>::min());
  double negTiny = float64Val(lit("F:-1e-400"));
  EXPECT_EQ(negTiny, 0.0);
  EXPECT_TRUE(std::signbit(negTiny));
  // Overflow.
  VP huge = binaryOp(lit("F:1e308"), Tok::Mul, makeInt64(10));
  EXPECT_TRUE(std::isinf(float64Val(huge)));
  EXPECT_FALSE(fitsFloat64(huge));
  EXPECT_TRUE(fitsFloat32(lit("F:3.4028234663852886e38")));
  EXPECT_FALSE(fitsFloat32(lit("F:3.5e38")));
  EXPECT_TRUE(fitsFloat64(lit("F:3.5e38")));
  EXPECT_EQ(roundFloat64(huge)->kind(), Kind::Unknown);
  EXPECT_EQ(float64Val(lit("F:1.7976931348623157e308")),
            std::numeric_limits<double>::max());
  // float32
  EXPECT_EQ(float32Val(lit("F:0.1")), 0.1f);
  EXPECT_EQ(float32Val(lit("F:0x1p-149")), std::numeric_limits<float>::denorm_min());
  EXPECT_EQ(float32Val(makeInt64(16777217)), 16777216.0f);
  EXPECT_EQ(float32Val(makeInt64(16777219)), 16777220.0f);
}

TEST(ConstantFloat, RoundFloat) {
  VP r = roundFloat32(lit("F:0.1"));
  EXPECT_EQ(r->kind(), Kind::Float);
  EXPECT_EQ(r->exactString(), "13421773/134217728");
  EXPECT_EQ(roundFloat64(lit("F:0.1"))->exactString(),
            "3602879701896397/36028797018963968");
  EXPECT_EQ(roundFloat64(makeInt64(3))->exactString(), "3");
  EXPECT_EQ(roundFloat32(lit("F:1e39"))->kind(), Kind::Unknown);
  VP c = binaryOp(lit("F:0.1"), Tok::Add, lit("C:0.1i"));
  EXPECT_EQ(roundFloat32(c)->exactString(), "(13421773/134217728 + 13421773/134217728i)");
  EXPECT_EQ(roundFloat32(binaryOp(lit("F:1e39"), Tok::Add, lit("C:1i")))->kind(),
            Kind::Unknown);
}

TEST(ConstantFloat, HugeExponentsSwitchTo512Bits) {
  VP a = lit("F:1e1300"); // beyond the 4096-bit limit for fractions
  EXPECT_EQ(a->kind(), Kind::Float);
  EXPECT_EQ(a->str(), "1e+1300");
  EXPECT_EQ(a->exactString().substr(0, 3), "0x.");
  VP back = binaryOp(binaryOp(makeInt64(1), Tok::Quo, a), Tok::Mul, a);
  EXPECT_EQ(toInt(back)->str(), "1");
  EXPECT_EQ(lit("F:1e-1886451601")->str(), "0");
}

//===----------------------------------------------------------------------===//
// Complex, strings, booleans, unknown
//===----------------------------------------------------------------------===//

TEST(ConstantComplex, Division) {
  VP a = binaryOp(makeInt64(1), Tok::Add, lit("C:2i"));  // 1+2i
  VP b = binaryOp(makeInt64(3), Tok::Add, lit("C:4i"));  // 3+4i
  VP q = binaryOp(a, Tok::Quo, b);
  EXPECT_EQ(q->exactString(), "(11/25 + 2/25i)");
  EXPECT_EQ(q->str(), "(0.44 + 0.08i)");
  EXPECT_TRUE(compare(binaryOp(q, Tok::Mul, b), Tok::Eql, a));
  EXPECT_EQ(binaryOp(a, Tok::Quo, toComplex(makeInt64(0)))->kind(), Kind::Unknown);
  EXPECT_EQ(sign(toComplex(makeInt64(0))), 0);
  EXPECT_NE(sign(a), 0);
  EXPECT_EQ(real(q)->exactString(), "11/25");
  EXPECT_EQ(imag(q)->exactString(), "2/25");
  EXPECT_EQ(toFloat(a)->kind(), Kind::Unknown);
  EXPECT_EQ(toInt(binaryOp(lit("C:2i"), Tok::Mul, lit("C:2i")))->str(), "-4");
}

TEST(ConstantMisc, StringsBoolsUnknown) {
  VP s = binaryOp(makeString("foo"), Tok::Add, makeString("\n\xff"));
  EXPECT_EQ(stringVal(s), "foo\n\xff");
  EXPECT_EQ(s->str(), "\"foo\\n\\xff\"");
  EXPECT_TRUE(compare(makeString("a"), Tok::Lss, makeString("\xc3\xa9")));
  EXPECT_EQ(makeBool(true), makeBool(true));
  EXPECT_TRUE(boolVal(unaryOp(Tok::Not, makeBool(false), 0)));
  EXPECT_EQ(makeUnknown(), makeUnknown());
  EXPECT_EQ(makeUnknown()->str(), "unknown");
  EXPECT_EQ(sign(makeUnknown()), 1);
  EXPECT_FALSE(compare(makeUnknown(), Tok::Eql, makeUnknown()));
  EXPECT_EQ(binaryOp(makeUnknown(), Tok::Mul, lit("C:1i"))->kind(), Kind::Unknown);
  EXPECT_EQ(shift(makeUnknown(), Tok::Shl, 3)->kind(), Kind::Unknown);
  EXPECT_EQ(makeFloat64(std::nan(""))->kind(), Kind::Unknown);
  EXPECT_EQ(sign(makeFloat64(-0.0)), 0);
}

TEST(ConstantLiteral, Forms) {
  EXPECT_EQ(lit("I:0x_1F")->str(), "31");
  EXPECT_EQ(lit("I:0o_17")->str(), "15");
  EXPECT_EQ(lit("I:0b_1_1")->str(), "3");
  EXPECT_EQ(lit("I:0777")->str(), "511");
  EXPECT_EQ(lit("I:0789")->kind(), Kind::Unknown);
  EXPECT_EQ(lit("F:0789.5")->exactString(), "1579/2");
  EXPECT_EQ(lit("F:0x1.fffffffffffffp1023")->str(), "1.79769e+308");
  EXPECT_EQ(lit("F:0x1.8p1")->exactString(), "3");
  EXPECT_EQ(lit("F:0x1.8")->kind(), Kind::Unknown) << "hex mantissa needs 'p'";
  EXPECT_EQ(lit("C:0789i")->str(), "(0 + 789i)");
  EXPECT_EQ(lit("C:0x1p-1i")->str(), "(0 + 0.5i)");
  EXPECT_EQ(lit("R:'\\u4e16'")->str(), "19990");
  EXPECT_EQ(lit("R:'\\000'")->str(), "0");
  EXPECT_EQ(stringVal(lit("S:\"\\xe4\\xb8\\x96\"")), "\xe4\xb8\x96");
  EXPECT_EQ(stringVal(lit("S:\"\\u4e16\"")), "\xe4\xb8\x96");
  EXPECT_EQ(stringVal(lit("S:`a\\n\r\nb`")), "a\\n\nb");
  EXPECT_EQ(lit("S:\"\\q\"")->kind(), Kind::Unknown);
}

} // namespace
