package main

var x = x

func main() {}
