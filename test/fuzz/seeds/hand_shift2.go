package main

var x = 1.0 << 3000

func main() {}
