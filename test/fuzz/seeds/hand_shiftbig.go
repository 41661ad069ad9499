package main

var x int = 1
var y = x << 1e20

func main() {}
