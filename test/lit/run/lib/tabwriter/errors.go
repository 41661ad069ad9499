// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// text/tabwriter failures: errors and short writes of the destination come
// back from Write (with the bytes consumed up to the line that failed to
// flush) and Flush; a panic in the destination becomes "tabwriter: panic
// during Write/Flush"; negative parameters panic; a zero Writer holds text
// without tabs but panics on the first cell.

package main

import (
	"errors"
	"fmt"
	"text/tabwriter"
)

type failing struct{ calls int }

func (f *failing) Write(p []byte) (int, error) {
	f.calls++
	return 0, errors.New("disk full")
}

type short struct{}

func (short) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return len(p) - 1, nil
}

type exploding struct{}

func (exploding) Write(p []byte) (int, error) { panic("kaboom") }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %#v\n", name, r)
		}
	}()
	f()
}

func main() {
	f := &failing{}
	w := tabwriter.NewWriter(f, 0, 8, 1, ' ', 0)
	n, err := w.Write([]byte("a\tb\nc\td\n"))
	fmt.Println("held:", n, err, f.calls)
	n, err = w.Write([]byte("e\tf\nno tab\nmore\ttext\n"))
	fmt.Println("flush in Write:", n, err, f.calls > 0)
	fmt.Println("Flush:", w.Flush())

	w = tabwriter.NewWriter(&failing{}, 0, 8, 1, ' ', 0)
	n, err = w.Write([]byte("x\ty\f"))
	fmt.Println("formfeed:", n, err)

	w = tabwriter.NewWriter(short{}, 0, 8, 1, ' ', 0)
	n, err = w.Write([]byte("a\tb\nplain\n"))
	fmt.Println("short:", n, err)
	w.Write([]byte("x\ty"))
	fmt.Println("short Flush:", w.Flush())

	try("Write", func() {
		w := tabwriter.NewWriter(exploding{}, 0, 8, 1, ' ', 0)
		w.Write([]byte("a\nb"))
	})
	try("Flush", func() {
		w := tabwriter.NewWriter(exploding{}, 0, 8, 1, ' ', 0)
		w.Write([]byte("a\tb"))
		w.Flush()
	})
	try("nil output", func() {
		w := tabwriter.NewWriter(nil, 0, 8, 1, ' ', 0)
		fmt.Println(w.Write([]byte("no line end")))
		w.Flush()
	})
	try("minwidth", func() { tabwriter.NewWriter(nil, -1, 8, 1, ' ', 0) })
	try("tabwidth", func() { tabwriter.NewWriter(nil, 0, -8, 1, ' ', 0) })
	try("padding", func() { new(tabwriter.Writer).Init(nil, 0, 8, -1, ' ', 0) })
	try("zero Flush", func() {
		var z tabwriter.Writer
		fmt.Println("zero Flush:", z.Flush())
	})
	try("zero Write", func() {
		var z tabwriter.Writer
		fmt.Println(z.Write([]byte("text")))
		z.Write([]byte("\tmore"))
	})
	try("zero Write then Flush", func() {
		var z tabwriter.Writer
		fmt.Println(z.Write([]byte("text")))
		z.Flush()
	})
}

// CHECK: held: 8 <nil> 0
// CHECK-NEXT: flush in Write: 11 disk full true
// CHECK-NEXT: Flush: disk full
// CHECK-NEXT: formfeed: 4 disk full
// CHECK-NEXT: short: 10 short write
// CHECK-NEXT: short Flush: short write
// CHECK-NEXT: Write: panic "tabwriter: panic during Write"
// CHECK-NEXT: Flush: panic "tabwriter: panic during Flush"
// CHECK-NEXT: 11 <nil>
// CHECK-NEXT: nil output: panic "tabwriter: panic during Flush"
// CHECK-NEXT: minwidth: panic "negative minwidth, tabwidth, or padding"
// CHECK-NEXT: tabwidth: panic "negative minwidth, tabwidth, or padding"
// CHECK-NEXT: padding: panic "negative minwidth, tabwidth, or padding"
// CHECK-NEXT: zero Flush: <nil>
// CHECK-NEXT: 4 <nil>
// CHECK-NEXT: zero Write: panic "tabwriter: panic during Write"
// CHECK-NEXT: 4 <nil>
// CHECK-NEXT: zero Write then Flush: panic "tabwriter: panic during Flush"
