// RUN: %golite build -o %t %s && env TZ=No/Such_Zone %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// An unknown TZ falls back to UTC for time.Local.

package main

import "time"

func main() {
	println(time.Local.String())
	println(time.Unix(1257894000, 0).String())
	println(time.Unix(1257894000, 0).Local().Format(time.RFC3339))
}

// CHECK: UTC
// CHECK-NEXT: 2009-11-10 23:00:00 +0000 UTC
// CHECK-NEXT: 2009-11-10T23:00:00Z
