// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Every bytes function on thousands of pseudo-random slices drawn from an
// alphabet of ASCII, multi-byte, case-folding and invalid UTF-8 pieces;
// each function's results (contents, lengths, capacities and nil-ness)
// are summarized as a hash that must equal Go's.

package main

import (
	"bytes"
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
func (h *hasher) bs(b []byte) {
	h.str(string(b))
	h.num(cap(b))
	h.bool(b == nil)
}
func (h *hasher) bss(a [][]byte) {
	h.num(len(a))
	h.bool(a == nil)
	for _, s := range a {
		h.bs(s)
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

func isVowel(r rune) bool { return bytes.ContainsRune([]byte("aeiouAEIOUé"), r) }

func main() {
	for iter := 0; iter < 3000; iter++ {
		ss, ts := gen(8), gen(3)
		if iter%5 == 0 {
			ts = ss
			if len(ss) > 2 {
				ts = ss[1 : len(ss)-1]
			}
		}
		s, t := []byte(ss), []byte(ts)
		if iter%7 == 0 {
			t = nil
		}
		H("Compare").num(bytes.Compare(s, t))
		H("Equal").bool(bytes.Equal(s, t))
		H("Contains").bool(bytes.Contains(s, t))
		H("ContainsAny").bool(bytes.ContainsAny(s, ts))
		H("ContainsRune").bool(bytes.ContainsRune(s, rune(next()%0x300)))
		H("Count").num(bytes.Count(s, t))
		b, a, f := bytes.Cut(s, t)
		H("Cut").bs(b)
		H("Cut").bs(a)
		H("Cut").bool(f)
		H("EqualFold").bool(bytes.EqualFold(s, t))
		H("EqualFoldUpper").bool(bytes.EqualFold(s, bytes.ToUpper(s)))
		H("Fields").bss(bytes.Fields(s))
		H("FieldsFunc").bss(bytes.FieldsFunc(s, isVowel))
		H("HasPrefix").bool(bytes.HasPrefix(s, t))
		H("HasSuffix").bool(bytes.HasSuffix(s, t))
		H("Index").num(bytes.Index(s, t))
		H("IndexAny").num(bytes.IndexAny(s, ts))
		H("IndexByte").num(bytes.IndexByte(s, byte(next())))
		H("IndexFunc").num(bytes.IndexFunc(s, unicode.IsUpper))
		H("IndexRune").num(bytes.IndexRune(s, []rune{'a', 'é', 0xFFFD, '世', -1, 0xD800, 'K'}[next()%7]))
		H("Join").bs(bytes.Join(bytes.Fields(s), t))
		H("LastIndex").num(bytes.LastIndex(s, t))
		H("LastIndexAny").num(bytes.LastIndexAny(s, ts))
		H("LastIndexByte").num(bytes.LastIndexByte(s, byte(next())))
		H("LastIndexFunc").num(bytes.LastIndexFunc(s, unicode.IsLower))
		H("Map").bs(bytes.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}, s))
		H("Repeat").bs(bytes.Repeat(t, int(next()%4)))
		H("Replace").bs(bytes.Replace(s, t, []byte("<>"), int(next()%4)-1))
		H("ReplaceAll").bs(bytes.ReplaceAll(s, t, nil))
		H("Runes").num(len(bytes.Runes(s)))
		n := int(next()%5) - 1
		H("Split").bss(bytes.Split(s, t))
		H("SplitAfter").bss(bytes.SplitAfter(s, t))
		H("SplitN").bss(bytes.SplitN(s, t, n))
		H("SplitAfterN").bss(bytes.SplitAfterN(s, t, n))
		H("Title").bs(bytes.Title(s))
		H("ToLower").bs(bytes.ToLower(s))
		H("ToUpper").bs(bytes.ToUpper(s))
		H("ToTitle").bs(bytes.ToTitle(s))
		H("ToLowerSpecial").bs(bytes.ToLowerSpecial(unicode.TurkishCase, s))
		H("ToUpperSpecial").bs(bytes.ToUpperSpecial(unicode.TurkishCase, s))
		H("ToTitleSpecial").bs(bytes.ToTitleSpecial(unicode.AzeriCase, s))
		H("ToValidUTF8").bs(bytes.ToValidUTF8(s, t))
		H("Trim").bs(bytes.Trim(s, ts))
		H("TrimLeft").bs(bytes.TrimLeft(s, ts))
		H("TrimRight").bs(bytes.TrimRight(s, ts))
		H("TrimFunc").bs(bytes.TrimFunc(s, unicode.IsLetter))
		H("TrimLeftFunc").bs(bytes.TrimLeftFunc(s, unicode.IsSpace))
		H("TrimRightFunc").bs(bytes.TrimRightFunc(s, isVowel))
		H("TrimSpace").bs(bytes.TrimSpace(s))
		H("TrimPrefix").bs(bytes.TrimPrefix(s, t))
		H("TrimSuffix").bs(bytes.TrimSuffix(s, t))
		var buf bytes.Buffer
		buf.Write(t)
		for _, r := range ss {
			buf.WriteRune(r)
		}
		buf.WriteString(ts)
		H("Buffer").num(buf.Len())
		H("Buffer").num(buf.Cap())
		line, err := buf.ReadString(',')
		H("Buffer").str(line)
		H("Buffer").bool(err == nil)
		r, size, _ := buf.ReadRune()
		H("Buffer").num(int(r))
		H("Buffer").num(size)
		H("Buffer").bool(buf.UnreadRune() == nil)
		H("Buffer").bs(buf.Next(3))
		H("Buffer").str(buf.String())
	}
	for _, name := range names {
		println(name, hs[name].h)
	}
}

// CHECK: Compare 156854749
// CHECK-NEXT: Equal 990261973
// CHECK-NEXT: Contains 2447452900
// CHECK-NEXT: ContainsAny 3527171750
// CHECK-NEXT: ContainsRune 2147004975
// CHECK-NEXT: Count 2420708854
// CHECK-NEXT: Cut 547948697
// CHECK-NEXT: EqualFold 4238035351
// CHECK-NEXT: EqualFoldUpper 1255396289
// CHECK-NEXT: Fields 1300004451
// CHECK-NEXT: FieldsFunc 1667608772
// CHECK-NEXT: HasPrefix 77567176
// CHECK-NEXT: HasSuffix 3809541457
// CHECK-NEXT: Index 2836609530
// CHECK-NEXT: IndexAny 1684423602
// CHECK-NEXT: IndexByte 4173988565
// CHECK-NEXT: IndexFunc 155149433
// CHECK-NEXT: IndexRune 4227374665
// CHECK-NEXT: Join 750697498
// CHECK-NEXT: LastIndex 428715124
// CHECK-NEXT: LastIndexAny 2863848475
// CHECK-NEXT: LastIndexByte 3612116211
// CHECK-NEXT: LastIndexFunc 2632792372
// CHECK-NEXT: Map 865639768
// CHECK-NEXT: Repeat 1745031349
// CHECK-NEXT: Replace 2053986523
// CHECK-NEXT: ReplaceAll 1371671850
// CHECK-NEXT: Runes 3374116903
// CHECK-NEXT: Split 3854201668
// CHECK-NEXT: SplitAfter 1288458340
// CHECK-NEXT: SplitN 2448644462
// CHECK-NEXT: SplitAfterN 3365061849
// CHECK-NEXT: Title 4273844719
// CHECK-NEXT: ToLower 1285105941
// CHECK-NEXT: ToUpper 3397615540
// CHECK-NEXT: ToTitle 2416015734
// CHECK-NEXT: ToLowerSpecial 2805197215
// CHECK-NEXT: ToUpperSpecial 1855559018
// CHECK-NEXT: ToTitleSpecial 2667177046
// CHECK-NEXT: ToValidUTF8 1354782653
// CHECK-NEXT: Trim 2514315213
// CHECK-NEXT: TrimLeft 3022818832
// CHECK-NEXT: TrimRight 1124711109
// CHECK-NEXT: TrimFunc 3590088140
// CHECK-NEXT: TrimLeftFunc 2251965785
// CHECK-NEXT: TrimRightFunc 1773579669
// CHECK-NEXT: TrimSpace 876684041
// CHECK-NEXT: TrimPrefix 1950998670
// CHECK-NEXT: TrimSuffix 3747546827
// CHECK-NEXT: Buffer 1069382422
