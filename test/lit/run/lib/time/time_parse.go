// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// time.Parse and ParseInLocation: layouts, fractional seconds, zones, and
// Go's *ParseError texts.

package main

import "time"

func try(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		_, isParseErr := err.(*time.ParseError)
		println("error:", err.Error(), isParseErr)
		return
	}
	name, off := t.Zone()
	println(t.String(), "|", name, off, "|", t.UnixNano())
}

func main() {
	try(time.RFC3339, "2009-11-10T23:00:00Z")
	try(time.RFC3339, "2009-11-10T23:00:00+05:30")
	try(time.RFC3339, "2009-11-10T23:00:00.123-07:00")
	try(time.RFC3339Nano, "2009-11-10T23:00:00.123456789Z")
	try(time.RFC3339Nano, "2009-11-10T23:00:00Z")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 PST")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT+3")
	try(time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -0800")
	try(time.RFC850, "Tuesday, 10-Nov-09 23:00:00 CEST")
	try(time.RFC822, "10 Nov 69 23:00 UTC")
	try(time.RFC822, "10 Nov 68 23:00 UTC")
	try(time.ANSIC, "Tue Nov  3 23:00:00 2009")
	try(time.UnixDate, "Tue Nov 10 23:00:00 +03 2009")
	try(time.RubyDate, "Tue Nov 10 23:00:00 +0100 2009")
	try(time.Kitchen, "3:04PM")
	try(time.Kitchen, "12:00AM")
	try(time.Kitchen, "12:30PM")
	try("3:04pm", "11:59am")
	try(time.StampMicro, "Feb  3 04:05:06.000007")
	try("2006-01-02 15:04:05", "2023-06-01 12:34:56.789")
	try("2006-01-02 15:04:05", "2023-06-01 12:34:56,789")
	try("2006-01-02 15:04:05.000", "2023-06-01 12:34:56.7")
	try("2006-01-02 15:04:05,000", "2023-06-01 12:34:56,789")
	try("2006-01-02 15:04:05.999", "2023-06-01 12:34:56")
	try("2006-01-02 15:04:05.999", "2023-06-01 12:34:56.123456789123")
	try("2006 002", "2020 366")
	try("2006 __2", "2021  60")
	try("2006 002 Jan 2", "2020 060 Feb 29")
	try("2006 002 Jan", "2020 060 Mar")
	try("2006 002 2", "2020 060 28")
	try("2006 002", "2021 366")
	try("2006 002", "2021 000")
	try("January 2, 2006", "february 28, 2010")
	try("Jan _2 2006", "Mar  7 2010")
	try("2006-01-02T15:04:05Z0700", "2010-02-04T21:00:57-0800")
	try("2006-01-02T15:04:05Z07", "2010-02-04T21:00:57+08")
	try("2006-01-02T15:04:05Z070000", "2010-02-04T21:00:57-080011")
	try("2006-01-02T15:04:05-07:00:00", "2010-02-04T21:00:57+08:00:11")
	try("Mon 2006", "Thu 2010")
	try("Monday 2006", "Thursday 2010")
	// Errors.
	try("2006-01-02", "x")
	try("2006-01-02", "2006-13-02")
	try("2006-01-02", "2006-02-30")
	try("2006-01-02", "2006-1-02")
	try("2006-01-02", "2006-01-02 extra")
	try("2006-01-02", "2006-01")
	try("15:04:05", "25:00:00")
	try("15:04:05", "23:60:00")
	try("15:04:05", "23:59:60")
	try("3:04PM", "13:00PM")
	try("3:04PM", "11:00XM")
	try(time.RFC3339, "2009-11-10T23:00:00")
	try(time.RFC3339, "2009-11-10T23:00:00+0530")
	try(time.RFC3339, "2009-11-10 23:00:00Z")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 pst")
	try("Jan", "Foo")
	try("Mon", "Fun")
	try("2006-01-02 15:04:05.000", "2023-06-01 12:34:56.78")
	try("2006", "\xff\"quote\\ \t")
	try("06", "1")
	try("2006 Mon", "2006 Mond")
	// ParseInLocation with a fixed zone.
	loc := time.FixedZone("XYZ", -3*3600)
	t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2020-05-06 07:08 XYZ", loc)
	println(t.String(), err == nil)
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2020-05-06 07:08 -0300", loc)
	println(t.String(), t.Location().String(), err == nil)
	t, err = time.ParseInLocation("2006-01-02 15:04", "2020-05-06 07:08", loc)
	println(t.String(), err == nil)
	pe := &time.ParseError{Layout: "L", Value: "V", LayoutElem: "LE", ValueElem: "VE"}
	println(pe.Error())
	pe.Message = ": custom"
	println(pe.Error())
}

