// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Ranging over a map visits every key exactly once (printed in sorted order).

package main

func main() {
	m := map[string]int{}
	words := []string{"pear", "apple", "fig", "kiwi", "banana", "apple", "fig"}
	for _, w := range words {
		m[w]++
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		println(k, m[k])
	}
}

// CHECK: apple 2
// CHECK-NEXT: banana 1
// CHECK-NEXT: fig 2
// CHECK-NEXT: kiwi 1
// CHECK-NEXT: pear 1
