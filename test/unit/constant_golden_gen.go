//go:build ignore

// constant_golden_gen.go computes, with Go's own go/constant, the expected
// results that constant_test.cpp checks golite's constant.cpp against, and
// prints them as C++ table rows (constant_golden.inc). Regenerate with
//
//	go run constant_golden_gen.go > constant_golden.inc
//
// using Go 1.19.
//
// A value is written "K:lit" with K one of I (INT), F (FLOAT), C (IMAG),
// R (CHAR), S (STRING) and lit the literal given to MakeFromLiteral;
// "B:true"/"B:false" are booleans, "U" is Unknown and "$n" is the result of
// the n-th operation row (0-based).
package main

import (
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"math/rand"
	"strings"
)

var lits = []string{
	// integers
	"I:0", "I:42", "I:-7", "I:0x1F", "I:0X_ff", "I:0b1010", "I:0B_1_0", "I:0o17", "I:0O_7",
	"I:017", "I:0_17", "I:00", "I:1_000_000", "I:9223372036854775807", "I:9223372036854775808",
	"I:-9223372036854775808", "I:18446744073709551615", "I:18446744073709551616",
	"I:0x1_0000_0000_0000_0000_0000", "I:123456789012345678901234567890",
	"I:08", "I:0x", "I:1__0", "I:_1", "I:1_", "I:0b2", "I:0o8", "I:0x_", "I:", "I:abc", "I:0b", "I:0_x1",
	"I:1.5", "I:0xg",
	// floats
	"F:0.", "F:.5", "F:1.5", "F:-2.25", "F:1e100", "F:1E-10", "F:0.1", "F:1", "F:0",
	"F:3.14159265358979323846264338327950288419716939937510582097494459",
	"F:1_000.000_1", "F:0x1p-2", "F:0x1.8p1", "F:0X.8P+0", "F:0x_1p4", "F:0x1p-1074",
	"F:0x1p-1075", "F:0x1.0000000000001p-1075", "F:4.9406564584124654e-324",
	"F:2.2250738585072014e-308", "F:1.7976931348623157e308", "F:1.7976931348623158e308",
	"F:1.8e308", "F:1e309", "F:1e1000", "F:1e1234", "F:1e1300", "F:-1e1300", "F:1e-400",
	"F:1e-1300", "F:1e-1886451601", "F:6e-1886451601", "F:0777.5", "F:0777e1", "F:08.5",
	"F:1e+10", "F:123456789e-5", "F:1e99999999", "F:123456.7", "F:1234567", "F:100000",
	"F:1e6", "F:0.0001", "F:0.00001", "F:1e-5", "F:0.000123456789", "F:12345678901234567890.5",
	"F:1e", "F:1e+", "F:1._5", "F:1_.5", "F:._5", "F:1e_5", "F:0x1p", "F:.", "F:e5",
	"F:1.5.5", "F:0x1p+_1", "F:1__0.0", "F:0x.p1",
	// imaginary
	"C:1i", "C:0i", "C:1.5i", "C:1e3i", "C:0x1p-2i", "C:0x10i", "C:0b101i", "C:0o17i",
	"C:0777i", "C:1_0i", "C:08i", "C:1e1300i", "C:1", "C:i",
	// runes
	"R:'a'", `R:'\n'`, `R:'\x41'`, `R:'\u00e9'`, `R:'\U0001F600'`, `R:'\377'`, `R:'\''`,
	`R:'"'`, "R:'é'", "R:'世'", `R:'\400'`, `R:'\"'`, "R:''", "R:'ab'", `R:'\uD800'`,
	`R:'\z'`, `R:'\a'`, `R:'\\'`, "R:'\xff'", `R:'\U00110000'`, `R:'\x4'`,
	// strings
	`S:"abc"`, `S:"a\tb\n"`, `S:"\x00\xff"`, `S:"\u00e9\U0001F600"`, `S:"\377\000"`,
	`S:"é世"`, "S:`raw\\n`", "S:`a\r\nb`", `S:""`, `S:"\"q\""`, `S:"\'"`, `S:"a`, "S:`a",
	"S:\"\x7f\x01\u200b\u00a0 \"", `S:"\xe4\xb8"`, `S:"\a\b\f\r\v\\"`,
	`S:"` + strings.Repeat("x", 70) + `"`, `S:"` + strings.Repeat("x", 71) + `"`,
	`S:"` + strings.Repeat("y", 100) + `"`, `S:"` + strings.Repeat("日本", 50) + `"`,
	`S:"` + strings.Repeat("\\n", 40) + `"`, "S:\"a\nb\"", `S:"\U0010ffff\u0378\ufeff"`,
	`S:"abc" `, "S:'a'", "S:''", "S:'ab'", `S:'\''`, "S:'\xff'",
	"B:true", "B:false", "U",
}

