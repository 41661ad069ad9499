// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The Unicode tables: every category, script, property and fold table
// (names, ranges, LatinOffset) and the case ranges hash as in Go 1.19.

package main

import "unicode"

func hashTable(t *unicode.RangeTable) (uint32, int, int) {
	var h uint32 = 2166136261
	mix := func(v uint32) { h = (h ^ v) * 16777619 }
	for _, r := range t.R16 {
		mix(uint32(r.Lo))
		mix(uint32(r.Hi))
		mix(uint32(r.Stride))
	}
	for _, r := range t.R32 {
		mix(r.Lo)
		mix(r.Hi)
		mix(r.Stride)
	}
	mix(uint32(t.LatinOffset))
	return h, len(t.R16), len(t.R32)
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func dump(name string, m map[string]*unicode.RangeTable) {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	println(name, len(keys))
	for _, k := range keys {
		h, n16, n32 := hashTable(m[k])
		println(" ", k, h, n16, n32)
	}
}

func main() {
	println(unicode.Version, unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII,
		unicode.MaxLatin1, unicode.UpperCase, unicode.LowerCase, unicode.TitleCase,
		unicode.MaxCase, unicode.UpperLower)
	dump("Categories", unicode.Categories)
	dump("Scripts", unicode.Scripts)
	dump("Properties", unicode.Properties)
	dump("FoldCategory", unicode.FoldCategory)
	dump("FoldScript", unicode.FoldScript)
	var h uint32 = 2166136261
	for _, c := range unicode.CaseRanges {
		h = (h ^ c.Lo) * 16777619
		h = (h ^ c.Hi) * 16777619
		for _, d := range c.Delta {
			h = (h ^ uint32(d)) * 16777619
		}
	}
	println("CaseRanges", len(unicode.CaseRanges), h)
	println("TurkishCase", len(unicode.TurkishCase), unicode.TurkishCase[1].Delta[0],
		len(unicode.AzeriCase))
	// The exported names are the map's tables.
	println(unicode.Upper == unicode.Categories["Lu"], unicode.Letter == unicode.L,
		unicode.Digit == unicode.Nd, unicode.Han == unicode.Scripts["Han"],
		unicode.White_Space == unicode.Properties["White_Space"],
		unicode.Space == unicode.Z, unicode.Title == unicode.Lt, unicode.Punct == unicode.P)
	println(len(unicode.GraphicRanges), len(unicode.PrintRanges))
	// Is/In/IsOneOf on samples.
	samples := []rune{'a', 'Z', '0', '٣', ' ', '\u3000', '中', 'é', 'Ω', 'Ж', '!', '€',
		0x1F600, 0x10FFFF, -1, 0x110000, 0x0301, '_', 0xFFFD}
	tables := []*unicode.RangeTable{unicode.Letter, unicode.Upper, unicode.Lower,
		unicode.Digit, unicode.Nd, unicode.Space, unicode.Punct, unicode.Han,
		unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Symbol, unicode.Sc,
		unicode.Mn, unicode.White_Space, unicode.Common, unicode.Inherited}
	for _, r := range samples {
		s := ""
		for _, t := range tables {
			if unicode.Is(t, r) {
				s += "1"
			} else {
				s += "0"
			}
		}
		println(r, s, unicode.In(r, unicode.Han, unicode.Greek),
			unicode.IsOneOf([]*unicode.RangeTable{unicode.Latin, unicode.Cyrillic}, r),
			unicode.In(r))
	}
}

// CHECK: 13.0.0 1114111 65533 127 255 0 1 2 3 1114112
// CHECK-NEXT: Categories 36
// CHECK-NEXT:   C 3340840061 14 8
// CHECK-NEXT:   Cc 3978864806 2 0
// CHECK-NEXT:   Cf 3897071344 11 6
// CHECK-NEXT:   Co 2504455025 1 2
// CHECK-NEXT:   Cs 3081456137 1 0
// CHECK-NEXT:   L 2512165786 359 227
// CHECK-NEXT:   Ll 2413677646 122 34
// CHECK-NEXT:   Lm 721339345 40 6
// CHECK-NEXT:   Lo 2816518276 279 184
// CHECK-NEXT:   Lt 1840071234 7 0
// CHECK-NEXT:   Lu 4032048553 108 36
// CHECK-NEXT:   M 2118779753 180 101
// CHECK-NEXT:   Mc 3883805590 96 57
// CHECK-NEXT:   Me 3483161904 5 0
// CHECK-NEXT:   Mn 632477609 182 110
// CHECK-NEXT:   N 2798170380 66 65
// CHECK-NEXT:   Nd 3845127632 37 24
// CHECK-NEXT:   Nl 411403157 7 4
// CHECK-NEXT:   No 226135029 28 42
// CHECK-NEXT:   P 59942478 114 47
// CHECK-NEXT:   Pc 2117155949 5 0
// CHECK-NEXT:   Pd 1589887692 11 1
// CHECK-NEXT:   Pe 570229521 22 0
// CHECK-NEXT:   Pf 2265415463 5 0
// CHECK-NEXT:   Pi 1158167231 6 0
// CHECK-NEXT:   Po 3508776250 112 46
// CHECK-NEXT:   Ps 3390503533 25 0
// CHECK-NEXT:   S 2673258711 126 72
// CHECK-NEXT:   Sc 2409395001 13 2
// CHECK-NEXT:   Sk 3898848299 24 1
// CHECK-NEXT:   Sm 1405452424 43 6
// CHECK-NEXT:   So 2028983408 97 67
// CHECK-NEXT:   Z 362337843 6 0
// CHECK-NEXT:   Zl 838998284 1 0
// CHECK-NEXT:   Zp 549227846 1 0
// CHECK-NEXT:   Zs 1398488295 5 0
// CHECK-NEXT: Scripts 156
// CHECK-NEXT:   Adlam 1171073261 0 3
// CHECK-NEXT:   Ahom 1961637741 0 3
// CHECK-NEXT:   Anatolian_Hieroglyphs 197597098 0 1
// CHECK-NEXT:   Arabic 2414336149 21 26
// CHECK-NEXT:   Armenian 3676874795 4 0
// CHECK-NEXT:   Avestan 4272730072 0 2
// CHECK-NEXT:   Balinese 845632954 2 0
// CHECK-NEXT:   Bamum 315420810 1 1
// CHECK-NEXT:   Bassa_Vah 585819655 0 2
// CHECK-NEXT:   Batak 4211419531 2 0
// CHECK-NEXT:   Bengali 2330695611 14 0
// CHECK-NEXT:   Bhaiksuki 2529538966 0 4
// CHECK-NEXT:   Bopomofo 986799116 3 0
// CHECK-NEXT:   Brahmi 3900805658 0 3
// CHECK-NEXT:   Braille 1654663945 1 0
// CHECK-NEXT:   Buginese 922776005 2 0
// CHECK-NEXT:   Buhid 3579570669 1 0
// CHECK-NEXT:   Canadian_Aboriginal 1212051821 2 0
// CHECK-NEXT:   Carian 275231580 0 1
// CHECK-NEXT:   Caucasian_Albanian 2712231212 0 2
// CHECK-NEXT:   Chakma 3839929918 0 2
// CHECK-NEXT:   Cham 1898151966 4 0
// CHECK-NEXT:   Cherokee 2354859049 3 0
// CHECK-NEXT:   Chorasmian 3403084853 0 1
// CHECK-NEXT:   Common 2671757746 82 82
// CHECK-NEXT:   Coptic 312347198 3 0
// CHECK-NEXT:   Cuneiform 4061892549 0 4
// CHECK-NEXT:   Cypriot 2444290434 0 5
// CHECK-NEXT:   Cyrillic 304371756 7 0
// CHECK-NEXT:   Deseret 4049053913 0 1
// CHECK-NEXT:   Devanagari 1861258107 4 0
// CHECK-NEXT:   Dives_Akuru 1458329687 0 8
// CHECK-NEXT:   Dogra 3697016821 0 1
// CHECK-NEXT:   Duployan 193862990 0 5
// CHECK-NEXT:   Egyptian_Hieroglyphs 3001773543 0 2
// CHECK-NEXT:   Elbasan 2425404369 0 1
// CHECK-NEXT:   Elymaic 467296378 0 1
// CHECK-NEXT:   Ethiopic 1626045836 32 0
// CHECK-NEXT:   Georgian 4059165810 8 0
// CHECK-NEXT:   Glagolitic 739974521 2 5
// CHECK-NEXT:   Gothic 1987334062 0 1
// CHECK-NEXT:   Grantha 1450178876 0 14
// CHECK-NEXT:   Greek 2685108077 29 3
// CHECK-NEXT:   Gujarati 2616598140 14 0
// CHECK-NEXT:   Gunjala_Gondi 807679570 0 6
// CHECK-NEXT:   Gurmukhi 2823580911 16 0
// CHECK-NEXT:   Han 522387329 10 8
// CHECK-NEXT:   Hangul 1020377640 14 0
// CHECK-NEXT:   Hanifi_Rohingya 3505185585 0 2
// CHECK-NEXT:   Hanunoo 88401808 1 0
// CHECK-NEXT:   Hatran 3881366695 0 3
// CHECK-NEXT:   Hebrew 1648938189 9 0
// CHECK-NEXT:   Hiragana 1198041466 2 3
// CHECK-NEXT:   Imperial_Aramaic 2579589586 0 2
// CHECK-NEXT:   Inherited 3666735836 19 7
// CHECK-NEXT:   Inscriptional_Pahlavi 2621842482 0 2
// CHECK-NEXT:   Inscriptional_Parthian 1200573625 0 2
// CHECK-NEXT:   Javanese 3686324439 3 0
// CHECK-NEXT:   Kaithi 1881122298 0 2
// CHECK-NEXT:   Kannada 2912608216 13 0
// CHECK-NEXT:   Katakana 1928391497 7 2
// CHECK-NEXT:   Kayah_Li 3431644930 2 0
// CHECK-NEXT:   Kharoshthi 2340727473 0 8
// CHECK-NEXT:   Khitan_Small_Script 4215858028 0 2
// CHECK-NEXT:   Khmer 545521785 4 0
// CHECK-NEXT:   Khojki 2160657073 0 2
// CHECK-NEXT:   Khudawadi 1978615716 0 2
// CHECK-NEXT:   Lao 3737022559 11 0
// CHECK-NEXT:   Latin 1016516350 29 0
// CHECK-NEXT:   Lepcha 302428619 3 0
// CHECK-NEXT:   Limbu 3918691655 5 0
// CHECK-NEXT:   Linear_A 1020529056 0 3
// CHECK-NEXT:   Linear_B 3459820242 0 7
// CHECK-NEXT:   Lisu 1961833226 1 1
// CHECK-NEXT:   Lycian 1820944504 0 1
// CHECK-NEXT:   Lydian 2768161974 0 2
// CHECK-NEXT:   Mahajani 2095169162 0 1
// CHECK-NEXT:   Makasar 430298084 0 1
// CHECK-NEXT:   Malayalam 4102627115 7 0
// CHECK-NEXT:   Mandaic 2672702654 2 0
// CHECK-NEXT:   Manichaean 4098484858 0 2
// CHECK-NEXT:   Marchen 2591155485 0 3
// CHECK-NEXT:   Masaram_Gondi 1469590404 0 7
// CHECK-NEXT:   Medefaidrin 3143481934 0 1
// CHECK-NEXT:   Meetei_Mayek 2466683574 3 0
// CHECK-NEXT:   Mende_Kikakui 1519246824 0 2
// CHECK-NEXT:   Meroitic_Cursive 4203446543 0 3
// CHECK-NEXT:   Meroitic_Hieroglyphs 1600972137 0 1
// CHECK-NEXT:   Miao 1706540424 0 3
// CHECK-NEXT:   Modi 3660907738 0 2
// CHECK-NEXT:   Mongolian 2069274304 6 1
// CHECK-NEXT:   Mro 1398748638 0 3
// CHECK-NEXT:   Multani 1718066461 0 5
// CHECK-NEXT:   Myanmar 3190179504 3 0
// CHECK-NEXT:   Nabataean 2951922349 0 2
// CHECK-NEXT:   Nandinagari 3465513736 0 3
// CHECK-NEXT:   New_Tai_Lue 2391962666 4 0
// CHECK-NEXT:   Newa 3255027660 0 2
// CHECK-NEXT:   Nko 64956743 2 0
// CHECK-NEXT:   Nushu 3905775472 0 2
// CHECK-NEXT:   Nyiakeng_Puachue_Hmong 4162799322 0 4
// CHECK-NEXT:   Ogham 1708406904 1 0
// CHECK-NEXT:   Ol_Chiki 741637049 1 0
// CHECK-NEXT:   Old_Hungarian 2709241713 0 3
// CHECK-NEXT:   Old_Italic 2440183098 0 2
// CHECK-NEXT:   Old_North_Arabian 3481015145 0 1
// CHECK-NEXT:   Old_Permic 4293396830 0 1
// CHECK-NEXT:   Old_Persian 2865034553 0 2
// CHECK-NEXT:   Old_Sogdian 2239271889 0 1
// CHECK-NEXT:   Old_South_Arabian 3306100905 0 1
// CHECK-NEXT:   Old_Turkic 748993300 0 1
// CHECK-NEXT:   Oriya 714739574 14 0
// CHECK-NEXT:   Osage 3017581987 0 2
// CHECK-NEXT:   Osmanya 3180027067 0 2
// CHECK-NEXT:   Pahawh_Hmong 983849588 0 5
// CHECK-NEXT:   Palmyrene 1895108777 0 1
// CHECK-NEXT:   Pau_Cin_Hau 2414790660 0 1
// CHECK-NEXT:   Phags_Pa 1325561377 1 0
// CHECK-NEXT:   Phoenician 4181527620 0 2
// CHECK-NEXT:   Psalter_Pahlavi 253105918 0 3
// CHECK-NEXT:   Rejang 1718149308 2 0
// CHECK-NEXT:   Runic 3954950213 2 0
// CHECK-NEXT:   Samaritan 1431979490 2 0
// CHECK-NEXT:   Saurashtra 3193743129 2 0
// CHECK-NEXT:   Sharada 451991593 0 1
// CHECK-NEXT:   Shavian 3846773689 0 1
// CHECK-NEXT:   Siddham 4241352783 0 2
// CHECK-NEXT:   SignWriting 4115136525 0 3
// CHECK-NEXT:   Sinhala 2189009314 12 1
// CHECK-NEXT:   Sogdian 3728313467 0 1
// CHECK-NEXT:   Sora_Sompeng 2401900614 0 2
// CHECK-NEXT:   Soyombo 2518372550 0 1
// CHECK-NEXT:   Sundanese 712434371 2 0
// CHECK-NEXT:   Syloti_Nagri 461769864 1 0
// CHECK-NEXT:   Syriac 3203518433 4 0
// CHECK-NEXT:   Tagalog 4273369307 2 0
// CHECK-NEXT:   Tagbanwa 2310662075 3 0
// CHECK-NEXT:   Tai_Le 2716064896 2 0
// CHECK-NEXT:   Tai_Tham 2893120540 5 0
// CHECK-NEXT:   Tai_Viet 1486086309 2 0
// CHECK-NEXT:   Takri 4015402342 0 2
// CHECK-NEXT:   Tamil 197281642 15 2
// CHECK-NEXT:   Tangut 2634245079 0 4
// CHECK-NEXT:   Telugu 2930668019 12 0
// CHECK-NEXT:   Thaana 3338694883 1 0
// CHECK-NEXT:   Thai 83918025 2 0
// CHECK-NEXT:   Tibetan 2859495832 7 0
// CHECK-NEXT:   Tifinagh 547466796 3 0
// CHECK-NEXT:   Tirhuta 1048909969 0 2
// CHECK-NEXT:   Ugaritic 846592914 0 2
// CHECK-NEXT:   Vai 3984493989 1 0
// CHECK-NEXT:   Wancho 3935612950 0 2
// CHECK-NEXT:   Warang_Citi 982875409 0 2
// CHECK-NEXT:   Yezidi 302902050 0 3
// CHECK-NEXT:   Yi 3432333715 2 0
// CHECK-NEXT:   Zanabazar_Square 699483953 0 1
// CHECK-NEXT: Properties 35
// CHECK-NEXT:   ASCII_Hex_Digit 2721090254 3 0
// CHECK-NEXT:   Bidi_Control 705128545 4 0
// CHECK-NEXT:   Dash 2207875508 13 1
// CHECK-NEXT:   Deprecated 536366686 5 1
// CHECK-NEXT:   Diacritic 1126522317 107 39
// CHECK-NEXT:   Extender 587778003 15 7
// CHECK-NEXT:   Hex_Digit 2695076322 6 0
// CHECK-NEXT:   Hyphen 1475502255 6 0
// CHECK-NEXT:   IDS_Binary_Operator 2206143589 2 0
// CHECK-NEXT:   IDS_Trinary_Operator 3355093835 1 0
// CHECK-NEXT:   Ideographic 903864599 7 12
// CHECK-NEXT:   Join_Control 3591596875 1 0
// CHECK-NEXT:   Logical_Order_Exception 3876027448 6 0
// CHECK-NEXT:   Noncharacter_Code_Point 2225678273 2 16
// CHECK-NEXT:   Other_Alphabetic 1666030617 146 75
// CHECK-NEXT:   Other_Default_Ignorable_Code_Point 1727742647 5 4
// CHECK-NEXT:   Other_Grapheme_Extend 436906518 10 6
// CHECK-NEXT:   Other_ID_Continue 2238205027 3 0
// CHECK-NEXT:   Other_ID_Start 3722322005 3 0
// CHECK-NEXT:   Other_Lowercase 3993973741 17 0
// CHECK-NEXT:   Other_Math 938807619 63 55
// CHECK-NEXT:   Other_Uppercase 3120247225 2 3
// CHECK-NEXT:   Pattern_Syntax 3076513012 24 0
// CHECK-NEXT:   Pattern_White_Space 854677626 4 0
// CHECK-NEXT:   Prepended_Concatenation_Mark 2455142066 3 1
// CHECK-NEXT:   Quotation_Mark 4179017661 10 0
// CHECK-NEXT:   Radical 2533264992 3 0
// CHECK-NEXT:   Regional_Indicator 103857611 0 1
// CHECK-NEXT:   STerm 734877097 36 25
// CHECK-NEXT:   Sentence_Terminal 734877097 36 25
// CHECK-NEXT:   Soft_Dotted 1170064446 10 13
// CHECK-NEXT:   Terminal_Punctuation 4098411355 53 35
// CHECK-NEXT:   Unified_Ideograph 1031087189 8 6
// CHECK-NEXT:   Variation_Selector 796504748 2 1
// CHECK-NEXT:   White_Space 2073754506 7 0
// CHECK-NEXT: FoldCategory 6
// CHECK-NEXT:   L 4126801486 1 0
// CHECK-NEXT:   Ll 3355177934 107 6
// CHECK-NEXT:   Lt 1009158676 9 0
// CHECK-NEXT:   Lu 2105397970 108 6
// CHECK-NEXT:   M 2547516796 2 0
// CHECK-NEXT:   Mn 2547516796 2 0
// CHECK-NEXT: FoldScript 3
// CHECK-NEXT:   Common 1683087309 1 0
// CHECK-NEXT:   Greek 3757669943 1 0
// CHECK-NEXT:   Inherited 2547516796 2 0
// CHECK-NEXT: CaseRanges 319 266856477
// CHECK-NEXT: TurkishCase 4 199 4
// CHECK-NEXT: true true true true true true true true
// CHECK-NEXT: 6 5
// CHECK-NEXT: 97 10100000100000000 false true false
// CHECK-NEXT: 90 11000000100000000 false true false
// CHECK-NEXT: 48 00011000000000010 false false false
// CHECK-NEXT: 1635 00011000000000000 false false false
// CHECK-NEXT: 32 00000100000000110 false false false
// CHECK-NEXT: 12288 00000100000000110 false false false
// CHECK-NEXT: 20013 10000001000000000 true false false
// CHECK-NEXT: 233 10100000100000000 false true false
// CHECK-NEXT: 937 11000000010000000 true false false
// CHECK-NEXT: 1046 11000000001000000 false true false
// CHECK-NEXT: 33 00000010000000010 false false false
// CHECK-NEXT: 8364 00000000000110010 false false false
// CHECK-NEXT: 128512 00000000000100010 false false false
// CHECK-NEXT: 1114111 00000000000000000 false false false
// CHECK-NEXT: -1 00000000000000000 false false false
// CHECK-NEXT: 1114112 00000000000000000 false false false
// CHECK-NEXT: 769 00000000000001001 false false false
// CHECK-NEXT: 95 00000010000000010 false false false
// CHECK-NEXT: 65533 00000000000100010 false false false
