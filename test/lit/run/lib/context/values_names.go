// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// context: Value lookup through chains of cancel, deadline and value
// contexts (the nearest key wins, keys of different types differ), the
// String forms of mixed chains, a deadline later than the parent's, and
// cancel functions called twice and from many goroutines.

package main

import (
	"context"
	"sync"
	"time"
)

type ctxKey int
type otherKey int

type named struct{ s string }

func (n named) String() string { return "named:" + n.s }

func name(c context.Context) string { return c.(interface{ String() string }).String() }

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	bg := context.TODO()
	a := context.WithValue(bg, ctxKey(1), "one")
	b, cancelB := context.WithCancel(a)
	c := context.WithValue(b, ctxKey(1), named{"shadow"})
	d := context.WithValue(c, otherKey(1), 1.5)
	e, cancelE := context.WithDeadline(d, time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC))
	defer cancelE()
	println(name(a))
	println(name(b))
	println(name(c))
	println(name(d))
	dl, ok := e.Deadline()
	println(dl.String(), ok)
	println(e.Value(ctxKey(1)).(named).s, e.Value(otherKey(1)).(float64) == 1.5, e.Value(ctxKey(2)) == nil, a.Value(otherKey(1)) == nil)
	f, cancelF := context.WithDeadline(e, time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC))
	fn := name(f)
	println(fn[len(fn)-11:])
	dl, ok = f.Deadline()
	println(dl.String(), ok)

	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cancelB()
		}()
	}
	wg.Wait()
	<-f.Done()
	println(errs(b.Err()), errs(c.Err()), errs(e.Err()), errs(f.Err()), a.Err() == nil, a.Done() == nil)
	cancelF()
	cancelB()
	println(errs(f.Err()), errs(e.Err()))
}

// CHECK: context.TODO.WithValue(type main.ctxKey, val one)
// CHECK-NEXT: context.TODO.WithValue(type main.ctxKey, val one).WithCancel
// CHECK-NEXT: context.TODO.WithValue(type main.ctxKey, val one).WithCancel.WithValue(type main.ctxKey, val named:shadow)
// CHECK-NEXT: context.TODO.WithValue(type main.ctxKey, val one).WithCancel.WithValue(type main.ctxKey, val named:shadow).WithValue(type main.otherKey, val <not Stringer>)
// CHECK-NEXT: 2200-01-01 00:00:00 +0000 UTC true
// CHECK-NEXT: shadow true true true
// CHECK-NEXT: .WithCancel
// CHECK-NEXT: 2200-01-01 00:00:00 +0000 UTC true
// CHECK-NEXT: context canceled context canceled context canceled context canceled true true
// CHECK-NEXT: context canceled context canceled
