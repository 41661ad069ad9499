// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Parse's leniencies, as Go 1.19 has them: a bare fraction where the
// seconds should be, signs inside numeric zones and two-digit years,
// zone offsets without range checks, and where ValueElem points after
// a failed element.

package main

import "time"

func show(l, v string) {
	t, err := time.Parse(l, v)
	if err != nil {
		pe := err.(*time.ParseError)
		println(l, "|", v, "=>", err.Error(), "|", pe.LayoutElem, "|", pe.ValueElem)
	} else {
		println(l, "|", v, "=>", t.String())
	}
}

func main() {
	for _, v := range []string{"08:43:.42", "08:43:.", "08:43:x", "08:43:.x", "08:43:,5", "08:43:.42x", "08:43:5.5", "08:43:05.-5", "08:43:.4.5", "08:43:.123456789123"} {
		show("15:04:05", v)
		show("15:04:5", v)
	}
	show("15:04:.000", "08:43:.42")
	show("15:04:05.000", "08:43:.42")
	show("15:04:05.000", "08:43:.420")
	show("15 04", "08 .5")
	show("15 4", "08 .5")
	show("15:04 06", "08:43 -1")
	show("15:04 06", "08:43 +5")
	show("15:04 2006", "08:43 +500")
	show("-0700", "+-100")
	show("-0700", "++100")
	show("-07:00", "+2:-0")
	show("-07", "+25")
	show("-0700", "+2599")
	show("-070000", "+010099")
	show("Z07", "+-1")
	show("Jan 2 06", "Feb -3 21")
}

// CHECK: 15:04:05 | 08:43:.42 => 0000-01-01 08:43:00.42 +0000 UTC
// CHECK-NEXT: 15:04:5 | 08:43:.42 => 0000-01-01 08:43:00.42 +0000 UTC
// CHECK-NEXT: 15:04:05 | 08:43:. => parsing time "08:43:." as "15:04:05": cannot parse "." as "05" | 05 | .
// CHECK-NEXT: 15:04:5 | 08:43:. => parsing time "08:43:." as "15:04:5": cannot parse "." as "5" | 5 | .
// CHECK-NEXT: 15:04:05 | 08:43:x => parsing time "08:43:x" as "15:04:05": cannot parse "x" as "05" | 05 | x
// CHECK-NEXT: 15:04:5 | 08:43:x => parsing time "08:43:x" as "15:04:5": cannot parse "x" as "5" | 5 | x
// CHECK-NEXT: 15:04:05 | 08:43:.x => parsing time "08:43:.x" as "15:04:05": cannot parse ".x" as "05" | 05 | .x
// CHECK-NEXT: 15:04:5 | 08:43:.x => parsing time "08:43:.x" as "15:04:5": cannot parse ".x" as "5" | 5 | .x
// CHECK-NEXT: 15:04:05 | 08:43:,5 => 0000-01-01 08:43:00.5 +0000 UTC
// CHECK-NEXT: 15:04:5 | 08:43:,5 => 0000-01-01 08:43:00.5 +0000 UTC
// CHECK-NEXT: 15:04:05 | 08:43:.42x => parsing time "08:43:.42x": extra text: "x" |  | x
// CHECK-NEXT: 15:04:5 | 08:43:.42x => parsing time "08:43:.42x": extra text: "x" |  | x
// CHECK-NEXT: 15:04:05 | 08:43:5.5 => parsing time "08:43:5.5" as "15:04:05": cannot parse "5.5" as "05" | 05 | 5.5
// CHECK-NEXT: 15:04:5 | 08:43:5.5 => 0000-01-01 08:43:05.5 +0000 UTC
// CHECK-NEXT: 15:04:05 | 08:43:05.-5 => parsing time "08:43:05.-5": extra text: ".-5" |  | .-5
// CHECK-NEXT: 15:04:5 | 08:43:05.-5 => parsing time "08:43:05.-5": extra text: ".-5" |  | .-5
// CHECK-NEXT: 15:04:05 | 08:43:.4.5 => parsing time "08:43:.4.5": extra text: ".5" |  | .5
// CHECK-NEXT: 15:04:5 | 08:43:.4.5 => parsing time "08:43:.4.5": extra text: ".5" |  | .5
// CHECK-NEXT: 15:04:05 | 08:43:.123456789123 => 0000-01-01 08:43:00.123456789 +0000 UTC
// CHECK-NEXT: 15:04:5 | 08:43:.123456789123 => 0000-01-01 08:43:00.123456789 +0000 UTC
// CHECK-NEXT: 15:04:.000 | 08:43:.42 => parsing time "08:43:.42" as "15:04:.000": cannot parse ".42" as ".000" | .000 | .42
// CHECK-NEXT: 15:04:05.000 | 08:43:.42 => parsing time "08:43:.42" as "15:04:05.000": cannot parse ".42" as "05" | 05 | .42
// CHECK-NEXT: 15:04:05.000 | 08:43:.420 => parsing time "08:43:.420" as "15:04:05.000": cannot parse ".420" as "05" | 05 | .420
// CHECK-NEXT: 15 04 | 08 .5 => parsing time "08 .5" as "15 04": cannot parse ".5" as "04" | 04 | .5
// CHECK-NEXT: 15 4 | 08 .5 => parsing time "08 .5" as "15 4": cannot parse ".5" as "4" | 4 | .5
// CHECK-NEXT: 15:04 06 | 08:43 -1 => 1999-01-01 08:43:00 +0000 UTC
// CHECK-NEXT: 15:04 06 | 08:43 +5 => 2005-01-01 08:43:00 +0000 UTC
// CHECK-NEXT: 15:04 2006 | 08:43 +500 => parsing time "08:43 +500" as "15:04 2006": cannot parse "+500" as "2006" | 2006 | +500
// CHECK-NEXT: -0700 | +-100 => 0000-01-01 00:00:00 -0100 -0100
// CHECK-NEXT: -0700 | ++100 => 0000-01-01 00:00:00 +0100 +0100
// CHECK-NEXT: -07:00 | +2:-0 => parsing time "+2:-0" as "-07:00": cannot parse "+2:-0" as "-07:00" | -07:00 | +2:-0
// CHECK-NEXT: -07 | +25 => 0000-01-01 00:00:00 +2500 +2500
// CHECK-NEXT: -0700 | +2599 => 0000-01-01 00:00:00 +2639 +2639
// CHECK-NEXT: -070000 | +010099 => 0000-01-01 00:00:00 +0101 +0101
// CHECK-NEXT: Z07 | +-1 => 0000-01-01 00:00:00 -0100 -0100
// CHECK-NEXT: Jan 2 06 | Feb -3 21 => parsing time "Feb -3 21" as "Jan 2 06": cannot parse "-3 21" as "2" | 2 | -3 21