// CHECK: 2009-11-10 23:00:00 +0000 UTC | UTC 0 | 1257894000000000000
// CHECK-NEXT: 2009-11-10 23:00:00 +0530 +0530 |  19800 | 1257874200000000000
// CHECK-NEXT: 2009-11-10 23:00:00.123 -0700 -0700 |  -25200 | 1257919200123000000
// CHECK-NEXT: 2009-11-10 23:00:00.123456789 +0000 UTC | UTC 0 | 1257894000123456789
// CHECK-NEXT: 2009-11-10 23:00:00 +0000 UTC | UTC 0 | 1257894000000000000
// CHECK-NEXT: 2009-11-10 23:00:00 +0000 UTC | UTC 0 | 1257894000000000000
// CHECK-NEXT: 2009-11-10 23:00:00 +0000 PST | PST 0 | 1257894000000000000
// CHECK-NEXT: 2009-11-11 02:00:00 +0300 GMT+3 | GMT+3 10800 | 1257894000000000000
// CHECK-NEXT: 2009-11-10 23:00:00 -0800 -0800 |  -28800 | 1257922800000000000
// CHECK-NEXT: 2009-11-10 23:00:00 +0000 CEST | CEST 0 | 1257894000000000000
// CHECK-NEXT: 1969-11-10 23:00:00 +0000 UTC | UTC 0 | -4410000000000000
// CHECK-NEXT: 2068-11-10 23:00:00 +0000 UTC | UTC 0 | 3119814000000000000
// CHECK-NEXT: 2009-11-03 23:00:00 +0000 UTC | UTC 0 | 1257289200000000000
// CHECK-NEXT: 2009-11-10 23:00:00 +0000 +03 | +03 0 | 1257894000000000000
// CHECK-NEXT: 2009-11-10 23:00:00 +0100 +0100 |  3600 | 1257890400000000000
// CHECK-NEXT: 0000-01-01 15:04:00 +0000 UTC | UTC 0 | -6826932738871345152
// CHECK-NEXT: 0000-01-01 00:00:00 +0000 UTC | UTC 0 | -6826986978871345152
// CHECK-NEXT: 0000-01-01 12:30:00 +0000 UTC | UTC 0 | -6826941978871345152
// CHECK-NEXT: 0000-01-01 11:59:00 +0000 UTC | UTC 0 | -6826943838871345152
// CHECK-NEXT: 0000-02-03 04:05:06.000007 +0000 UTC | UTC 0 | -6824121072871338152
// CHECK-NEXT: 2023-06-01 12:34:56.789 +0000 UTC | UTC 0 | 1685622896789000000
// CHECK-NEXT: 2023-06-01 12:34:56.789 +0000 UTC | UTC 0 | 1685622896789000000
// CHECK-NEXT: error: parsing time "2023-06-01 12:34:56.7" as "2006-01-02 15:04:05.000": cannot parse ".7" as ".000" true
// CHECK-NEXT: 2023-06-01 12:34:56.789 +0000 UTC | UTC 0 | 1685622896789000000
// CHECK-NEXT: 2023-06-01 12:34:56 +0000 UTC | UTC 0 | 1685622896000000000
// CHECK-NEXT: error: parsing time "2023-06-01 12:34:56.123456789123": extra text: "123" true
// CHECK-NEXT: 2020-12-31 00:00:00 +0000 UTC | UTC 0 | 1609372800000000000
// CHECK-NEXT: 2021-03-01 00:00:00 +0000 UTC | UTC 0 | 1614556800000000000
// CHECK-NEXT: 2020-02-29 00:00:00 +0000 UTC | UTC 0 | 1582934400000000000
// CHECK-NEXT: error: parsing time "2020 060 Mar": day-of-year does not match month true
// CHECK-NEXT: error: parsing time "2020 060 28": day-of-year does not match day true
// CHECK-NEXT: error: parsing time "2021 366": day-of-year out of range true
// CHECK-NEXT: error: parsing time "2021 000": day-of-year out of range true
// CHECK-NEXT: 2010-02-28 00:00:00 +0000 UTC | UTC 0 | 1267315200000000000
// CHECK-NEXT: 2010-03-07 00:00:00 +0000 UTC | UTC 0 | 1267920000000000000
// CHECK-NEXT: 2010-02-04 21:00:57 -0800 -0800 |  -28800 | 1265346057000000000
// CHECK-NEXT: 2010-02-04 21:00:57 +0800 +0800 |  28800 | 1265288457000000000
// CHECK-NEXT: 2010-02-04 21:00:57 -0800 -0800 |  -28811 | 1265346068000000000
// CHECK-NEXT: 2010-02-04 21:00:57 +0800 +0800 |  28811 | 1265288446000000000
// CHECK-NEXT: 2010-01-01 00:00:00 +0000 UTC | UTC 0 | 1262304000000000000
// CHECK-NEXT: 2010-01-01 00:00:00 +0000 UTC | UTC 0 | 1262304000000000000
// CHECK-NEXT: error: parsing time "x" as "2006-01-02": cannot parse "x" as "2006" true
// CHECK-NEXT: error: parsing time "2006-13-02": month out of range true
// CHECK-NEXT: error: parsing time "2006-02-30": day out of range true
// CHECK-NEXT: error: parsing time "2006-1-02" as "2006-01-02": cannot parse "1-02" as "01" true
// CHECK-NEXT: error: parsing time "2006-01-02 extra": extra text: " extra" true
// CHECK-NEXT: error: parsing time "2006-01" as "2006-01-02": cannot parse "" as "-" true
// CHECK-NEXT: error: parsing time "25:00:00": hour out of range true
// CHECK-NEXT: error: parsing time "23:60:00": minute out of range true
// CHECK-NEXT: error: parsing time "23:59:60": second out of range true
// CHECK-NEXT: error: parsing time "13:00PM": hour out of range true
// CHECK-NEXT: error: parsing time "11:00XM" as "3:04PM": cannot parse "" as "PM" true
// CHECK-NEXT: error: parsing time "2009-11-10T23:00:00" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00" true
// CHECK-NEXT: error: parsing time "2009-11-10T23:00:00+0530" as "2006-01-02T15:04:05Z07:00": cannot parse "+0530" as "Z07:00" true
// CHECK-NEXT: error: parsing time "2009-11-10 23:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse " 23:00:00Z" as "T" true
// CHECK-NEXT: error: parsing time "Tue, 10 Nov 2009 23:00:00 pst" as "Mon, 02 Jan 2006 15:04:05 MST": cannot parse "pst" as "MST" true
// CHECK-NEXT: error: parsing time "Foo" as "Jan": cannot parse "Foo" as "Jan" true
// CHECK-NEXT: error: parsing time "Fun" as "Mon": cannot parse "Fun" as "Mon" true
// CHECK-NEXT: error: parsing time "2023-06-01 12:34:56.78" as "2006-01-02 15:04:05.000": cannot parse ".78" as ".000" true
// CHECK-NEXT: error: parsing time "\xff\"quote\\ \x09" as "2006": cannot parse "\xff\"quote\\ \x09" as "2006" true
// CHECK-NEXT: error: parsing time "1" as "06": cannot parse "1" as "06" true
// CHECK-NEXT: error: parsing time "2006 Mond": extra text: "d" true
// CHECK-NEXT: 2020-05-06 07:08:00 -0300 XYZ true
// CHECK-NEXT: 2020-05-06 07:08:00 -0300 XYZ XYZ true
// CHECK-NEXT: 2020-05-06 07:08:00 -0300 XYZ true
// CHECK-NEXT: parsing time "V" as "L": cannot parse "VE" as "LE"
// CHECK-NEXT: parsing time "V": custom
