package main

type T *T
var _ T = nil

func main() {}
