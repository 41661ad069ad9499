package main

var c <-chan <-chan int
func f() { c <- nil }

func main() {}
