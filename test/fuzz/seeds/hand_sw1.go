package main

func f(x interface{}) { switch y := x.(type) { case int, string: _ = y } }

func main() {}
