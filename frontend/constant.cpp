//===- frontend/constant.cpp - Exact constant values ----------------------===//
//
// This file implements the exact constant values declared in constant.h,
// following go/constant (Go 1.19) closely, because gc prints constants
// through go/constant's String() and its arithmetic decides which programs
// are valid.
//
// Representations (one class each, tagged with Repr):
//   Int     an mpz_t (go/constant's int64Val and intVal in one)
//   Rat     an mpq_t: a Float that is an exact fraction (ratVal)
//   Float   a 512-bit mpfr_t: a Float whose fraction grew too large
//           (numerator or denominator of 4096 bits or more) or that came
//           from a literal with a huge exponent (floatVal)
//   Complex a pair of Int/Rat/Float values, like complexVal
// As in go/constant, once a value is a 512-bit Float it stays one: no
// attempt is made to go back to an exact fraction. Binary operations first
// bring both operands to the "larger" representation (Int < Rat < Float <
// Complex).
//
// MPFR's exponent range is set to big.Float's (int32) so that overflow to
// infinity, which makes a result Unknown, happens where it does in Go.
// Conversions to float64/float32 round once, to nearest even, with
// subnormals, by picking the precision the target format has at the
// value's exponent.
//
// Values are immutable and never freed: every value is allocated once and
// kept reachable from a global list.
//
//===----------------------------------------------------------------------===//

#include "frontend/constant.h"

#include <gmp.h>
#include <mpfr.h>

