// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The predeclared error interface with custom implementations.

package main

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

type Code int

func (c Code) Error() string { return "code " + string(rune('0'+int(c))) }

func lookup(k string) (int, error) {
	if k == "a" {
		return 1, nil
	}
	if k == "c" {
		return 0, Code(7)
	}
	return 0, &NotFound{k}
}

func main() {
	for _, k := range []string{"a", "b", "c"} {
		v, err := lookup(k)
		if err != nil {
			println("error:", err.Error())
			if nf, ok := err.(*NotFound); ok {
				println("key was", nf.key)
			}
			continue
		}
		println("value", v)
	}
}

// CHECK: value 1
// CHECK-NEXT: error: not found: b
// CHECK-NEXT: key was b
// CHECK-NEXT: error: code 7
