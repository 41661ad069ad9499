// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// log's Lshortfile and Llongfile: the file and line of the call of Print,
// Printf, Println, Output (calldepth 1 and 2) and of a Logger method, and
// Lshortfile overriding Llongfile.

package main

import (
	"log"
	"os"
)

func helper(l *log.Logger) {
	l.Output(2, "from helper's caller")
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Print("print")
	log.Printf("printf %d", 1)
	log.Println("println")
	log.Output(1, "output")
	l := log.New(os.Stdout, "pfx: ", log.Lshortfile|log.Lmsgprefix)
	l.Println("method")
	helper(l)
	func() {
		l.Print("closure")
	}()
	log.SetFlags(log.Llongfile)
	log.Print("long")
	log.SetFlags(log.Llongfile | log.Lshortfile)
	log.Print("both")
}

// CHECK: caller_flags.go:20: print
// CHECK-NEXT: caller_flags.go:21: printf 1
// CHECK-NEXT: caller_flags.go:22: println
// CHECK-NEXT: caller_flags.go:23: output
// CHECK-NEXT: caller_flags.go:25: pfx: method
// CHECK-NEXT: caller_flags.go:26: pfx: from helper's caller
// CHECK-NEXT: caller_flags.go:28: pfx: closure
// CHECK-NEXT: {{/.+}}/caller_flags.go:31: long
// CHECK-NEXT: caller_flags.go:33: both
