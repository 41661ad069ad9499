// RUN: %golite build -o %t %s && /usr/bin/env -i A=1 B= PATHX=/bin:/usr/bin %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Environment: Getenv, LookupEnv, Setenv, Unsetenv, Clearenv, Environ
// order, and Expand/ExpandEnv's treatment of $x, ${x}, specials and bad
// syntax.

package main

import (
	"os"
	"sort"
	"strings"
)

// show sorts: the initial order is the kernel's (qemu-user reverses it).
func show(env []string) {
	sort.Strings(env)
	println(len(env), strings.Join(env, ","))
}

func main() {
	show(os.Environ())
	v, ok := os.LookupEnv("B")
	println(v, ok, os.Getenv("A"))
	v, ok = os.LookupEnv("C")
	println(v, ok)
	println(os.Setenv("C", "three") == nil, os.Setenv("A", "one") == nil)
	show(os.Environ())
	err := os.Setenv("", "x")
	println(err.Error())
	err = os.Setenv("a=b", "x")
	println(err.Error())
	println(os.Unsetenv("A") == nil, os.Unsetenv("nope") == nil)
	show(os.Environ())
	println(os.Setenv("A", "again") == nil)
	show(os.Environ())

	m := func(k string) string { return "<" + k + ">" }
	for _, s := range []string{"", "$", "$$", "a$", "$a", "${a}", "$a.b", "${a.b}", "${}", "${", "${a", "x${}y", "$1x", "$*", "${*}", "$@a", "${-}", "$ x", "$-", "${(a)}x}", "$_a_1-b", "é$é", "$B$C", "${A}x${PATHX}"} {
		println("["+s+"]", "["+os.Expand(s, m)+"]", "["+os.ExpandEnv(s)+"]")
	}
	os.Clearenv()
	show(os.Environ())
	println(os.Getenv("C") == "")
	// After Clearenv, Environ keeps the order of the Setenv calls.
	os.Setenv("Z", "1")
	os.Setenv("Y", "2")
	os.Setenv("Z", "3")
	os.Setenv("X", "4")
	os.Unsetenv("Y")
	println(strings.Join(os.Environ(), ","))
}

// CHECK: 3 A=1,B=,PATHX=/bin:/usr/bin
// CHECK-NEXT:  true 1
// CHECK-NEXT:  false
// CHECK-NEXT: true true
// CHECK-NEXT: 4 A=one,B=,C=three,PATHX=/bin:/usr/bin
// CHECK-NEXT: setenv: invalid argument
// CHECK-NEXT: setenv: invalid argument
// CHECK-NEXT: true true
// CHECK-NEXT: 3 B=,C=three,PATHX=/bin:/usr/bin
// CHECK-NEXT: true
// CHECK-NEXT: 4 A=again,B=,C=three,PATHX=/bin:/usr/bin
// CHECK-NEXT: [] [] []
// CHECK-NEXT: [$] [$] [$]
// CHECK-NEXT: [$$] [<$>] []
// CHECK-NEXT: [a$] [a$] [a$]
// CHECK-NEXT: [$a] [<a>] []
// CHECK-NEXT: [${a}] [<a>] []
// CHECK-NEXT: [$a.b] [<a>.b] [.b]
// CHECK-NEXT: [${a.b}] [<a.b>] []
// CHECK-NEXT: [${}] [] []
// CHECK-NEXT: [${] [] []
// CHECK-NEXT: [${a] [a] [a]
// CHECK-NEXT: [x${}y] [xy] [xy]
// CHECK-NEXT: [$1x] [<1>x] [x]
// CHECK-NEXT: [$*] [<*>] []
// CHECK-NEXT: [${*}] [<*>] []
// CHECK-NEXT: [$@a] [<@>a] [a]
// CHECK-NEXT: [${-}] [<->] []
// CHECK-NEXT: [$ x] [$ x] [$ x]
// CHECK-NEXT: [$-] [<->] []
// CHECK-NEXT: [${(a)}x}] [<(a)>x}] [x}]
// CHECK-NEXT: [$_a_1-b] [<_a_1>-b] [-b]
// CHECK-NEXT: [é$é] [é$é] [é$é]
// CHECK-NEXT: [$B$C] [<B><C>] [three]
// CHECK-NEXT: [${A}x${PATHX}] [<A>x<PATHX>] [againx/bin:/usr/bin]
// CHECK-NEXT: 0
// CHECK-NEXT: true
// CHECK-NEXT: Z=3,X=4
