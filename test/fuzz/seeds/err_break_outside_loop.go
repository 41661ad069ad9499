// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// break and continue outside of a loop.

package main

func main() {
	break
	if true {
		continue
	}
}

// CHECK: {{.*}}break_outside_loop.go:7:2: break is not in a loop, switch, or select
// CHECK-NEXT: {{.*}}break_outside_loop.go:9:3: continue is not in a loop
