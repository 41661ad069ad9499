// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A struct embedding an interface gets its methods; overriding one wraps it.

package main

type Logger interface {
	Log(s string) string
	Level() int
}

type base struct{}

func (base) Log(s string) string { return "base: " + s }
func (base) Level() int           { return 1 }

type prefixed struct {
	Logger
	prefix string
}

func (p prefixed) Log(s string) string { return p.Logger.Log(p.prefix + s) }

func main() {
	var l Logger = prefixed{base{}, "[x] "}
	println(l.Log("hello"), l.Level())
	var empty prefixed
	println(empty.prefix == "", empty.Logger == nil)
}

// CHECK: base: [x] hello 1
// CHECK-NEXT: true true