// Operation rows: {op, x, y}. op is a binary operator, "div" (integer
// division), a comparison "cmp", "shl"/"shr" (y is the count), a unary "u+",
// "u-", "u^", "u!", "u^8"/"u^64" (^ with precision), "int", "float",
// "complex", "real", "imag", "makeimag", "f64", "f32".
var ops = [][3]string{
	{"*", "I:1267650600228229401496703205376", "I:1267650600228229401496703205376"}, // 0: 2**200
	{"+", "$0", "I:1"},
	{"-", "$1", "$0"},
	{"/", "I:1", "I:3"}, // 3
	{"*", "$3", "I:3"},  // 4: exactly 1, still Float
	{"==", "$4", "I:1"},
	{"/", "$0", "I:3"},
	{"div", "$0", "I:3"},
	{"%", "$0", "I:7"},
	{"div", "I:-7", "I:2"},
	{"%", "I:-7", "I:2"},
	{"%", "I:7", "I:-2"},
	{"&", "I:-6", "I:0xff"},
	{"|", "I:-6", "I:1"},
	{"^", "I:-6", "I:-1"},
	{"&^", "I:0xff", "I:-16"},
	{"&^", "I:-1", "$0"},
	{"shl", "I:1", "I:100"}, // 17
	{"shl", "I:1", "I:511"},
	{"shl", "I:-3", "I:70"},
	{"shr", "$17", "I:99"},
	{"shr", "I:-7", "I:1"},
	{"shr", "I:-1", "I:200"},
	{"shr", "$0", "I:0"},
	{"shl", "I:5", "I:0"},
	{"+", "I:9223372036854775807", "I:1"},
	{"-", "I:-9223372036854775808", "I:1"},
	{"*", "I:4294967296", "I:4294967296"},
	{"*", "I:-9223372036854775808", "I:-1"},
	{"+", "F:0.1", "F:0.2"}, // 29
	{"==", "$29", "F:0.3"},
	{"*", "F:1e308", "I:10"},
	{"f64", "$31", ""},
	{"/", "F:1.5", "F:0.5"},
	{"-", "F:1e1300", "F:1e1300"},
	{"*", "F:1e1300", "F:1e-1300"},
	{"+", "F:1e1300", "I:1"},
	{"/", "I:1", "F:1e1300"},
	{"*", "F:1e-400", "F:1e-400"},
	{"int", "$35", ""}, // 39
	{"int", "F:1.5", ""},
	{"int", "F:3.0", ""},
	{"int", "F:1e1300", ""},
	{"int", "F:1e1000", ""},
	{"float", "I:42", ""},
	{"float", "$0", ""},
	{"complex", "I:1", ""},
	{"complex", "F:2.5", ""},
	{"+", "C:2i", "I:1"}, // 48: 1+2i
	{"*", "$48", "$48"},
	{"/", "$48", "$49"},
	{"/", "I:1", "C:1i"},
	{"*", "C:1i", "C:1i"},
	{"int", "$52", ""},
	{"float", "$52", ""},
	{"-", "$48", "C:3.5i"},
	{"u-", "$48", ""},
	{"real", "$48", ""},
	{"imag", "$48", ""},
	{"real", "F:1.5", ""},
	{"imag", "F:1.5", ""},
	{"makeimag", "F:1.5", ""},
	{"cmp", "$48", "$48"},
	{"cmp", "$48", "C:2i"},
	{"cmp", "I:1", "I:2"},
	{"cmp", "$0", "$1"},
	{"cmp", "F:1.5", "I:1"},
	{"cmp", "F:1e1300", "F:1e1234"},
	{"cmp", "F:-1e1300", "I:0"},
	{"cmp", `S:"abc"`, `S:"abd"`},
	{"cmp", `S:"b"`, `S:"abc"`},
	{"cmp", `S:"é"`, `S:"z"`},
	{"cmp", "B:true", "B:false"},
	{"cmp", "U", "I:1"},
	{"+", `S:"foo"`, `S:"bar"`},
	{"&&", "B:true", "B:false"},
	{"||", "B:true", "B:false"},
	{"u!", "B:true", ""},
	{"u^", "I:5", ""},
	{"u^", "I:0", ""},
	{"u^8", "I:5", ""},
	{"u^64", "I:0", ""},
	{"u^", "$0", ""},
	{"u-", "I:-9223372036854775808", ""},
	{"u-", "F:1.5", ""},
	{"u-", "F:1e1300", ""},
	{"u+", "F:1.5", ""},
	{"+", "U", "I:1"},
	{"u-", "U", ""},
	{"f64", "F:0.1", ""},
	{"f32", "F:0.1", ""},
	{"f64", "F:0x1p-1074", ""},
	{"f64", "F:0x1p-1075", ""},
	{"f64", "F:0x1.0000000000001p-1075", ""},
	{"f64", "F:0x1.8p-1074", ""},
	{"f64", "F:0x1.4p-1073", ""},
	{"f64", "F:1.7976931348623157e308", ""},
	{"f64", "F:1.7976931348623158e308", ""},
	{"f64", "F:1.797693134862315808e308", ""},
	{"f64", "F:1e-400", ""},
	{"f64", "F:-1e-400", ""},
	{"f64", "F:1e1300", ""},
	{"f64", "I:9007199254740993", ""},
	{"f64", "I:9007199254740995", ""},
	{"f64", "$0", ""},
	{"f64", "$3", ""},
	{"f32", "$3", ""},
	{"f32", "F:3.4028234663852886e38", ""},
	{"f32", "F:3.4028235677973366e38", ""},
	{"f32", "F:3.4028235677973367e38", ""},
	{"f32", "F:0x1p-149", ""},
	{"f32", "F:0x1p-150", ""},
	{"f32", "F:0x1.000002p-150", ""},
	{"f32", "F:1e-50", ""},
	{"f32", "I:16777217", ""},
	{"f32", "F:1e1300", ""},
	{"f64", "F:0", ""},
	{"f64", "I:0", ""},
	{"f64", "$35", ""},
	{"/", "F:1", "F:3e1300"},
	{"*", "$119", "F:3e1300"}, // 120: 1/3e1300*3e1300 in 512-bit floats
	{"int", "$120", ""},
	{"/", "F:2", "F:3"},
	{"f32", "$122", ""},
	{"*", "F:1e-200", "F:1e-200"},
	{"f64", "$124", ""},
}

