// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// break and goto to labels that do not exist.

package main

func main() {
	for {
		break missing
	}
	goto nowhere
}

// CHECK: {{.*}}label_undefined.go:8:9: break label not defined: missing
// CHECK-NEXT: {{.*}}label_undefined.go:10:7: label nowhere not defined
