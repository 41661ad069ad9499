// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// context: WithTimeout and WithDeadline expire with DeadlineExceeded, an
// earlier parent deadline wins, canceling first gives Canceled, a past
// deadline is expired at once, and DeadlineExceeded is a timeout error.

package main

import (
	"context"
	"strings"
	"time"
)

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	bg := context.Background()
	start := time.Now()
	ctx, cancel := context.WithTimeout(bg, 30*time.Millisecond)
	defer cancel()
	d, ok := ctx.Deadline()
	println("has deadline", ok, d.Sub(start) >= 30*time.Millisecond, d.Sub(start) < time.Second)
	println("before", errs(ctx.Err()))
	<-ctx.Done()
	el := time.Since(start)
	println("expired", errs(ctx.Err()), ctx.Err() == context.DeadlineExceeded, el >= 30*time.Millisecond, el < 5*time.Second)
	cancel()
	println("cancel after expiry", errs(ctx.Err()))

	// The child of an expiring parent with a later deadline keeps the
	// parent's deadline and expires with it.
	parent, cancelP := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancelP()
	child, cancelC := context.WithTimeout(parent, time.Hour)
	defer cancelC()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	println("child deadline is parent's", pd.Equal(cd))
	println(strings.HasSuffix(child.(interface{ String() string }).String(), ".WithCancel"))
	<-child.Done()
	println("child", errs(child.Err()))

	// Canceling before the deadline.
	c2, cancel2 := context.WithDeadline(bg, time.Now().Add(time.Hour))
	v := context.WithValue(c2, "k", "v")
	cancel2()
	println("canceled early", errs(c2.Err()), errs(v.Err()))

	// A deadline in the past.
	past := time.Unix(1000000000, 0)
	c3, cancel3 := context.WithDeadline(bg, past)
	println("past", errs(c3.Err()))
	cancel3()
	println("past after cancel", errs(c3.Err()))
	s := c3.(interface{ String() string }).String()
	println(s[:strings.Index(s, " [")])

	te, ok := context.DeadlineExceeded.(interface{ Timeout() bool })
	tp, _ := context.DeadlineExceeded.(interface{ Temporary() bool })
	println("timeout", ok, te.Timeout(), tp.Temporary())

	// A deadline timer cancels a subtree.
	t1, cancelT1 := context.WithTimeout(bg, 10*time.Millisecond)
	defer cancelT1()
	sub, cancelSub := context.WithCancel(context.WithValue(t1, "a", 1))
	defer cancelSub()
	<-sub.Done()
	println("subtree", errs(sub.Err()))
}

// CHECK: has deadline true true true
// CHECK-NEXT: before <nil>
// CHECK-NEXT: expired context deadline exceeded true true true
// CHECK-NEXT: cancel after expiry context deadline exceeded
// CHECK-NEXT: child deadline is parent's true
// CHECK-NEXT: true
// CHECK-NEXT: child context deadline exceeded
// CHECK-NEXT: canceled early context canceled context canceled
// CHECK-NEXT: past context deadline exceeded
// CHECK-NEXT: past after cancel context deadline exceeded
// CHECK-NEXT: context.Background.WithDeadline(2001-09-09 01:46:40 +0000 UTC
// CHECK-NEXT: timeout true true true
// CHECK-NEXT: subtree context deadline exceeded
