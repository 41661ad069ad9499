package main

var s = "abc"[5]

func main() {}
