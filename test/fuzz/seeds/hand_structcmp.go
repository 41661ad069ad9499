package main

type T struct{ f []int }
var _ = T{} == T{}

func main() {}
