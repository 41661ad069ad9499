// RUN: %golite build -o %t %s && env TZ=America/New_York %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// time.Local from the TZ environment variable (a zoneinfo name), and the
// monotonic suffix of Time.String for time.Now.

package main

import "time"

// index returns the index of the first sub in s, or -1.
func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func main() {
	println(time.Local.String())
	t := time.Unix(1257894000, 0)
	println(t.String(), t.Location().String())
	println(t.Local().String(), t.UTC().String())
	println(time.Date(2021, 7, 4, 12, 0, 0, 0, time.Local).String())
	p, err := time.Parse(time.RFC1123, "Sun, 04 Jul 2021 12:00:00 EDT")
	println(p.String(), p.Location().String(), err == nil)
	p, err = time.Parse(time.RFC3339, "2021-01-04T12:00:00-05:00")
	println(p.String(), p.Location().String(), err == nil)
	now := time.Now()
	s := now.String()
	i := index(s, " m=+")
	println(i > 0, index(now.Round(0).String(), now.Round(0).Format(" -0700 MST")) > 0)
	println(s[:i] == now.Round(0).String(), s[i:i+6] == " m=+0.")
	println(index(now.Add(time.Hour).String(), " m=+3600.") > 0, index(now.UTC().String(), "m=") < 0)
}

// CHECK: America/New_York
// CHECK-NEXT: 2009-11-10 18:00:00 -0500 EST America/New_York
// CHECK-NEXT: 2009-11-10 18:00:00 -0500 EST 2009-11-10 23:00:00 +0000 UTC
// CHECK-NEXT: 2021-07-04 12:00:00 -0400 EDT
// CHECK-NEXT: 2021-07-04 12:00:00 -0400 EDT America/New_York true
// CHECK-NEXT: 2021-01-04 12:00:00 -0500 EST America/New_York true
// CHECK-NEXT: true true
// CHECK-NEXT: true true
// CHECK-NEXT: true true
