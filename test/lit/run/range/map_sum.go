// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// range over a map yields every key/value pair once.

package main

func main() {
	m := map[int]int{1: 10, 2: 20, 3: 30, 4: 40}
	ks, vs := 0, 0
	for k, v := range m {
		ks += k
		vs += v
	}
	println(ks, vs)
	cnt := 0
	for k := range m {
		cnt += k * k
	}
	println(cnt)
}

// CHECK: 10 100
// CHECK-NEXT: 30
