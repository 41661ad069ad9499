package main

var m map[[]int]int

func main() {}
