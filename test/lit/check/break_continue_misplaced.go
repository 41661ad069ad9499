// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// break, continue and fallthrough in the wrong places.

package main

func main() {
	break
	continue
	switch {
	case true:
		fallthrough
	}
	for {
		break N
	}
}

// CHECK: {{.*}}break_continue_misplaced.go:7:2: break is not in a loop, switch, or select
// CHECK-NEXT: {{.*}}break_continue_misplaced.go:8:2: continue is not in a loop
// CHECK-NEXT: {{.*}}break_continue_misplaced.go:11:3: cannot fallthrough final case in switch
// CHECK-NEXT: {{.*}}break_continue_misplaced.go:14:9: break label not defined: N
