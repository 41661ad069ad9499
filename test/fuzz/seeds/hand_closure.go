package main

var f = func() { f() }

func main() {}