#include <algorithm>
#include <cassert>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace golite::constant {
namespace {

/// Mantissa precision of Float values, as in go/constant.
constexpr mpfr_prec_t Prec = 512;
/// Fractions may have components of up to MaxExp bits before they turn
/// into Floats (go/constant's maxExp).
constexpr long MaxExp = 4 << 10;

//===----------------------------------------------------------------------===//
// RAII holders for GMP/MPFR temporaries
//===----------------------------------------------------------------------===//

void initMpfr() {
  // big.Float exponents are int32 (MinExp, MaxExp).
  static bool done = [] {
    mpfr_set_emin(INT32_MIN);
    mpfr_set_emax(INT32_MAX);
    return true;
  }();
  (void)done;
}

struct Z {
  mpz_t v;
  Z() { mpz_init(v); }
  explicit Z(mpz_srcptr x) { mpz_init_set(v, x); }
  ~Z() { mpz_clear(v); }
  Z(const Z &) = delete;
  Z &operator=(const Z &) = delete;
};

struct Q {
  mpq_t v;
  Q() { mpq_init(v); }
  ~Q() { mpq_clear(v); }
  Q(const Q &) = delete;
  Q &operator=(const Q &) = delete;
};

struct F {
  mpfr_t v;
  explicit F(mpfr_prec_t p = Prec) {
    initMpfr();
    mpfr_init2(v, p);
    mpfr_set_zero(v, 1);
  }
  ~F() { mpfr_clear(v); }
  F(const F &) = delete;
  F &operator=(const F &) = delete;
};

//===----------------------------------------------------------------------===//
// Value classes
//===----------------------------------------------------------------------===//

enum class Repr : unsigned char { Unknown, Bool, String, Int, Rat, Float, Complex };

struct Impl : Value {
  Repr repr;
  Impl(Kind k, Repr r) : Value(k), repr(r) {}
};

const Impl *impl(VP x) {
  assert(x && "null constant value");
  return static_cast<const Impl *>(x);
}

std::vector<Value *> &pool() {
  // Deliberately leaked: values live for the whole compilation and must stay
  // valid during static destruction.
  static auto *p = new std::vector<Value *>;
  return *p;
}

template <class T, class... A> const T *intern(A &&...args) {
  T *v = new T(std::forward<A>(args)...);
  pool().push_back(v);
  return v;
}

std::string floatString(mpfr_srcptr f);
std::string floatExactString(mpfr_srcptr f);
std::string quote(std::string_view s);

struct UnknownValue final : Impl {
  UnknownValue() : Impl(Kind::Unknown, Repr::Unknown) {}
  std::string str() const override { return "unknown"; }
  std::string exactString() const override { return str(); }
};

struct BoolValue final : Impl {
  bool b;
  explicit BoolValue(bool b) : Impl(Kind::Bool, Repr::Bool), b(b) {}
  std::string str() const override { return b ? "true" : "false"; }
  std::string exactString() const override { return str(); }
};

struct StringValue final : Impl {
  std::string s;
  explicit StringValue(std::string s)
      : Impl(Kind::String, Repr::String), s(std::move(s)) {}
  std::string str() const override;
  std::string exactString() const override { return quote(s); }
};

struct IntValue final : Impl {
  mpz_t v;
  IntValue() : Impl(Kind::Int, Repr::Int) { mpz_init(v); }
  ~IntValue() override { mpz_clear(v); }
  std::string str() const override {
    std::string s(mpz_sizeinbase(v, 10) + 2, '\0');
    mpz_get_str(s.data(), 10, v);
    s.resize(std::strlen(s.c_str()));
    return s;
  }
  std::string exactString() const override { return str(); }
};

struct RatValue final : Impl {
  mpq_t v;
  RatValue() : Impl(Kind::Float, Repr::Rat) { mpq_init(v); }
  ~RatValue() override { mpq_clear(v); }
  std::string str() const override {
    F f;
    mpfr_set_q(f.v, v, MPFR_RNDN);
    return floatString(f.v);
  }
  std::string exactString() const override {
    size_t n = mpz_sizeinbase(mpq_numref(v), 10) +
               mpz_sizeinbase(mpq_denref(v), 10) + 3;
    std::string s(n, '\0');
    mpq_get_str(s.data(), 10, v); // "a/b", or "a" when b == 1
    s.resize(std::strlen(s.c_str()));
    return s;
  }
};

struct FloatValue final : Impl {
  mpfr_t v;
  FloatValue() : Impl(Kind::Float, Repr::Float) {
    initMpfr();
    mpfr_init2(v, Prec);
  }
  ~FloatValue() override { mpfr_clear(v); }
  std::string str() const override { return floatString(v); }
  std::string exactString() const override { return floatExactString(v); }
};

struct ComplexValue final : Impl {
  VP re, im;
  ComplexValue(VP re, VP im) : Impl(Kind::Complex, Repr::Complex), re(re), im(im) {}
  std::string str() const override {
    return "(" + re->str() + " + " + im->str() + "i)";
  }
  std::string exactString() const override {
    return "(" + re->exactString() + " + " + im->exactString() + "i)";
  }
};

mpz_srcptr zOf(VP x) { return static_cast<const IntValue *>(x)->v; }
mpq_srcptr qOf(VP x) { return static_cast<const RatValue *>(x)->v; }
mpfr_srcptr fOf(VP x) { return static_cast<const FloatValue *>(x)->v; }
const ComplexValue *cOf(VP x) { return static_cast<const ComplexValue *>(x); }

//===----------------------------------------------------------------------===//
// Constructors (go/constant's makeInt, makeRat, makeFloat, makeComplex)
//===----------------------------------------------------------------------===//

constexpr int64_t SmallMin = -128, SmallMax = 1024;

VP newInt(mpz_srcptr z) {
  if (mpz_fits_slong_p(z)) {
    long l = mpz_get_si(z);
    if (l >= SmallMin && l <= SmallMax)
      return makeInt64(l);
  }
  auto *v = intern<IntValue>();
  mpz_set(const_cast<mpz_ptr>(v->v), z);
  return v;
}

/// Keeps a fraction exact while its components are reasonably small; `q`
/// must be canonical.
VP newRat(mpq_srcptr q) {
  if (mpz_sizeinbase(mpq_numref(q), 2) < size_t(MaxExp) &&
      mpz_sizeinbase(mpq_denref(q), 2) < size_t(MaxExp)) {
    auto *v = intern<RatValue>();
    mpq_set(const_cast<mpq_ptr>(v->v), q);
    return v;
  }
  auto *v = intern<FloatValue>();
  mpfr_set_q(const_cast<mpfr_ptr>(v->v), q, MPFR_RNDN);
  return v;
}

VP floatZero() {
  static VP zero = [] {
    auto *v = intern<FloatValue>();
    mpfr_set_zero(const_cast<mpfr_ptr>(v->v), 1);
    return v;
  }();
  return zero;
}

VP newFloat(mpfr_srcptr f) {
  if (mpfr_zero_p(f))
    return floatZero(); // also turns -0 into 0
  if (!mpfr_number_p(f))
    return makeUnknown();
  auto *v = intern<FloatValue>();
  mpfr_set(const_cast<mpfr_ptr>(v->v), f, MPFR_RNDN);
  return v;
}

VP newComplex(VP re, VP im) {
  if (re->kind() == Kind::Unknown || im->kind() == Kind::Unknown)
    return makeUnknown();
  return intern<ComplexValue>(re, im);
}

bool smallFloat(mpfr_srcptr f) {
  if (!mpfr_number_p(f))
    return false;
  if (mpfr_zero_p(f))
    return true;
  mpfr_exp_t e = mpfr_get_exp(f); // f = 0.1xxx * 2**e, like big.Float.MantExp
  return -MaxExp < e && e < MaxExp;
}

//===----------------------------------------------------------------------===//
// Representation matching (go/constant's ord/match)
//===----------------------------------------------------------------------===//

int ord(const Impl *x) {
  switch (x->repr) {
  case Repr::Unknown:
    return 0;
  case Repr::Bool:
  case Repr::String:
    return 1;
  case Repr::Int:
    return 2;
  case Repr::Rat:
    return 4;
  case Repr::Float:
    return 5;
  case Repr::Complex:
    return 6;
  }
  return -1;
}

bool isNumeric(const Impl *x) { return ord(x) >= 2; }

/// Sets q to the Int or Rat x.
void getQ(VP x, mpq_ptr q) {
  if (impl(x)->repr == Repr::Int) {
    mpq_set_z(q, zOf(x));
  } else {
    assert(impl(x)->repr == Repr::Rat);
    mpq_set(q, qOf(x));
  }
}

/// Sets f (512 bits) to the Int, Rat or Float x.
void getF(VP x, mpfr_ptr f) {
  switch (impl(x)->repr) {
  case Repr::Int:
    mpfr_set_z(f, zOf(x), MPFR_RNDN);
    break;
  case Repr::Rat:
    mpfr_set_q(f, qOf(x), MPFR_RNDN);
    break;
  case Repr::Float:
    mpfr_set(f, fOf(x), MPFR_RNDN);
    break;
  default:
    assert(false && "not a real number");
    mpfr_set_zero(f, 1);
  }
}

void getC(VP x, VP &re, VP &im) {
  if (impl(x)->repr == Repr::Complex) {
    re = cOf(x)->re;
    im = cOf(x)->im;
  } else {
    re = x;
    im = makeInt64(0);
  }
}

//===----------------------------------------------------------------------===//
// Rounding to IEEE binary formats
//===----------------------------------------------------------------------===//

struct IEEEFormat {
  int mant;        // significand bits, hidden bit included
  mpfr_exp_t emin; // smallest exponent of a normal number (MPFR convention)
  mpfr_exp_t emax; // largest exponent (MPFR convention)
};
constexpr IEEEFormat Binary64{53, -1021, 1024};
constexpr IEEEFormat Binary32{24, -125, 128};

/// Rounds the exact value that `set(dst, rnd)` stores (rounded to dst's
/// precision with rnd) to the format, to nearest even, with subnormals and
/// overflow to infinity. The value's sign is `sgn`.
template <class SetFn>
double roundIEEE(const IEEEFormat &fmt, int sgn, SetFn set, bool *exact) {
  if (sgn == 0) {
    if (exact)
      *exact = true;
    return 0.0;
  }
  double inf = sgn < 0 ? -HUGE_VAL : HUGE_VAL;
  // The exponent of the exact value: rounding toward zero never carries.
  F probe(64);
  set(probe.v, MPFR_RNDZ);
  mpfr_exp_t e = mpfr_get_exp(probe.v);
  if (e > fmt.emax) {
    if (exact)
      *exact = false;
    return inf;
  }
  // Subnormals have fewer significant bits.
  long prec = e >= fmt.emin ? fmt.mant : fmt.mant - long(fmt.emin - e);
  if (prec >= 1) {
    F t(prec);
    int tern = set(t.v, MPFR_RNDN);
    if (exact)
      *exact = tern == 0;
    if (mpfr_get_exp(t.v) > fmt.emax) {
      if (exact)
        *exact = false;
      return inf;
    }
    return mpfr_get_d(t.v, MPFR_RNDN); // exact: t fits the format
  }
  if (exact)
    *exact = false;
  double zero = sgn < 0 ? -0.0 : 0.0;
  if (prec < 0)
    return zero;
  // prec == 0: the value lies in [tiny/2, tiny) with tiny the smallest
  // subnormal; exactly tiny/2 is a tie that goes to (even) zero.
  F one(1);
  int tern = set(one.v, MPFR_RNDZ);
  if (tern == 0)
    return zero;
  return std::ldexp(sgn < 0 ? -1.0 : 1.0, int(e)); // 2**e == tiny
}

int signOf(VP x);

/// Nearest float in `fmt` of an Int, Rat or Float; 0 and not exact for
/// anything else.
double toIEEE(VP x, const IEEEFormat &fmt, bool *exact) {
  switch (impl(x)->repr) {
  case Repr::Int: {
    mpz_srcptr z = zOf(x);
    if (mpz_sizeinbase(z, 2) <= size_t(Prec))
      return roundIEEE(fmt, mpz_sgn(z),
                       [&](mpfr_ptr d, mpfr_rnd_t r) { return mpfr_set_z(d, z, r); },
                       exact);
    // go/constant goes through a 512-bit big.Float first.
    F f;
    int t0 = mpfr_set_z(f.v, z, MPFR_RNDN);
    bool ex = false;
    double d = roundIEEE(fmt, mpz_sgn(z),
                         [&](mpfr_ptr dd, mpfr_rnd_t r) { return mpfr_set(dd, f.v, r); },
                         &ex);
    if (exact)
      *exact = ex && t0 == 0;
    return d;
  }
  case Repr::Rat: {
    mpq_srcptr q = qOf(x);
    return roundIEEE(fmt, mpq_sgn(q),
                     [&](mpfr_ptr d, mpfr_rnd_t r) { return mpfr_set_q(d, q, r); },
                     exact);
  }
  case Repr::Float: {
    mpfr_srcptr f = fOf(x);
    return roundIEEE(fmt, mpfr_sgn(f),
                     [&](mpfr_ptr d, mpfr_rnd_t r) { return mpfr_set(d, f, r); },
                     exact);
  }
  default:
    if (exact)
      *exact = false;
    return 0;
  }
}

//===----------------------------------------------------------------------===//
// Formatting
//===----------------------------------------------------------------------===//

std::string format(const char *fmt, double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, d);
  return buf;
}

