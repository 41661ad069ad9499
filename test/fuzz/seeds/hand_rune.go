package main

var r = string(rune(-1))

func main() {}
