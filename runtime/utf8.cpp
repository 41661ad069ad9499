//===- runtime/utf8.cpp - UTF-8 as Go's runtime decodes it ----------------===//
//
// This file implements the runtime's UTF-8 decoder and encoder, used by
// `for range` over strings, string([]rune), []rune(string) and
// string(rune).
//
// They must agree with Go bit for bit, because the results are visible:
//  - An invalid encoding decodes as U+FFFD with width 1, so the next
//    decode starts at the following byte. Invalid means: a continuation or
//    0xF8..0xFF lead byte, a truncated sequence, a continuation byte out of
//    0x80..0xBF, an overlong form, a surrogate (U+D800..U+DFFF), or a value
//    above U+10FFFF.
//  - Encoding a negative rune, a surrogate, or a value above U+10FFFF
//    produces U+FFFD (3 bytes).
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"

namespace golite::rt {

namespace {
constexpr uint8_t tx = 0x80, t2 = 0xC0, t3 = 0xE0, t4 = 0xF0, t5 = 0xF8;
constexpr uint8_t maskx = 0x3F, mask2 = 0x1F, mask3 = 0x0F, mask4 = 0x07;
constexpr int32_t rune1Max = (1 << 7) - 1, rune2Max = (1 << 11) - 1, rune3Max = (1 << 16) - 1;
constexpr int32_t maxRune = 0x10FFFF, surrogateMin = 0xD800, surrogateMax = 0xDFFF;
constexpr uint8_t locb = 0x80, hicb = 0xBF;

inline bool cont(uint8_t b) { return locb <= b && b <= hicb; }
} // namespace

int32_t decodeRune(const uint8_t *s, GoInt n, GoInt k, GoInt *next) {
  if (k >= n || k < 0) {
    *next = k + 1;
    return runeError;
  }
  const uint8_t *p = s + k;
  GoInt rem = n - k;
  uint8_t c = p[0];
  if (c < 0x80) {
    *next = k + 1;
    return c;
  }
  if (t2 <= c && c < t3) {
    if (rem > 1 && cont(p[1])) {
      int32_t r = int32_t(c & mask2) << 6 | int32_t(p[1] & maskx);
      if (r > rune1Max) {
        *next = k + 2;
        return r;
      }
    }
  } else if (t3 <= c && c < t4) {
    if (rem > 2 && cont(p[1]) && cont(p[2])) {
      int32_t r = int32_t(c & mask3) << 12 | int32_t(p[1] & maskx) << 6 | int32_t(p[2] & maskx);
      if (r > rune2Max && !(surrogateMin <= r && r <= surrogateMax)) {
        *next = k + 3;
        return r;
      }
    }
  } else if (t4 <= c && c < t5) {
    if (rem > 3 && cont(p[1]) && cont(p[2]) && cont(p[3])) {
      int32_t r = int32_t(c & mask4) << 18 | int32_t(p[1] & maskx) << 12 |
                  int32_t(p[2] & maskx) << 6 | int32_t(p[3] & maskx);
      if (r > rune3Max && r <= maxRune) {
        *next = k + 4;
        return r;
      }
    }
  }
  *next = k + 1;
  return runeError;
}

int encodeRune(uint8_t *p, int32_t r) {
  uint32_t i = uint32_t(r);
  if (i <= uint32_t(rune1Max)) {
    p[0] = uint8_t(r);
    return 1;
  }
  if (i <= uint32_t(rune2Max)) {
    p[0] = t2 | uint8_t(r >> 6);
    p[1] = tx | (uint8_t(r) & maskx);
    return 2;
  }
  if (i > uint32_t(maxRune) || (uint32_t(surrogateMin) <= i && i <= uint32_t(surrogateMax))) {
    r = runeError;
    i = uint32_t(r);
  }
  if (i <= uint32_t(rune3Max)) {
    p[0] = t3 | uint8_t(r >> 12);
    p[1] = tx | (uint8_t(r >> 6) & maskx);
    p[2] = tx | (uint8_t(r) & maskx);
    return 3;
  }
  p[0] = t4 | uint8_t(r >> 18);
  p[1] = tx | (uint8_t(r >> 12) & maskx);
  p[2] = tx | (uint8_t(r >> 6) & maskx);
  p[3] = tx | (uint8_t(r) & maskx);
  return 4;
}

} // namespace golite::rt
