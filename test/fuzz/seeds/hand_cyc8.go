package main

type A [len(B{})]int
type B [len(A{})]int

func main() {}
