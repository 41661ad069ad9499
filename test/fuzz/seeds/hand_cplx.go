package main

var c = complex(1, 1) / 0

func main() {}
