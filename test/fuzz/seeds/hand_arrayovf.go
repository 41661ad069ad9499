package main

var a [1<<40][1<<40]int

func main() {}
