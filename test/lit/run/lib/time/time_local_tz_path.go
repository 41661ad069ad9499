// RUN: %golite build -o %t %s && env TZ=:/usr/share/zoneinfo/Europe/Berlin %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// TZ=":/absolute/path" loads that file for time.Local and names the
// location after the path.

package main

import "time"

func main() {
	println(time.Local.String())
	t := time.Unix(1257894000, 0)
	println(t.String())
	println(time.Unix(1720000000, 0).Format(time.RFC1123))
	println(time.Date(2021, 3, 28, 2, 30, 0, 0, time.Local).String())
	p, err := time.Parse(time.RFC1123, "Sun, 04 Jul 2021 12:00:00 CEST")
	println(p.String(), p.Location().String(), err == nil)
}

// CHECK: /usr/share/zoneinfo/Europe/Berlin
// CHECK-NEXT: 2009-11-11 00:00:00 +0100 CET
// CHECK-NEXT: Wed, 03 Jul 2024 11:46:40 CEST
// CHECK-NEXT: 2021-03-28 03:30:00 +0200 CEST
// CHECK-NEXT: 2021-07-04 12:00:00 +0200 CEST /usr/share/zoneinfo/Europe/Berlin true
