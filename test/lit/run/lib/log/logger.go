// RUN: %golite build -o %t %s && %expect-exit 1 %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// log.Logger: New, prefixes with and without Lmsgprefix, Print/Printf/
// Println and the added newline, flags, SetOutput/Writer, Default, Panic
// and a date/time header (checked by shape, since it is the clock's).

package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "pre: ", 0)
	l.Print("a", 1, 2, "b")
	l.Printf("%d-%s", 7, "x")
	l.Println("c", 3)
	l.Print("ends with newline\n")
	l.Print()
	l.SetFlags(log.Lmsgprefix)
	l.Print("after")
	l.SetPrefix("[p] ")
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix, l.Writer() == &buf)
	l.Println("moved")
	fmt.Print(buf.String())

	buf.Reset()
	l = log.New(&buf, "T ", log.LstdFlags|log.Lmicroseconds|log.LUTC)
	l.Print("timed")
	line := buf.String()
	// "T 2026/11/29 14:09:14.123456 timed\n"
	ok := len(line) == len("T 2026/11/29 14:09:14.123456 timed\n") && line[6] == '/' && line[9] == '/' && line[15] == ':' && line[18] == ':' && line[21] == '.' && strings.HasSuffix(line, " timed\n")
	fmt.Println("time shape", ok)

	buf.Reset()
	l = log.New(&buf, "", log.Ldate)
	l.Print("dated")
	fmt.Println(len(buf.String()), strings.HasSuffix(buf.String(), " dated\n"))

	fmt.Println(log.Default().Flags() == log.LstdFlags, log.Default().Writer() == os.Stderr, log.Prefix() == "")
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("to stdout")
	log.Printf("%q", "quoted")
	fmt.Println(log.Writer() == os.Stdout, log.Flags())
	log.Output(1, "via Output")

	d := log.New(io.Discard, "", 0)
	d.Println("nothing")

	defer func() {
		r := recover()
		fmt.Printf("recovered %q\n", r)
		log.Fatalln("fatal", "end")
	}()
	log.Panicf("boom %d", 42)
}

// CHECK: [p]  true true
// CHECK-NEXT: pre: a1 2b
// CHECK-NEXT: pre: 7-x
// CHECK-NEXT: pre: c 3
// CHECK-NEXT: pre: ends with newline
// CHECK-NEXT: pre:
// CHECK-NEXT: pre: after
// CHECK-NEXT: [p] moved
// CHECK-NEXT: time shape true
// CHECK-NEXT: 17 true
// CHECK-NEXT: true true true
// CHECK-NEXT: std: to stdout
// CHECK-NEXT: std: "quoted"
// CHECK-NEXT: true 0
// CHECK-NEXT: std: via Output
// CHECK-NEXT: std: boom 42
// CHECK-NEXT: recovered "boom 42"
// CHECK-NEXT: std: fatal end
