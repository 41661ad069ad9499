package main

var f = float32(1e300)

func main() {}
