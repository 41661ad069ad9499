package main

var x = 1.(int)

func main() {}
