package main

var a [1<<62]int
var b [1<<63]int

func main() {}
