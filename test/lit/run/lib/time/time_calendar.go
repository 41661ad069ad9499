// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The calendar of package time: Date's normalization, the field
// accessors, ISOWeek, YearDay, AddDate, Truncate/Round, Month and Weekday.

package main

import "time"

func show(t time.Time) {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	iy, iw := t.ISOWeek()
	println(t.String(), "|", y, m.String(), d, hh, mm, ss, "|", t.Year(), int(t.Month()), t.Day(),
		t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), "|", t.Weekday().String(), t.YearDay(),
		"| iso", iy, iw, "| unix", t.Unix())
}

func main() {
	show(time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC))
	show(time.Date(2000, time.February, 29, 0, 0, 0, 0, time.UTC))
	show(time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(0, time.December, 31, 23, 59, 59, 999999999, time.UTC))
	show(time.Date(-1000, time.June, 15, 12, 0, 0, 0, time.UTC))
	show(time.Date(1969, time.December, 31, 23, 59, 59, 0, time.UTC))
	show(time.Date(2262, time.April, 11, 23, 47, 16, 854775807, time.UTC))
	// Normalization.
	show(time.Date(2011, time.October, 32, 0, 0, 0, 0, time.UTC))
	show(time.Date(2011, 14, -3, 25, 61, -1, -1, time.UTC))
	show(time.Date(2011, 0, 0, 0, 0, 0, 0, time.UTC))
	show(time.Date(2011, -13, 400, 0, 0, 0, 3000000000, time.UTC))
	show(time.Date(2023, time.January, 1, 0, 0, 0, 0, time.FixedZone("X", 13*3600)))
	// ISO weeks around the new year.
	for _, d := range []int{26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37} {
		for _, y := range []int{2004, 2008, 2009, 2010, 2020, 2021} {
			t := time.Date(y, time.December, d, 12, 0, 0, 0, time.UTC)
			iy, iw := t.ISOWeek()
			print(t.Format("2006-01-02 Mon"), " ", iy, "-W", iw, "; ")
		}
		println()
	}
	// AddDate.
	base := time.Date(2011, time.January, 31, 10, 20, 30, 40, time.UTC)
	println(base.AddDate(0, 1, 0).String())
	println(base.AddDate(-1, 2, 3).String())
	println(base.AddDate(1, -13, -31).String())
	println(time.Date(2012, time.February, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0).String())
	// Truncate and Round.
	t := time.Date(2012, time.December, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second,
		2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 7 * time.Hour, 24 * time.Hour, 0, -1} {
		println(d.String(), t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
	}
	old := time.Date(-500, time.May, 5, 5, 5, 5, 500000000, time.UTC)
	println(old.Round(time.Second).String(), old.Truncate(time.Hour).String())
	// Comparisons.
	a := time.Date(2020, 1, 1, 12, 0, 0, 0, time.UTC)
	b := time.Date(2020, 1, 1, 7, 0, 0, 0, time.FixedZone("EST", -5*3600))
	println(a.Equal(b), a == b, a.Before(b), a.After(b), b.Sub(a).String(), a.IsZero(), time.Time{}.IsZero())
	// Month and Weekday names, in and out of range.
	for m := time.Month(-1); m <= 14; m++ {
		print(m.String(), " ")
	}
	println()
	for d := time.Weekday(-1); d <= 8; d++ {
		print(d.String(), " ")
	}
	println()
	println(time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC).GoString())
	println(time.Date(2009, 11, 10, 23, 0, 0, 5, time.FixedZone("Z", 3600)).GoString())
}