/// go/constant's floatVal.String: %.6g when the value is a finite nonzero
/// float64 (or zero), else an approximate manual decimal conversion.
std::string floatString(mpfr_srcptr f) {
  if (mpfr_inf_p(f))
    return mpfr_sgn(f) < 0 ? "-Inf" : "+Inf";
  int sgn = mpfr_sgn(f);
  double x = roundIEEE(Binary64, sgn,
                       [&](mpfr_ptr d, mpfr_rnd_t r) { return mpfr_set(d, f, r); },
                       nullptr);
  if ((sgn == 0) == (x == 0) && !std::isinf(x))
    return format("%.6g", x);

  // f = mant * 2**exp with 0.5 <= |mant| < 1.
  mpfr_exp_t exp = mpfr_get_exp(f);
  F mant;
  mpfr_set(mant.v, f, MPFR_RNDN);
  mpfr_set_exp(mant.v, 0);
  double m = mpfr_get_d(mant.v, MPFR_RNDN);
  // Approximate decimal exponent; log10(2) as Go computes Ln2/Ln10.
  double d = double(exp) * 0.30102999566398119521373889472449302676818988146211;
  int64_t e = int64_t(d);
  m *= std::pow(10.0, d - double(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    // %.6g rounds m to 5 digits after the point: keep m*10 < 10 after it.
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  char buf[80];
  std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, (long long)e);
  return buf;
}

/// big.Float's Text('p', 0): "-0x.8p+1" style, hex mantissa in [0.5, 1).
std::string floatExactString(mpfr_srcptr f) {
  if (mpfr_zero_p(f))
    return "0";
  Z m;
  mpfr_exp_t e = mpfr_get_z_2exp(m.v, f); // f = m * 2**e
  std::string s = mpz_sgn(m.v) < 0 ? "-" : "";
  mpz_abs(m.v, m.v);
  long n = long(mpz_sizeinbase(m.v, 2));
  long exp = long(e) + n;
  mpz_mul_2exp(m.v, m.v, (4 - n % 4) % 4);
  std::string hex(mpz_sizeinbase(m.v, 16) + 2, '\0');
  mpz_get_str(hex.data(), 16, m.v);
  hex.resize(std::strlen(hex.c_str()));
  while (!hex.empty() && hex.back() == '0')
    hex.pop_back();
  s += "0x." + hex + "p";
  if (exp >= 0)
    s += "+";
  return s + std::to_string(exp);
}

//===----------------------------------------------------------------------===//
// UTF-8 and quoting (strconv.Quote)
//===----------------------------------------------------------------------===//

constexpr uint32_t RuneError = 0xFFFD;

/// Decodes one rune like utf8.DecodeRuneInString: (RuneError, 1) for an
/// invalid encoding, including surrogates and overlong forms.
uint32_t decodeRune(std::string_view s, size_t &size) {
  auto b = [&](size_t i) { return (unsigned char)s[i]; };
  size = 1;
  if (s.empty()) {
    size = 0;
    return RuneError;
  }
  unsigned c0 = b(0);
  if (c0 < 0x80)
    return c0;
  auto cont = [&](size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return i < s.size() && b(i) >= lo && b(i) <= hi;
  };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (!cont(1))
      return RuneError;
    size = 2;
    return (c0 & 0x1F) << 6 | (b(1) & 0x3F);
  }
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    unsigned lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    if (!cont(1, lo, hi) || !cont(2))
      return RuneError;
    size = 3;
    return (c0 & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F);
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    unsigned lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (!cont(1, lo, hi) || !cont(2) || !cont(3))
      return RuneError;
    size = 4;
    return (c0 & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 |
           (b(3) & 0x3F);
  }
  return RuneError;
}

bool validRune(uint32_t r) {
  return r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF);
}

