package main

func f() (int, int) { return f() }
var a, b, c = f()

func main() {}
