// RUN: %golite build -o %t %s && env TZ= %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// TZ="" means UTC for time.Local; an explicit location still works.

package main

import "time"

func main() {
	println(time.Local.String())
	t := time.Unix(1257894000, 0)
	println(t.String(), t.Location().String())
	n, off := t.Zone()
	println(n, off)
	println(time.Date(2021, 7, 4, 12, 0, 0, 0, time.Local).Format(time.RFC1123Z))
}

// CHECK: UTC
// CHECK-NEXT: 2009-11-10 23:00:00 +0000 UTC UTC
// CHECK-NEXT: UTC 0
// CHECK-NEXT: Sun, 04 Jul 2021 12:00:00 +0000
