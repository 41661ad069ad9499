// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Many inserts and deletes keep the map consistent across growth.

package main

func main() {
	m := make(map[int]int)
	for i := 0; i < 10000; i++ {
		m[i] = i * 2
	}
	for i := 0; i < 10000; i += 3 {
		delete(m, i)
	}
	sum := 0
	for k, v := range m {
		if v != k*2 {
			println("bad", k, v)
		}
		sum += k
	}
	println(len(m), sum, m[9998], m[9999])
}

// CHECK: 6666 33326667 19996 0
