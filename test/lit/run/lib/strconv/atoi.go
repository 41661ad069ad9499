// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// strconv: ParseInt, ParseUint and Atoi: signs, base prefixes and
// underscores (base 0 only), every bit size, and the *NumError values for
// syntax, range, base and bit-size errors (value and message as Go's).

package main

import "strconv"

func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func main() {
	strs := []string{"", "0", "-0", "+5", "-", "+", "123", "-123", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "0x1f", "0X1F", "0b101", "0o17",
		"017", "1_000", "0x_1f", "_1", "1__0", "1_", "abc", "12a", "99999999999999999999",
		"255", "256", "-128", "-129", "32767", "32768", "4294967295", "0x", "08", "z", "Zz"}
	for _, s := range strs {
		for _, base := range []int{0, 10, 16, 36} {
			for _, bs := range []int{0, 8, 16, 32, 64} {
				v, err := strconv.ParseInt(s, base, bs)
				u, err2 := strconv.ParseUint(s, base, bs)
				println(strconv.Quote(s), base, bs, v, errText(err), u, errText(err2))
			}
		}
	}
	_, err := strconv.ParseInt("1", 1, 0)
	println(errText(err))
	_, err = strconv.ParseUint("1", 37, 0)
	println(errText(err))
	_, err = strconv.ParseInt("1", 10, 65)
	println(errText(err))
	_, err = strconv.ParseUint("1", 10, -1)
	println(errText(err))
	for _, s := range []string{"0", "-1", "+42", "123456789012345678", "1234567890123456789",
		"9223372036854775808", "-9223372036854775808", "x", "1_0", "-", "", " 1", "+-1"} {
		a, err := strconv.Atoi(s)
		if err != nil {
			ne := err.(*strconv.NumError)
			println(a, err.Error(), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, ne.Err == strconv.ErrRange, ne.Unwrap() == ne.Err)
		} else {
			println(a)
		}
	}
}