// CHECK: 2009-11-10 23:00:00 +0000 UTC | 2009 November 10 23 0 0 | 2009 11 10 23 0 0 0 | Tuesday 314 | iso 2009 46 | unix 1257894000
// CHECK-NEXT: 2000-02-29 00:00:00 +0000 UTC | 2000 February 29 0 0 0 | 2000 2 29 0 0 0 0 | Tuesday 60 | iso 2000 9 | unix 951782400
// CHECK-NEXT: 1900-03-01 00:00:00 +0000 UTC | 1900 March 1 0 0 0 | 1900 3 1 0 0 0 0 | Thursday 60 | iso 1900 9 | unix -2203891200
// CHECK-NEXT: 0001-01-01 00:00:00 +0000 UTC | 1 January 1 0 0 0 | 1 1 1 0 0 0 0 | Monday 1 | iso 1 1 | unix -62135596800
// CHECK-NEXT: 0000-12-31 23:59:59.999999999 +0000 UTC | 0 December 31 23 59 59 | 0 12 31 23 59 59 999999999 | Sunday 366 | iso 0 52 | unix -62135596801
// CHECK-NEXT: -1000-06-15 12:00:00 +0000 UTC | -1000 June 15 12 0 0 | -1000 6 15 12 0 0 0 | Sunday 166 | iso -1000 24 | unix -93709828800
// CHECK-NEXT: 1969-12-31 23:59:59 +0000 UTC | 1969 December 31 23 59 59 | 1969 12 31 23 59 59 0 | Wednesday 365 | iso 1970 1 | unix -1
// CHECK-NEXT: 2262-04-11 23:47:16.854775807 +0000 UTC | 2262 April 11 23 47 16 | 2262 4 11 23 47 16 854775807 | Friday 101 | iso 2262 15 | unix 9223372036
// CHECK-NEXT: 2011-11-01 00:00:00 +0000 UTC | 2011 November 1 0 0 0 | 2011 11 1 0 0 0 0 | Tuesday 305 | iso 2011 44 | unix 1320105600
// CHECK-NEXT: 2012-01-29 02:00:58.999999999 +0000 UTC | 2012 January 29 2 0 58 | 2012 1 29 2 0 58 999999999 | Sunday 29 | iso 2012 4 | unix 1327802458
// CHECK-NEXT: 2010-11-30 00:00:00 +0000 UTC | 2010 November 30 0 0 0 | 2010 11 30 0 0 0 0 | Tuesday 334 | iso 2010 48 | unix 1291075200
// CHECK-NEXT: 2010-12-05 00:00:03 +0000 UTC | 2010 December 5 0 0 3 | 2010 12 5 0 0 3 0 | Sunday 339 | iso 2010 48 | unix 1291507203
// CHECK-NEXT: 2023-01-01 00:00:00 +1300 X | 2023 January 1 0 0 0 | 2023 1 1 0 0 0 0 | Sunday 1 | iso 2022 52 | unix 1672484400
// CHECK-NEXT: 2004-12-26 Sun 2004-W52; 2008-12-26 Fri 2008-W52; 2009-12-26 Sat 2009-W52; 2010-12-26 Sun 2010-W51; 2020-12-26 Sat 2020-W52; 2021-12-26 Sun 2021-W51; 
// CHECK-NEXT: 2004-12-27 Mon 2004-W53; 2008-12-27 Sat 2008-W52; 2009-12-27 Sun 2009-W52; 2010-12-27 Mon 2010-W52; 2020-12-27 Sun 2020-W52; 2021-12-27 Mon 2021-W52; 
// CHECK-NEXT: 2004-12-28 Tue 2004-W53; 2008-12-28 Sun 2008-W52; 2009-12-28 Mon 2009-W53; 2010-12-28 Tue 2010-W52; 2020-12-28 Mon 2020-W53; 2021-12-28 Tue 2021-W52; 
// CHECK-NEXT: 2004-12-29 Wed 2004-W53; 2008-12-29 Mon 2009-W1; 2009-12-29 Tue 2009-W53; 2010-12-29 Wed 2010-W52; 2020-12-29 Tue 2020-W53; 2021-12-29 Wed 2021-W52; 
// CHECK-NEXT: 2004-12-30 Thu 2004-W53; 2008-12-30 Tue 2009-W1; 2009-12-30 Wed 2009-W53; 2010-12-30 Thu 2010-W52; 2020-12-30 Wed 2020-W53; 2021-12-30 Thu 2021-W52; 
// CHECK-NEXT: 2004-12-31 Fri 2004-W53; 2008-12-31 Wed 2009-W1; 2009-12-31 Thu 2009-W53; 2010-12-31 Fri 2010-W52; 2020-12-31 Thu 2020-W53; 2021-12-31 Fri 2021-W52; 
// CHECK-NEXT: 2005-01-01 Sat 2004-W53; 2009-01-01 Thu 2009-W1; 2010-01-01 Fri 2009-W53; 2011-01-01 Sat 2010-W52; 2021-01-01 Fri 2020-W53; 2022-01-01 Sat 2021-W52; 
// CHECK-NEXT: 2005-01-02 Sun 2004-W53; 2009-01-02 Fri 2009-W1; 2010-01-02 Sat 2009-W53; 2011-01-02 Sun 2010-W52; 2021-01-02 Sat 2020-W53; 2022-01-02 Sun 2021-W52; 
// CHECK-NEXT: 2005-01-03 Mon 2005-W1; 2009-01-03 Sat 2009-W1; 2010-01-03 Sun 2009-W53; 2011-01-03 Mon 2011-W1; 2021-01-03 Sun 2020-W53; 2022-01-03 Mon 2022-W1; 
// CHECK-NEXT: 2005-01-04 Tue 2005-W1; 2009-01-04 Sun 2009-W1; 2010-01-04 Mon 2010-W1; 2011-01-04 Tue 2011-W1; 2021-01-04 Mon 2021-W1; 2022-01-04 Tue 2022-W1; 
// CHECK-NEXT: 2005-01-05 Wed 2005-W1; 2009-01-05 Mon 2009-W2; 2010-01-05 Tue 2010-W1; 2011-01-05 Wed 2011-W1; 2021-01-05 Tue 2021-W1; 2022-01-05 Wed 2022-W1; 
// CHECK-NEXT: 2005-01-06 Thu 2005-W1; 2009-01-06 Tue 2009-W2; 2010-01-06 Wed 2010-W1; 2011-01-06 Thu 2011-W1; 2021-01-06 Wed 2021-W1; 2022-01-06 Thu 2022-W1; 
// CHECK-NEXT: 2011-03-03 10:20:30.00000004 +0000 UTC
// CHECK-NEXT: 2010-04-03 10:20:30.00000004 +0000 UTC
// CHECK-NEXT: 2010-11-30 10:20:30.00000004 +0000 UTC
// CHECK-NEXT: 2013-03-01 00:00:00 +0000 UTC
// CHECK-NEXT: 1ns 2012-12-07T12:15:30.918273645Z 2012-12-07T12:15:30.918273645Z
// CHECK-NEXT: 1µs 2012-12-07T12:15:30.918273Z 2012-12-07T12:15:30.918274Z
// CHECK-NEXT: 1ms 2012-12-07T12:15:30.918Z 2012-12-07T12:15:30.918Z
// CHECK-NEXT: 1s 2012-12-07T12:15:30Z 2012-12-07T12:15:31Z
// CHECK-NEXT: 2s 2012-12-07T12:15:30Z 2012-12-07T12:15:30Z
// CHECK-NEXT: 1m0s 2012-12-07T12:15:00Z 2012-12-07T12:16:00Z
// CHECK-NEXT: 10m0s 2012-12-07T12:10:00Z 2012-12-07T12:20:00Z
// CHECK-NEXT: 1h0m0s 2012-12-07T12:00:00Z 2012-12-07T12:00:00Z
// CHECK-NEXT: 7h0m0s 2012-12-07T09:00:00Z 2012-12-07T09:00:00Z
// CHECK-NEXT: 24h0m0s 2012-12-07T00:00:00Z 2012-12-08T00:00:00Z
// CHECK-NEXT: 0s 2012-12-07T12:15:30.918273645Z 2012-12-07T12:15:30.918273645Z
// CHECK-NEXT: -1ns 2012-12-07T12:15:30.918273645Z 2012-12-07T12:15:30.918273645Z
// CHECK-NEXT: -0500-05-05 05:05:06 +0000 UTC -0500-05-05 05:00:00 +0000 UTC
// CHECK-NEXT: true false false false 0s false true
// CHECK-NEXT: %!Month(18446744073709551615) %!Month(0) January February March April May June July August September October November December %!Month(13) %!Month(14) 
// CHECK-NEXT: %!Weekday(18446744073709551615) Sunday Monday Tuesday Wednesday Thursday Friday Saturday %!Weekday(7) %!Weekday(8) 
// CHECK-NEXT: time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
// CHECK-NEXT: time.Date(2009, time.November, 10, 23, 0, 0, 5, time.Location("Z"))
