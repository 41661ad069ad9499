package main

func f(a ...int) {}
func g() { f(1, []int{}...) }

func main() {}