void appendRune(std::string &out, uint32_t r) {
  if (!validRune(r))
    r = RuneError;
  if (r < 0x80) {
    out += char(r);
  } else if (r < 0x800) {
    out += char(0xC0 | r >> 6);
    out += char(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += char(0xE0 | r >> 12);
    out += char(0x80 | (r >> 6 & 0x3F));
    out += char(0x80 | (r & 0x3F));
  } else {
    out += char(0xF0 | r >> 18);
    out += char(0x80 | (r >> 12 & 0x3F));
    out += char(0x80 | (r >> 6 & 0x3F));
    out += char(0x80 | (r & 0x3F));
  }
}

struct RuneRange {
  uint32_t lo, hi;
};
constexpr RuneRange PrintRanges[] = {
#include "frontend/constant_isprint.inc"
};

/// strconv.IsPrint.
bool isPrint(uint32_t r) {
  auto it = std::upper_bound(
      std::begin(PrintRanges), std::end(PrintRanges), r,
      [](uint32_t v, const RuneRange &rr) { return v < rr.lo; });
  if (it == std::begin(PrintRanges))
    return false;
  --it;
  return r <= it->hi;
}

void appendHex(std::string &out, uint32_t v, int digits) {
  static const char hex[] = "0123456789abcdef";
  for (int i = digits - 1; i >= 0; --i)
    out += hex[(v >> (4 * i)) & 0xF];
}

std::string quote(std::string_view s) {
  std::string out = "\"";
  while (!s.empty()) {
    size_t width;
    uint32_t r = decodeRune(s, width);
    if (width == 1 && r == RuneError) {
      out += "\\x";
      appendHex(out, (unsigned char)s[0], 2);
      s.remove_prefix(1);
      continue;
    }
    s.remove_prefix(width);
    if (r == '"' || r == '\\') {
      out += '\\';
      out += char(r);
      continue;
    }
    if (isPrint(r)) {
      appendRune(out, r);
      continue;
    }
    switch (r) {
    case '\a': out += "\\a"; continue;
    case '\b': out += "\\b"; continue;
    case '\f': out += "\\f"; continue;
    case '\n': out += "\\n"; continue;
    case '\r': out += "\\r"; continue;
    case '\t': out += "\\t"; continue;
    case '\v': out += "\\v"; continue;
    default: break;
    }
    if (r < ' ' || r == 0x7F) {
      out += "\\x";
      appendHex(out, r, 2);
    } else if (r < 0x10000) {
      out += "\\u";
      appendHex(out, r, 4);
    } else {
      out += "\\U";
      appendHex(out, r, 8);
    }
  }
  out += '"';
  return out;
}

std::string StringValue::str() const {
  constexpr size_t MaxLen = 72;
  std::string q = quote(s);
  // Count runes; the quoted form is valid UTF-8.
  size_t runes = 0;
  for (unsigned char c : q)
    runes += (c & 0xC0) != 0x80;
  if (runes <= MaxLen)
    return q;
  // Keep the first MaxLen-3 runes and add "...".
  size_t i = 0;
  for (size_t n = 0; n < MaxLen - 3; ++n) {
    size_t w;
    decodeRune(std::string_view(q).substr(i), w);
    i += w;
  }
  return q.substr(0, i) + "...";
}

//===----------------------------------------------------------------------===//
// Literal parsing
//===----------------------------------------------------------------------===//

int digitVal(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

/// Scans digits of `base` at s[i...] into `digits`, allowing "_" between
/// digits (and right after a base prefix when `leadingSep`). Stops at the
/// first character that is neither; returns false for a misplaced "_".
bool scanDigits(std::string_view s, size_t &i, int base, bool leadingSep,
                std::string &digits) {
  bool prevDigit = leadingSep;
  bool prevSep = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (!prevDigit)
        return false;
      prevDigit = false;
      prevSep = true;
      continue;
    }
    if (digitVal(c) >= base)
      break;
    digits += c;
    prevDigit = true;
    prevSep = false;
  }
  return !prevSep;
}

int basePrefix(std::string_view s, size_t &i) {
  if (s.size() >= i + 2 && s[i] == '0') {
    switch (s[i + 1]) {
    case 'x': case 'X': i += 2; return 16;
    case 'b': case 'B': i += 2; return 2;
    case 'o': case 'O': i += 2; return 8;
    default: break;
    }
  }
  return 0;
}

bool scanSign(std::string_view s, size_t &i) {
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    ++i;
  }
  return neg;
}

/// An integer literal: 0x/0X, 0b/0B, 0o/0O, legacy 0 octal, or decimal,
/// with "_" separators (strconv.ParseInt/big.Int.SetString, base 0).
bool parseIntLit(std::string_view s, mpz_ptr out) {
  size_t i = 0;
  bool neg = scanSign(s, i);
  int base = basePrefix(s, i);
  bool prefixed = base != 0;
  if (!base)
    base = s.size() > i + 1 && s[i] == '0' ? 8 : 10;
  std::string digits;
  if (!scanDigits(s, i, base, prefixed || base == 8, digits) || i != s.size() ||
      digits.empty())
    return false;
  if (mpz_set_str(out, digits.c_str(), base) != 0)
    return false;
  if (neg)
    mpz_neg(out, out);
  return true;
}

/// A parsed floating-point literal: value = (-1)**neg * mant * base**exp.
struct FloatLit {
  bool neg = false;
  Z mant;
  int base = 10; // 10 or 2
  int64_t exp = 0;
  std::string decimal; // for base 10: "digits" "e" exp, for mpfr_strtofr
};

bool addExp(int64_t &exp, int64_t d) {
  if ((d > 0 && exp > INT64_MAX / 4 - d) || (d < 0 && exp < INT64_MIN / 4 - d))
    return false;
  exp += d;
  return true;
}

/// Decimal or hexadecimal float literals (decimal_float_lit, hex_float_lit);
/// also plain decimal integers. `imag` additionally accepts the integer
/// literal forms allowed before "i" (0b, 0o, 0x without exponent).
bool parseFloatLit(std::string_view s, FloatLit &lit, bool imag) {
  size_t i = 0;
  lit.neg = scanSign(s, i);
  int base = basePrefix(s, i);
  if (base == 2 || base == 8) {
    if (!imag)
      return false;
    std::string digits;
    if (!scanDigits(s, i, base, true, digits) || i != s.size() || digits.empty())
      return false;
    mpz_set_str(lit.mant.v, digits.c_str(), base);
    lit.base = 2;
    return true;
  }
  bool hex = base == 16;
  std::string intDigits, fracDigits;
  if (!scanDigits(s, i, hex ? 16 : 10, hex, intDigits))
    return false;
  bool dot = false;
  if (i < s.size() && s[i] == '.') {
    dot = true;
    ++i;
    if (i < s.size() && s[i] == '_')
      return false;
    if (!scanDigits(s, i, hex ? 16 : 10, false, fracDigits))
      return false;
  }
  if (intDigits.empty() && fracDigits.empty())
    return false;
  int64_t exp = 0;
  bool hasExp = false;
  if (i < s.size()) {
    char c = s[i];
    bool ok = hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E');
    if (!ok)
      return false;
    hasExp = true;
    ++i;
    bool eneg = scanSign(s, i);
    std::string edigits;
    if (i < s.size() && s[i] == '_')
      return false;
    if (!scanDigits(s, i, 10, false, edigits) || edigits.empty() || i != s.size())
      return false;
    for (char d : edigits) {
      if (exp > INT64_MAX / 100)
        return false; // exponent overflow
      exp = exp * 10 + (d - '0');
    }
    if (eneg)
      exp = -exp;
  }
  if (hex && !hasExp && !(imag && !dot))
    return false; // hexadecimal mantissa requires a 'p' exponent
  std::string all = intDigits + fracDigits;
  mpz_set_str(lit.mant.v, all.c_str(), hex ? 16 : 10);
  int64_t shift = int64_t(fracDigits.size()) * (hex ? 4 : 1);
  if (!addExp(exp, -shift))
    return false;
  lit.base = hex ? 2 : 10;
  lit.exp = exp;
  if (!hex)
    lit.decimal = all + "e" + std::to_string(exp);
  return true;
}

