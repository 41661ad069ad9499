// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Every exported *RangeTable variable of package unicode by name, with a
// hash of Is over a sample of code points (every 7th up to U+30000 and a
// few past it), and custom tables and special cases.

package main

import "unicode"

func sample(t *unicode.RangeTable) (int, uint32) {
	n := 0
	var h uint32 = 2166136261
	for r := rune(-7); r < 0x30000; r += 7 {
		if unicode.Is(t, r) {
			n++
			h = (h ^ uint32(r)) * 16777619
		}
	}
	for _, r := range []rune{0xE0001, 0xE0100, 0xF0000, 0x10FFFD, 0x10FFFF, 0x110000} {
		if unicode.Is(t, r) {
			n++
			h = (h ^ uint32(r)) * 16777619
		}
	}
	return n, h
}

type named struct {
	name string
	t    *unicode.RangeTable
}

func main() {
	for _, v := range []named{
		{"Cc", unicode.Cc},
		{"Cf", unicode.Cf},
		{"Co", unicode.Co},
		{"Cs", unicode.Cs},
		{"Digit", unicode.Digit},
		{"Nd", unicode.Nd},
		{"Letter", unicode.Letter},
		{"L", unicode.L},
		{"Lm", unicode.Lm},
		{"Lo", unicode.Lo},
		{"Lower", unicode.Lower},
		{"Ll", unicode.Ll},
		{"Mark", unicode.Mark},
		{"M", unicode.M},
		{"Mc", unicode.Mc},
		{"Me", unicode.Me},
		{"Mn", unicode.Mn},
		{"Nl", unicode.Nl},
		{"No", unicode.No},
		{"Number", unicode.Number},
		{"N", unicode.N},
		{"Other", unicode.Other},
		{"C", unicode.C},
		{"Pc", unicode.Pc},
		{"Pd", unicode.Pd},
		{"Pe", unicode.Pe},
		{"Pf", unicode.Pf},
		{"Pi", unicode.Pi},
		{"Po", unicode.Po},
		{"Ps", unicode.Ps},
		{"Punct", unicode.Punct},
		{"P", unicode.P},
		{"Sc", unicode.Sc},
		{"Sk", unicode.Sk},
		{"Sm", unicode.Sm},
		{"So", unicode.So},
		{"Space", unicode.Space},
		{"Z", unicode.Z},
		{"Symbol", unicode.Symbol},
		{"S", unicode.S},
		{"Title", unicode.Title},
		{"Lt", unicode.Lt},
		{"Upper", unicode.Upper},
		{"Lu", unicode.Lu},
		{"Zl", unicode.Zl},
		{"Zp", unicode.Zp},
		{"Zs", unicode.Zs},
		{"Adlam", unicode.Adlam},
		{"Ahom", unicode.Ahom},
		{"Anatolian_Hieroglyphs", unicode.Anatolian_Hieroglyphs},
		{"Arabic", unicode.Arabic},
		{"Armenian", unicode.Armenian},
		{"Avestan", unicode.Avestan},
		{"Balinese", unicode.Balinese},
		{"Bamum", unicode.Bamum},
		{"Bassa_Vah", unicode.Bassa_Vah},
		{"Batak", unicode.Batak},
		{"Bengali", unicode.Bengali},
		{"Bhaiksuki", unicode.Bhaiksuki},
		{"Bopomofo", unicode.Bopomofo},
		{"Brahmi", unicode.Brahmi},
		{"Braille", unicode.Braille},
		{"Buginese", unicode.Buginese},
		{"Buhid", unicode.Buhid},
		{"Canadian_Aboriginal", unicode.Canadian_Aboriginal},
		{"Carian", unicode.Carian},
		{"Caucasian_Albanian", unicode.Caucasian_Albanian},
		{"Chakma", unicode.Chakma},
		{"Cham", unicode.Cham},
		{"Cherokee", unicode.Cherokee},
		{"Chorasmian", unicode.Chorasmian},
		{"Common", unicode.Common},
		{"Coptic", unicode.Coptic},
		{"Cuneiform", unicode.Cuneiform},
		{"Cypriot", unicode.Cypriot},
		{"Cyrillic", unicode.Cyrillic},
		{"Deseret", unicode.Deseret},
		{"Devanagari", unicode.Devanagari},
		{"Dives_Akuru", unicode.Dives_Akuru},
		{"Dogra", unicode.Dogra},
		{"Duployan", unicode.Duployan},
		{"Egyptian_Hieroglyphs", unicode.Egyptian_Hieroglyphs},
		{"Elbasan", unicode.Elbasan},
		{"Elymaic", unicode.Elymaic},
		{"Ethiopic", unicode.Ethiopic},
		{"Georgian", unicode.Georgian},
		{"Glagolitic", unicode.Glagolitic},
		{"Gothic", unicode.Gothic},
		{"Grantha", unicode.Grantha},
		{"Greek", unicode.Greek},
		{"Gujarati", unicode.Gujarati},
		{"Gunjala_Gondi", unicode.Gunjala_Gondi},
		{"Gurmukhi", unicode.Gurmukhi},
		{"Han", unicode.Han},
		{"Hangul", unicode.Hangul},
		{"Hanifi_Rohingya", unicode.Hanifi_Rohingya},
		{"Hanunoo", unicode.Hanunoo},
		{"Hatran", unicode.Hatran},
		{"Hebrew", unicode.Hebrew},
		{"Hiragana", unicode.Hiragana},
		{"Imperial_Aramaic", unicode.Imperial_Aramaic},
		{"Inherited", unicode.Inherited},
		{"Inscriptional_Pahlavi", unicode.Inscriptional_Pahlavi},
		{"Inscriptional_Parthian", unicode.Inscriptional_Parthian},
		{"Javanese", unicode.Javanese},
		{"Kaithi", unicode.Kaithi},
		{"Kannada", unicode.Kannada},
		{"Katakana", unicode.Katakana},
		{"Kayah_Li", unicode.Kayah_Li},
		{"Kharoshthi", unicode.Kharoshthi},
		{"Khitan_Small_Script", unicode.Khitan_Small_Script},
		{"Khmer", unicode.Khmer},
		{"Khojki", unicode.Khojki},
		{"Khudawadi", unicode.Khudawadi},
		{"Lao", unicode.Lao},
		{"Latin", unicode.Latin},
		{"Lepcha", unicode.Lepcha},
		{"Limbu", unicode.Limbu},
		{"Linear_A", unicode.Linear_A},
		{"Linear_B", unicode.Linear_B},
		{"Lisu", unicode.Lisu},
		{"Lycian", unicode.Lycian},
		{"Lydian", unicode.Lydian},
		{"Mahajani", unicode.Mahajani},
		{"Makasar", unicode.Makasar},
		{"Malayalam", unicode.Malayalam},
		{"Mandaic", unicode.Mandaic},
		{"Manichaean", unicode.Manichaean},
		{"Marchen", unicode.Marchen},
		{"Masaram_Gondi", unicode.Masaram_Gondi},
		{"Medefaidrin", unicode.Medefaidrin},
		{"Meetei_Mayek", unicode.Meetei_Mayek},
		{"Mende_Kikakui", unicode.Mende_Kikakui},
		{"Meroitic_Cursive", unicode.Meroitic_Cursive},
		{"Meroitic_Hieroglyphs", unicode.Meroitic_Hieroglyphs},
		{"Miao", unicode.Miao},
		{"Modi", unicode.Modi},
		{"Mongolian", unicode.Mongolian},
		{"Mro", unicode.Mro},
		{"Multani", unicode.Multani},
		{"Myanmar", unicode.Myanmar},
		{"Nabataean", unicode.Nabataean},
		{"Nandinagari", unicode.Nandinagari},
		{"New_Tai_Lue", unicode.New_Tai_Lue},
		{"Newa", unicode.Newa},
		{"Nko", unicode.Nko},
		{"Nushu", unicode.Nushu},
		{"Nyiakeng_Puachue_Hmong", unicode.Nyiakeng_Puachue_Hmong},
		{"Ogham", unicode.Ogham},
		{"Ol_Chiki", unicode.Ol_Chiki},
		{"Old_Hungarian", unicode.Old_Hungarian},
		{"Old_Italic", unicode.Old_Italic},
		{"Old_North_Arabian", unicode.Old_North_Arabian},
		{"Old_Permic", unicode.Old_Permic},
		{"Old_Persian", unicode.Old_Persian},
		{"Old_Sogdian", unicode.Old_Sogdian},
		{"Old_South_Arabian", unicode.Old_South_Arabian},
		{"Old_Turkic", unicode.Old_Turkic},
		{"Oriya", unicode.Oriya},
		{"Osage", unicode.Osage},
		{"Osmanya", unicode.Osmanya},
		{"Pahawh_Hmong", unicode.Pahawh_Hmong},
		{"Palmyrene", unicode.Palmyrene},
		{"Pau_Cin_Hau", unicode.Pau_Cin_Hau},
		{"Phags_Pa", unicode.Phags_Pa},
		{"Phoenician", unicode.Phoenician},
		{"Psalter_Pahlavi", unicode.Psalter_Pahlavi},
		{"Rejang", unicode.Rejang},
		{"Runic", unicode.Runic},
		{"Samaritan", unicode.Samaritan},
		{"Saurashtra", unicode.Saurashtra},
		{"Sharada", unicode.Sharada},
		{"Shavian", unicode.Shavian},
		{"Siddham", unicode.Siddham},
		{"SignWriting", unicode.SignWriting},
		{"Sinhala", unicode.Sinhala},
		{"Sogdian", unicode.Sogdian},
		{"Sora_Sompeng", unicode.Sora_Sompeng},
		{"Soyombo", unicode.Soyombo},
		{"Sundanese", unicode.Sundanese},
		{"Syloti_Nagri", unicode.Syloti_Nagri},
		{"Syriac", unicode.Syriac},
		{"Tagalog", unicode.Tagalog},
		{"Tagbanwa", unicode.Tagbanwa},
		{"Tai_Le", unicode.Tai_Le},
		{"Tai_Tham", unicode.Tai_Tham},
		{"Tai_Viet", unicode.Tai_Viet},
		{"Takri", unicode.Takri},
		{"Tamil", unicode.Tamil},
		{"Tangut", unicode.Tangut},
		{"Telugu", unicode.Telugu},
		{"Thaana", unicode.Thaana},
		{"Thai", unicode.Thai},
		{"Tibetan", unicode.Tibetan},
		{"Tifinagh", unicode.Tifinagh},
		{"Tirhuta", unicode.Tirhuta},
		{"Ugaritic", unicode.Ugaritic},
		{"Vai", unicode.Vai},
		{"Wancho", unicode.Wancho},
		{"Warang_Citi", unicode.Warang_Citi},
		{"Yezidi", unicode.Yezidi},
		{"Yi", unicode.Yi},
		{"Zanabazar_Square", unicode.Zanabazar_Square},
		{"ASCII_Hex_Digit", unicode.ASCII_Hex_Digit},
		{"Bidi_Control", unicode.Bidi_Control},
		{"Dash", unicode.Dash},
		{"Deprecated", unicode.Deprecated},
		{"Diacritic", unicode.Diacritic},
		{"Extender", unicode.Extender},
		{"Hex_Digit", unicode.Hex_Digit},
		{"Hyphen", unicode.Hyphen},
		{"IDS_Binary_Operator", unicode.IDS_Binary_Operator},
		{"IDS_Trinary_Operator", unicode.IDS_Trinary_Operator},
		{"Ideographic", unicode.Ideographic},
		{"Join_Control", unicode.Join_Control},
		{"Logical_Order_Exception", unicode.Logical_Order_Exception},
		{"Noncharacter_Code_Point", unicode.Noncharacter_Code_Point},
		{"Other_Alphabetic", unicode.Other_Alphabetic},
		{"Other_Default_Ignorable_Code_Point", unicode.Other_Default_Ignorable_Code_Point},
		{"Other_Grapheme_Extend", unicode.Other_Grapheme_Extend},
		{"Other_ID_Continue", unicode.Other_ID_Continue},
		{"Other_ID_Start", unicode.Other_ID_Start},
		{"Other_Lowercase", unicode.Other_Lowercase},
		{"Other_Math", unicode.Other_Math},
		{"Other_Uppercase", unicode.Other_Uppercase},
		{"Pattern_Syntax", unicode.Pattern_Syntax},
		{"Pattern_White_Space", unicode.Pattern_White_Space},
		{"Prepended_Concatenation_Mark", unicode.Prepended_Concatenation_Mark},
		{"Quotation_Mark", unicode.Quotation_Mark},
		{"Radical", unicode.Radical},
		{"Regional_Indicator", unicode.Regional_Indicator},
		{"STerm", unicode.STerm},
		{"Sentence_Terminal", unicode.Sentence_Terminal},
		{"Soft_Dotted", unicode.Soft_Dotted},
		{"Terminal_Punctuation", unicode.Terminal_Punctuation},
		{"Unified_Ideograph", unicode.Unified_Ideograph},
		{"Variation_Selector", unicode.Variation_Selector},
		{"White_Space", unicode.White_Space},
	} {
		n, h := sample(v.t)
		println(v.name, len(v.t.R16), len(v.t.R32), v.t.LatinOffset, n, h)
	}
	// A hand-made table with strides and both widths.
	odd := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 0x41, Hi: 0x5a, Stride: 2}, {Lo: 0x100, Hi: 0x120, Stride: 16}, {Lo: 0x3000, Hi: 0x3000, Stride: 1}},
		R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}, {Lo: 0x20000, Hi: 0x2FFFF, Stride: 1}},
	}
	for _, r := range []rune{-1, 0x40, 0x41, 0x42, 0x43, 0x5a, 0x5b, 0x100, 0x108, 0x110, 0x120, 0x3000,
		0x3001, 0xFFFF, 0x10000, 0x10004, 0x10005, 0x10010, 0x10014, 0x20000, 0x2ABCD, 0x30000} {
		if r != -1 {
			print(" ")
		}
		print(unicode.Is(odd, r))
	}
	println()
	empty := &unicode.RangeTable{}
	println(unicode.Is(empty, 'a'), unicode.In('a'), unicode.In('a', empty, unicode.Latin),
		unicode.IsOneOf([]*unicode.RangeTable{unicode.Greek, unicode.Han}, '中'),
		unicode.IsOneOf(nil, 'a'))
	// A special case with an UpperLower range and plain deltas.
	sc := unicode.SpecialCase{
		{Lo: 0x41, Hi: 0x46, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
		{Lo: 0x61, Hi: 0x61, Delta: [unicode.MaxCase]rune{5, 0, 10}},
		{Lo: 0x0130, Hi: 0x0130, Delta: [unicode.MaxCase]rune{0, 0x69 - 0x130, 0}},
	}
	for _, r := range []rune{'A', 'B', 'C', 'F', 'G', 'a', 'b', 'İ', 'é', 'ǅ', -1} {
		println(r, sc.ToUpper(r), sc.ToLower(r), sc.ToTitle(r))
	}
	for _, r := range []rune{'i', 'I', 'İ', 'ı', 'a'} {
		println(r, unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.AzeriCase.ToTitle(r))
	}
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'ſ', 's', 'S', 'σ', 'ς', 'Σ', 'ϑ', 'θ', 'ß', 'ẞ', '1', -2, 0x110000, 'ǅ', 'Ǆ', 'ǆ'} {
		print(r, ":")
		for f, k := unicode.SimpleFold(r), 0; k < 5; f, k = unicode.SimpleFold(f), k+1 {
			print(" ", f)
			if f == r {
				break
			}
		}
		println()
	}
	for _, c := range unicode.CaseRanges[:8] {
		println(c.Lo, c.Hi, c.Delta[0], c.Delta[1], c.Delta[2])
	}
	println(len(unicode.TurkishCase), unicode.TurkishCase[0].Lo, unicode.TurkishCase[0].Delta[unicode.LowerCase])
}

