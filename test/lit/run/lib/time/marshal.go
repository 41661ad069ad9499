// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Time's binary, text and JSON encodings: the bytes, round trips in UTC,
// fixed and unnamed zones (with an offset that has seconds), and the
// errors for bad input and years outside RFC 3339.

package main

import "time"

const hex = "0123456789abcdef"

func dump(b []byte) string {
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, hex[c>>4], hex[c&15])
	}
	return string(out)
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	for _, t := range []time.Time{
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2021, time.July, 4, 12, 30, 15, 123456789, time.FixedZone("EDT", -4*3600)),
		time.Date(1900, time.January, 1, 0, 0, 0, 5, time.FixedZone("", 5*3600+30*60+7)),
		time.Time{},
		time.Date(-3, time.May, 1, 0, 0, 0, 0, time.UTC),
		time.Date(10000, time.May, 1, 0, 0, 0, 0, time.UTC),
	} {
		b, err := t.MarshalBinary()
		var back time.Time
		uerr := back.UnmarshalBinary(b)
		println(t.String(), "|", dump(b), errs(err), "|", back.String(), back.Equal(t), errs(uerr))
		txt, err := t.MarshalText()
		println(string(txt), errs(err))
		js, err := t.MarshalJSON()
		println(string(js), errs(err))
		if err == nil {
			var j time.Time
			err = j.UnmarshalJSON(js)
			println(j.String(), j.Equal(t), errs(err))
		}
	}
	var t time.Time
	println(errs(t.UnmarshalBinary(nil)), "|", errs(t.UnmarshalBinary([]byte{3})), "|", errs(t.UnmarshalBinary([]byte{1, 2})))
	println(errs(t.UnmarshalJSON([]byte("null"))), t.IsZero())
	println(errs(t.UnmarshalJSON([]byte(`"2021-13-01T00:00:00Z"`))))
	println(errs(t.UnmarshalText([]byte("2021-02-03T04:05:06.7+01:00"))), t.String())
	println(errs(t.UnmarshalText([]byte("yesterday"))))
}

// CHECK: 2009-11-10 23:00:00 +0000 UTC | 010000000ec28be77000000000ffff <nil> | 2009-11-10 23:00:00 +0000 UTC true <nil>
// CHECK-NEXT: 2009-11-10T23:00:00Z <nil>
// CHECK-NEXT: "2009-11-10T23:00:00Z" <nil>
// CHECK-NEXT: 2009-11-10 23:00:00 +0000 UTC true <nil>
// CHECK-NEXT: 2021-07-04 12:30:15.123456789 -0400 EDT | 010000000ed873d917075bcd15ff10 <nil> | 2021-07-04 12:30:15.123456789 -0400 -0400 true <nil>
// CHECK-NEXT: 2021-07-04T12:30:15.123456789-04:00 <nil>
// CHECK-NEXT: "2021-07-04T12:30:15.123456789-04:00" <nil>
// CHECK-NEXT: 2021-07-04 12:30:15.123456789 -0400 -0400 true <nil>
// CHECK-NEXT: 1900-01-01 00:00:00.000000005 +0530 +0530 | 020000000df3e72b2100000005014a07 <nil> | 1900-01-01 00:00:00.000000005 +0530 +0530 true <nil>
// CHECK-NEXT: 1900-01-01T00:00:00.000000005+05:30 <nil>
// CHECK-NEXT: "1900-01-01T00:00:00.000000005+05:30" <nil>
// CHECK-NEXT: 1900-01-01 00:00:00.000000005 +0530 +0530 false <nil>
// CHECK-NEXT: 0001-01-01 00:00:00 +0000 UTC | 01000000000000000000000000ffff <nil> | 0001-01-01 00:00:00 +0000 UTC true <nil>
// CHECK-NEXT: 0001-01-01T00:00:00Z <nil>
// CHECK-NEXT: "0001-01-01T00:00:00Z" <nil>
// CHECK-NEXT: 0001-01-01 00:00:00 +0000 UTC true <nil>
// CHECK-NEXT: -0003-05-01 00:00:00 +0000 UTC | 01fffffffff918148000000000ffff <nil> | -0003-05-01 00:00:00 +0000 UTC true <nil>
// CHECK-NEXT:  Time.MarshalText: year outside of range [0,9999]
// CHECK-NEXT:  Time.MarshalJSON: year outside of range [0,9999]
// CHECK-NEXT: 10000-05-01 00:00:00 +0000 UTC | 01000000497825be0000000000ffff <nil> | 10000-05-01 00:00:00 +0000 UTC true <nil>
// CHECK-NEXT:  Time.MarshalText: year outside of range [0,9999]
// CHECK-NEXT:  Time.MarshalJSON: year outside of range [0,9999]
// CHECK-NEXT: Time.UnmarshalBinary: no data | Time.UnmarshalBinary: unsupported version | Time.UnmarshalBinary: invalid length
// CHECK-NEXT: <nil> true
// CHECK-NEXT: parsing time "\"2021-13-01T00:00:00Z\"": month out of range
// CHECK-NEXT: <nil> 2021-02-03 04:05:06.7 +0100 +0100
// CHECK-NEXT: parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"
