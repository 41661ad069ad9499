// RUN: %golite build -o %t %s && env TZ=:Europe/London %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// TZ=":name" loads the zoneinfo file of that name for time.Local; Local
// times print their zone, and Parse resolves abbreviations against it.

package main

import "time"

func main() {
	println(time.Local.String())
	for _, u := range []int64{0, 1616893200 - 1, 1616893200, 1635641999, 1635642000, 4102444800, 4118000000} {
		t := time.Unix(u, 0)
		name, off := t.Zone()
		println(t.String(), name, off, t.IsDST())
	}
	p, err := time.Parse("2006-01-02 15:04 MST", "2021-07-01 10:00 BST")
	println(p.String(), p.Location().String(), err == nil)
	p, err = time.Parse("2006-01-02 15:04 -0700", "2021-07-01 10:00 +0100")
	println(p.String(), p.Location().String(), err == nil)
	p, err = time.Parse("2006-01-02 15:04 -0700", "2021-01-01 10:00 +0100")
	println(p.String(), p.Location().String(), err == nil)
	l, err := time.LoadLocation("Local")
	println(l == time.Local, err == nil, time.Date(2021, 6, 1, 0, 0, 0, 0, time.Local).Format(time.RFC1123))
}

// CHECK: Europe/London
// CHECK-NEXT: 1970-01-01 01:00:00 +0100 BST BST 3600 false
// CHECK-NEXT: 2021-03-28 00:59:59 +0000 GMT GMT 0 false
// CHECK-NEXT: 2021-03-28 02:00:00 +0100 BST BST 3600 true
// CHECK-NEXT: 2021-10-31 01:59:59 +0100 BST BST 3600 true
// CHECK-NEXT: 2021-10-31 01:00:00 +0000 GMT GMT 0 false
// CHECK-NEXT: 2100-01-01 00:00:00 +0000 GMT GMT 0 false
// CHECK-NEXT: 2100-06-30 01:53:20 +0100 BST BST 3600 true
// CHECK-NEXT: 2021-07-01 10:00:00 +0100 BST Europe/London true
// CHECK-NEXT: 2021-07-01 10:00:00 +0100 BST Europe/London true
// CHECK-NEXT: 2021-01-01 10:00:00 +0100 +0100  true
// CHECK-NEXT: true true Tue, 01 Jun 2021 00:00:00 BST
