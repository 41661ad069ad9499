package main

type L[T any] struct{}

func main() {}