/// go/constant's makeFloatFromLiteral: an exact fraction unless the
/// exponent is huge, in which case a 512-bit float.
VP makeFloatFromLit(std::string_view s, bool imag) {
  FloatLit lit;
  if (!parseFloatLit(s, lit, imag))
    return nullptr;
  F f;
  if (mpz_sgn(lit.mant.v) != 0) {
    if (lit.base == 2) {
      if (lit.exp < LONG_MIN / 2 || lit.exp > LONG_MAX / 2)
        return nullptr;
      mpfr_set_z_2exp(f.v, lit.mant.v, mpfr_exp_t(lit.exp), MPFR_RNDN);
    } else {
      mpfr_strtofr(f.v, lit.decimal.c_str(), nullptr, 10, MPFR_RNDN);
    }
  }
  if (lit.neg)
    mpfr_neg(f.v, f.v, MPFR_RNDN);
  if (!smallFloat(f.v))
    return newFloat(f.v); // infinite: Unknown
  auto *v = intern<RatValue>();
  mpq_ptr q = const_cast<mpq_ptr>(v->v);
  if (!mpfr_zero_p(f.v)) {
    mpq_set_z(q, lit.mant.v);
    uint64_t mag = lit.exp < 0 ? uint64_t(-lit.exp) : uint64_t(lit.exp);
    if (lit.base == 2) {
      if (lit.exp < 0)
        mpq_div_2exp(q, q, mag);
      else
        mpq_mul_2exp(q, q, mag);
    } else {
      Z p;
      mpz_ui_pow_ui(p.v, 10, mag);
      if (lit.exp < 0)
        mpz_set(mpq_denref(q), p.v);
      else
        mpz_mul(mpq_numref(q), mpq_numref(q), p.v);
      mpq_canonicalize(q);
    }
    if (lit.neg)
      mpq_neg(q, q);
  }
  return v;
}

/// strconv.UnquoteChar: decodes one (possibly escaped) character at the
/// front of s. `multibyte` tells whether the value is a rune to be UTF-8
/// encoded (false for \x and octal escapes, which denote bytes).
bool unquoteChar(std::string_view &s, char q, uint32_t &value, bool &multibyte) {
  multibyte = false;
  if (s.empty())
    return false;
  unsigned char c = s[0];
  if (c == (unsigned char)q && (q == '\'' || q == '"'))
    return false;
  if (c >= 0x80) {
    size_t w;
    value = decodeRune(s, w);
    s.remove_prefix(w);
    multibyte = true;
    return true;
  }
  if (c != '\\') {
    value = c;
    s.remove_prefix(1);
    return true;
  }
  if (s.size() <= 1)
    return false;
  char e = s[1];
  s.remove_prefix(2);
  switch (e) {
  case 'a': value = '\a'; return true;
  case 'b': value = '\b'; return true;
  case 'f': value = '\f'; return true;
  case 'n': value = '\n'; return true;
  case 'r': value = '\r'; return true;
  case 't': value = '\t'; return true;
  case 'v': value = '\v'; return true;
  case '\\': value = '\\'; return true;
  case '\'':
  case '"':
    if (e != q)
      return false;
    value = uint32_t(e);
    return true;
  case 'x':
  case 'u':
  case 'U': {
    size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
    if (s.size() < n)
      return false;
    uint32_t v = 0;
    for (size_t j = 0; j < n; ++j) {
      int d = digitVal(s[j]);
      if (d >= 16)
        return false;
      v = v << 4 | uint32_t(d);
    }
    s.remove_prefix(n);
    if (e != 'x') {
      if (!validRune(v))
        return false;
      multibyte = true;
    }
    value = v;
    return true;
  }
  case '0': case '1': case '2': case '3':
  case '4': case '5': case '6': case '7': {
    uint32_t v = uint32_t(e - '0');
    if (s.size() < 2)
      return false;
    for (size_t j = 0; j < 2; ++j) {
      if (s[j] < '0' || s[j] > '7')
        return false;
      v = v << 3 | uint32_t(s[j] - '0');
    }
    s.remove_prefix(2);
    if (v > 255)
      return false;
    value = v;
    return true;
  }
  default:
    return false;
  }
}

/// strconv.Unquote for string literals ("..." or `...`).
bool unquoteString(std::string_view lit, std::string &out) {
  if (lit.size() < 2)
    return false;
  char q = lit[0];
  if (q == '`') {
    std::string_view body = lit.substr(1);
    size_t end = body.find('`');
    if (end == std::string_view::npos || end + 2 != lit.size())
      return false;
    for (char c : body.substr(0, end))
      if (c != '\r') // carriage returns are discarded from raw strings
        out += c;
    return true;
  }
  if (q != '"' && q != '\'') // strconv.Unquote also takes 'x'
    return false;
  std::string_view s = lit.substr(1);
  while (!s.empty() && s[0] != q) {
    if (s[0] == '\n')
      return false;
    uint32_t r;
    bool multibyte;
    if (!unquoteChar(s, q, r, multibyte))
      return false;
    if (r < 0x80 || !multibyte)
      out += char(r);
    else
      appendRune(out, r);
    if (q == '\'')
      break; // a single character
  }
  return s.size() == 1 && s[0] == q;
}

} // namespace

//===----------------------------------------------------------------------===//
// Factories
//===----------------------------------------------------------------------===//

VP makeUnknown() {
  static VP u = intern<UnknownValue>();
  return u;
}

VP makeBool(bool b) {
  static VP t = intern<BoolValue>(true), f = intern<BoolValue>(false);
  return b ? t : f;
}

VP makeString(std::string s) { return intern<StringValue>(std::move(s)); }

VP makeInt64(int64_t x) {
  static VP small[SmallMax - SmallMin + 1];
  bool isSmall = x >= SmallMin && x <= SmallMax;
  if (isSmall && small[x - SmallMin])
    return small[x - SmallMin];
  auto *v = intern<IntValue>();
  mpz_ptr z = const_cast<mpz_ptr>(v->v);
  if (x >= LONG_MIN && x <= LONG_MAX) {
    mpz_set_si(z, long(x));
  } else {
    uint64_t u = x < 0 ? 0 - uint64_t(x) : uint64_t(x);
    mpz_import(z, 1, -1, sizeof u, 0, 0, &u);
    if (x < 0)
      mpz_neg(z, z);
  }
  if (isSmall)
    small[x - SmallMin] = v;
  return v;
}

