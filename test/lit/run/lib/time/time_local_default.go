// RUN: %golite build -o %t %s && env -u TZ %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Without TZ, time.Local comes from /etc/localtime and is named "Local"
// (only the name is checked: the zone depends on the machine).

package main

import "time"

func main() {
	println(time.Local.String())
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.Local)
	println(t.Location().String(), t.Equal(time.Unix(t.Unix(), 0)))
	_, off := t.Zone()
	println(t.Add(time.Duration(off)*time.Second).UTC().Format("2006-01-02 15:04:05"))
}

// CHECK: Local
// CHECK-NEXT: Local true
// CHECK-NEXT: 2009-11-10 23:00:00