var floats = []float64{0, 1, -1, 0.1, 1.5, 1e100, 1e-100, 5e-324, math.MaxFloat64,
	math.SmallestNonzeroFloat64, 123456789, 1e21, 1e20, 0.000012345, 1.0 / 3, -2.5e-10,
	math.Copysign(0, -1), math.Inf(1), math.NaN()}

func parse(s string, results []constant.Value) constant.Value {
	if s == "U" {
		return constant.MakeUnknown()
	}
	if s[0] == '$' {
		var n int
		fmt.Sscanf(s[1:], "%d", &n)
		return results[n]
	}
	k, lit := s[0], s[2:]
	switch k {
	case 'I':
		return constant.MakeFromLiteral(lit, token.INT, 0)
	case 'F':
		return constant.MakeFromLiteral(lit, token.FLOAT, 0)
	case 'C':
		return constant.MakeFromLiteral(lit, token.IMAG, 0)
	case 'R':
		return constant.MakeFromLiteral(lit, token.CHAR, 0)
	case 'S':
		return constant.MakeFromLiteral(lit, token.STRING, 0)
	case 'B':
		return constant.MakeBool(lit == "true")
	}
	panic(s)
}

func cstr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f && c != '?':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func describe(v constant.Value) (kind, str, exact string, sign, bitlen int) {
	kind = v.Kind().String()
	str = v.String()
	exact = v.ExactString()
	switch v.Kind() {
	case constant.Int:
		bitlen = constant.BitLen(v)
		sign = constant.Sign(v)
	case constant.Float, constant.Complex, constant.Unknown:
		sign = constant.Sign(v)
	}
	return
}

