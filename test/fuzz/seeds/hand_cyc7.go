package main

type T [unsafe.Sizeof(T{})]int

func main() {}
