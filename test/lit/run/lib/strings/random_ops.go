// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Every strings function on thousands of pseudo-random strings drawn from
// an alphabet of ASCII, multi-byte, case-folding and invalid UTF-8 pieces;
// each function's results are summarized as a hash that must equal Go's.

package main

import (
	"strings"
	"unicode"
)

var pieces = []string{"a", "b", "A", "B", " ", ",", "ab", "é", "É", "ß", "ẞ", "k", "K", "\u212a",
	"ſ", "s", "S", "世", "\t", "\u3000", "\xff", "\xe2\x82", "\ufffd", "İ", "ı", "i", "I", "\U0001F600",
	"ǅ", "ǆ", "Ǆ", "σ", "ς", "Σ", "_", "1", "٣", "\u0085", "--"}

var seed uint32 = 12345

func next() uint32 {
	seed = seed*1664525 + 1013904223
	return seed >> 8
}

func gen(max int) string {
	n := int(next() % uint32(max+1))
	s := ""
	for i := 0; i < n; i++ {
		s += pieces[next()%uint32(len(pieces))]
	}
	return s
}

type hasher struct{ h uint32 }

func (h *hasher) str(s string) {
	for i := 0; i < len(s); i++ {
		h.h = (h.h ^ uint32(s[i])) * 16777619
	}
	h.h = (h.h ^ 0xff) * 16777619
}
func (h *hasher) num(n int) { h.h = (h.h ^ uint32(n)) * 16777619 }
func (h *hasher) bool(b bool) {
	if b {
		h.num(1)
	} else {
		h.num(2)
	}
}
func (h *hasher) strs(a []string) {
	h.num(len(a))
	h.bool(a == nil)
	for _, s := range a {
		h.str(s)
	}
}

var names []string
var hs = map[string]*hasher{}

func H(name string) *hasher {
	if h, ok := hs[name]; ok {
		return h
	}
	names = append(names, name)
	h := &hasher{2166136261}
	hs[name] = h
	return h
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouAEIOUé", r) }

func main() {
	rep1 := strings.NewReplacer("a", "1", "é", "E", "\xff", "?", "", "-")
	rep2 := strings.NewReplacer("a", "A", "b", "BB", ",", "")
	rep3 := strings.NewReplacer("a", "b", "b", "a")
	rep4 := strings.NewReplacer("ab", "X", "a", "Y", "世", "W")
	for iter := 0; iter < 3000; iter++ {
		s, t := gen(8), gen(3)
		if iter%5 == 0 {
			t = s
			if len(s) > 2 {
				t = s[1 : len(s)-1]
			}
		}
		H("Compare").num(strings.Compare(s, t))
		H("Contains").bool(strings.Contains(s, t))
		H("ContainsAny").bool(strings.ContainsAny(s, t))
		H("ContainsRune").bool(strings.ContainsRune(s, rune(next()%0x300)))
		H("Count").num(strings.Count(s, t))
		b, a, f := strings.Cut(s, t)
		H("Cut").str(b + "|" + a)
		H("Cut").bool(f)
		H("EqualFold").bool(strings.EqualFold(s, t))
		H("EqualFoldUpper").bool(strings.EqualFold(s, strings.ToUpper(s)))
		H("EqualFoldLower").bool(strings.EqualFold(strings.ToLower(s), s))
		H("Fields").strs(strings.Fields(s))
		H("FieldsFunc").strs(strings.FieldsFunc(s, isVowel))
		H("HasPrefix").bool(strings.HasPrefix(s, t))
		H("HasSuffix").bool(strings.HasSuffix(s, t))
		H("Index").num(strings.Index(s, t))
		H("IndexAny").num(strings.IndexAny(s, t))
		H("IndexByte").num(strings.IndexByte(s, byte(next())))
		H("IndexFunc").num(strings.IndexFunc(s, unicode.IsUpper))
		H("IndexRune").num(strings.IndexRune(s, []rune{'a', 'é', 0xFFFD, '世', -1, 0xD800, 'K'}[next()%7]))
		H("Join").str(strings.Join(strings.Fields(s), t))
		H("LastIndex").num(strings.LastIndex(s, t))
		H("LastIndexAny").num(strings.LastIndexAny(s, t))
		H("LastIndexByte").num(strings.LastIndexByte(s, byte(next())))
		H("LastIndexFunc").num(strings.LastIndexFunc(s, unicode.IsLower))
		H("Map").str(strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}, s))
		H("Repeat").str(strings.Repeat(t, int(next()%4)))
		H("Replace").str(strings.Replace(s, t, "<>", int(next()%4)-1))
		H("ReplaceAll").str(strings.ReplaceAll(s, t, ""))
		n := int(next()%5) - 1
		H("Split").strs(strings.Split(s, t))
		H("SplitAfter").strs(strings.SplitAfter(s, t))
		H("SplitN").strs(strings.SplitN(s, t, n))
		H("SplitAfterN").strs(strings.SplitAfterN(s, t, n))
		H("Title").str(strings.Title(s))
		H("ToLower").str(strings.ToLower(s))
		H("ToUpper").str(strings.ToUpper(s))
		H("ToTitle").str(strings.ToTitle(s))
		H("ToLowerSpecial").str(strings.ToLowerSpecial(unicode.TurkishCase, s))
		H("ToUpperSpecial").str(strings.ToUpperSpecial(unicode.TurkishCase, s))
		H("ToTitleSpecial").str(strings.ToTitleSpecial(unicode.AzeriCase, s))
		H("ToValidUTF8").str(strings.ToValidUTF8(s, t))
		H("Trim").str(strings.Trim(s, t))
		H("TrimLeft").str(strings.TrimLeft(s, t))
		H("TrimRight").str(strings.TrimRight(s, t))
		H("TrimFunc").str(strings.TrimFunc(s, unicode.IsLetter))
		H("TrimLeftFunc").str(strings.TrimLeftFunc(s, unicode.IsSpace))
		H("TrimRightFunc").str(strings.TrimRightFunc(s, isVowel))
		H("TrimSpace").str(strings.TrimSpace(s))
		H("TrimPrefix").str(strings.TrimPrefix(s, t))
		H("TrimSuffix").str(strings.TrimSuffix(s, t))
		H("Clone").str(strings.Clone(s))
		H("Replacer1").str(rep1.Replace(s))
		H("Replacer2").str(rep2.Replace(s))
		H("Replacer3").str(rep3.Replace(s))
		H("Replacer4").str(rep4.Replace(s))
		H("ReplacerT").str(strings.NewReplacer(t, "[]", "a", "A").Replace(s))
		var sb strings.Builder
		for _, r := range s {
			sb.WriteRune(r)
		}
		H("Builder").str(sb.String())
		H("Builder").num(sb.Len())
	}
	for _, name := range names {
		println(name, hs[name].h)
	}
}

