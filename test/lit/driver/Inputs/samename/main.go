package main

import (
	"fmt"

	ua "./a/util"
	ub "./b/util"
)

type namer interface{ Name() string }

func main() {
	x, y := ua.Get(), ub.Get()
	_, isA := y.(ua.T)
	_, isB := y.(ub.T)
	fmt.Println(x.(namer).Name(), y.(namer).Name(), isA, isB)
	fmt.Printf("%T %T %v %v\n", x, y, x, y)
	fmt.Println(ub.IsAnon(ua.Anon()), ua.Hides(x), ua.Hides(y), ub.Hides(x), ub.Hides(y))
	m := map[interface{}]string{x: "a", y: "b"}
	fmt.Println(len(m), m[ua.T{1}], m[ub.T{"two"}])
}
