package main

const n = 1<<63 - 1
var a [n]byte
var l = len(a)

func main() {}
