package main

func f() { var x = func() int { return x }(); _ = x }

func main() {}
