package main

type T [1<<62]int
var a [4]T

func main() {}
