// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --check-prefixes=CHECK,%archprefix --match-full-lines --implicit-check-not={{.}} %s
// Outputs differ by GOARCH (Go's amd64 assembly Exp and Log, the
// hardware's default NaN, multiply-adds fused on arm64; docs/numeric.md):
// AMD64/ARM64 lines are Go 1.19's own on each (scripts/update-arch-checks.py).
// math: randomized bit-exactness. Every function below is evaluated on the
// same 3000 deterministic pseudo-random arguments (all bit patterns, several
// ranges, special values) and the IEEE bits of its results are hashed; the
// hashes are Go 1.19's. NaNs are hashed as one value (their sign and
// payload are the hardware's). Exp and what is built on it (Pow, Sinh,
// Cosh, Tanh, Erf, Erfc, Gamma) are included: golite imitates Go's amd64
// assembly Exp bit for bit (docs/numeric.md).

package main

import "math"

var seed uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func input(k int) float64 {
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 3, 10, 100, 1e-300, 5e-324, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.Pi / 2, 1e22, 1 << 53, 710, -746, 0.7, 1e-10, 33.5, -2.5}
	if k < len(specials) {
		return specials[k]
	}
	r := next()
	switch k % 6 {
	case 0: // any finite bit pattern
		for {
			f := math.Float64frombits(r)
			if !math.IsNaN(f) && !math.IsInf(f, 0) {
				return f
			}
			r = next()
		}
	case 1:
		return float64(int64(r>>11))/float64(1<<52)*20 - 0 // [0, 20*2^11)
	case 2:
		return (float64(r>>11)/float64(1<<53))*4 - 2 // [-2, 2)
	case 3:
		return (float64(r>>11)/float64(1<<53))*200 - 100
	case 4: // moderate exponents
		e := int(r%80) - 40
		return math.Ldexp(float64(r>>12)/float64(1<<52)+1, e) * float64(1-2*int(r>>63&1))
	}
	return (float64(r>>11) / float64(1<<53)) // [0,1)
}

type f1 struct {
	name string
	f    func(float64) float64
}

type f2 struct {
	name string
	f    func(float64, float64) float64
}

func canon(x float64) uint64 {
	if x != x {
		return 0x7ff8000000000000 // NaN sign/payload not compared
	}
	return math.Float64bits(x)
}

const N = 3000

func main() {
	ins := make([]float64, N)
	for i := range ins {
		ins[i] = input(i)
	}
	one := []f1{
		{"Sqrt", math.Sqrt}, {"Cbrt", math.Cbrt}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc},
		{"Round", math.Round}, {"RoundToEven", math.RoundToEven}, {"Abs", math.Abs},
		{"Exp", math.Exp}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh},
		{"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Gamma", math.Gamma},
		{"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log", math.Log}, {"Log2", math.Log2},
		{"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Logb", math.Logb},
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan},
		{"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"J0", math.J0}, {"Y0", math.Y0}, {"J1", math.J1}, {"Y1", math.Y1}, {"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv},
		
		{"Lgamma", func(x float64) float64 { l, s := math.Lgamma(x); return l * float64(s) }},
		{"Frexp", func(x float64) float64 { f, e := math.Frexp(x); return f + float64(e)*4 }},
		{"Modf", func(x float64) float64 { i, f := math.Modf(x); return i*3 + f }},
		{"Ilogb", func(x float64) float64 { return float64(math.Ilogb(x)) }},
		{"SinCos", func(x float64) float64 { s, c := math.Sincos(x); return s*3 + c }},
		{"Jn3", func(x float64) float64 { return math.Jn(3, x) }},
		{"Jn40", func(x float64) float64 { return math.Jn(40, x) }},
		{"Jn-7", func(x float64) float64 { return math.Jn(-7, x) }},
		{"Jn400", func(x float64) float64 { return math.Jn(400, x*100) }},
		{"Yn2", func(x float64) float64 { return math.Yn(2, x) }},
		{"Yn-5", func(x float64) float64 { return math.Yn(-5, x) }},
		{"Yn30", func(x float64) float64 { return math.Yn(30, x) }},
		{"Pow10", func(x float64) float64 { return math.Pow10(int(math.Mod(x, 700))) }},
		{"Ldexp", func(x float64) float64 { return math.Ldexp(x, int(math.Mod(x*1e3, 2200))) }},
	}
	two := []f2{
		{"Atan2", math.Atan2}, {"Pow", math.Pow}, {"Hypot", math.Hypot}, {"Mod", math.Mod}, {"Remainder", math.Remainder},
		{"Dim", math.Dim}, {"Max", math.Max}, {"Min", math.Min}, {"Nextafter", math.Nextafter}, {"Copysign", math.Copysign},
		{"FMA", func(x, y float64) float64 { return math.FMA(x, y, x-y*0.3) }},
		{"Nextafter32", func(x, y float64) float64 { return float64(math.Nextafter32(float32(x), float32(y))) }},
	}
	for _, f := range one {
		h := uint64(14695981039346656037)
		for _, x := range ins {
			h = (h ^ canon(f.f(x))) * 1099511628211
		}
		println(f.name, h)
	}
	for _, f := range two {
		h := uint64(14695981039346656037)
		for i, x := range ins {
			y := ins[(i*7+3)%N]
			if i%3 == 0 {
				y = float64(int(y) % 17)
			}
			h = (h ^ canon(f.f(x, y))) * 1099511628211
		}
		println(f.name, h)
	}
}

