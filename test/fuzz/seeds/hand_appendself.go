package main

var s = append(s, 1)

func main() {}
