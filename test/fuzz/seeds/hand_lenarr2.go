package main

var c chan [3]int
const n = len(<-c)

func main() {}
