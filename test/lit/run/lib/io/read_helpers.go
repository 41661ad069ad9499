// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// io.ReadFull, ReadAtLeast, ReadAll, LimitReader and the sentinel errors'
// texts, over a reader that returns a few bytes per call.

package main

import "io"

// chunkReader returns at most chunk bytes per Read, then EOF.
type chunkReader struct {
	data  string
	chunk int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := r.chunk
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.data) {
		n = len(r.data)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

func show(n int, err error, b []byte) {
	if err != nil {
		println(n, string(b[:n]), err.Error())
	} else {
		println(n, string(b[:n]), "nil")
	}
}

func main() {
	println(io.EOF.Error(), "|", io.ErrUnexpectedEOF.Error(), "|", io.ErrShortWrite.Error(), "|",
		io.ErrShortBuffer.Error(), "|", io.ErrNoProgress.Error(), "|", io.ErrClosedPipe.Error())

	buf := make([]byte, 5)
	n, err := io.ReadFull(&chunkReader{"hello world", 2}, buf)
	show(n, err, buf)
	n, err = io.ReadFull(&chunkReader{"hi", 1}, buf)
	show(n, err, buf)
	n, err = io.ReadFull(&chunkReader{"", 1}, buf)
	show(n, err, buf)
	n, err = io.ReadAtLeast(&chunkReader{"abcdef", 4}, buf, 3)
	show(n, err, buf)
	n, err = io.ReadAtLeast(&chunkReader{"abcdef", 4}, buf, 6)
	show(n, err, buf)

	big := ""
	for i := 0; i < 300; i++ {
		big += "0123456789"
	}
	all, err := io.ReadAll(&chunkReader{big, 7})
	println(len(all), err == nil, string(all[2990:]))

	lr := io.LimitReader(&chunkReader{"abcdefghij", 3}, 4)
	all, err = io.ReadAll(lr)
	println(string(all), err == nil, lr.(*io.LimitedReader).N)
}

// CHECK: EOF | unexpected EOF | short write | short buffer | multiple Read calls return no data or error | io: read/write on closed pipe
// CHECK-NEXT: 5 hello nil
// CHECK-NEXT: 2 hi unexpected EOF
// CHECK-NEXT: 0  EOF
// CHECK-NEXT: 4 abcd nil
// CHECK-NEXT: 0  short buffer
// CHECK-NEXT: 3000 true 0123456789
// CHECK-NEXT: abcd true 0