var binops = map[string]token.Token{
	"+": token.ADD, "-": token.SUB, "*": token.MUL, "/": token.QUO, "div": token.QUO_ASSIGN,
	"%": token.REM, "&": token.AND, "|": token.OR, "^": token.XOR, "&^": token.AND_NOT,
	"&&": token.LAND, "||": token.LOR,
}

func cmpString(x, y constant.Value) string {
	var b strings.Builder
	for _, op := range []token.Token{token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ} {
		ordered := x.Kind() != constant.Complex && y.Kind() != constant.Complex &&
			x.Kind() != constant.Bool
		if !ordered && op != token.EQL && op != token.NEQ {
			b.WriteByte('-')
			continue
		}
		if constant.Compare(x, op, y) {
			b.WriteByte('T')
		} else {
			b.WriteByte('F')
		}
	}
	return b.String()
}

// randomOps appends n pseudo-random arithmetic rows (fixed seed) over
// integers, fractions, 512-bit floats and complex values, chaining earlier
// results, followed by conversions of each result.
func randomOps(n int, ok func(row [3]string) bool) {
	r := rand.New(rand.NewSource(1))
	digits := func(k int) string {
		b := make([]byte, k)
		for i := range b {
			b[i] = byte('0' + r.Intn(10))
		}
		return string(b)
	}
	lit := func() string {
		switch r.Intn(6) {
		case 0:
			return "I:" + digits(1+r.Intn(3))
		case 1:
			return "I:" + digits(1+r.Intn(30))
		case 2:
			return "F:" + digits(1+r.Intn(4)) + "." + digits(r.Intn(4))
		case 3:
			return fmt.Sprintf("F:%s.%se%d", digits(1+r.Intn(2)), digits(r.Intn(6)), r.Intn(3000)-1500)
		case 4:
			return fmt.Sprintf("F:0x1.%xp%d", r.Intn(1<<12), r.Intn(400)-200)
		default:
			return "C:" + digits(1+r.Intn(2)) + "." + digits(r.Intn(2)) + "i"
		}
	}
	first := len(ops)
	arith := []string{"+", "-", "*", "/"}
	for i := 0; i < n; i++ {
		pick := func() string {
			if len(ops) > first && r.Intn(2) == 0 {
				return fmt.Sprintf("$%d", len(ops)-1-r.Intn(min(len(ops)-first, 20)))
			}
			return lit()
		}
		for {
			var row [3]string
			switch k := r.Intn(8); {
			case k < 6:
				row = [3]string{arith[r.Intn(4)], pick(), lit()}
			case k == 6:
				row = [3]string{[]string{"f64", "f32", "int"}[r.Intn(3)], pick(), ""}
			default:
				row = [3]string{"cmp", pick(), lit()}
			}
			if ok(row) {
				ops = append(ops, row)
				break
			}
		}
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// evalRow computes one operation row and its extra column.
func evalRow(o [3]string, results []constant.Value) (constant.Value, string) {
	op := o[0]
	x := parse(o[1], results)
	var y constant.Value
	if o[2] != "" {
		y = parse(o[2], results)
	}
	var r constant.Value
	extra := ""
	switch op {
	case "cmp", "==":
		extra = cmpString(x, y)
		r = constant.MakeBool(constant.Compare(x, token.EQL, y))
	case "shl", "shr":
		n, _ := constant.Int64Val(y)
		t := token.SHL
		if op == "shr" {
			t = token.SHR
		}
		r = constant.Shift(x, t, uint(n))
	case "u+":
		r = constant.UnaryOp(token.ADD, x, 0)
	case "u-":
		r = constant.UnaryOp(token.SUB, x, 0)
	case "u!":
		r = constant.UnaryOp(token.NOT, x, 0)
	case "u^":
		r = constant.UnaryOp(token.XOR, x, 0)
	case "u^8":
		r = constant.UnaryOp(token.XOR, x, 8)
	case "u^64":
		r = constant.UnaryOp(token.XOR, x, 64)
	case "int":
		r = constant.ToInt(x)
	case "float":
		r = constant.ToFloat(x)
	case "complex":
		r = constant.ToComplex(x)
	case "real":
		r = constant.Real(x)
	case "imag":
		r = constant.Imag(x)
	case "makeimag":
		r = constant.MakeImag(x)
	case "f64":
		f, exact := constant.Float64Val(x)
		extra = fmt.Sprintf("%016x %v", math.Float64bits(f), exact)
		r = x
	case "f32":
		f, exact := constant.Float32Val(x)
		extra = fmt.Sprintf("%08x %v", math.Float32bits(f), exact)
		r = x
	default:
		t, ok := binops[op]
		if !ok {
			panic(op)
		}
		r = constant.BinaryOp(x, t, y)
	}
	return r, extra
}

func main() {
	// Random rows must be operations go/constant accepts (no division by
	// zero, no float64 value of a complex); check them against the values
	// of the rows before them.
	var vals []constant.Value
	for _, o := range ops {
		r, _ := evalRow(o, vals)
		vals = append(vals, r)
	}
	randomOps(300, func(row [3]string) bool {
		x := parse(row[1], vals)
		if x.Kind() == constant.Bool {
			return false
		}
		if row[0] == "f64" || row[0] == "f32" {
			if x.Kind() != constant.Int && x.Kind() != constant.Float {
				return false
			}
		}
		if row[0] == "/" && constant.Sign(parse(row[2], vals)) == 0 {
			return false
		}
		r, _ := evalRow(row, vals)
		vals = append(vals, r)
		return true
	})
	fmt.Println("// Generated by constant_golden_gen.go with Go 1.19's go/constant. Do not edit.")
	fmt.Println("// LitRow{spec, kind, String(), ExactString(), Sign, BitLen}")
	fmt.Println("#ifdef GOLDEN_LITS")
	for _, l := range lits {
		v := parse(l, nil)
		k, s, e, sg, bl := describe(v)
		fmt.Printf("{%s, %q, %s, %s, %d, %d},\n", cstr(l), k, cstr(s), cstr(e), sg, bl)
	}
	fmt.Println("#endif")
	fmt.Println("// OpRow{op, x, y, kind, String(), ExactString()}")
	fmt.Println("#ifdef GOLDEN_OPS")
	var results []constant.Value
	for _, o := range ops {
		r, extra := evalRow(o, results)
		results = append(results, r)
		k, s, e, _, _ := describe(r)
		fmt.Printf("{%q, %s, %s, %q, %s, %s, %q},\n", o[0], cstr(o[1]), cstr(o[2]), k, cstr(s), cstr(e), extra)
	}
	fmt.Println("#endif")
	fmt.Println("// FloatRow{bits of x, String(MakeFloat64(x)), ExactString()}")
	fmt.Println("#ifdef GOLDEN_FLOATS")
	for _, f := range floats {
		v := constant.MakeFloat64(f)
		fmt.Printf("{0x%016xull, %s, %s},\n", math.Float64bits(f), cstr(v.String()), cstr(v.ExactString()))
	}
	fmt.Println("#endif")
}
