// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Parse's error texts (ParseError: element mismatches, range errors,
// extra text, quoting) and its corner cases: optional fractions, zone
// abbreviations, GMT offsets, day-of-year, 12-hour clocks.

package main

import "time"

// printable replaces control and non-ASCII bytes by '?'.
func printable(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c < ' ' || c >= 0x7f {
			b[i] = '?'
		}
	}
	return string(b)
}

func main() {
	cases := [][2]string{
		{"2006-01-02", "2021-13-01"}, {"2006-01-02", "2021-02-30"}, {"2006-01-02", "2021-1-01"},
		{"2006-01-02", "2021-01-01x"}, {"2006-01-02 15:04", "2021-01-01 25:00"}, {"15:04:05", "10:61:00"},
		{"15:04:05", "10:01:60"}, {"Jan 2", "Foo 2"}, {"Jan 2", "fEB 2"}, {"2006-01-02T15:04:05Z07:00", "2021-01-01T00:00:00+0100"},
		{"2006 002", "2021 366"}, {"2006 002", "2020 366"}, {"2006 002", "2020 000"}, {"2006 002 01-02", "2021 032 02-02"}, {"2006 002 01-02", "2021 032 02-01"},
		{"2006 002 01-02", "2021 032 03-01"},
		{"3 PM", "13 PM"}, {"3 PM", "3 XM"}, {"3 PM", "12 AM"}, {"3 pm", "12 pm"}, {"MST", "ab"}, {"MST", "GMT+3"}, {"MST", "+03"}, {"MST", "ABCD"}, {"MST", "ABCDT"}, {"MST", "ABCDEF"},
		{"2006-01-02", "2021-01-0\xff"}, {"2006-01-02", "2021-01-0\n"}, {"2006", "21"}, {"05.000", "01.12"}, {"05.000", "01.1234"},
		{"Mon Jan 2", "Tue Jan 2"}, {"Monday", "Foo"}, {"-07", "+1"}, {"-0700", "+01:00"}, {"2006-01-02", ""},
		{"15:04:05", "10:01:05.123"}, {"15:04:05", "10:01:05,12"}, {".000", ".1234"}, {"2006 __2", "2021  32"},
		{"Jan _2", "Feb  3"}, {"Jan _2", "Feb 3"}, {"Jan  2", "Feb 3"}, {"01/02", "1/2"}, {"1/2", "11/29"}, {"Z07:00:00", "+01:02:03"}, {"-070000", "-010203"},
		{"2006-01-02 MST", "2021-07-04 GMT-7"}, {"2006-01-02 MST", "2021-07-04 CEST"}, {"2006-01-02 MST", "2021-07-04 UTC"},
		{"2006-01-02 15 pm", "2021-01-01 11 pm"}, {time.RFC822, "02 Jan 99 15:04 PST"}, {"2006-01-02", "2021-00-10"}, {"2006-01-02", "2021-01-00"},
		{"2006-01-02 15:04:05.999999999", "2021-01-01 10:00:00.1234567891"}, {"15", "7"}, {"2006-01-02", "0000-01-01"},
		{time.RFC3339, "2021-07-04T12:00:00Z"}, {time.RFC3339, "2021-07-04T12:00:00.5+05:30"}, {time.RFC3339Nano, "2021-07-04T12:00:00-00:00"},
		{"2006-01-02", "2021-01-02 "}, {"2006-01-02 ", "2021-01-02"}, {"2006 01 02", "2021   01 02"}, {"Jan", "January"}, {"January", "Jan"},
		{"2006-01-02", "2021/01/02"}, {"Z07:00", "Z"}, {"Z0700", "z"}, {"-07:00", "Z"}, {"15:04 MST", "10:00 ChST"}, {"15:04 MST", "10:00 WITA"},
		{"_2 Jan 2006", " 9 Sep 2012"}, {"__2 2006", "  9 2012"}, {"002 2006", "009 2012"}, {"06", "68"}, {"06", "69"},
		{"2006-01-02 15:04:05.00", "2021-01-01 10:00:00.1"}, {"2006-01-02 15:04:05.99", "2021-01-01 10:00:00"}, {"5.9", "7,5"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			pe, ok := err.(*time.ParseError)
			println(err.Error(), "|", ok, pe.LayoutElem, "|", printable(pe.ValueElem))
		} else {
			println(t.String())
		}
	}
	println(time.Month(13).String(), time.Weekday(-1).String(), time.Month(0).String(), time.Saturday.String(), time.August.String())
	println(time.Date(2021, 1, 2, 3, 4, 5, 6, time.UTC).GoString())
	println(time.Date(2021, 1, 2, 3, 4, 5, 6, time.FixedZone("A\"B", 60)).GoString())
	println(time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006 06 Z07:00 -07 MST"), time.Date(12345, 1, 1, 0, 0, 0, 0, time.FixedZone("", 5400+7)).Format("2006 06 Z07:00 -07 MST -07:00:00 Z070000"))
	println(time.Date(2021, 1, 1, 0, 0, 0, 0, time.FixedZone("", -5400-7)).Format("2006 06 Z07:00 -07 MST -07:00:00 Z070000 Z07"))
	println(time.Date(2021, 5, 6, 0, 7, 8, 9, time.UTC).Format("Jan January Janu Mon Monday Mond 1 01 2 _2 02 __2 002 3 03 15 4 04 5 05 PM pm MST .0 .00 ,999 .9x _2006 2006_2 06"))
}

// CHECK: parsing time "2021-13-01": month out of range | true 01 | -01
// CHECK-NEXT: parsing time "2021-02-30": day out of range | true  |
// CHECK-NEXT: parsing time "2021-1-01" as "2006-01-02": cannot parse "1-01" as "01" | true 01 | 1-01
// CHECK-NEXT: parsing time "2021-01-01x": extra text: "x" | true  | x
// CHECK-NEXT: parsing time "2021-01-01 25:00": hour out of range | true 15 | :00
// CHECK-NEXT: parsing time "10:61:00": minute out of range | true 04 | :00
// CHECK-NEXT: parsing time "10:01:60": second out of range | true 05 |
// CHECK-NEXT: parsing time "Foo 2" as "Jan 2": cannot parse "Foo 2" as "Jan" | true Jan | Foo 2
// CHECK-NEXT: 0000-02-02 00:00:00 +0000 UTC
// CHECK-NEXT: parsing time "2021-01-01T00:00:00+0100" as "2006-01-02T15:04:05Z07:00": cannot parse "+0100" as "Z07:00" | true Z07:00 | +0100
// CHECK-NEXT: parsing time "2021 366": day-of-year out of range | true  |
// CHECK-NEXT: 2020-12-31 00:00:00 +0000 UTC
// CHECK-NEXT: parsing time "2020 000": day-of-year out of range | true  |
// CHECK-NEXT: parsing time "2021 032 02-02": day-of-year does not match day | true  |
// CHECK-NEXT: 2021-02-01 00:00:00 +0000 UTC
// CHECK-NEXT: parsing time "2021 032 03-01": day-of-year does not match month | true  |
// CHECK-NEXT: parsing time "13 PM": hour out of range | true 3 |  PM
// CHECK-NEXT: parsing time "3 XM" as "3 PM": cannot parse "" as "PM" | true PM |
// CHECK-NEXT: 0000-01-01 00:00:00 +0000 UTC
// CHECK-NEXT: 0000-01-01 12:00:00 +0000 UTC
// CHECK-NEXT: parsing time "ab" as "MST": cannot parse "ab" as "MST" | true MST | ab
// CHECK-NEXT: 0000-01-01 03:00:00 +0300 GMT+3
// CHECK-NEXT: 0000-01-01 00:00:00 +0000 +03
// CHECK-NEXT: parsing time "ABCD" as "MST": cannot parse "ABCD" as "MST" | true MST | ABCD
// CHECK-NEXT: 0000-01-01 00:00:00 +0000 ABCDT
// CHECK-NEXT: parsing time "ABCDEF" as "MST": cannot parse "ABCDEF" as "MST" | true MST | ABCDEF
// CHECK-NEXT: parsing time "2021-01-0\xff" as "2006-01-02": cannot parse "0\xff" as "02" | true 02 | 0?
// CHECK-NEXT: parsing time "2021-01-0\x0a" as "2006-01-02": cannot parse "0\x0a" as "02" | true 02 | 0?
// CHECK-NEXT: parsing time "21" as "2006": cannot parse "21" as "2006" | true 2006 | 21
// CHECK-NEXT: parsing time "01.12" as "05.000": cannot parse ".12" as ".000" | true .000 | .12
// CHECK-NEXT: parsing time "01.1234": extra text: "4" | true  | 4
// CHECK-NEXT: 0000-01-02 00:00:00 +0000 UTC
// CHECK-NEXT: parsing time "Foo" as "Monday": cannot parse "Foo" as "Monday" | true Monday | Foo
// CHECK-NEXT: parsing time "+1" as "-07": cannot parse "+1" as "-07" | true -07 | +1
// CHECK-NEXT: parsing time "+01:00" as "-0700": cannot parse "0" as "-0700" | true -0700 | 0
// CHECK-NEXT: parsing time "" as "2006-01-02": cannot parse "" as "2006" | true 2006 |
// CHECK-NEXT: 0000-01-01 10:01:05.123 +0000 UTC
// CHECK-NEXT: 0000-01-01 10:01:05.12 +0000 UTC
// CHECK-NEXT: parsing time ".1234": extra text: "4" | true  | 4
// CHECK-NEXT: 2021-02-01 00:00:00 +0000 UTC
// CHECK-NEXT: 0000-02-03 00:00:00 +0000 UTC
// CHECK-NEXT: 0000-02-03 00:00:00 +0000 UTC
// CHECK-NEXT: 0000-02-03 00:00:00 +0000 UTC
// CHECK-NEXT: parsing time "1/2" as "01/02": cannot parse "1/2" as "01" | true 01 | 1/2
// CHECK-NEXT: 0000-11-29 00:00:00 +0000 UTC
// CHECK-NEXT: 0000-01-01 00:00:00 +0102 +0102
// CHECK-NEXT: 0000-01-01 00:00:00 -0102 -0102
// CHECK-NEXT: 2021-07-03 17:00:00 -0700 GMT-7
// CHECK-NEXT: 2021-07-04 00:00:00 +0000 CEST
// CHECK-NEXT: 2021-07-04 00:00:00 +0000 UTC
// CHECK-NEXT: 2021-01-01 23:00:00 +0000 UTC
// CHECK-NEXT: 1999-01-02 15:04:00 +0000 PST
// CHECK-NEXT: parsing time "2021-00-10": month out of range | true 01 | -10
// CHECK-NEXT: parsing time "2021-01-00": day out of range | true  |
// CHECK-NEXT: parsing time "2021-01-01 10:00:00.1234567891": extra text: "1" | true  | 1
// CHECK-NEXT: 0000-01-01 07:00:00 +0000 UTC
// CHECK-NEXT: 0000-01-01 00:00:00 +0000 UTC
// CHECK-NEXT: 2021-07-04 12:00:00 +0000 UTC
// CHECK-NEXT: 2021-07-04 12:00:00.5 +0530 +0530
// CHECK-NEXT: 2021-07-04 12:00:00 +0000 UTC
// CHECK-NEXT: parsing time "2021-01-02 ": extra text: " " | true  |
// CHECK-NEXT: 2021-01-02 00:00:00 +0000 UTC
// CHECK-NEXT: 2021-01-02 00:00:00 +0000 UTC
// CHECK-NEXT: parsing time "January": extra text: "uary" | true  | uary
// CHECK-NEXT: parsing time "Jan" as "January": cannot parse "Jan" as "January" | true January | Jan
// CHECK-NEXT: parsing time "2021/01/02" as "2006-01-02": cannot parse "/01/02" as "-" | true - | /01/02
// CHECK-NEXT: 0000-01-01 00:00:00 +0000 UTC
// CHECK-NEXT: parsing time "z" as "Z0700": cannot parse "z" as "Z0700" | true Z0700 | z
// CHECK-NEXT: parsing time "Z" as "-07:00": cannot parse "Z" as "-07:00" | true -07:00 | Z
// CHECK-NEXT: 0000-01-01 10:00:00 +0000 ChST
// CHECK-NEXT: 0000-01-01 10:00:00 +0000 WITA
// CHECK-NEXT: 2012-09-09 00:00:00 +0000 UTC
// CHECK-NEXT: 2012-01-09 00:00:00 +0000 UTC
// CHECK-NEXT: 2012-01-09 00:00:00 +0000 UTC
// CHECK-NEXT: 2068-01-01 00:00:00 +0000 UTC
// CHECK-NEXT: 1969-01-01 00:00:00 +0000 UTC
// CHECK-NEXT: parsing time "2021-01-01 10:00:00.1" as "2006-01-02 15:04:05.00": cannot parse ".1" as ".00" | true .00 | .1
// CHECK-NEXT: 2021-01-01 10:00:00 +0000 UTC
// CHECK-NEXT: 0000-01-01 00:00:07.5 +0000 UTC
// CHECK-NEXT: %!Month(13) %!Weekday(18446744073709551615) %!Month(0) Saturday August
// CHECK-NEXT: time.Date(2021, time.January, 2, 3, 4, 5, 6, time.UTC)
// CHECK-NEXT: time.Date(2021, time.January, 2, 3, 4, 5, 6, time.Location("A\"B"))
// CHECK-NEXT: -0001 01 Z +00 UTC 12345 45 +01:30 +01 +0130 +01:30:07 +013007
// CHECK-NEXT: 2021 21 -01:30 -01 -0130 -01:30:07 -013007 -01
// CHECK-NEXT: May May Janu Thu Thursday Mond 5 05 6  6 06 126 126 12 12 00 7 07 8 08 AM am UTC .0 .00  x _2021 2021 6 21
