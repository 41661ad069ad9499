// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// io.CopyBuffer and io.Copy: the staging buffer sizes a reader sees (given
// buffer, default 32 KiB, shrunk for a LimitedReader),
// WriterTo beating ReaderFrom, a writer claiming too many bytes, a short
// writer, a read error, and the panic on an empty non-nil buffer.

package main

import (
	"errors"
	"io"
)

// chunks hands out its data, logging the size of every buffer offered.
type chunks struct{ s string }

func (r *chunks) Read(p []byte) (int, error) {
	println("  Read buf", len(p))
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

type sink struct{ got []byte }

func (w *sink) Write(p []byte) (int, error) {
	w.got = append(w.got, p...)
	return len(p), nil
}

// both is a reader that is also a WriterTo.
type both struct{ chunks }

func (b *both) WriteTo(w io.Writer) (int64, error) {
	println("  WriteTo called")
	n, err := w.Write([]byte(b.s))
	return int64(n), err
}

// from is a writer that is also a ReaderFrom.
type from struct{ sink }

func (f *from) ReadFrom(r io.Reader) (int64, error) {
	println("  ReadFrom called")
	return 0, nil
}

type liar struct{ n int }

func (l liar) Write(p []byte) (int, error) { return l.n, nil }

type failing struct{}

func (failing) Read(p []byte) (int, error) {
	p[0] = 'x'
	return 1, errors.New("bad sector")
}

func report(what string, n int64, err error) {
	e := "nil"
	if err != nil {
		e = err.Error()
	}
	println(what, n, e)
}

func main() {
	w := &sink{}
	n, err := io.CopyBuffer(w, &chunks{"hello, buffered world"}, make([]byte, 5))
	report("CopyBuffer 5:", n, err)
	println(string(w.got))

	n, err = io.Copy(&sink{}, &chunks{"abc"})
	report("Copy default:", n, err)

	n, err = io.Copy(&sink{}, &io.LimitedReader{R: &chunks{"abcdef"}, N: 4})
	report("Copy limited 4:", n, err)
	n, err = io.Copy(&sink{}, &io.LimitedReader{R: &chunks{"abcdef"}, N: 0})
	report("Copy limited 0:", n, err)
	n, err = io.CopyBuffer(&sink{}, &io.LimitedReader{R: &chunks{"abcdef"}, N: 4}, make([]byte, 2))
	report("CopyBuffer limited 4 buf 2:", n, err)

	n, err = io.CopyBuffer(&from{}, &both{chunks{"xyz"}}, make([]byte, 1))
	report("WriterTo+ReaderFrom:", n, err)
	n, err = io.CopyBuffer(&from{}, &chunks{"xyz"}, nil)
	report("ReaderFrom:", n, err)

	n, err = io.Copy(liar{7}, &chunks{"abc"})
	report("too many:", n, err)
	n, err = io.Copy(liar{-1}, &chunks{"abc"})
	report("negative:", n, err)
	n, err = io.Copy(liar{2}, &chunks{"abc"})
	report("short:", n, err)
	n, err = io.Copy(&sink{}, failing{})
	report("read error:", n, err)

	n, err = io.CopyN(&sink{}, &chunks{"abc"}, 5)
	report("CopyN 5 of 3:", n, err)

	n, err = io.CopyBuffer(&sink{}, &chunks{"abc"}, nil)
	report("CopyBuffer nil:", n, err)
	io.CopyBuffer(&sink{}, &chunks{"abc"}, []byte{})
	println("not reached")
}

// CHECK:   Read buf 5
// CHECK-NEXT:   Read buf 5
// CHECK-NEXT:   Read buf 5
// CHECK-NEXT:   Read buf 5
// CHECK-NEXT:   Read buf 5
// CHECK-NEXT:   Read buf 5
// CHECK-NEXT: CopyBuffer 5: 21 nil
// CHECK-NEXT: hello, buffered world
// CHECK-NEXT:   Read buf 32768
// CHECK-NEXT:   Read buf 32768
// CHECK-NEXT: Copy default: 3 nil
// CHECK-NEXT:   Read buf 4
// CHECK-NEXT: Copy limited 4: 4 nil
// CHECK-NEXT: Copy limited 0: 0 nil
// CHECK-NEXT:   Read buf 2
// CHECK-NEXT:   Read buf 2
// CHECK-NEXT: CopyBuffer limited 4 buf 2: 4 nil
// CHECK-NEXT:   WriteTo called
// CHECK-NEXT: WriterTo+ReaderFrom: 3 nil
// CHECK-NEXT:   ReadFrom called
// CHECK-NEXT: ReaderFrom: 0 nil
// CHECK-NEXT:   Read buf 32768
// CHECK-NEXT: too many: 0 invalid write result
// CHECK-NEXT:   Read buf 32768
// CHECK-NEXT: negative: 0 invalid write result
// CHECK-NEXT:   Read buf 32768
// CHECK-NEXT: short: 2 short write
// CHECK-NEXT: read error: 1 bad sector
// CHECK-NEXT:   Read buf 5
// CHECK-NEXT:   Read buf 2
// CHECK-NEXT: CopyN 5 of 3: 3 EOF
// CHECK-NEXT:   Read buf 32768
// CHECK-NEXT:   Read buf 32768
// CHECK-NEXT: CopyBuffer nil: 3 nil
// CHECK-NEXT: panic: empty buffer in CopyBuffer
