// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: Print/Println/Printf and their Sprint and Fprint forms: spacing
// rules between operands, return values (byte counts), writing to
// os.Stdout, os.Stderr and any io.Writer, and Formatter access to State.

package main

import (
	"fmt"
	"os"
	"strings"
)

type counter struct {
	n, calls int
}

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 1, fmt.Errorf("disk full after %d", 1) }

type S string

func (s S) String() string { return strings.ToUpper(string(s)) }

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", 3.5, true, false, "z", nil, nil, "\n")
	fmt.Print(S("s"), S("t"), "\n")
	fmt.Print()
	fmt.Println()
	fmt.Println("a", "b", 1, 2, nil, []int{1})
	n, err := fmt.Println("hello", "世界")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d-%s\n", 5, "x")
	fmt.Println(n, err)
	n, err = fmt.Print("12345")
	fmt.Println()
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)
	fmt.Fprint(os.Stderr, "err", 3, 4, "\n")
	os.Stdout.WriteString("direct\n")
	os.Stdout.Write([]byte("bytes\n"))
	var c counter
	fmt.Fprintf(&c, "%s %d", "abc", 12345)
	fmt.Fprint(&c, "x", "y")
	fmt.Fprintln(&c, 1, 2)
	fmt.Println(c.n, c.calls)
	var b strings.Builder
	fmt.Fprintf(&b, "%05.1f|", 3.14159)
	fmt.Fprint(&b, S("up"), 7)
	fmt.Println(b.String(), b.Len())
	n, err = fmt.Fprintf(failing{}, "hello")
	fmt.Println(n, err)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3), fmt.Sprint(), fmt.Sprint(nil, nil))
	fmt.Print(fmt.Sprintln("x", 1, "y"), fmt.Sprintln())
	fmt.Println(fmt.Sprintf("%v %v", []string{"a b", "c"}, [][]int{{1}, {2, 3}}))
	fmt.Println(len(fmt.Sprintf("%1000d", 1)), len(fmt.Sprintf("%-300s|", "x")))
	fmt.Println(fmt.Sprint(strings.Repeat("ab", 3)), fmt.Sprint([]S{"q", "r"}), fmt.Sprint(S("")))
}

// CHECK: ab
// CHECK-NEXT: 1 2
// CHECK-NEXT: x1 2y3.5 true falsez<nil> <nil>
// CHECK-NEXT: ST
// CHECK-EMPTY:
// CHECK-NEXT: a b 1 2 <nil> [1]
// CHECK-NEXT: hello 世界
// CHECK-NEXT: 13 <nil>
// CHECK-NEXT: 5-x
// CHECK-NEXT: 4 <nil>
// CHECK-NEXT: 12345
// CHECK-NEXT: 5 <nil>
// CHECK-NEXT: to stdout 1
// CHECK-NEXT: to stderr 2
// CHECK-NEXT: err3 4
// CHECK-NEXT: direct
// CHECK-NEXT: bytes
// CHECK-NEXT: 15 3
// CHECK-NEXT: 003.1|UP7 9
// CHECK-NEXT: 1 disk full after 1
// CHECK-NEXT: a1 2bc3  <nil> <nil>
// CHECK-NEXT: x 1 y
// CHECK-EMPTY:
// CHECK-NEXT: [a b c] {{\[\[}}1] [2 3]]
// CHECK-NEXT: 1000 301
// CHECK-NEXT: ababab [Q R] 
