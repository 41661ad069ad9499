// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A label that is defined and never used.

package main

func main() {
unused:
	for {
	}
}

// CHECK: {{.*}}label_not_used.go:7:1: label unused defined and not used
