// RUN: %golite build -o %t %s && %run %t -n 5 -s=hi -b rest -x 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The package-level functions on CommandLine: definitions, Parse of
// os.Args, Args/NArg/Arg/NFlag, Visit, Lookup and Set.

package main

import (
	"flag"
	"fmt"
)

var n int

func init() { flag.IntVar(&n, "n", 1, "count") }

func main() {
	s := flag.String("s", "", "str")
	b := flag.Bool("b", false, "bool")
	var u uint
	flag.UintVar(&u, "u", 3, "uint")
	fmt.Println(flag.Parsed())
	flag.Parse()
	fmt.Println(flag.Parsed(), n, *s, *b, u)
	fmt.Println(flag.NArg(), flag.Args(), flag.Arg(0), flag.Arg(1), flag.NFlag())
	flag.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value.String()) })
	fmt.Println(flag.Set("u", "9"), u, flag.NFlag(), flag.Lookup("u").DefValue)
}

// CHECK: false
// CHECK-NEXT: true 5 hi true 3
// CHECK-NEXT: 2 [rest -x] rest -x 3
// CHECK-NEXT: set: b true
// CHECK-NEXT: set: n 5
// CHECK-NEXT: set: s hi
// CHECK-NEXT: <nil> 9 4 3