// CHECK: Cc 2 0 2 9 2700902267
// CHECK-NEXT: Cf 11 6 0 11 2823759457
// CHECK-NEXT: Co 1 2 0 917 1128601537
// CHECK-NEXT: Cs 1 0 0 292 3581573333
// CHECK-NEXT: Digit 37 24 1 97 3852696202
// CHECK-NEXT: Nd 37 24 1 97 3852696202
// CHECK-NEXT: Letter 359 227 6 18039 1096887659
// CHECK-NEXT: L 359 227 6 18039 1096887659
// CHECK-NEXT: Lm 40 6 0 35 2998350897
// CHECK-NEXT: Lo 279 184 1 17440 1242239845
// CHECK-NEXT: Lower 122 34 4 300 2013599123
// CHECK-NEXT: Ll 122 34 4 300 2013599123
// CHECK-NEXT: Mark 180 101 0 299 3215297944
// CHECK-NEXT: M 180 101 0 299 3215297944
// CHECK-NEXT: Mc 96 57 0 64 1416156137
// CHECK-NEXT: Me 5 0 0 3 999711380
// CHECK-NEXT: Mn 182 110 0 232 3686378295
// CHECK-NEXT: Nl 7 4 0 34 3028620322
// CHECK-NEXT: No 28 42 3 125 897449438
// CHECK-NEXT: Number 66 65 4 256 3009558282
// CHECK-NEXT: N 66 65 4 256 3009558282
// CHECK-NEXT: Other 14 8 2 1229 2521816093
// CHECK-NEXT: C 14 8 2 1229 2521816093
// CHECK-NEXT: Pc 5 0 0 0 2166136261
// CHECK-NEXT: Pd 11 1 0 4 906765515
// CHECK-NEXT: Pe 22 0 1 10 1244382443
// CHECK-NEXT: Pf 5 0 0 2 2864722867
// CHECK-NEXT: Pi 6 0 0 1 154076523
// CHECK-NEXT: Po 112 46 8 83 4216197976
// CHECK-NEXT: Ps 25 0 1 8 3121449003
// CHECK-NEXT: Punct 114 47 11 108 1235247186
// CHECK-NEXT: P 114 47 11 108 1235247186
// CHECK-NEXT: Sc 13 2 2 9 3819420228
// CHECK-NEXT: Sk 24 1 3 22 315049544
// CHECK-NEXT: Sm 43 6 5 138 688707887
// CHECK-NEXT: So 97 67 2 920 1607069301
// CHECK-NEXT: Space 6 0 1 3 1719419829
// CHECK-NEXT: Z 6 0 1 3 1719419829
// CHECK-NEXT: Symbol 126 72 10 1089 2853483039
// CHECK-NEXT: S 126 72 10 1089 2853483039
// CHECK-NEXT: Title 7 0 0 3 2365603175
// CHECK-NEXT: Lt 7 0 0 3 2365603175
// CHECK-NEXT: Upper 108 36 3 261 3881206635
// CHECK-NEXT: Lu 108 36 3 261 3881206635
// CHECK-NEXT: Zl 1 0 0 1 759102487
// CHECK-NEXT: Zp 1 0 0 0 2166136261
// CHECK-NEXT: Zs 5 0 1 2 3515170237
// CHECK-NEXT: Adlam 0 3 0 14 4044520488
// CHECK-NEXT: Ahom 0 3 0 8 1400838897
// CHECK-NEXT: Anatolian_Hieroglyphs 0 1 0 83 2625251352
// CHECK-NEXT: Arabic 21 26 0 189 85445602
// CHECK-NEXT: Armenian 4 0 0 14 3906908080
// CHECK-NEXT: Avestan 0 2 0 9 850820522
// CHECK-NEXT: Balinese 2 0 0 18 2200547368
// CHECK-NEXT: Bamum 1 1 0 94 1851186269
// CHECK-NEXT: Bassa_Vah 0 2 0 4 1264802809
// CHECK-NEXT: Batak 2 0 0 8 572166005
// CHECK-NEXT: Bengali 14 0 0 12 2120211712
// CHECK-NEXT: Bhaiksuki 0 4 0 14 343248108
// CHECK-NEXT: Bopomofo 3 0 0 11 1715177823
// CHECK-NEXT: Brahmi 0 3 0 15 619372178
// CHECK-NEXT: Braille 1 0 0 37 2356954752
// CHECK-NEXT: Buginese 2 0 0 4 471969341
// CHECK-NEXT: Buhid 1 0 0 3 3912060245
// CHECK-NEXT: Canadian_Aboriginal 2 0 0 101 3243322287
// CHECK-NEXT: Carian 0 1 0 7 1135295233
// CHECK-NEXT: Caucasian_Albanian 0 2 0 9 1095037358
// CHECK-NEXT: Chakma 0 2 0 11 1255945050
// CHECK-NEXT: Cham 4 0 0 10 3266985222
// CHECK-NEXT: Cherokee 3 0 0 25 1006310260
// CHECK-NEXT: Chorasmian 0 1 0 4 2856158085
// CHECK-NEXT: Common 82 82 6 1145 3697693196
// CHECK-NEXT: Coptic 3 0 0 19 4058083453
// CHECK-NEXT: Cuneiform 0 4 0 177 723816104
// CHECK-NEXT: Cypriot 0 5 0 8 1392662261
// CHECK-NEXT: Cyrillic 7 0 0 63 1086271959
// CHECK-NEXT: Deseret 0 1 0 11 335185635
// CHECK-NEXT: Devanagari 4 0 0 22 1907385003
// CHECK-NEXT: Dives_Akuru 0 8 0 11 2034786299
// CHECK-NEXT: Dogra 0 1 0 9 203301847
// CHECK-NEXT: Duployan 0 5 0 21 2678012813
// CHECK-NEXT: Egyptian_Hieroglyphs 0 2 0 155 2798444764
// CHECK-NEXT: Elbasan 0 1 0 5 3123009153
// CHECK-NEXT: Elymaic 0 1 0 4 3909441661
// CHECK-NEXT: Ethiopic 32 0 0 69 230905289
// CHECK-NEXT: Georgian 8 0 0 25 3612507466
// CHECK-NEXT: Glagolitic 2 5 0 18 624902704
// CHECK-NEXT: Gothic 0 1 0 4 1538565629
// CHECK-NEXT: Grantha 0 14 0 10 1753749224
// CHECK-NEXT: Greek 29 3 0 72 1853816243
// CHECK-NEXT: Gujarati 14 0 0 12 3450794909
// CHECK-NEXT: Gunjala_Gondi 0 6 0 10 418489844
// CHECK-NEXT: Gurmukhi 16 0 0 12 3750154429
// CHECK-NEXT: Han 10 8 0 12751 3910690103
// CHECK-NEXT: Hangul 14 0 0 1679 4240787261
// CHECK-NEXT: Hanifi_Rohingya 0 2 0 7 1030624001
// CHECK-NEXT: Hanunoo 1 0 0 3 4088510268
// CHECK-NEXT: Hatran 0 3 0 4 1301666092
// CHECK-NEXT: Hebrew 9 0 0 20 1545088615
// CHECK-NEXT: Hiragana 2 3 0 55 4235940767
// CHECK-NEXT: Imperial_Aramaic 0 2 0 5 1776811579
// CHECK-NEXT: Inherited 19 7 0 50 3374084485
// CHECK-NEXT: Inscriptional_Pahlavi 0 2 0 3 1132551738
// CHECK-NEXT: Inscriptional_Parthian 0 2 0 4 2034834790
// CHECK-NEXT: Javanese 3 0 0 12 3323037676
// CHECK-NEXT: Kaithi 0 2 0 10 1519905372
// CHECK-NEXT: Kannada 13 0 0 11 2086975749
// CHECK-NEXT: Katakana 7 2 0 42 3266019790
// CHECK-NEXT: Kayah_Li 2 0 0 7 3613059011
// CHECK-NEXT: Kharoshthi 0 8 0 11 630433421
// CHECK-NEXT: Khitan_Small_Script 0 2 0 67 3008384732
// CHECK-NEXT: Khmer 4 0 0 19 2668511677
// CHECK-NEXT: Khojki 0 2 0 9 1211884714
// CHECK-NEXT: Khudawadi 0 2 0 11 2166437004
// CHECK-NEXT: Lao 11 0 0 12 2505703365
// CHECK-NEXT: Latin 29 0 5 196 2368380753
// CHECK-NEXT: Lepcha 3 0 0 11 1050380063
// CHECK-NEXT: Limbu 5 0 0 9 3108785559
// CHECK-NEXT: Linear_A 0 3 0 50 3900058079
// CHECK-NEXT: Linear_B 0 7 0 30 2423311129
// CHECK-NEXT: Lisu 1 1 0 7 1655567826
// CHECK-NEXT: Lycian 0 1 0 4 592322065
// CHECK-NEXT: Lydian 0 2 0 4 3966090789
// CHECK-NEXT: Mahajani 0 1 0 5 2287616959
// CHECK-NEXT: Makasar 0 1 0 3 3298540110
// CHECK-NEXT: Malayalam 7 0 0 17 3611544651
// CHECK-NEXT: Mandaic 2 0 0 5 2207545053
// CHECK-NEXT: Manichaean 0 2 0 7 1321069970
// CHECK-NEXT: Marchen 0 3 0 9 543761371
// CHECK-NEXT: Masaram_Gondi 0 7 0 11 2536195031
// CHECK-NEXT: Medefaidrin 0 1 0 13 1074593084
// CHECK-NEXT: Meetei_Mayek 3 0 0 11 849547464
// CHECK-NEXT: Mende_Kikakui 0 2 0 30 3458508384
// CHECK-NEXT: Meroitic_Cursive 0 3 0 12 1404534324
// CHECK-NEXT: Meroitic_Hieroglyphs 0 1 0 5 2430931485
// CHECK-NEXT: Miao 0 3 0 22 3848405984
// CHECK-NEXT: Modi 0 2 0 11 2429282747
// CHECK-NEXT: Mongolian 6 1 0 24 477296555
// CHECK-NEXT: Mro 0 3 0 6 3688348808
// CHECK-NEXT: Multani 0 5 0 6 130439180
// CHECK-NEXT: Myanmar 3 0 0 31 968412067
// CHECK-NEXT: Nabataean 0 2 0 5 3689679536
// CHECK-NEXT: Nandinagari 0 3 0 10 3327749528
// CHECK-NEXT: New_Tai_Lue 4 0 0 13 3769169529
// CHECK-NEXT: Newa 0 2 0 14 2154663088
// CHECK-NEXT: Nko 2 0 0 8 1198861205
// CHECK-NEXT: Nushu 0 2 0 56 1435142709
// CHECK-NEXT: Nyiakeng_Puachue_Hmong 0 4 0 12 4014482029
// CHECK-NEXT: Ogham 1 0 0 4 1306463293
// CHECK-NEXT: Ol_Chiki 1 0 0 7 3144153938
// CHECK-NEXT: Old_Hungarian 0 3 0 15 3961364355
// CHECK-NEXT: Old_Italic 0 2 0 6 378051080
// CHECK-NEXT: Old_North_Arabian 0 1 0 4 502051229
// CHECK-NEXT: Old_Permic 0 1 0 6 1449618648
// CHECK-NEXT: Old_Persian 0 2 0 7 365897657
// CHECK-NEXT: Old_Sogdian 0 1 0 6 547098892
// CHECK-NEXT: Old_South_Arabian 0 1 0 5 1766817533
// CHECK-NEXT: Old_Turkic 0 1 0 10 793309492
// CHECK-NEXT: Oriya 14 0 0 15 1998974461
// CHECK-NEXT: Osage 0 2 0 10 2561418495
// CHECK-NEXT: Osmanya 0 2 0 6 863859724
// CHECK-NEXT: Pahawh_Hmong 0 5 0 18 1683049828
// CHECK-NEXT: Palmyrene 0 1 0 5 2019581522
// CHECK-NEXT: Pau_Cin_Hau 0 1 0 8 1251552853
// CHECK-NEXT: Phags_Pa 1 0 0 8 494378173
// CHECK-NEXT: Phoenician 0 2 0 4 1130106069
// CHECK-NEXT: Psalter_Pahlavi 0 3 0 4 130043542
// CHECK-NEXT: Rejang 2 0 0 5 187946655
// CHECK-NEXT: Runic 2 0 0 13 2299687111
// CHECK-NEXT: Samaritan 2 0 0 9 2851426986
// CHECK-NEXT: Saurashtra 2 0 0 12 2673147697
// CHECK-NEXT: Sharada 0 1 0 13 3088021372
// CHECK-NEXT: Shavian 0 1 0 7 3203970838
// CHECK-NEXT: Siddham 0 2 0 13 1824655930
// CHECK-NEXT: SignWriting 0 3 0 96 3911117515
// CHECK-NEXT: Sinhala 12 1 0 16 4175127847
// CHECK-NEXT: Sogdian 0 1 0 6 1589335688
// CHECK-NEXT: Sora_Sompeng 0 2 0 5 3568070261
// CHECK-NEXT: Soyombo 0 1 0 12 2273584137
// CHECK-NEXT: Sundanese 2 0 0 10 2317247651
// CHECK-NEXT: Syloti_Nagri 1 0 0 7 1218487686
// CHECK-NEXT: Syriac 4 0 0 12 2454338766
// CHECK-NEXT: Tagalog 2 0 0 2 2320341527
// CHECK-NEXT: Tagbanwa 3 0 0 3 805630169
// CHECK-NEXT: Tai_Le 2 0 0 4 1464803793
// CHECK-NEXT: Tai_Tham 5 0 0 18 2444977107
// CHECK-NEXT: Tai_Viet 2 0 0 10 1507261244
// CHECK-NEXT: Takri 0 2 0 9 3530485480
// CHECK-NEXT: Tamil 15 2 0 17 469340692
// CHECK-NEXT: Tangut 0 4 0 988 3246823121
// CHECK-NEXT: Telugu 12 0 0 16 2444674424
// CHECK-NEXT: Thaana 1 0 0 7 579265313
// CHECK-NEXT: Thai 2 0 0 12 2780697849
// CHECK-NEXT: Tibetan 7 0 0 30 1333422796
// CHECK-NEXT: Tifinagh 3 0 0 8 581814901
// CHECK-NEXT: Tirhuta 0 2 0 12 1685604618
// CHECK-NEXT: Ugaritic 0 2 0 4 678687133
// CHECK-NEXT: Vai 1 0 0 43 2971271917
// CHECK-NEXT: Wancho 0 2 0 9 653814116
// CHECK-NEXT: Warang_Citi 0 2 0 12 3723723117
// CHECK-NEXT: Yezidi 0 3 0 7 577860163
// CHECK-NEXT: Yi 2 0 0 174 3815771256
// CHECK-NEXT: Zanabazar_Square 0 1 0 10 438449460
// CHECK-NEXT: ASCII_Hex_Digit 3 0 3 4 226792308
// CHECK-NEXT: Bidi_Control 4 0 0 1 3795748358
// CHECK-NEXT: Dash 13 1 0 5 2535666429
// CHECK-NEXT: Deprecated 5 1 0 4 2954232391
// CHECK-NEXT: Diacritic 107 39 3 125 1241239551
// CHECK-NEXT: Extender 15 7 0 6 302215432
// CHECK-NEXT: Hex_Digit 6 0 3 8 4142959095
// CHECK-NEXT: Hyphen 6 0 1 0 2166136261
// CHECK-NEXT: IDS_Binary_Operator 2 0 0 1 1932297801
// CHECK-NEXT: IDS_Trinary_Operator 1 0 0 0 2166136261
// CHECK-NEXT: Ideographic 7 12 0 13813 1409305513
// CHECK-NEXT: Join_Control 1 0 0 1 155108203
// CHECK-NEXT: Logical_Order_Exception 6 0 0 3 1638314026
// CHECK-NEXT: Noncharacter_Code_Point 2 16 0 6 321814290
// CHECK-NEXT: Other_Alphabetic 146 75 0 203 2927310275
// CHECK-NEXT: Other_Default_Ignorable_Code_Point 5 4 0 4 2509875532
// CHECK-NEXT: Other_Grapheme_Extend 10 6 0 7 1333683748
// CHECK-NEXT: Other_ID_Continue 3 0 0 3 2138911759
// CHECK-NEXT: Other_ID_Start 3 0 0 0 2166136261
// CHECK-NEXT: Other_Lowercase 17 0 1 26 2588766112
// CHECK-NEXT: Other_Math 63 55 0 192 4038906316
// CHECK-NEXT: Other_Uppercase 2 3 0 18 3139659464
// CHECK-NEXT: Pattern_Syntax 24 0 10 394 400337335
// CHECK-NEXT: Pattern_White_Space 4 0 2 2 2053086776
// CHECK-NEXT: Prepended_Concatenation_Mark 3 1 0 2 2944407562
// CHECK-NEXT: Quotation_Mark 10 0 2 2 1036087965
// CHECK-NEXT: Radical 3 0 0 48 2606039244
// CHECK-NEXT: Regional_Indicator 0 1 0 4 733049233
// CHECK-NEXT: STerm 36 25 1 18 405150921
// CHECK-NEXT: Sentence_Terminal 36 25 1 18 405150921
// CHECK-NEXT: Soft_Dotted 10 13 1 7 428573361
// CHECK-NEXT: Terminal_Punctuation 53 35 3 37 3329354417
// CHECK-NEXT: Unified_Ideograph 8 6 0 12559 2862036307
// CHECK-NEXT: Variation_Selector 2 1 0 3 289445396
// CHECK-NEXT: White_Space 7 0 2 4 463799758
// CHECK-NEXT: false false true false true false false true false true true true false false true true false true false true true false
// CHECK-NEXT: false false true true false
// CHECK-NEXT: 65 65 66 65
// CHECK-NEXT: 66 65 66 65
// CHECK-NEXT: 67 67 68 67
// CHECK-NEXT: 70 69 70 69
// CHECK-NEXT: 71 71 103 71
// CHECK-NEXT: 97 102 97 107
// CHECK-NEXT: 98 66 98 66
// CHECK-NEXT: 304 304 105 304
// CHECK-NEXT: 233 201 233 201
// CHECK-NEXT: 453 452 454 453
// CHECK-NEXT: -1 -1 -1 -1
// CHECK-NEXT: 105 304 105 304
// CHECK-NEXT: 73 73 305 73
// CHECK-NEXT: 304 304 105 304
// CHECK-NEXT: 305 73 305 73
// CHECK-NEXT: 97 65 97 65
// CHECK-NEXT: 65: 97 65
// CHECK-NEXT: 97: 65 97
// CHECK-NEXT: 75: 107 8490 75
// CHECK-NEXT: 107: 8490 75 107
// CHECK-NEXT: 8490: 75 107 8490
// CHECK-NEXT: 383: 83 115 383
// CHECK-NEXT: 115: 383 83 115
// CHECK-NEXT: 83: 115 383 83
// CHECK-NEXT: 963: 931 962 963
// CHECK-NEXT: 962: 963 931 962
// CHECK-NEXT: 931: 962 963 931
// CHECK-NEXT: 977: 1012 920 952 977
// CHECK-NEXT: 952: 977 1012 920 952
// CHECK-NEXT: 223: 7838 223
// CHECK-NEXT: 7838: 223 7838
// CHECK-NEXT: 49: 49
// CHECK-NEXT: -2: -2
// CHECK-NEXT: 1114112: 1114112
// CHECK-NEXT: 453: 454 452 453
// CHECK-NEXT: 452: 453 454 452
// CHECK-NEXT: 454: 452 453 454
// CHECK-NEXT: 65 90 0 32 0
// CHECK-NEXT: 97 122 -32 0 -32
// CHECK-NEXT: 181 181 743 0 743
// CHECK-NEXT: 192 214 0 32 0
// CHECK-NEXT: 216 222 0 32 0
// CHECK-NEXT: 224 246 -32 0 -32
// CHECK-NEXT: 248 254 -32 0 -32
// CHECK-NEXT: 255 255 121 0 121
// CHECK-NEXT: 4 73 232
