// RUN: %golite build -o %t %s && %run %t | FileCheck %s
// A deferred function whose frame does not fit in what is left of the
// segment its panic runs deferred calls on is moved to a new segment by its
// prologue check, and so runs again called by __morestack: its recover
// must still see it as the deferred function, for closures and for
// deferred method calls (which go through a thunk), from main and from a
// goroutine with a small first segment, at any depth. A helper called by
// the deferred function still gets nil.

package main

import "fmt"

func bigFrame(k int) (r string) {
	defer func() {
		var buf [200000]int
		for i := range buf {
			buf[i] = i * k
		}
		if e := recover(); e != nil {
			r = fmt.Sprint("recovered: ", e, " ", buf[k]+buf[199999])
		}
	}()
	panic("boom")
}

type handler struct{ k int }

func (h *handler) handle(r *string) {
	var local [150000]int
	for i := range local {
		local[i] = i + h.k
	}
	if e := recover(); e != nil {
		*r = fmt.Sprint("method recovered: ", e, " ", local[h.k])
	}
}

func viaThunk(k int) (r string) {
	h := &handler{k}
	defer h.handle(&r)
	var m map[string]int
	m["x"] = k
	return "not reached"
}

func helper() interface{} { return recover() }

func notDirect() (r string) {
	defer func() {
		var buf [200000]int
		buf[7] = 7
		r = fmt.Sprint("helper: ", helper(), " ", buf[7])
		recover()
	}()
	panic("ignored")
}

func deep(n int) string {
	if n == 0 {
		return bigFrame(5) + " / " + viaThunk(6)
	}
	var pad [64]byte
	pad[n%64] = byte(n)
	return deep(n-1) + string(pad[:0])
}

func main() {
	fmt.Println(bigFrame(3))
	fmt.Println(viaThunk(4))
	fmt.Println(notDirect())
	fmt.Println(deep(1000))
	done := make(chan string)
	go func() { done <- bigFrame(7) + " / " + viaThunk(8) + " / " + notDirect() }()
	fmt.Println(<-done)
	go func() { done <- deep(3000) }()
	fmt.Println(<-done)
}

// CHECK: recovered: boom 600006
// CHECK-NEXT: method recovered: assignment to entry in nil map 8
// CHECK-NEXT: helper: <nil> 7
// CHECK-NEXT: recovered: boom 1000020 / method recovered: assignment to entry in nil map 12
// CHECK-NEXT: recovered: boom 1400042 / method recovered: assignment to entry in nil map 16 / helper: <nil> 7
// CHECK-NEXT: recovered: boom 1000020 / method recovered: assignment to entry in nil map 12
