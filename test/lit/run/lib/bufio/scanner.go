// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// bufio.Scanner: ScanLines (with \r\n and a final unterminated line),
// ScanWords (Unicode spaces), ScanRunes (invalid UTF-8), ScanBytes, a custom
// SplitFunc with ErrFinalToken, Buffer and ErrTooLong, split errors, and
// reader errors.

package main

import (
	"bufio"
	"errors"
	"io"
	"strings"
)

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

type failReader struct{ n int }

func (r *failReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, errors.New("boom")
	}
	r.n--
	p[0] = 'a'
	p[1] = '\n'
	return 2, nil
}

func main() {
	s := bufio.NewScanner(strings.NewReader("one\r\ntwo\n\nthree\r"))
	for s.Scan() {
		println("line", "["+s.Text()+"]", len(s.Bytes()))
	}
	println("err", errs(s.Err()), s.Scan())

	s = bufio.NewScanner(strings.NewReader("  alpha\tbeta\u00a0gamma\u3000delta\n\u2003 "))
	s.Split(bufio.ScanWords)
	for s.Scan() {
		println("word", s.Text())
	}
	println("err", errs(s.Err()))

	s = bufio.NewScanner(strings.NewReader("aé\xff€"))
	s.Split(bufio.ScanRunes)
	for s.Scan() {
		println("rune", len(s.Bytes()), []rune(s.Text())[0])
	}

	s = bufio.NewScanner(strings.NewReader("xyz"))
	s.Split(bufio.ScanBytes)
	for s.Scan() {
		println("byte", s.Bytes()[0])
	}

	// Comma-separated values, stopping at "stop".
	s = bufio.NewScanner(strings.NewReader("1,22,333,stop,4444"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c == ',' {
				if string(data[:i]) == "stop" {
					return i + 1, data[:i], bufio.ErrFinalToken
				}
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for s.Scan() {
		println("field", s.Text())
	}
	println("err", errs(s.Err()))

	// Token too long for the buffer.
	s = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	s.Buffer(make([]byte, 10), 50)
	for s.Scan() {
		println("tok", s.Text())
	}
	println("err", errs(s.Err()), s.Err() == bufio.ErrTooLong)

	// Default maximum: a line of MaxScanTokenSize bytes is too long.
	s = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize) + "\n"))
	println("max", bufio.MaxScanTokenSize, s.Scan(), errs(s.Err()))
	s = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize-1) + "\n"))
	println("max-1", s.Scan(), len(s.Text()), errs(s.Err()))

	// Split function errors.
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	println("neg", s.Scan(), errs(s.Err()))
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	println("far", s.Scan(), errs(s.Err()))
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, errors.New("custom") })
	println("custom", s.Scan(), errs(s.Err()))

	// Reader errors end the scan after the buffered tokens.
	s = bufio.NewScanner(&failReader{2})
	for s.Scan() {
		println("fr", s.Text())
	}
	println("err", errs(s.Err()))
	println(errs(bufio.ErrBadReadCount), errs(bufio.ErrFinalToken))

	s = bufio.NewScanner(io.MultiReader(strings.NewReader("a"), strings.NewReader("b\nc")))
	for s.Scan() {
		println("multi", s.Text())
	}

	// Split and Buffer panic once scanning started.
	defer func() { println("recovered:", recover().(string)) }()
	s.Split(bufio.ScanWords)
}

// CHECK: line [one] 3
// CHECK-NEXT: line [two] 3
// CHECK-NEXT: line [] 0
// CHECK-NEXT: line [three] 5
// CHECK-NEXT: err <nil> false
// CHECK-NEXT: word alpha
// CHECK-NEXT: word beta
// CHECK-NEXT: word gamma
// CHECK-NEXT: word delta
// CHECK-NEXT: err <nil>
// CHECK-NEXT: rune 1 97
// CHECK-NEXT: rune 2 233
// CHECK-NEXT: rune 3 65533
// CHECK-NEXT: rune 3 8364
// CHECK-NEXT: byte 120
// CHECK-NEXT: byte 121
// CHECK-NEXT: byte 122
// CHECK-NEXT: field 1
// CHECK-NEXT: field 22
// CHECK-NEXT: field 333
// CHECK-NEXT: field stop
// CHECK-NEXT: err <nil>
// CHECK-NEXT: err bufio.Scanner: token too long true
// CHECK-NEXT: max 65536 false bufio.Scanner: token too long
// CHECK-NEXT: max-1 true 65535 <nil>
// CHECK-NEXT: neg false bufio.Scanner: SplitFunc returns negative advance count
// CHECK-NEXT: far false bufio.Scanner: SplitFunc returns advance count beyond input
// CHECK-NEXT: custom false custom
// CHECK-NEXT: fr a
// CHECK-NEXT: fr a
// CHECK-NEXT: err boom
// CHECK-NEXT: bufio.Scanner: Read returned impossible count final token
// CHECK-NEXT: multi ab
// CHECK-NEXT: multi c
// CHECK-NEXT: recovered: Split called after Scan