VP makeUint64(uint64_t x) {
  if (x < (uint64_t(1) << 63))
    return makeInt64(int64_t(x));
  auto *v = intern<IntValue>();
  mpz_import(const_cast<mpz_ptr>(v->v), 1, -1, sizeof x, 0, 0, &x);
  return v;
}

VP makeFloat64(double x) {
  if (std::isinf(x) || std::isnan(x))
    return makeUnknown();
  if (x == 0)
    return intern<RatValue>(); // 0, never -0
  // Every finite float64 is "small" (exponent within +-1075).
  auto *v = intern<RatValue>();
  mpq_set_d(const_cast<mpq_ptr>(v->v), x);
  return v;
}

VP makeFromLiteral(std::string_view lit, Tok tok) {
  switch (tok) {
  case Tok::Int: {
    Z z;
    if (parseIntLit(lit, z.v))
      return newInt(z.v);
    break;
  }
  case Tok::Float:
    if (VP v = makeFloatFromLit(lit, /*imag=*/false))
      return v;
    break;
  case Tok::Imag:
    if (!lit.empty() && lit.back() == 'i')
      if (VP im = makeFloatFromLit(lit.substr(0, lit.size() - 1), /*imag=*/true))
        return newComplex(makeInt64(0), im);
    break;
  case Tok::Char:
    if (lit.size() >= 2) {
      std::string_view s = lit.substr(1, lit.size() - 2);
      uint32_t r;
      bool multibyte;
      // Like go/constant: only the first character counts.
      if (unquoteChar(s, '\'', r, multibyte))
        return makeInt64(r);
    }
    break;
  case Tok::String: {
    std::string s;
    if (unquoteString(lit, s))
      return makeString(std::move(s));
    break;
  }
  default:
    assert(false && "not a literal token");
    break;
  }
  return makeUnknown();
}

VP makeImag(VP x) {
  if (!isNumeric(impl(x)) || x->kind() == Kind::Complex)
    return makeUnknown();
  return newComplex(makeInt64(0), x);
}

//===----------------------------------------------------------------------===//
// Accessors
//===----------------------------------------------------------------------===//

bool boolVal(VP x) {
  return impl(x)->repr == Repr::Bool && static_cast<const BoolValue *>(x)->b;
}

const std::string &stringVal(VP x) {
  static const std::string empty;
  if (impl(x)->repr != Repr::String)
    return empty;
  return static_cast<const StringValue *>(x)->s;
}

std::optional<int64_t> int64Val(VP x) {
  if (impl(x)->repr != Repr::Int)
    return std::nullopt;
  mpz_srcptr z = zOf(x);
  if (mpz_fits_slong_p(z))
    return int64_t(mpz_get_si(z));
  if (mpz_sizeinbase(z, 2) > 64)
    return std::nullopt;
  uint64_t u = 0;
  mpz_export(&u, nullptr, -1, sizeof u, 0, 0, z);
  if (mpz_sgn(z) < 0) {
    if (u > (uint64_t(1) << 63))
      return std::nullopt;
    return int64_t(0 - u);
  }
  if (u >= (uint64_t(1) << 63))
    return std::nullopt;
  return int64_t(u);
}

std::optional<uint64_t> uint64Val(VP x) {
  if (impl(x)->repr != Repr::Int)
    return std::nullopt;
  mpz_srcptr z = zOf(x);
  if (mpz_sgn(z) < 0 || mpz_sizeinbase(z, 2) > 64)
    return std::nullopt;
  uint64_t u = 0;
  mpz_export(&u, nullptr, -1, sizeof u, 0, 0, z);
  return u;
}

double float64Val(VP x, bool *exact) { return toIEEE(x, Binary64, exact); }

float float32Val(VP x, bool *exact) {
  return float(toIEEE(x, Binary32, exact)); // exact: already rounded
}

VP real(VP x) {
  if (impl(x)->repr == Repr::Complex)
    return cOf(x)->re;
  if (ord(impl(x)) < 2)
    return makeUnknown();
  return x;
}

VP imag(VP x) {
  if (impl(x)->repr == Repr::Complex)
    return cOf(x)->im;
  if (ord(impl(x)) < 2)
    return makeUnknown();
  return makeInt64(0);
}

namespace {
int signOf(VP x) {
  switch (impl(x)->repr) {
  case Repr::Int:
    return mpz_sgn(zOf(x));
  case Repr::Rat:
    return mpq_sgn(qOf(x));
  case Repr::Float:
    return mpfr_sgn(fOf(x)) < 0 ? -1 : mpfr_sgn(fOf(x)) > 0;
  case Repr::Complex:
    return signOf(cOf(x)->re) | signOf(cOf(x)->im);
  default:
    return 1; // Unknown: avoid spurious division by zero errors
  }
}
} // namespace

int sign(VP x) { return signOf(x); }

int bitLen(VP x) {
  if (impl(x)->repr != Repr::Int || mpz_sgn(zOf(x)) == 0)
    return 0;
  return int(mpz_sizeinbase(zOf(x), 2));
}

//===----------------------------------------------------------------------===//
// Conversions
//===----------------------------------------------------------------------===//

VP toInt(VP x) {
  switch (impl(x)->repr) {
  case Repr::Int:
    return x;
  case Repr::Rat:
    if (mpz_cmp_ui(mpq_denref(qOf(x)), 1) == 0)
      return newInt(mpq_numref(qOf(x)));
    break;
  case Repr::Float: {
    mpfr_srcptr f = fOf(x);
    if (!smallFloat(f)) // avoid creating huge integers
      break;
    Z z;
    if (mpfr_integer_p(f)) {
      mpfr_get_z(z.v, f, MPFR_RNDZ);
      return newInt(z.v);
    }
    // If rounding a little (to a few bits less) gives an integer, assume x
    // is not one only because of rounding errors in earlier operations.
    constexpr int Delta = 4;
    for (mpfr_rnd_t rnd : {MPFR_RNDZ, MPFR_RNDA}) {
      F t(Prec - Delta);
      mpfr_set(t.v, f, rnd);
      if (mpfr_integer_p(t.v)) {
        mpfr_get_z(z.v, t.v, MPFR_RNDZ);
        return newInt(z.v);
      }
    }
    break;
  }
  case Repr::Complex: {
    VP re = toFloat(x);
    if (re->kind() == Kind::Float)
      return toInt(re);
    break;
  }
  default:
    break;
  }
  return makeUnknown();
}

