// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: Sprintf from many goroutines at once (the printer cache is shared),
// and a String method that itself formats (nested printers).

package main

import (
	"fmt"
	"sync"
)

type Pair struct{ A, B int }

func (p Pair) String() string { return fmt.Sprintf("<%d,%s>", p.A, fmt.Sprint(p.B)) }

func main() {
	var wg sync.WaitGroup
	results := make([]string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 8; i++ {
				k := g*8 + i
				for r := 0; r < 200; r++ {
					s := fmt.Sprintf("%03d:%v:%x:%q", k, Pair{k, -k}, k*k, fmt.Sprint(k))
					if r > 0 && s != results[k] {
						panic("mismatch " + s)
					}
					results[k] = s
				}
			}
		}(g)
	}
	wg.Wait()
	for i := 0; i < 64; i += 9 {
		fmt.Println(results[i])
	}
	fmt.Println([]Pair{{1, 2}, {3, 4}}, map[Pair]Pair{{1, 1}: {2, 2}})
}

// CHECK: 000:<0,0>:0:"0"
// CHECK-NEXT: 009:<9,-9>:51:"9"
// CHECK-NEXT: 018:<18,-18>:144:"18"
// CHECK-NEXT: 027:<27,-27>:2d9:"27"
// CHECK-NEXT: 036:<36,-36>:510:"36"
// CHECK-NEXT: 045:<45,-45>:7e9:"45"
// CHECK-NEXT: 054:<54,-54>:b64:"54"
// CHECK-NEXT: 063:<63,-63>:f81:"63"
// CHECK-NEXT: [<1,2> <3,4>] map[<1,1>:<2,2>]
