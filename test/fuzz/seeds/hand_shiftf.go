package main

var s uint = 2
var f = 1.0 << s

func main() {}