// AMD64: Sqrt 2000927695040918721
// ARM64: Sqrt 3224327899872787866
// AMD64-NEXT: Cbrt 10709301224384788515
// ARM64-NEXT: Cbrt 9228589065800350948
// CHECK-NEXT: Floor 3149322669370591485
// CHECK-NEXT: Ceil 1867336371468054621
// CHECK-NEXT: Trunc 1019597731622062333
// CHECK-NEXT: Round 16517199262880672445
// CHECK-NEXT: RoundToEven 2459213026043669181
// AMD64-NEXT: Abs 12911346916257738532
// ARM64-NEXT: Abs 6463261632731314937
// AMD64-NEXT: Exp 4116416165869958547
// ARM64-NEXT: Exp 6123229904009579683
// AMD64-NEXT: Sinh 2093378691487791553
// ARM64-NEXT: Sinh 3172739977982458416
// AMD64-NEXT: Cosh 9620086736399101870
// ARM64-NEXT: Cosh 4150410180947859910
// AMD64-NEXT: Tanh 10709076674832681678
// ARM64-NEXT: Tanh 10635259697392512640
// AMD64-NEXT: Erf 8745503838717116549
// ARM64-NEXT: Erf 9266426016198146113
// AMD64-NEXT: Erfc 15102958127467728242
// ARM64-NEXT: Erfc 4669671628582593671
// AMD64-NEXT: Gamma 591101943714944925
// ARM64-NEXT: Gamma 11812881092399462549
// AMD64-NEXT: Exp2 546649370889409898
// ARM64-NEXT: Exp2 13840608517797242027
// AMD64-NEXT: Expm1 5197391475181739300
// ARM64-NEXT: Expm1 9039622195443195782
// AMD64-NEXT: Log 6794325653218908584
// ARM64-NEXT: Log 9443101347953428928
// AMD64-NEXT: Log2 17750076049028382541
// ARM64-NEXT: Log2 18173450044237300895
// AMD64-NEXT: Log10 13583940200221966452
// ARM64-NEXT: Log10 6557597181277956394
// AMD64-NEXT: Log1p 8614397254913454460
// ARM64-NEXT: Log1p 1395918210617750944
// CHECK-NEXT: Logb 12128559546700811141
// AMD64-NEXT: Sin 7264353197190898198
// ARM64-NEXT: Sin 17766561818979180558
// AMD64-NEXT: Cos 8312606071354243679
// ARM64-NEXT: Cos 1174994869358860817
// AMD64-NEXT: Tan 2811920349199537294
// ARM64-NEXT: Tan 10868963850397048489
// AMD64-NEXT: Asin 4068942089740223975
// ARM64-NEXT: Asin 4930280735302092686
// AMD64-NEXT: Acos 967113338102632972
// ARM64-NEXT: Acos 9272500926109211382
// AMD64-NEXT: Atan 12071250196448981905
// ARM64-NEXT: Atan 6479444289426776914
// AMD64-NEXT: Asinh 5538297543511654466
// ARM64-NEXT: Asinh 10665214427224387869
// AMD64-NEXT: Acosh 16300822122721523655
// ARM64-NEXT: Acosh 9850170483498403303
// AMD64-NEXT: Atanh 5859312993636025729
// ARM64-NEXT: Atanh 10774360316463856588
// AMD64-NEXT: J0 6440313117786298480
// ARM64-NEXT: J0 417093202684919379
// AMD64-NEXT: Y0 6650876484503612111
// ARM64-NEXT: Y0 10615760084759571484
// AMD64-NEXT: J1 12691882782004884286
// ARM64-NEXT: J1 3324227416898737290
// AMD64-NEXT: Y1 16271923055633554300
// ARM64-NEXT: Y1 9751816643585249966
// AMD64-NEXT: Erfinv 6955865880131021714
// ARM64-NEXT: Erfinv 10240541290473936072
// AMD64-NEXT: Erfcinv 11026569038455457055
// ARM64-NEXT: Erfcinv 1608544022329116172
// AMD64-NEXT: Lgamma 15383668214299106746
// ARM64-NEXT: Lgamma 4805111909033200749
// AMD64-NEXT: Frexp 3645120321772113096
// ARM64-NEXT: Frexp 16806211003013353087
// AMD64-NEXT: Modf 3173409297809916932
// ARM64-NEXT: Modf 8658576602941311785
// CHECK-NEXT: Ilogb 2362192664994401157
// AMD64-NEXT: SinCos 1238548475699906198
// ARM64-NEXT: SinCos 12436904302467142461
// AMD64-NEXT: Jn3 1346606427810814875
// ARM64-NEXT: Jn3 17966219074969389907
// AMD64-NEXT: Jn40 5014549363055934185
// ARM64-NEXT: Jn40 5991536543418916009
// AMD64-NEXT: Jn-7 1340091334352582586
// ARM64-NEXT: Jn-7 8496550858715162029
// AMD64-NEXT: Jn400 3748281709548726937
// ARM64-NEXT: Jn400 273237185518244004
// AMD64-NEXT: Yn2 6017052882944652092
// ARM64-NEXT: Yn2 8364889772453454805
// AMD64-NEXT: Yn-5 14474265767911227863
// ARM64-NEXT: Yn-5 6894133337479418258
// AMD64-NEXT: Yn30 6631056488063472718
// ARM64-NEXT: Yn30 16680956798278378180
// AMD64-NEXT: Pow10 6549629767969651462
// ARM64-NEXT: Pow10 16453045348557372166
// AMD64-NEXT: Ldexp 7665809725919449881
// ARM64-NEXT: Ldexp 14914546818990420207
// AMD64-NEXT: Atan2 18014604924079282111
// ARM64-NEXT: Atan2 1900174245449377654
// AMD64-NEXT: Pow 6411289392217454778
// ARM64-NEXT: Pow 12728834721095256504
// AMD64-NEXT: Hypot 2517815198555286176
// ARM64-NEXT: Hypot 18382058622905582055
// AMD64-NEXT: Mod 2404645162801273327
// ARM64-NEXT: Mod 17609262251869933674
// AMD64-NEXT: Remainder 4189886944190590362
// ARM64-NEXT: Remainder 2900095994772037964
// AMD64-NEXT: Dim 11929268012162335975
// ARM64-NEXT: Dim 14688332666505618161
// AMD64-NEXT: Max 3112775167593173361
// ARM64-NEXT: Max 11635827356322669005
// AMD64-NEXT: Min 1779144167628297638
// ARM64-NEXT: Min 13907168420096033159
// AMD64-NEXT: Nextafter 7607612496499858305
// ARM64-NEXT: Nextafter 6972570767235653594
// AMD64-NEXT: Copysign 12911346916257738532
// ARM64-NEXT: Copysign 15686633669586090745
// AMD64-NEXT: FMA 13473583083171237173
// ARM64-NEXT: FMA 10290779129320064775
// AMD64-NEXT: Nextafter32 1988461481431550853
// ARM64-NEXT: Nextafter32 10909875498943662981
