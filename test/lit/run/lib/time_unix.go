// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// time.Time from Unix seconds: Unix/UnixNano/UnixMilli/UnixMicro, Add and Sub,
// normalisation of negative nanoseconds, Round/Truncate, saturating Sub.

package main

import "time"

func main() {
	u := time.Unix(1600000000, 123456789)
	println(u.Unix(), u.UnixNano(), u.UnixMilli(), u.UnixMicro(), u.Nanosecond())
	v := u.Add(1500 * time.Millisecond)
	println(v.Unix(), v.Nanosecond(), v.Sub(u).String(), u.Sub(v).String(), v.After(u), v.Before(u))
	w := time.Unix(-5, -1)
	println(w.Unix(), w.Nanosecond(), w.UnixNano())
	println(time.Unix(1, 0).Equal(time.Unix(0, 1e9)), time.Time{}.IsZero(), u.IsZero())
	println(time.UnixMilli(1500).UnixNano(), time.UnixMicro(-1).UnixNano())
	println(u.Truncate(time.Second).UnixNano(), u.Round(time.Millisecond).UnixNano(), u.Round(time.Hour).Unix())
	println(u.Truncate(7*time.Millisecond).UnixNano(), w.Round(3*time.Second).UnixNano())
	// Far apart instants saturate.
	far := time.Unix(1<<40, 0)
	println(far.Sub(time.Unix(-(1 << 40), 0)).String(), time.Unix(-(1 << 40), 0).Sub(far).String())
	println(u.UTC().Equal(u), u.Location().String(), u.UTC().Location().String())
}

// CHECK: 1600000000 1600000000123456789 1600000000123 1600000000123456 123456789
// CHECK-NEXT: 1600000001 623456789 1.5s -1.5s true false
// CHECK-NEXT: -6 999999999 -5000000001
// CHECK-NEXT: true true false
// CHECK-NEXT: 1500000000 -1000
// CHECK-NEXT: 1600000000000000000 1600000000123000000 1599998400
// CHECK-NEXT: 1600000000120000000 -6000000000
// CHECK-NEXT: 2562047h47m16.854775807s -2562047h47m16.854775808s
// CHECK-NEXT: true Local UTC
