// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// context: Background/TODO, WithCancel trees (canceling a parent cancels
// its children, not the other way round), WithValue lookup, the String
// forms, errors, and the panics for nil parents and keys.

package main

import (
	"context"
	"strings"
)

type key string

type skey struct{ n int }

func (k skey) String() string { return "skey" }

// myCtx is a foreign Context implementation: children of it are canceled
// by a watcher goroutine.
type myCtx struct {
	context.Context
	done chan struct{}
	err  error
}

func (c *myCtx) Done() <-chan struct{} { return c.done }
func (c *myCtx) Err() error {
	select {
	case <-c.done:
		return context.Canceled
	default:
		return nil
	}
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func isDone(c context.Context) bool {
	select {
	case <-c.Done():
		return true
	default:
		return false
	}
}

func try(name string, f func()) {
	defer func() { println(name, "panics:", recover().(string)) }()
	f()
}

func main() {
	bg := context.Background()
	println(bg.(interface{ String() string }).String(), context.TODO().(interface{ String() string }).String())
	_, ok := bg.Deadline()
	println("background", bg.Done() == nil, errs(bg.Err()), bg.Value("x") == nil, ok)

	parent, cancelParent := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(parent)
	vctx := context.WithValue(child, key("user"), "gopher")
	grand, cancelGrand := context.WithCancel(vctx)
	defer cancelGrand()
	println(parent.(interface{ String() string }).String())
	println(vctx.(interface{ String() string }).String())
	println(grand.(interface{ String() string }).String())
	println(context.WithValue(bg, skey{1}, skey{2}).(interface{ String() string }).String())
	println(context.WithValue(bg, 3, 4.5).(interface{ String() string }).String())
	println("value", grand.Value(key("user")).(string), grand.Value("user") == nil, grand.Value(key("x")) == nil)

	// Canceling the child leaves the parent alone.
	cancelChild()
	println("child", isDone(child), errs(child.Err()), "grand", isDone(grand), errs(grand.Err()),
		"parent", isDone(parent), errs(parent.Err()))
	cancelChild()
	// A new child of a canceled context is canceled at once.
	late, cancelLate := context.WithCancel(child)
	println("late", isDone(late), errs(late.Err()))
	cancelLate()

	// Canceling the parent cancels all descendants.
	c2, cancel2 := context.WithCancel(parent)
	c3, cancel3 := context.WithCancel(context.WithValue(c2, key("k"), 1))
	defer cancel2()
	defer cancel3()
	cancelParent()
	<-c3.Done()
	println("after parent cancel", errs(c2.Err()), errs(c3.Err()), c3.Err() == context.Canceled)

	// A child of a foreign context is canceled through a goroutine.
	m := &myCtx{Context: bg, done: make(chan struct{})}
	mc, cancelMC := context.WithCancel(m)
	defer cancelMC()
	println("foreign before", isDone(mc))
	close(m.done)
	<-mc.Done()
	println("foreign after", errs(mc.Err()))
	println("name", mc.(interface{ String() string }).String(), strings.HasPrefix("ab", "a"))

	try("WithCancel", func() { context.WithCancel(nil) })
	try("WithValue", func() { context.WithValue(nil, 1, 2) })
	try("nil key", func() { context.WithValue(bg, nil, 2) })
	try("uncomparable", func() { context.WithValue(bg, []int{1}, 2) })
	println(context.Canceled.Error(), "|", context.DeadlineExceeded.Error())
}

// CHECK: context.Background context.TODO
// CHECK-NEXT: background true <nil> true false
// CHECK-NEXT: context.Background.WithCancel
// CHECK-NEXT: context.Background.WithCancel.WithCancel.WithValue(type main.key, val gopher)
// CHECK-NEXT: context.Background.WithCancel.WithCancel.WithValue(type main.key, val gopher).WithCancel
// CHECK-NEXT: context.Background.WithValue(type main.skey, val skey)
// CHECK-NEXT: context.Background.WithValue(type int, val <not Stringer>)
// CHECK-NEXT: value gopher true true
// CHECK-NEXT: child true context canceled grand true context canceled parent false <nil>
// CHECK-NEXT: late true context canceled
// CHECK-NEXT: after parent cancel context canceled context canceled true
// CHECK-NEXT: foreign before false
// CHECK-NEXT: foreign after context canceled
// CHECK-NEXT: name *main.myCtx.WithCancel true
// CHECK-NEXT: WithCancel panics: cannot create context from nil parent
// CHECK-NEXT: WithValue panics: cannot create context from nil parent
// CHECK-NEXT: nil key panics: nil key
// CHECK-NEXT: uncomparable panics: key is not comparable
// CHECK-NEXT: context canceled | context deadline exceeded
