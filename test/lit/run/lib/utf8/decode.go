// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// utf8 decoding of valid, invalid, truncated, overlong and surrogate
// sequences, forwards and backwards, as bytes and as strings.

package main

import "unicode/utf8"

var inputs = []string{
	"", "a", "\x7f", "\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xdf\xbf",
	"\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80",
	"\xed\xbf\xbf", "\xee\x80\x80", "\xef\xbf\xbf", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80",
	"\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\xfe",
	"\xe2\x82", "\xe2", "\xf0\x9f\x98", "\xf0\x9f", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
	"a\xe2\x82\xac", "\xe2\x82\xacb", "€\x80", "\x80€", "é", "héllo, 世界", "\xc3",
	"\xc3\x28", "\xa0\xa1", "\xe2\x28\xa1", "\xe2\x82\x28", "\xf0\x28\x8c\xbc",
	"\xf0\x90\x28\xbc", "\xf0\x28\x8c\x28", "\xf8\xa1\xa1\xa1\xa1", "ab\xf0\x9f\x98\x80\x80",
}

func main() {
	for i, s := range inputs {
		b := []byte(s)
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune(b)
		r3, n3 := utf8.DecodeLastRuneInString(s)
		r4, n4 := utf8.DecodeLastRune(b)
		println(i, len(s), "first", r1, n1, r2, n2, "last", r3, n3, r4, n4,
			"count", utf8.RuneCountInString(s), utf8.RuneCount(b),
			"valid", utf8.ValidString(s), utf8.Valid(b),
			"full", utf8.FullRuneInString(s), utf8.FullRune(b))
		// Walk forwards and backwards.
		fw := ""
		for j := 0; j < len(s); {
			r, n := utf8.DecodeRuneInString(s[j:])
			fw += " " + itoa(int(r)) + "/" + itoa(n)
			j += n
		}
		bw := ""
		for j := len(b); j > 0; {
			r, n := utf8.DecodeLastRune(b[:j])
			bw += " " + itoa(int(r)) + "/" + itoa(n)
			j -= n
		}
		println("  fw" + fw)
		println("  bw" + bw)
		// Every prefix as FullRune.
		fr := ""
		for j := 0; j <= len(s) && j <= 5; j++ {
			if utf8.FullRuneInString(s[:j]) {
				fr += "T"
			} else {
				fr += "F"
			}
		}
		println("  full prefixes", fr)
		// range agrees with DecodeRuneInString.
		for j, r := range s {
			rr, _ := utf8.DecodeRuneInString(s[j:])
			if rr != r {
				println("  range mismatch at", j)
			}
		}
	}
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	s := ""
	for v > 0 {
		s = string(rune('0'+v%10)) + s
		v /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

// CHECK: 0 0 first 65533 0 65533 0 last 65533 0 65533 0 count 0 0 valid true true full false false
// CHECK-NEXT:   fw
// CHECK-NEXT:   bw
// CHECK-NEXT:   full prefixes F
// CHECK-NEXT: 1 1 first 97 1 97 1 last 97 1 97 1 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 97/1
// CHECK-NEXT:   bw 97/1
// CHECK-NEXT:   full prefixes FT
// CHECK-NEXT: 2 1 first 127 1 127 1 last 127 1 127 1 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 127/1
// CHECK-NEXT:   bw 127/1
// CHECK-NEXT:   full prefixes FT
// CHECK-NEXT: 3 1 first 65533 1 65533 1 last 65533 1 65533 1 count 1 1 valid false false full true true
// CHECK-NEXT:   fw 65533/1
// CHECK-NEXT:   bw 65533/1
// CHECK-NEXT:   full prefixes FT
// CHECK-NEXT: 4 1 first 65533 1 65533 1 last 65533 1 65533 1 count 1 1 valid false false full true true
// CHECK-NEXT:   fw 65533/1
// CHECK-NEXT:   bw 65533/1
// CHECK-NEXT:   full prefixes FT
// CHECK-NEXT: 5 2 first 65533 1 65533 1 last 65533 1 65533 1 count 2 2 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1
// CHECK-NEXT:   full prefixes FTT
// CHECK-NEXT: 6 2 first 65533 1 65533 1 last 65533 1 65533 1 count 2 2 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1
// CHECK-NEXT:   full prefixes FTT
// CHECK-NEXT: 7 2 first 128 2 128 2 last 128 2 128 2 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 128/2
// CHECK-NEXT:   bw 128/2
// CHECK-NEXT:   full prefixes FFT
// CHECK-NEXT: 8 2 first 2047 2 2047 2 last 2047 2 2047 2 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 2047/2
// CHECK-NEXT:   bw 2047/2
// CHECK-NEXT:   full prefixes FFT
// CHECK-NEXT: 9 3 first 65533 1 65533 1 last 65533 1 65533 1 count 3 3 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1 65533/1
// CHECK-NEXT:   full prefixes FFTT
// CHECK-NEXT: 10 3 first 65533 1 65533 1 last 65533 1 65533 1 count 3 3 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1 65533/1
// CHECK-NEXT:   full prefixes FFTT
// CHECK-NEXT: 11 3 first 2048 3 2048 3 last 2048 3 2048 3 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 2048/3
// CHECK-NEXT:   bw 2048/3
// CHECK-NEXT:   full prefixes FFFT
// CHECK-NEXT: 12 3 first 55295 3 55295 3 last 55295 3 55295 3 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 55295/3
// CHECK-NEXT:   bw 55295/3
// CHECK-NEXT:   full prefixes FFFT
// CHECK-NEXT: 13 3 first 65533 1 65533 1 last 65533 1 65533 1 count 3 3 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1 65533/1
// CHECK-NEXT:   full prefixes FFTT
// CHECK-NEXT: 14 3 first 65533 1 65533 1 last 65533 1 65533 1 count 3 3 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1 65533/1
// CHECK-NEXT:   full prefixes FFTT
// CHECK-NEXT: 15 3 first 57344 3 57344 3 last 57344 3 57344 3 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 57344/3
// CHECK-NEXT:   bw 57344/3
// CHECK-NEXT:   full prefixes FFFT
// CHECK-NEXT: 16 3 first 65535 3 65535 3 last 65535 3 65535 3 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 65535/3
// CHECK-NEXT:   bw 65535/3
// CHECK-NEXT:   full prefixes FFFT
// CHECK-NEXT: 17 4 first 65533 1 65533 1 last 65533 1 65533 1 count 4 4 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1 65533/1 65533/1
// CHECK-NEXT:   full prefixes FFTTT
// CHECK-NEXT: 18 4 first 65536 4 65536 4 last 65536 4 65536 4 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 65536/4
// CHECK-NEXT:   bw 65536/4
// CHECK-NEXT:   full prefixes FFFFT
// CHECK-NEXT: 19 4 first 1114111 4 1114111 4 last 1114111 4 1114111 4 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 1114111/4
// CHECK-NEXT:   bw 1114111/4
// CHECK-NEXT:   full prefixes FFFFT
// CHECK-NEXT: 20 4 first 65533 1 65533 1 last 65533 1 65533 1 count 4 4 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1 65533/1 65533/1
// CHECK-NEXT:   full prefixes FFTTT
// CHECK-NEXT: 21 4 first 65533 1 65533 1 last 65533 1 65533 1 count 4 4 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1 65533/1 65533/1
// CHECK-NEXT:   full prefixes FTTTT
// CHECK-NEXT: 22 1 first 65533 1 65533 1 last 65533 1 65533 1 count 1 1 valid false false full true true
// CHECK-NEXT:   fw 65533/1
// CHECK-NEXT:   bw 65533/1
// CHECK-NEXT:   full prefixes FT
// CHECK-NEXT: 23 1 first 65533 1 65533 1 last 65533 1 65533 1 count 1 1 valid false false full true true
// CHECK-NEXT:   fw 65533/1
// CHECK-NEXT:   bw 65533/1
// CHECK-NEXT:   full prefixes FT
// CHECK-NEXT: 24 2 first 65533 1 65533 1 last 65533 1 65533 1 count 2 2 valid false false full false false
// CHECK-NEXT:   fw 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1
// CHECK-NEXT:   full prefixes FFF
// CHECK-NEXT: 25 1 first 65533 1 65533 1 last 65533 1 65533 1 count 1 1 valid false false full false false
// CHECK-NEXT:   fw 65533/1
// CHECK-NEXT:   bw 65533/1
// CHECK-NEXT:   full prefixes FF
// CHECK-NEXT: 26 3 first 65533 1 65533 1 last 65533 1 65533 1 count 3 3 valid false false full false false
// CHECK-NEXT:   fw 65533/1 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1 65533/1
// CHECK-NEXT:   full prefixes FFFF
// CHECK-NEXT: 27 2 first 65533 1 65533 1 last 65533 1 65533 1 count 2 2 valid false false full false false
// CHECK-NEXT:   fw 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1
// CHECK-NEXT:   full prefixes FFF
// CHECK-NEXT: 28 3 first 8364 3 8364 3 last 8364 3 8364 3 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 8364/3
// CHECK-NEXT:   bw 8364/3
// CHECK-NEXT:   full prefixes FFFT
// CHECK-NEXT: 29 4 first 128512 4 128512 4 last 128512 4 128512 4 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 128512/4
// CHECK-NEXT:   bw 128512/4
// CHECK-NEXT:   full prefixes FFFFT
// CHECK-NEXT: 30 4 first 97 1 97 1 last 8364 3 8364 3 count 2 2 valid true true full true true
// CHECK-NEXT:   fw 97/1 8364/3
// CHECK-NEXT:   bw 8364/3 97/1
// CHECK-NEXT:   full prefixes FTTTT
// CHECK-NEXT: 31 4 first 8364 3 8364 3 last 98 1 98 1 count 2 2 valid true true full true true
// CHECK-NEXT:   fw 8364/3 98/1
// CHECK-NEXT:   bw 98/1 8364/3
// CHECK-NEXT:   full prefixes FFFTT
// CHECK-NEXT: 32 4 first 8364 3 8364 3 last 65533 1 65533 1 count 2 2 valid false false full true true
// CHECK-NEXT:   fw 8364/3 65533/1
// CHECK-NEXT:   bw 65533/1 8364/3
// CHECK-NEXT:   full prefixes FFFTT
// CHECK-NEXT: 33 4 first 65533 1 65533 1 last 8364 3 8364 3 count 2 2 valid false false full true true
// CHECK-NEXT:   fw 65533/1 8364/3
// CHECK-NEXT:   bw 8364/3 65533/1
// CHECK-NEXT:   full prefixes FTTTT
// CHECK-NEXT: 34 2 first 233 2 233 2 last 233 2 233 2 count 1 1 valid true true full true true
// CHECK-NEXT:   fw 233/2
// CHECK-NEXT:   bw 233/2
// CHECK-NEXT:   full prefixes FFT
// CHECK-NEXT: 35 14 first 104 1 104 1 last 30028 3 30028 3 count 9 9 valid true true full true true
// CHECK-NEXT:   fw 104/1 233/2 108/1 108/1 111/1 44/1 32/1 19990/3 30028/3
// CHECK-NEXT:   bw 30028/3 19990/3 32/1 44/1 111/1 108/1 108/1 233/2 104/1
// CHECK-NEXT:   full prefixes FTTTTT
// CHECK-NEXT: 36 1 first 65533 1 65533 1 last 65533 1 65533 1 count 1 1 valid false false full false false
// CHECK-NEXT:   fw 65533/1
// CHECK-NEXT:   bw 65533/1
// CHECK-NEXT:   full prefixes FF
// CHECK-NEXT: 37 2 first 65533 1 65533 1 last 40 1 40 1 count 2 2 valid false false full true true
// CHECK-NEXT:   fw 65533/1 40/1
// CHECK-NEXT:   bw 40/1 65533/1
// CHECK-NEXT:   full prefixes FFT
// CHECK-NEXT: 38 2 first 65533 1 65533 1 last 65533 1 65533 1 count 2 2 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1
// CHECK-NEXT:   full prefixes FTT
// CHECK-NEXT: 39 3 first 65533 1 65533 1 last 65533 1 65533 1 count 3 3 valid false false full true true
// CHECK-NEXT:   fw 65533/1 40/1 65533/1
// CHECK-NEXT:   bw 65533/1 40/1 65533/1
// CHECK-NEXT:   full prefixes FFTT
// CHECK-NEXT: 40 3 first 65533 1 65533 1 last 40 1 40 1 count 3 3 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1 40/1
// CHECK-NEXT:   bw 40/1 65533/1 65533/1
// CHECK-NEXT:   full prefixes FFFT
// CHECK-NEXT: 41 4 first 65533 1 65533 1 last 65533 1 65533 1 count 4 4 valid false false full true true
// CHECK-NEXT:   fw 65533/1 40/1 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1 40/1 65533/1
// CHECK-NEXT:   full prefixes FFTTT
// CHECK-NEXT: 42 4 first 65533 1 65533 1 last 65533 1 65533 1 count 4 4 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1 40/1 65533/1
// CHECK-NEXT:   bw 65533/1 40/1 65533/1 65533/1
// CHECK-NEXT:   full prefixes FFFTT
// CHECK-NEXT: 43 4 first 65533 1 65533 1 last 40 1 40 1 count 4 4 valid false false full true true
// CHECK-NEXT:   fw 65533/1 40/1 65533/1 40/1
// CHECK-NEXT:   bw 40/1 65533/1 40/1 65533/1
// CHECK-NEXT:   full prefixes FFTTT
// CHECK-NEXT: 44 5 first 65533 1 65533 1 last 65533 1 65533 1 count 5 5 valid false false full true true
// CHECK-NEXT:   fw 65533/1 65533/1 65533/1 65533/1 65533/1
// CHECK-NEXT:   bw 65533/1 65533/1 65533/1 65533/1 65533/1
// CHECK-NEXT:   full prefixes FTTTTT
// CHECK-NEXT: 45 7 first 97 1 97 1 last 65533 1 65533 1 count 4 4 valid false false full true true
// CHECK-NEXT:   fw 97/1 98/1 128512/4 65533/1
// CHECK-NEXT:   bw 65533/1 128512/4 98/1 97/1
// CHECK-NEXT:   full prefixes FTTTTT