// CHECK: Compare 745871889
// CHECK-NEXT: Contains 69068530
// CHECK-NEXT: ContainsAny 3527171750
// CHECK-NEXT: ContainsRune 2147004975
// CHECK-NEXT: Count 3521902295
// CHECK-NEXT: Cut 1423966890
// CHECK-NEXT: EqualFold 2540084590
// CHECK-NEXT: EqualFoldUpper 1255396289
// CHECK-NEXT: EqualFoldLower 3459348032
// CHECK-NEXT: Fields 4123415523
// CHECK-NEXT: FieldsFunc 1695919069
// CHECK-NEXT: HasPrefix 639349917
// CHECK-NEXT: HasSuffix 1902613913
// CHECK-NEXT: Index 1579970503
// CHECK-NEXT: IndexAny 1684423602
// CHECK-NEXT: IndexByte 4173988565
// CHECK-NEXT: IndexFunc 155149433
// CHECK-NEXT: IndexRune 4227374665
// CHECK-NEXT: Join 2853992030
// CHECK-NEXT: LastIndex 918272798
// CHECK-NEXT: LastIndexAny 2863848475
// CHECK-NEXT: LastIndexByte 3612116211
// CHECK-NEXT: LastIndexFunc 2632792372
// CHECK-NEXT: Map 2130643101
// CHECK-NEXT: Repeat 3108412160
// CHECK-NEXT: Replace 552223206
// CHECK-NEXT: ReplaceAll 1758327228
// CHECK-NEXT: Split 4284957760
// CHECK-NEXT: SplitAfter 1833382363
// CHECK-NEXT: SplitN 2406556488
// CHECK-NEXT: SplitAfterN 708557037
// CHECK-NEXT: Title 3887718972
// CHECK-NEXT: ToLower 3312861028
// CHECK-NEXT: ToUpper 707249902
// CHECK-NEXT: ToTitle 3660997224
// CHECK-NEXT: ToLowerSpecial 3886160398
// CHECK-NEXT: ToUpperSpecial 581799102
// CHECK-NEXT: ToTitleSpecial 236832410
// CHECK-NEXT: ToValidUTF8 157616218
// CHECK-NEXT: Trim 77767385
// CHECK-NEXT: TrimLeft 3375139532
// CHECK-NEXT: TrimRight 2608646197
// CHECK-NEXT: TrimFunc 3757664386
// CHECK-NEXT: TrimLeftFunc 2845234065
// CHECK-NEXT: TrimRightFunc 629649833
// CHECK-NEXT: TrimSpace 181957631
// CHECK-NEXT: TrimPrefix 1238968274
// CHECK-NEXT: TrimSuffix 590701343
// CHECK-NEXT: Clone 884337825
// CHECK-NEXT: Replacer1 1764307570
// CHECK-NEXT: Replacer2 1593764173
// CHECK-NEXT: Replacer3 1394636606
// CHECK-NEXT: Replacer4 1589622111
// CHECK-NEXT: ReplacerT 3649666808
// CHECK-NEXT: Builder 2717133620