// CHECK: "" 0 0 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 0 8 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 0 16 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 0 32 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 0 64 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 10 0 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 10 8 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 10 16 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 10 32 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 10 64 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 16 0 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 16 8 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 16 16 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 16 32 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 16 64 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 36 0 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 36 8 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 36 16 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 36 32 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "" 36 64 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// CHECK-NEXT: "0" 0 0 0 nil 0 nil
// CHECK-NEXT: "0" 0 8 0 nil 0 nil
// CHECK-NEXT: "0" 0 16 0 nil 0 nil
// CHECK-NEXT: "0" 0 32 0 nil 0 nil
// CHECK-NEXT: "0" 0 64 0 nil 0 nil
// CHECK-NEXT: "0" 10 0 0 nil 0 nil
// CHECK-NEXT: "0" 10 8 0 nil 0 nil
// CHECK-NEXT: "0" 10 16 0 nil 0 nil
// CHECK-NEXT: "0" 10 32 0 nil 0 nil
// CHECK-NEXT: "0" 10 64 0 nil 0 nil
// CHECK-NEXT: "0" 16 0 0 nil 0 nil
// CHECK-NEXT: "0" 16 8 0 nil 0 nil
// CHECK-NEXT: "0" 16 16 0 nil 0 nil
// CHECK-NEXT: "0" 16 32 0 nil 0 nil
// CHECK-NEXT: "0" 16 64 0 nil 0 nil
// CHECK-NEXT: "0" 36 0 0 nil 0 nil
// CHECK-NEXT: "0" 36 8 0 nil 0 nil
// CHECK-NEXT: "0" 36 16 0 nil 0 nil
// CHECK-NEXT: "0" 36 32 0 nil 0 nil
// CHECK-NEXT: "0" 36 64 0 nil 0 nil
// CHECK-NEXT: "-0" 0 0 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 0 8 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 0 16 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 0 32 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 0 64 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 10 0 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 10 8 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 10 16 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 10 32 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 10 64 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 16 0 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 16 8 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 16 16 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 16 32 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 16 64 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 36 0 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 36 8 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 36 16 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 36 32 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "-0" 36 64 0 nil 0 strconv.ParseUint: parsing "-0": invalid syntax
// CHECK-NEXT: "+5" 0 0 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 0 8 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 0 16 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 0 32 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 0 64 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 10 0 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 10 8 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 10 16 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 10 32 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 10 64 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 16 0 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 16 8 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 16 16 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 16 32 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 16 64 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 36 0 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 36 8 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 36 16 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 36 32 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "+5" 36 64 5 nil 0 strconv.ParseUint: parsing "+5": invalid syntax
// CHECK-NEXT: "-" 0 0 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 0 8 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 0 16 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 0 32 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 0 64 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 10 0 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 10 8 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 10 16 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 10 32 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 10 64 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 16 0 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 16 8 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 16 16 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 16 32 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 16 64 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 36 0 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 36 8 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 36 16 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 36 32 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "-" 36 64 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
// CHECK-NEXT: "+" 0 0 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 0 8 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 0 16 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 0 32 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 0 64 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 10 0 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 10 8 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 10 16 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 10 32 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 10 64 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 16 0 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 16 8 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 16 16 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 16 32 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 16 64 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 36 0 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 36 8 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 36 16 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 36 32 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "+" 36 64 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// CHECK-NEXT: "123" 0 0 123 nil 123 nil
// CHECK-NEXT: "123" 0 8 123 nil 123 nil
// CHECK-NEXT: "123" 0 16 123 nil 123 nil
// CHECK-NEXT: "123" 0 32 123 nil 123 nil
// CHECK-NEXT: "123" 0 64 123 nil 123 nil
// CHECK-NEXT: "123" 10 0 123 nil 123 nil
// CHECK-NEXT: "123" 10 8 123 nil 123 nil
// CHECK-NEXT: "123" 10 16 123 nil 123 nil
// CHECK-NEXT: "123" 10 32 123 nil 123 nil
// CHECK-NEXT: "123" 10 64 123 nil 123 nil
// CHECK-NEXT: "123" 16 0 291 nil 291 nil
// CHECK-NEXT: "123" 16 8 127 strconv.ParseInt: parsing "123": value out of range 255 strconv.ParseUint: parsing "123": value out of range
// CHECK-NEXT: "123" 16 16 291 nil 291 nil
// CHECK-NEXT: "123" 16 32 291 nil 291 nil
// CHECK-NEXT: "123" 16 64 291 nil 291 nil
// CHECK-NEXT: "123" 36 0 1371 nil 1371 nil
// CHECK-NEXT: "123" 36 8 127 strconv.ParseInt: parsing "123": value out of range 255 strconv.ParseUint: parsing "123": value out of range
// CHECK-NEXT: "123" 36 16 1371 nil 1371 nil
// CHECK-NEXT: "123" 36 32 1371 nil 1371 nil
// CHECK-NEXT: "123" 36 64 1371 nil 1371 nil
// CHECK-NEXT: "-123" 0 0 -123 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 0 8 -123 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 0 16 -123 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 0 32 -123 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 0 64 -123 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 10 0 -123 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 10 8 -123 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 10 16 -123 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 10 32 -123 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 10 64 -123 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 16 0 -291 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 16 8 -128 strconv.ParseInt: parsing "-123": value out of range 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 16 16 -291 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 16 32 -291 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 16 64 -291 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 36 0 -1371 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 36 8 -128 strconv.ParseInt: parsing "-123": value out of range 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 36 16 -1371 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 36 32 -1371 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "-123" 36 64 -1371 nil 0 strconv.ParseUint: parsing "-123": invalid syntax
// CHECK-NEXT: "9223372036854775807" 0 0 9223372036854775807 nil 9223372036854775807 nil
// CHECK-NEXT: "9223372036854775807" 0 8 127 strconv.ParseInt: parsing "9223372036854775807": value out of range 255 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 0 16 32767 strconv.ParseInt: parsing "9223372036854775807": value out of range 65535 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 0 32 2147483647 strconv.ParseInt: parsing "9223372036854775807": value out of range 4294967295 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 0 64 9223372036854775807 nil 9223372036854775807 nil
// CHECK-NEXT: "9223372036854775807" 10 0 9223372036854775807 nil 9223372036854775807 nil
// CHECK-NEXT: "9223372036854775807" 10 8 127 strconv.ParseInt: parsing "9223372036854775807": value out of range 255 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 10 16 32767 strconv.ParseInt: parsing "9223372036854775807": value out of range 65535 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 10 32 2147483647 strconv.ParseInt: parsing "9223372036854775807": value out of range 4294967295 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 10 64 9223372036854775807 nil 9223372036854775807 nil
// CHECK-NEXT: "9223372036854775807" 16 0 9223372036854775807 strconv.ParseInt: parsing "9223372036854775807": value out of range 18446744073709551615 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 16 8 127 strconv.ParseInt: parsing "9223372036854775807": value out of range 255 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 16 16 32767 strconv.ParseInt: parsing "9223372036854775807": value out of range 65535 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 16 32 2147483647 strconv.ParseInt: parsing "9223372036854775807": value out of range 4294967295 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 16 64 9223372036854775807 strconv.ParseInt: parsing "9223372036854775807": value out of range 18446744073709551615 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 36 0 9223372036854775807 strconv.ParseInt: parsing "9223372036854775807": value out of range 18446744073709551615 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 36 8 127 strconv.ParseInt: parsing "9223372036854775807": value out of range 255 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 36 16 32767 strconv.ParseInt: parsing "9223372036854775807": value out of range 65535 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 36 32 2147483647 strconv.ParseInt: parsing "9223372036854775807": value out of range 4294967295 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775807" 36 64 9223372036854775807 strconv.ParseInt: parsing "9223372036854775807": value out of range 18446744073709551615 strconv.ParseUint: parsing "9223372036854775807": value out of range
// CHECK-NEXT: "9223372036854775808" 0 0 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range 9223372036854775808 nil
// CHECK-NEXT: "9223372036854775808" 0 8 127 strconv.ParseInt: parsing "9223372036854775808": value out of range 255 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 0 16 32767 strconv.ParseInt: parsing "9223372036854775808": value out of range 65535 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 0 32 2147483647 strconv.ParseInt: parsing "9223372036854775808": value out of range 4294967295 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 0 64 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range 9223372036854775808 nil
// CHECK-NEXT: "9223372036854775808" 10 0 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range 9223372036854775808 nil
// CHECK-NEXT: "9223372036854775808" 10 8 127 strconv.ParseInt: parsing "9223372036854775808": value out of range 255 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 10 16 32767 strconv.ParseInt: parsing "9223372036854775808": value out of range 65535 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 10 32 2147483647 strconv.ParseInt: parsing "9223372036854775808": value out of range 4294967295 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 10 64 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range 9223372036854775808 nil
// CHECK-NEXT: "9223372036854775808" 16 0 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range 18446744073709551615 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 16 8 127 strconv.ParseInt: parsing "9223372036854775808": value out of range 255 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 16 16 32767 strconv.ParseInt: parsing "9223372036854775808": value out of range 65535 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 16 32 2147483647 strconv.ParseInt: parsing "9223372036854775808": value out of range 4294967295 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 16 64 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range 18446744073709551615 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 36 0 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range 18446744073709551615 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 36 8 127 strconv.ParseInt: parsing "9223372036854775808": value out of range 255 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 36 16 32767 strconv.ParseInt: parsing "9223372036854775808": value out of range 65535 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 36 32 2147483647 strconv.ParseInt: parsing "9223372036854775808": value out of range 4294967295 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "9223372036854775808" 36 64 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range 18446744073709551615 strconv.ParseUint: parsing "9223372036854775808": value out of range
// CHECK-NEXT: "-9223372036854775808" 0 0 -9223372036854775808 nil 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 0 8 -128 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 0 16 -32768 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 0 32 -2147483648 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 0 64 -9223372036854775808 nil 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 10 0 -9223372036854775808 nil 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 10 8 -128 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 10 16 -32768 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 10 32 -2147483648 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 10 64 -9223372036854775808 nil 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 16 0 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 16 8 -128 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 16 16 -32768 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 16 32 -2147483648 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 16 64 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 36 0 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 36 8 -128 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 36 16 -32768 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 36 32 -2147483648 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775808" 36 64 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 0 0 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 0 8 -128 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 0 16 -32768 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 0 32 -2147483648 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 0 64 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 10 0 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 10 8 -128 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 10 16 -32768 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 10 32 -2147483648 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 10 64 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 16 0 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 16 8 -128 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 16 16 -32768 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 16 32 -2147483648 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 16 64 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 36 0 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 36 8 -128 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 36 16 -32768 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 36 32 -2147483648 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "-9223372036854775809" 36 64 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
// CHECK-NEXT: "18446744073709551615" 0 0 9223372036854775807 strconv.ParseInt: parsing "18446744073709551615": value out of range 18446744073709551615 nil
// CHECK-NEXT: "18446744073709551615" 0 8 127 strconv.ParseInt: parsing "18446744073709551615": value out of range 255 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 0 16 32767 strconv.ParseInt: parsing "18446744073709551615": value out of range 65535 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 0 32 2147483647 strconv.ParseInt: parsing "18446744073709551615": value out of range 4294967295 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 0 64 9223372036854775807 strconv.ParseInt: parsing "18446744073709551615": value out of range 18446744073709551615 nil
// CHECK-NEXT: "18446744073709551615" 10 0 9223372036854775807 strconv.ParseInt: parsing "18446744073709551615": value out of range 18446744073709551615 nil
// CHECK-NEXT: "18446744073709551615" 10 8 127 strconv.ParseInt: parsing "18446744073709551615": value out of range 255 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 10 16 32767 strconv.ParseInt: parsing "18446744073709551615": value out of range 65535 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 10 32 2147483647 strconv.ParseInt: parsing "18446744073709551615": value out of range 4294967295 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 10 64 9223372036854775807 strconv.ParseInt: parsing "18446744073709551615": value out of range 18446744073709551615 nil
// CHECK-NEXT: "18446744073709551615" 16 0 9223372036854775807 strconv.ParseInt: parsing "18446744073709551615": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 16 8 127 strconv.ParseInt: parsing "18446744073709551615": value out of range 255 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 16 16 32767 strconv.ParseInt: parsing "18446744073709551615": value out of range 65535 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 16 32 2147483647 strconv.ParseInt: parsing "18446744073709551615": value out of range 4294967295 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 16 64 9223372036854775807 strconv.ParseInt: parsing "18446744073709551615": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 36 0 9223372036854775807 strconv.ParseInt: parsing "18446744073709551615": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 36 8 127 strconv.ParseInt: parsing "18446744073709551615": value out of range 255 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 36 16 32767 strconv.ParseInt: parsing "18446744073709551615": value out of range 65535 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 36 32 2147483647 strconv.ParseInt: parsing "18446744073709551615": value out of range 4294967295 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551615" 36 64 9223372036854775807 strconv.ParseInt: parsing "18446744073709551615": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551615": value out of range
// CHECK-NEXT: "18446744073709551616" 0 0 9223372036854775807 strconv.ParseInt: parsing "18446744073709551616": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 0 8 127 strconv.ParseInt: parsing "18446744073709551616": value out of range 255 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 0 16 32767 strconv.ParseInt: parsing "18446744073709551616": value out of range 65535 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 0 32 2147483647 strconv.ParseInt: parsing "18446744073709551616": value out of range 4294967295 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 0 64 9223372036854775807 strconv.ParseInt: parsing "18446744073709551616": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 10 0 9223372036854775807 strconv.ParseInt: parsing "18446744073709551616": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 10 8 127 strconv.ParseInt: parsing "18446744073709551616": value out of range 255 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 10 16 32767 strconv.ParseInt: parsing "18446744073709551616": value out of range 65535 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 10 32 2147483647 strconv.ParseInt: parsing "18446744073709551616": value out of range 4294967295 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 10 64 9223372036854775807 strconv.ParseInt: parsing "18446744073709551616": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 16 0 9223372036854775807 strconv.ParseInt: parsing "18446744073709551616": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 16 8 127 strconv.ParseInt: parsing "18446744073709551616": value out of range 255 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 16 16 32767 strconv.ParseInt: parsing "18446744073709551616": value out of range 65535 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 16 32 2147483647 strconv.ParseInt: parsing "18446744073709551616": value out of range 4294967295 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 16 64 9223372036854775807 strconv.ParseInt: parsing "18446744073709551616": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 36 0 9223372036854775807 strconv.ParseInt: parsing "18446744073709551616": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 36 8 127 strconv.ParseInt: parsing "18446744073709551616": value out of range 255 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 36 16 32767 strconv.ParseInt: parsing "18446744073709551616": value out of range 65535 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 36 32 2147483647 strconv.ParseInt: parsing "18446744073709551616": value out of range 4294967295 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "18446744073709551616" 36 64 9223372036854775807 strconv.ParseInt: parsing "18446744073709551616": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// CHECK-NEXT: "0x1f" 0 0 31 nil 31 nil
// CHECK-NEXT: "0x1f" 0 8 31 nil 31 nil
// CHECK-NEXT: "0x1f" 0 16 31 nil 31 nil
// CHECK-NEXT: "0x1f" 0 32 31 nil 31 nil
// CHECK-NEXT: "0x1f" 0 64 31 nil 31 nil
// CHECK-NEXT: "0x1f" 10 0 0 strconv.ParseInt: parsing "0x1f": invalid syntax 0 strconv.ParseUint: parsing "0x1f": invalid syntax
// CHECK-NEXT: "0x1f" 10 8 0 strconv.ParseInt: parsing "0x1f": invalid syntax 0 strconv.ParseUint: parsing "0x1f": invalid syntax
// CHECK-NEXT: "0x1f" 10 16 0 strconv.ParseInt: parsing "0x1f": invalid syntax 0 strconv.ParseUint: parsing "0x1f": invalid syntax
// CHECK-NEXT: "0x1f" 10 32 0 strconv.ParseInt: parsing "0x1f": invalid syntax 0 strconv.ParseUint: parsing "0x1f": invalid syntax
// CHECK-NEXT: "0x1f" 10 64 0 strconv.ParseInt: parsing "0x1f": invalid syntax 0 strconv.ParseUint: parsing "0x1f": invalid syntax
// CHECK-NEXT: "0x1f" 16 0 0 strconv.ParseInt: parsing "0x1f": invalid syntax 0 strconv.ParseUint: parsing "0x1f": invalid syntax
// CHECK-NEXT: "0x1f" 16 8 0 strconv.ParseInt: parsing "0x1f": invalid syntax 0 strconv.ParseUint: parsing "0x1f": invalid syntax
// CHECK-NEXT: "0x1f" 16 16 0 strconv.ParseInt: parsing "0x1f": invalid syntax 0 strconv.ParseUint: parsing "0x1f": invalid syntax
// CHECK-NEXT: "0x1f" 16 32 0 strconv.ParseInt: parsing "0x1f": invalid syntax 0 strconv.ParseUint: parsing "0x1f": invalid syntax
// CHECK-NEXT: "0x1f" 16 64 0 strconv.ParseInt: parsing "0x1f": invalid syntax 0 strconv.ParseUint: parsing "0x1f": invalid syntax
// CHECK-NEXT: "0x1f" 36 0 42819 nil 42819 nil
// CHECK-NEXT: "0x1f" 36 8 127 strconv.ParseInt: parsing "0x1f": value out of range 255 strconv.ParseUint: parsing "0x1f": value out of range
// CHECK-NEXT: "0x1f" 36 16 32767 strconv.ParseInt: parsing "0x1f": value out of range 42819 nil
// CHECK-NEXT: "0x1f" 36 32 42819 nil 42819 nil
// CHECK-NEXT: "0x1f" 36 64 42819 nil 42819 nil
// CHECK-NEXT: "0X1F" 0 0 31 nil 31 nil
// CHECK-NEXT: "0X1F" 0 8 31 nil 31 nil
// CHECK-NEXT: "0X1F" 0 16 31 nil 31 nil
// CHECK-NEXT: "0X1F" 0 32 31 nil 31 nil
// CHECK-NEXT: "0X1F" 0 64 31 nil 31 nil
// CHECK-NEXT: "0X1F" 10 0 0 strconv.ParseInt: parsing "0X1F": invalid syntax 0 strconv.ParseUint: parsing "0X1F": invalid syntax
// CHECK-NEXT: "0X1F" 10 8 0 strconv.ParseInt: parsing "0X1F": invalid syntax 0 strconv.ParseUint: parsing "0X1F": invalid syntax
// CHECK-NEXT: "0X1F" 10 16 0 strconv.ParseInt: parsing "0X1F": invalid syntax 0 strconv.ParseUint: parsing "0X1F": invalid syntax
// CHECK-NEXT: "0X1F" 10 32 0 strconv.ParseInt: parsing "0X1F": invalid syntax 0 strconv.ParseUint: parsing "0X1F": invalid syntax
// CHECK-NEXT: "0X1F" 10 64 0 strconv.ParseInt: parsing "0X1F": invalid syntax 0 strconv.ParseUint: parsing "0X1F": invalid syntax
// CHECK-NEXT: "0X1F" 16 0 0 strconv.ParseInt: parsing "0X1F": invalid syntax 0 strconv.ParseUint: parsing "0X1F": invalid syntax
// CHECK-NEXT: "0X1F" 16 8 0 strconv.ParseInt: parsing "0X1F": invalid syntax 0 strconv.ParseUint: parsing "0X1F": invalid syntax
// CHECK-NEXT: "0X1F" 16 16 0 strconv.ParseInt: parsing "0X1F": invalid syntax 0 strconv.ParseUint: parsing "0X1F": invalid syntax
// CHECK-NEXT: "0X1F" 16 32 0 strconv.ParseInt: parsing "0X1F": invalid syntax 0 strconv.ParseUint: parsing "0X1F": invalid syntax
// CHECK-NEXT: "0X1F" 16 64 0 strconv.ParseInt: parsing "0X1F": invalid syntax 0 strconv.ParseUint: parsing "0X1F": invalid syntax
// CHECK-NEXT: "0X1F" 36 0 42819 nil 42819 nil
// CHECK-NEXT: "0X1F" 36 8 127 strconv.ParseInt: parsing "0X1F": value out of range 255 strconv.ParseUint: parsing "0X1F": value out of range
// CHECK-NEXT: "0X1F" 36 16 32767 strconv.ParseInt: parsing "0X1F": value out of range 42819 nil
// CHECK-NEXT: "0X1F" 36 32 42819 nil 42819 nil
// CHECK-NEXT: "0X1F" 36 64 42819 nil 42819 nil
// CHECK-NEXT: "0b101" 0 0 5 nil 5 nil
// CHECK-NEXT: "0b101" 0 8 5 nil 5 nil
// CHECK-NEXT: "0b101" 0 16 5 nil 5 nil
// CHECK-NEXT: "0b101" 0 32 5 nil 5 nil
// CHECK-NEXT: "0b101" 0 64 5 nil 5 nil
// CHECK-NEXT: "0b101" 10 0 0 strconv.ParseInt: parsing "0b101": invalid syntax 0 strconv.ParseUint: parsing "0b101": invalid syntax
// CHECK-NEXT: "0b101" 10 8 0 strconv.ParseInt: parsing "0b101": invalid syntax 0 strconv.ParseUint: parsing "0b101": invalid syntax
// CHECK-NEXT: "0b101" 10 16 0 strconv.ParseInt: parsing "0b101": invalid syntax 0 strconv.ParseUint: parsing "0b101": invalid syntax
// CHECK-NEXT: "0b101" 10 32 0 strconv.ParseInt: parsing "0b101": invalid syntax 0 strconv.ParseUint: parsing "0b101": invalid syntax
// CHECK-NEXT: "0b101" 10 64 0 strconv.ParseInt: parsing "0b101": invalid syntax 0 strconv.ParseUint: parsing "0b101": invalid syntax
// CHECK-NEXT: "0b101" 16 0 45313 nil 45313 nil
// CHECK-NEXT: "0b101" 16 8 127 strconv.ParseInt: parsing "0b101": value out of range 255 strconv.ParseUint: parsing "0b101": value out of range
// CHECK-NEXT: "0b101" 16 16 32767 strconv.ParseInt: parsing "0b101": value out of range 45313 nil
// CHECK-NEXT: "0b101" 16 32 45313 nil 45313 nil
// CHECK-NEXT: "0b101" 16 64 45313 nil 45313 nil
// CHECK-NEXT: "0b101" 36 0 514513 nil 514513 nil
// CHECK-NEXT: "0b101" 36 8 127 strconv.ParseInt: parsing "0b101": value out of range 255 strconv.ParseUint: parsing "0b101": value out of range
// CHECK-NEXT: "0b101" 36 16 32767 strconv.ParseInt: parsing "0b101": value out of range 65535 strconv.ParseUint: parsing "0b101": value out of range
// CHECK-NEXT: "0b101" 36 32 514513 nil 514513 nil
// CHECK-NEXT: "0b101" 36 64 514513 nil 514513 nil
// CHECK-NEXT: "0o17" 0 0 15 nil 15 nil
// CHECK-NEXT: "0o17" 0 8 15 nil 15 nil
// CHECK-NEXT: "0o17" 0 16 15 nil 15 nil
// CHECK-NEXT: "0o17" 0 32 15 nil 15 nil
// CHECK-NEXT: "0o17" 0 64 15 nil 15 nil
// CHECK-NEXT: "0o17" 10 0 0 strconv.ParseInt: parsing "0o17": invalid syntax 0 strconv.ParseUint: parsing "0o17": invalid syntax
// CHECK-NEXT: "0o17" 10 8 0 strconv.ParseInt: parsing "0o17": invalid syntax 0 strconv.ParseUint: parsing "0o17": invalid syntax
// CHECK-NEXT: "0o17" 10 16 0 strconv.ParseInt: parsing "0o17": invalid syntax 0 strconv.ParseUint: parsing "0o17": invalid syntax
// CHECK-NEXT: "0o17" 10 32 0 strconv.ParseInt: parsing "0o17": invalid syntax 0 strconv.ParseUint: parsing "0o17": invalid syntax
// CHECK-NEXT: "0o17" 10 64 0 strconv.ParseInt: parsing "0o17": invalid syntax 0 strconv.ParseUint: parsing "0o17": invalid syntax
// CHECK-NEXT: "0o17" 16 0 0 strconv.ParseInt: parsing "0o17": invalid syntax 0 strconv.ParseUint: parsing "0o17": invalid syntax
// CHECK-NEXT: "0o17" 16 8 0 strconv.ParseInt: parsing "0o17": invalid syntax 0 strconv.ParseUint: parsing "0o17": invalid syntax
// CHECK-NEXT: "0o17" 16 16 0 strconv.ParseInt: parsing "0o17": invalid syntax 0 strconv.ParseUint: parsing "0o17": invalid syntax
// CHECK-NEXT: "0o17" 16 32 0 strconv.ParseInt: parsing "0o17": invalid syntax 0 strconv.ParseUint: parsing "0o17": invalid syntax
// CHECK-NEXT: "0o17" 16 64 0 strconv.ParseInt: parsing "0o17": invalid syntax 0 strconv.ParseUint: parsing "0o17": invalid syntax
// CHECK-NEXT: "0o17" 36 0 31147 nil 31147 nil
// CHECK-NEXT: "0o17" 36 8 127 strconv.ParseInt: parsing "0o17": value out of range 255 strconv.ParseUint: parsing "0o17": value out of range
// CHECK-NEXT: "0o17" 36 16 31147 nil 31147 nil
// CHECK-NEXT: "0o17" 36 32 31147 nil 31147 nil
// CHECK-NEXT: "0o17" 36 64 31147 nil 31147 nil
// CHECK-NEXT: "017" 0 0 15 nil 15 nil
// CHECK-NEXT: "017" 0 8 15 nil 15 nil
// CHECK-NEXT: "017" 0 16 15 nil 15 nil
// CHECK-NEXT: "017" 0 32 15 nil 15 nil
// CHECK-NEXT: "017" 0 64 15 nil 15 nil
// CHECK-NEXT: "017" 10 0 17 nil 17 nil
// CHECK-NEXT: "017" 10 8 17 nil 17 nil
// CHECK-NEXT: "017" 10 16 17 nil 17 nil
// CHECK-NEXT: "017" 10 32 17 nil 17 nil
// CHECK-NEXT: "017" 10 64 17 nil 17 nil
// CHECK-NEXT: "017" 16 0 23 nil 23 nil
// CHECK-NEXT: "017" 16 8 23 nil 23 nil
// CHECK-NEXT: "017" 16 16 23 nil 23 nil
// CHECK-NEXT: "017" 16 32 23 nil 23 nil
// CHECK-NEXT: "017" 16 64 23 nil 23 nil
// CHECK-NEXT: "017" 36 0 43 nil 43 nil
// CHECK-NEXT: "017" 36 8 43 nil 43 nil
// CHECK-NEXT: "017" 36 16 43 nil 43 nil
// CHECK-NEXT: "017" 36 32 43 nil 43 nil
// CHECK-NEXT: "017" 36 64 43 nil 43 nil
// CHECK-NEXT: "1_000" 0 0 1000 nil 1000 nil
// CHECK-NEXT: "1_000" 0 8 127 strconv.ParseInt: parsing "1_000": value out of range 255 strconv.ParseUint: parsing "1_000": value out of range
// CHECK-NEXT: "1_000" 0 16 1000 nil 1000 nil
// CHECK-NEXT: "1_000" 0 32 1000 nil 1000 nil
// CHECK-NEXT: "1_000" 0 64 1000 nil 1000 nil
// CHECK-NEXT: "1_000" 10 0 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 10 8 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 10 16 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 10 32 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 10 64 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 16 0 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 16 8 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 16 16 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 16 32 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 16 64 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 36 0 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 36 8 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 36 16 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 36 32 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "1_000" 36 64 0 strconv.ParseInt: parsing "1_000": invalid syntax 0 strconv.ParseUint: parsing "1_000": invalid syntax
// CHECK-NEXT: "0x_1f" 0 0 31 nil 31 nil
// CHECK-NEXT: "0x_1f" 0 8 31 nil 31 nil
// CHECK-NEXT: "0x_1f" 0 16 31 nil 31 nil
// CHECK-NEXT: "0x_1f" 0 32 31 nil 31 nil
// CHECK-NEXT: "0x_1f" 0 64 31 nil 31 nil
// CHECK-NEXT: "0x_1f" 10 0 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 10 8 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 10 16 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 10 32 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 10 64 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 16 0 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 16 8 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 16 16 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 16 32 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 16 64 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 36 0 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 36 8 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 36 16 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 36 32 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "0x_1f" 36 64 0 strconv.ParseInt: parsing "0x_1f": invalid syntax 0 strconv.ParseUint: parsing "0x_1f": invalid syntax
// CHECK-NEXT: "_1" 0 0 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 0 8 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 0 16 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 0 32 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 0 64 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 10 0 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 10 8 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 10 16 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 10 32 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 10 64 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 16 0 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 16 8 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 16 16 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 16 32 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 16 64 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 36 0 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 36 8 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 36 16 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 36 32 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "_1" 36 64 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
// CHECK-NEXT: "1__0" 0 0 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 0 8 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 0 16 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 0 32 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 0 64 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 10 0 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 10 8 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 10 16 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 10 32 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 10 64 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 16 0 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 16 8 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 16 16 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 16 32 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 16 64 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 36 0 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 36 8 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 36 16 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 36 32 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1__0" 36 64 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// CHECK-NEXT: "1_" 0 0 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 0 8 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 0 16 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 0 32 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 0 64 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 10 0 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 10 8 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 10 16 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 10 32 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 10 64 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 16 0 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 16 8 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 16 16 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 16 32 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 16 64 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 36 0 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 36 8 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 36 16 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 36 32 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "1_" 36 64 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseUint: parsing "1_": invalid syntax
// CHECK-NEXT: "abc" 0 0 0 strconv.ParseInt: parsing "abc": invalid syntax 0 strconv.ParseUint: parsing "abc": invalid syntax
// CHECK-NEXT: "abc" 0 8 0 strconv.ParseInt: parsing "abc": invalid syntax 0 strconv.ParseUint: parsing "abc": invalid syntax
// CHECK-NEXT: "abc" 0 16 0 strconv.ParseInt: parsing "abc": invalid syntax 0 strconv.ParseUint: parsing "abc": invalid syntax
// CHECK-NEXT: "abc" 0 32 0 strconv.ParseInt: parsing "abc": invalid syntax 0 strconv.ParseUint: parsing "abc": invalid syntax
// CHECK-NEXT: "abc" 0 64 0 strconv.ParseInt: parsing "abc": invalid syntax 0 strconv.ParseUint: parsing "abc": invalid syntax
// CHECK-NEXT: "abc" 10 0 0 strconv.ParseInt: parsing "abc": invalid syntax 0 strconv.ParseUint: parsing "abc": invalid syntax
// CHECK-NEXT: "abc" 10 8 0 strconv.ParseInt: parsing "abc": invalid syntax 0 strconv.ParseUint: parsing "abc": invalid syntax
// CHECK-NEXT: "abc" 10 16 0 strconv.ParseInt: parsing "abc": invalid syntax 0 strconv.ParseUint: parsing "abc": invalid syntax
// CHECK-NEXT: "abc" 10 32 0 strconv.ParseInt: parsing "abc": invalid syntax 0 strconv.ParseUint: parsing "abc": invalid syntax
// CHECK-NEXT: "abc" 10 64 0 strconv.ParseInt: parsing "abc": invalid syntax 0 strconv.ParseUint: parsing "abc": invalid syntax
// CHECK-NEXT: "abc" 16 0 2748 nil 2748 nil
// CHECK-NEXT: "abc" 16 8 127 strconv.ParseInt: parsing "abc": value out of range 255 strconv.ParseUint: parsing "abc": value out of range
// CHECK-NEXT: "abc" 16 16 2748 nil 2748 nil
// CHECK-NEXT: "abc" 16 32 2748 nil 2748 nil
// CHECK-NEXT: "abc" 16 64 2748 nil 2748 nil
// CHECK-NEXT: "abc" 36 0 13368 nil 13368 nil
// CHECK-NEXT: "abc" 36 8 127 strconv.ParseInt: parsing "abc": value out of range 255 strconv.ParseUint: parsing "abc": value out of range
// CHECK-NEXT: "abc" 36 16 13368 nil 13368 nil
// CHECK-NEXT: "abc" 36 32 13368 nil 13368 nil
// CHECK-NEXT: "abc" 36 64 13368 nil 13368 nil
// CHECK-NEXT: "12a" 0 0 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseUint: parsing "12a": invalid syntax
// CHECK-NEXT: "12a" 0 8 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseUint: parsing "12a": invalid syntax
// CHECK-NEXT: "12a" 0 16 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseUint: parsing "12a": invalid syntax
// CHECK-NEXT: "12a" 0 32 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseUint: parsing "12a": invalid syntax
// CHECK-NEXT: "12a" 0 64 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseUint: parsing "12a": invalid syntax
// CHECK-NEXT: "12a" 10 0 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseUint: parsing "12a": invalid syntax
// CHECK-NEXT: "12a" 10 8 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseUint: parsing "12a": invalid syntax
// CHECK-NEXT: "12a" 10 16 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseUint: parsing "12a": invalid syntax
// CHECK-NEXT: "12a" 10 32 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseUint: parsing "12a": invalid syntax
// CHECK-NEXT: "12a" 10 64 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseUint: parsing "12a": invalid syntax
// CHECK-NEXT: "12a" 16 0 298 nil 298 nil
// CHECK-NEXT: "12a" 16 8 127 strconv.ParseInt: parsing "12a": value out of range 255 strconv.ParseUint: parsing "12a": value out of range
// CHECK-NEXT: "12a" 16 16 298 nil 298 nil
// CHECK-NEXT: "12a" 16 32 298 nil 298 nil
// CHECK-NEXT: "12a" 16 64 298 nil 298 nil
// CHECK-NEXT: "12a" 36 0 1378 nil 1378 nil
// CHECK-NEXT: "12a" 36 8 127 strconv.ParseInt: parsing "12a": value out of range 255 strconv.ParseUint: parsing "12a": value out of range
// CHECK-NEXT: "12a" 36 16 1378 nil 1378 nil
// CHECK-NEXT: "12a" 36 32 1378 nil 1378 nil
// CHECK-NEXT: "12a" 36 64 1378 nil 1378 nil
// CHECK-NEXT: "99999999999999999999" 0 0 9223372036854775807 strconv.ParseInt: parsing "99999999999999999999": value out of range 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 0 8 127 strconv.ParseInt: parsing "99999999999999999999": value out of range 255 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 0 16 32767 strconv.ParseInt: parsing "99999999999999999999": value out of range 65535 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 0 32 2147483647 strconv.ParseInt: parsing "99999999999999999999": value out of range 4294967295 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 0 64 9223372036854775807 strconv.ParseInt: parsing "99999999999999999999": value out of range 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 10 0 9223372036854775807 strconv.ParseInt: parsing "99999999999999999999": value out of range 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 10 8 127 strconv.ParseInt: parsing "99999999999999999999": value out of range 255 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 10 16 32767 strconv.ParseInt: parsing "99999999999999999999": value out of range 65535 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 10 32 2147483647 strconv.ParseInt: parsing "99999999999999999999": value out of range 4294967295 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 10 64 9223372036854775807 strconv.ParseInt: parsing "99999999999999999999": value out of range 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 16 0 9223372036854775807 strconv.ParseInt: parsing "99999999999999999999": value out of range 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 16 8 127 strconv.ParseInt: parsing "99999999999999999999": value out of range 255 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 16 16 32767 strconv.ParseInt: parsing "99999999999999999999": value out of range 65535 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 16 32 2147483647 strconv.ParseInt: parsing "99999999999999999999": value out of range 4294967295 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 16 64 9223372036854775807 strconv.ParseInt: parsing "99999999999999999999": value out of range 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 36 0 9223372036854775807 strconv.ParseInt: parsing "99999999999999999999": value out of range 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 36 8 127 strconv.ParseInt: parsing "99999999999999999999": value out of range 255 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 36 16 32767 strconv.ParseInt: parsing "99999999999999999999": value out of range 65535 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 36 32 2147483647 strconv.ParseInt: parsing "99999999999999999999": value out of range 4294967295 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "99999999999999999999" 36 64 9223372036854775807 strconv.ParseInt: parsing "99999999999999999999": value out of range 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999": value out of range
// CHECK-NEXT: "255" 0 0 255 nil 255 nil
// CHECK-NEXT: "255" 0 8 127 strconv.ParseInt: parsing "255": value out of range 255 nil
// CHECK-NEXT: "255" 0 16 255 nil 255 nil
// CHECK-NEXT: "255" 0 32 255 nil 255 nil
// CHECK-NEXT: "255" 0 64 255 nil 255 nil
// CHECK-NEXT: "255" 10 0 255 nil 255 nil
// CHECK-NEXT: "255" 10 8 127 strconv.ParseInt: parsing "255": value out of range 255 nil
// CHECK-NEXT: "255" 10 16 255 nil 255 nil
// CHECK-NEXT: "255" 10 32 255 nil 255 nil
// CHECK-NEXT: "255" 10 64 255 nil 255 nil
// CHECK-NEXT: "255" 16 0 597 nil 597 nil
// CHECK-NEXT: "255" 16 8 127 strconv.ParseInt: parsing "255": value out of range 255 strconv.ParseUint: parsing "255": value out of range
// CHECK-NEXT: "255" 16 16 597 nil 597 nil
// CHECK-NEXT: "255" 16 32 597 nil 597 nil
// CHECK-NEXT: "255" 16 64 597 nil 597 nil
// CHECK-NEXT: "255" 36 0 2777 nil 2777 nil
// CHECK-NEXT: "255" 36 8 127 strconv.ParseInt: parsing "255": value out of range 255 strconv.ParseUint: parsing "255": value out of range
// CHECK-NEXT: "255" 36 16 2777 nil 2777 nil
// CHECK-NEXT: "255" 36 32 2777 nil 2777 nil
// CHECK-NEXT: "255" 36 64 2777 nil 2777 nil
// CHECK-NEXT: "256" 0 0 256 nil 256 nil
// CHECK-NEXT: "256" 0 8 127 strconv.ParseInt: parsing "256": value out of range 255 strconv.ParseUint: parsing "256": value out of range
// CHECK-NEXT: "256" 0 16 256 nil 256 nil
// CHECK-NEXT: "256" 0 32 256 nil 256 nil
// CHECK-NEXT: "256" 0 64 256 nil 256 nil
// CHECK-NEXT: "256" 10 0 256 nil 256 nil
// CHECK-NEXT: "256" 10 8 127 strconv.ParseInt: parsing "256": value out of range 255 strconv.ParseUint: parsing "256": value out of range
// CHECK-NEXT: "256" 10 16 256 nil 256 nil
// CHECK-NEXT: "256" 10 32 256 nil 256 nil
// CHECK-NEXT: "256" 10 64 256 nil 256 nil
// CHECK-NEXT: "256" 16 0 598 nil 598 nil
// CHECK-NEXT: "256" 16 8 127 strconv.ParseInt: parsing "256": value out of range 255 strconv.ParseUint: parsing "256": value out of range
// CHECK-NEXT: "256" 16 16 598 nil 598 nil
// CHECK-NEXT: "256" 16 32 598 nil 598 nil
// CHECK-NEXT: "256" 16 64 598 nil 598 nil
// CHECK-NEXT: "256" 36 0 2778 nil 2778 nil
// CHECK-NEXT: "256" 36 8 127 strconv.ParseInt: parsing "256": value out of range 255 strconv.ParseUint: parsing "256": value out of range
// CHECK-NEXT: "256" 36 16 2778 nil 2778 nil
// CHECK-NEXT: "256" 36 32 2778 nil 2778 nil
// CHECK-NEXT: "256" 36 64 2778 nil 2778 nil
// CHECK-NEXT: "-128" 0 0 -128 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 0 8 -128 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 0 16 -128 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 0 32 -128 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 0 64 -128 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 10 0 -128 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 10 8 -128 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 10 16 -128 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 10 32 -128 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 10 64 -128 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 16 0 -296 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 16 8 -128 strconv.ParseInt: parsing "-128": value out of range 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 16 16 -296 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 16 32 -296 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 16 64 -296 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 36 0 -1376 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 36 8 -128 strconv.ParseInt: parsing "-128": value out of range 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 36 16 -1376 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 36 32 -1376 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-128" 36 64 -1376 nil 0 strconv.ParseUint: parsing "-128": invalid syntax
// CHECK-NEXT: "-129" 0 0 -129 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 0 8 -128 strconv.ParseInt: parsing "-129": value out of range 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 0 16 -129 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 0 32 -129 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 0 64 -129 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 10 0 -129 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 10 8 -128 strconv.ParseInt: parsing "-129": value out of range 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 10 16 -129 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 10 32 -129 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 10 64 -129 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 16 0 -297 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 16 8 -128 strconv.ParseInt: parsing "-129": value out of range 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 16 16 -297 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 16 32 -297 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 16 64 -297 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 36 0 -1377 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 36 8 -128 strconv.ParseInt: parsing "-129": value out of range 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 36 16 -1377 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 36 32 -1377 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "-129" 36 64 -1377 nil 0 strconv.ParseUint: parsing "-129": invalid syntax
// CHECK-NEXT: "32767" 0 0 32767 nil 32767 nil
// CHECK-NEXT: "32767" 0 8 127 strconv.ParseInt: parsing "32767": value out of range 255 strconv.ParseUint: parsing "32767": value out of range
// CHECK-NEXT: "32767" 0 16 32767 nil 32767 nil
// CHECK-NEXT: "32767" 0 32 32767 nil 32767 nil
// CHECK-NEXT: "32767" 0 64 32767 nil 32767 nil
// CHECK-NEXT: "32767" 10 0 32767 nil 32767 nil
// CHECK-NEXT: "32767" 10 8 127 strconv.ParseInt: parsing "32767": value out of range 255 strconv.ParseUint: parsing "32767": value out of range
// CHECK-NEXT: "32767" 10 16 32767 nil 32767 nil
// CHECK-NEXT: "32767" 10 32 32767 nil 32767 nil
// CHECK-NEXT: "32767" 10 64 32767 nil 32767 nil
// CHECK-NEXT: "32767" 16 0 206695 nil 206695 nil
// CHECK-NEXT: "32767" 16 8 127 strconv.ParseInt: parsing "32767": value out of range 255 strconv.ParseUint: parsing "32767": value out of range
// CHECK-NEXT: "32767" 16 16 32767 strconv.ParseInt: parsing "32767": value out of range 65535 strconv.ParseUint: parsing "32767": value out of range
// CHECK-NEXT: "32767" 16 32 206695 nil 206695 nil
// CHECK-NEXT: "32767" 16 64 206695 nil 206695 nil
// CHECK-NEXT: "32767" 36 0 5141455 nil 5141455 nil
// CHECK-NEXT: "32767" 36 8 127 strconv.ParseInt: parsing "32767": value out of range 255 strconv.ParseUint: parsing "32767": value out of range
// CHECK-NEXT: "32767" 36 16 32767 strconv.ParseInt: parsing "32767": value out of range 65535 strconv.ParseUint: parsing "32767": value out of range
// CHECK-NEXT: "32767" 36 32 5141455 nil 5141455 nil
// CHECK-NEXT: "32767" 36 64 5141455 nil 5141455 nil
// CHECK-NEXT: "32768" 0 0 32768 nil 32768 nil
// CHECK-NEXT: "32768" 0 8 127 strconv.ParseInt: parsing "32768": value out of range 255 strconv.ParseUint: parsing "32768": value out of range
// CHECK-NEXT: "32768" 0 16 32767 strconv.ParseInt: parsing "32768": value out of range 32768 nil
// CHECK-NEXT: "32768" 0 32 32768 nil 32768 nil
// CHECK-NEXT: "32768" 0 64 32768 nil 32768 nil
// CHECK-NEXT: "32768" 10 0 32768 nil 32768 nil
// CHECK-NEXT: "32768" 10 8 127 strconv.ParseInt: parsing "32768": value out of range 255 strconv.ParseUint: parsing "32768": value out of range
// CHECK-NEXT: "32768" 10 16 32767 strconv.ParseInt: parsing "32768": value out of range 32768 nil
// CHECK-NEXT: "32768" 10 32 32768 nil 32768 nil
// CHECK-NEXT: "32768" 10 64 32768 nil 32768 nil
// CHECK-NEXT: "32768" 16 0 206696 nil 206696 nil
// CHECK-NEXT: "32768" 16 8 127 strconv.ParseInt: parsing "32768": value out of range 255 strconv.ParseUint: parsing "32768": value out of range
// CHECK-NEXT: "32768" 16 16 32767 strconv.ParseInt: parsing "32768": value out of range 65535 strconv.ParseUint: parsing "32768": value out of range
// CHECK-NEXT: "32768" 16 32 206696 nil 206696 nil
// CHECK-NEXT: "32768" 16 64 206696 nil 206696 nil
// CHECK-NEXT: "32768" 36 0 5141456 nil 5141456 nil
// CHECK-NEXT: "32768" 36 8 127 strconv.ParseInt: parsing "32768": value out of range 255 strconv.ParseUint: parsing "32768": value out of range
// CHECK-NEXT: "32768" 36 16 32767 strconv.ParseInt: parsing "32768": value out of range 65535 strconv.ParseUint: parsing "32768": value out of range
// CHECK-NEXT: "32768" 36 32 5141456 nil 5141456 nil
// CHECK-NEXT: "32768" 36 64 5141456 nil 5141456 nil
// CHECK-NEXT: "4294967295" 0 0 4294967295 nil 4294967295 nil
// CHECK-NEXT: "4294967295" 0 8 127 strconv.ParseInt: parsing "4294967295": value out of range 255 strconv.ParseUint: parsing "4294967295": value out of range
// CHECK-NEXT: "4294967295" 0 16 32767 strconv.ParseInt: parsing "4294967295": value out of range 65535 strconv.ParseUint: parsing "4294967295": value out of range
// CHECK-NEXT: "4294967295" 0 32 2147483647 strconv.ParseInt: parsing "4294967295": value out of range 4294967295 nil
// CHECK-NEXT: "4294967295" 0 64 4294967295 nil 4294967295 nil
// CHECK-NEXT: "4294967295" 10 0 4294967295 nil 4294967295 nil
// CHECK-NEXT: "4294967295" 10 8 127 strconv.ParseInt: parsing "4294967295": value out of range 255 strconv.ParseUint: parsing "4294967295": value out of range
// CHECK-NEXT: "4294967295" 10 16 32767 strconv.ParseInt: parsing "4294967295": value out of range 65535 strconv.ParseUint: parsing "4294967295": value out of range
// CHECK-NEXT: "4294967295" 10 32 2147483647 strconv.ParseInt: parsing "4294967295": value out of range 4294967295 nil
// CHECK-NEXT: "4294967295" 10 64 4294967295 nil 4294967295 nil
// CHECK-NEXT: "4294967295" 16 0 285960729237 nil 285960729237 nil
// CHECK-NEXT: "4294967295" 16 8 127 strconv.ParseInt: parsing "4294967295": value out of range 255 strconv.ParseUint: parsing "4294967295": value out of range
// CHECK-NEXT: "4294967295" 16 16 32767 strconv.ParseInt: parsing "4294967295": value out of range 65535 strconv.ParseUint: parsing "4294967295": value out of range
// CHECK-NEXT: "4294967295" 16 32 2147483647 strconv.ParseInt: parsing "4294967295": value out of range 4294967295 strconv.ParseUint: parsing "4294967295": value out of range
// CHECK-NEXT: "4294967295" 16 64 285960729237 nil 285960729237 nil
// CHECK-NEXT: "4294967295" 36 0 412596585697577 nil 412596585697577 nil
// CHECK-NEXT: "4294967295" 36 8 127 strconv.ParseInt: parsing "4294967295": value out of range 255 strconv.ParseUint: parsing "4294967295": value out of range
// CHECK-NEXT: "4294967295" 36 16 32767 strconv.ParseInt: parsing "4294967295": value out of range 65535 strconv.ParseUint: parsing "4294967295": value out of range
// CHECK-NEXT: "4294967295" 36 32 2147483647 strconv.ParseInt: parsing "4294967295": value out of range 4294967295 strconv.ParseUint: parsing "4294967295": value out of range
// CHECK-NEXT: "4294967295" 36 64 412596585697577 nil 412596585697577 nil
// CHECK-NEXT: "0x" 0 0 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 0 8 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 0 16 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 0 32 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 0 64 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 10 0 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 10 8 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 10 16 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 10 32 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 10 64 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 16 0 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 16 8 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 16 16 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 16 32 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 16 64 0 strconv.ParseInt: parsing "0x": invalid syntax 0 strconv.ParseUint: parsing "0x": invalid syntax
// CHECK-NEXT: "0x" 36 0 33 nil 33 nil
// CHECK-NEXT: "0x" 36 8 33 nil 33 nil
// CHECK-NEXT: "0x" 36 16 33 nil 33 nil
// CHECK-NEXT: "0x" 36 32 33 nil 33 nil
// CHECK-NEXT: "0x" 36 64 33 nil 33 nil
// CHECK-NEXT: "08" 0 0 0 strconv.ParseInt: parsing "08": invalid syntax 0 strconv.ParseUint: parsing "08": invalid syntax
// CHECK-NEXT: "08" 0 8 0 strconv.ParseInt: parsing "08": invalid syntax 0 strconv.ParseUint: parsing "08": invalid syntax
// CHECK-NEXT: "08" 0 16 0 strconv.ParseInt: parsing "08": invalid syntax 0 strconv.ParseUint: parsing "08": invalid syntax
// CHECK-NEXT: "08" 0 32 0 strconv.ParseInt: parsing "08": invalid syntax 0 strconv.ParseUint: parsing "08": invalid syntax
// CHECK-NEXT: "08" 0 64 0 strconv.ParseInt: parsing "08": invalid syntax 0 strconv.ParseUint: parsing "08": invalid syntax
// CHECK-NEXT: "08" 10 0 8 nil 8 nil
// CHECK-NEXT: "08" 10 8 8 nil 8 nil
// CHECK-NEXT: "08" 10 16 8 nil 8 nil
// CHECK-NEXT: "08" 10 32 8 nil 8 nil
// CHECK-NEXT: "08" 10 64 8 nil 8 nil
// CHECK-NEXT: "08" 16 0 8 nil 8 nil
// CHECK-NEXT: "08" 16 8 8 nil 8 nil
// CHECK-NEXT: "08" 16 16 8 nil 8 nil
// CHECK-NEXT: "08" 16 32 8 nil 8 nil
// CHECK-NEXT: "08" 16 64 8 nil 8 nil
// CHECK-NEXT: "08" 36 0 8 nil 8 nil
// CHECK-NEXT: "08" 36 8 8 nil 8 nil
// CHECK-NEXT: "08" 36 16 8 nil 8 nil
// CHECK-NEXT: "08" 36 32 8 nil 8 nil
// CHECK-NEXT: "08" 36 64 8 nil 8 nil
// CHECK-NEXT: "z" 0 0 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 0 8 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 0 16 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 0 32 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 0 64 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 10 0 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 10 8 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 10 16 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 10 32 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 10 64 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 16 0 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 16 8 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 16 16 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 16 32 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 16 64 0 strconv.ParseInt: parsing "z": invalid syntax 0 strconv.ParseUint: parsing "z": invalid syntax
// CHECK-NEXT: "z" 36 0 35 nil 35 nil
// CHECK-NEXT: "z" 36 8 35 nil 35 nil
// CHECK-NEXT: "z" 36 16 35 nil 35 nil
// CHECK-NEXT: "z" 36 32 35 nil 35 nil
// CHECK-NEXT: "z" 36 64 35 nil 35 nil
// CHECK-NEXT: "Zz" 0 0 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 0 8 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 0 16 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 0 32 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 0 64 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 10 0 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 10 8 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 10 16 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 10 32 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 10 64 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 16 0 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 16 8 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 16 16 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 16 32 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 16 64 0 strconv.ParseInt: parsing "Zz": invalid syntax 0 strconv.ParseUint: parsing "Zz": invalid syntax
// CHECK-NEXT: "Zz" 36 0 1295 nil 1295 nil
// CHECK-NEXT: "Zz" 36 8 127 strconv.ParseInt: parsing "Zz": value out of range 255 strconv.ParseUint: parsing "Zz": value out of range
// CHECK-NEXT: "Zz" 36 16 1295 nil 1295 nil
// CHECK-NEXT: "Zz" 36 32 1295 nil 1295 nil
// CHECK-NEXT: "Zz" 36 64 1295 nil 1295 nil
// CHECK-NEXT: strconv.ParseInt: parsing "1": invalid base 1
// CHECK-NEXT: strconv.ParseUint: parsing "1": invalid base 37
// CHECK-NEXT: strconv.ParseInt: parsing "1": invalid bit size 65
// CHECK-NEXT: strconv.ParseUint: parsing "1": invalid bit size -1
// CHECK-NEXT: 0
// CHECK-NEXT: -1
// CHECK-NEXT: 42
// CHECK-NEXT: 123456789012345678
// CHECK-NEXT: 1234567890123456789
// CHECK-NEXT: 9223372036854775807 strconv.Atoi: parsing "9223372036854775808": value out of range Atoi 9223372036854775808 false true true
// CHECK-NEXT: -9223372036854775808
// CHECK-NEXT: 0 strconv.Atoi: parsing "x": invalid syntax Atoi x true false true
// CHECK-NEXT: 0 strconv.Atoi: parsing "1_0": invalid syntax Atoi 1_0 true false true
// CHECK-NEXT: 0 strconv.Atoi: parsing "-": invalid syntax Atoi - true false true
// CHECK-NEXT: 0 strconv.Atoi: parsing "": invalid syntax Atoi  true false true
// CHECK-NEXT: 0 strconv.Atoi: parsing " 1": invalid syntax Atoi  1 true false true
// CHECK-NEXT: 0 strconv.Atoi: parsing "+-1": invalid syntax Atoi +-1 true false true