VP toFloat(VP x) {
  switch (impl(x)->repr) {
  case Repr::Int: {
    mpz_srcptr z = zOf(x);
    if (mpz_sizeinbase(z, 2) < size_t(MaxExp)) {
      auto *v = intern<RatValue>();
      mpq_set_z(const_cast<mpq_ptr>(v->v), z);
      return v;
    }
    F f;
    mpfr_set_z(f.v, z, MPFR_RNDN);
    return newFloat(f.v);
  }
  case Repr::Rat:
  case Repr::Float:
    return x;
  case Repr::Complex:
    if (signOf(cOf(x)->im) == 0)
      return toFloat(cOf(x)->re);
    break;
  default:
    break;
  }
  return makeUnknown();
}

VP toComplex(VP x) {
  if (x->kind() == Kind::Complex)
    return x;
  if (isNumeric(impl(x)))
    return newComplex(x, makeInt64(0));
  return makeUnknown();
}

//===----------------------------------------------------------------------===//
// Operations
//===----------------------------------------------------------------------===//

VP unaryOp(Tok op, VP y, unsigned precBits) {
  const Impl *v = impl(y);
  if (v->repr == Repr::Unknown)
    return y;
  switch (op) {
  case Tok::Add:
    if (isNumeric(v))
      return y;
    break;
  case Tok::Sub:
    switch (v->repr) {
    case Repr::Int: {
      Z z;
      mpz_neg(z.v, zOf(y));
      return newInt(z.v);
    }
    case Repr::Rat: {
      Q q;
      mpq_neg(q.v, qOf(y));
      return newRat(q.v);
    }
    case Repr::Float: {
      F f;
      mpfr_neg(f.v, fOf(y), MPFR_RNDN);
      return newFloat(f.v);
    }
    case Repr::Complex:
      return newComplex(unaryOp(Tok::Sub, cOf(y)->re, 0),
                        unaryOp(Tok::Sub, cOf(y)->im, 0));
    default:
      break;
    }
    break;
  case Tok::Xor:
    if (v->repr == Repr::Int) {
      Z z;
      mpz_com(z.v, zOf(y));
      // For unsigned types the complement must be limited to the type's
      // width: z &^= -1 << prec, i.e. z mod 2**prec.
      if (precBits > 0)
        mpz_fdiv_r_2exp(z.v, z.v, precBits);
      return newInt(z.v);
    }
    break;
  case Tok::Not:
    if (v->repr == Repr::Bool)
      return makeBool(!boolVal(y));
    break;
  default:
    break;
  }
  assert(false && "invalid unary operation");
  return makeUnknown();
}

namespace {
VP intOp(mpz_srcptr a, Tok op, mpz_srcptr b, bool intDiv) {
  Z c;
  switch (op) {
  case Tok::Add: mpz_add(c.v, a, b); break;
  case Tok::Sub: mpz_sub(c.v, a, b); break;
  case Tok::Mul: mpz_mul(c.v, a, b); break;
  case Tok::Quo:
    if (mpz_sgn(b) == 0)
      return makeUnknown(); // the caller reports division by zero
    if (intDiv) {
      mpz_tdiv_q(c.v, a, b);
      break;
    } else {
      Q q;
      mpz_set(mpq_numref(q.v), a);
      mpz_set(mpq_denref(q.v), b);
      mpq_canonicalize(q.v);
      return newRat(q.v);
    }
  case Tok::Rem:
    if (mpz_sgn(b) == 0)
      return makeUnknown();
    mpz_tdiv_r(c.v, a, b);
    break;
  case Tok::And: mpz_and(c.v, a, b); break;
  case Tok::Or: mpz_ior(c.v, a, b); break;
  case Tok::Xor: mpz_xor(c.v, a, b); break;
  case Tok::AndNot: {
    Z nb;
    mpz_com(nb.v, b);
    mpz_and(c.v, a, nb.v);
    break;
  }
  default:
    assert(false && "invalid integer operation");
    return makeUnknown();
  }
  return newInt(c.v);
}

VP ratOp(mpq_srcptr a, Tok op, mpq_srcptr b) {
  Q c;
  switch (op) {
  case Tok::Add: mpq_add(c.v, a, b); break;
  case Tok::Sub: mpq_sub(c.v, a, b); break;
  case Tok::Mul: mpq_mul(c.v, a, b); break;
  case Tok::Quo:
    if (mpq_sgn(b) == 0)
      return makeUnknown();
    mpq_div(c.v, a, b);
    break;
  default:
    assert(false && "invalid float operation");
    return makeUnknown();
  }
  return newRat(c.v);
}

VP floatOp(mpfr_srcptr a, Tok op, mpfr_srcptr b) {
  F c;
  switch (op) {
  case Tok::Add: mpfr_add(c.v, a, b, MPFR_RNDN); break;
  case Tok::Sub: mpfr_sub(c.v, a, b, MPFR_RNDN); break;
  case Tok::Mul: mpfr_mul(c.v, a, b, MPFR_RNDN); break;
  case Tok::Quo:
    if (mpfr_zero_p(b))
      return makeUnknown();
    mpfr_div(c.v, a, b, MPFR_RNDN);
    break;
  default:
    assert(false && "invalid float operation");
    return makeUnknown();
  }
  return newFloat(c.v);
}

VP complexOp(VP x, Tok op, VP y) {
  VP a, b, c, d;
  getC(x, a, b);
  getC(y, c, d);
  auto add = [](VP p, VP q) { return binaryOp(p, Tok::Add, q); };
  auto sub = [](VP p, VP q) { return binaryOp(p, Tok::Sub, q); };
  auto mul = [](VP p, VP q) { return binaryOp(p, Tok::Mul, q); };
  auto quo = [](VP p, VP q) { return binaryOp(p, Tok::Quo, q); };
  switch (op) {
  case Tok::Add:
    return newComplex(add(a, c), add(b, d));
  case Tok::Sub:
    return newComplex(sub(a, c), sub(b, d));
  case Tok::Mul:
    // (ac-bd) + i(bc+ad)
    return newComplex(sub(mul(a, c), mul(b, d)), add(mul(b, c), mul(a, d)));
  case Tok::Quo: {
    // (ac+bd)/s + i(bc-ad)/s, with s = cc + dd
    VP s = add(mul(c, c), mul(d, d));
    if (signOf(s) == 0)
      return makeUnknown();
    VP re = quo(add(mul(a, c), mul(b, d)), s);
    VP im = quo(sub(mul(b, c), mul(a, d)), s);
    return newComplex(re, im);
  }
  default:
    assert(false && "invalid complex operation");
    return makeUnknown();
  }
}

/// The common representation order of two operands, or -1 if they cannot
/// be combined; 0 if one of them is Unknown.
int matchOrd(const Impl *x, const Impl *y) {
  int ox = ord(x), oy = ord(y);
  if (ox == 0 || oy == 0)
    return 0;
  if (ox == 1 || oy == 1)
    return x->repr == y->repr ? 1 : -1;
  return std::max(ox, oy);
}
} // namespace

VP binaryOp(VP x, Tok op, VP y, bool intDiv) {
  if (op == Tok::QuoAssign) { // go/constant's spelling of integer division
    op = Tok::Quo;
    intDiv = true;
  }
  const Impl *a = impl(x), *b = impl(y);
  switch (matchOrd(a, b)) {
  case 0:
    return makeUnknown();
  case 1:
    if (a->repr == Repr::Bool) {
      if (op == Tok::LAnd)
        return makeBool(boolVal(x) && boolVal(y));
      if (op == Tok::LOr)
        return makeBool(boolVal(x) || boolVal(y));
    } else if (op == Tok::Add) {
      return makeString(stringVal(x) + stringVal(y));
    }
    break;
  case 2:
    return intOp(zOf(x), op, zOf(y), intDiv);
  case 4: {
    Q qa, qb;
    getQ(x, qa.v);
    getQ(y, qb.v);
    return ratOp(qa.v, op, qb.v);
  }
  case 5: {
    F fa, fb;
    getF(x, fa.v);
    getF(y, fb.v);
    return floatOp(fa.v, op, fb.v);
  }
  case 6:
    return complexOp(x, op, y);
  default:
    break;
  }
  assert(false && "invalid binary operation");
  return makeUnknown();
}

VP shift(VP x, Tok op, unsigned s) {
  if (impl(x)->repr == Repr::Unknown)
    return x;
  if (impl(x)->repr != Repr::Int || (op != Tok::Shl && op != Tok::Shr)) {
    assert(false && "invalid shift");
    return makeUnknown();
  }
  if (s == 0)
    return x;
  Z z;
  if (op == Tok::Shl)
    mpz_mul_2exp(z.v, zOf(x), s);
  else
    mpz_fdiv_q_2exp(z.v, zOf(x), s); // arithmetic shift: rounds to -inf
  return newInt(z.v);
}

namespace {
bool cmpZero(int c, Tok op) {
  switch (op) {
  case Tok::Eql: return c == 0;
  case Tok::Neq: return c != 0;
  case Tok::Lss: return c < 0;
  case Tok::Leq: return c <= 0;
  case Tok::Gtr: return c > 0;
  case Tok::Geq: return c >= 0;
  default:
    assert(false && "invalid comparison");
    return false;
  }
}
} // namespace

bool compare(VP x, Tok op, VP y) {
  const Impl *a = impl(x), *b = impl(y);
  switch (matchOrd(a, b)) {
  case 0:
    // go/constant turns an Unknown compared with a Complex into the complex
    // (unknown + 0i), which is unequal to everything.
    if (a->repr == Repr::Complex || b->repr == Repr::Complex)
      return op == Tok::Neq;
    return false;
  case 1:
    if (a->repr == Repr::Bool) {
      if (op == Tok::Eql || op == Tok::Neq)
        return cmpZero(int(boolVal(x)) - int(boolVal(y)), op);
      break;
    }
    return cmpZero(stringVal(x).compare(stringVal(y)), op);
  case 2:
    return cmpZero(mpz_cmp(zOf(x), zOf(y)), op);
  case 4: {
    Q qa, qb;
    getQ(x, qa.v);
    getQ(y, qb.v);
    return cmpZero(mpq_cmp(qa.v, qb.v), op);
  }
  case 5: {
    F fa, fb;
    getF(x, fa.v);
    getF(y, fb.v);
    return cmpZero(mpfr_cmp(fa.v, fb.v), op);
  }
  case 6: {
    VP xr, xi, yr, yi;
    getC(x, xr, xi);
    getC(y, yr, yi);
    bool eq = compare(xr, Tok::Eql, yr) && compare(xi, Tok::Eql, yi);
    if (op == Tok::Eql)
      return eq;
    if (op == Tok::Neq)
      return !eq;
    break;
  }
  default:
    break;
  }
  assert(false && "invalid comparison");
  return false;
}

//===----------------------------------------------------------------------===//
// Helpers for typed constants
//===----------------------------------------------------------------------===//

namespace {
VP roundFloat(VP x, const IEEEFormat &fmt) {
  if (x->kind() == Kind::Complex) {
    VP re = roundFloat(cOf(x)->re, fmt), im = roundFloat(cOf(x)->im, fmt);
    return newComplex(re, im);
  }
  if (!isNumeric(impl(x)))
    return makeUnknown();
  double d = toIEEE(x, fmt, nullptr);
  return makeFloat64(d); // Unknown if infinite
}
} // namespace

VP roundFloat32(VP x) { return roundFloat(x, Binary32); }
VP roundFloat64(VP x) { return roundFloat(x, Binary64); }

bool fitsFloat32(VP x) { return !std::isinf(toIEEE(x, Binary32, nullptr)); }
bool fitsFloat64(VP x) { return !std::isinf(toIEEE(x, Binary64, nullptr)); }

bool representableInt(VP x, unsigned bits, bool isUnsigned) {
  if (impl(x)->repr != Repr::Int)
    return false;
  mpz_srcptr z = zOf(x);
  int sgn = mpz_sgn(z);
  if (sgn == 0)
    return true;
  size_t n = mpz_sizeinbase(z, 2);
  if (isUnsigned)
    return sgn > 0 && n <= bits;
  if (sgn > 0)
    return n < bits;
  // Negative: -2**(bits-1) <= z, i.e. |z| - 1 has fewer than bits bits.
  Z t;
  mpz_neg(t.v, z);
  mpz_sub_ui(t.v, t.v, 1);
  return mpz_sgn(t.v) == 0 || mpz_sizeinbase(t.v, 2) < bits;
}

std::vector<uint64_t> intWords(VP x, unsigned bits) {
  assert(impl(x)->repr == Repr::Int && "intWords of a non-integer");
  size_t n = (bits + 63) / 64;
  std::vector<uint64_t> words(n, 0);
  if (impl(x)->repr != Repr::Int || n == 0)
    return words;
  Z t;
  mpz_fdiv_r_2exp(t.v, zOf(x), bits); // two's complement, truncated
  size_t count = 0;
  std::vector<uint64_t> tmp(n + 1, 0);
  mpz_export(tmp.data(), &count, -1, sizeof(uint64_t), 0, 0, t.v);
  std::copy_n(tmp.begin(), std::min(count, n), words.begin());
  return words;
}

} // namespace golite::constant
