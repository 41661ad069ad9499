package main

var s = string(1<<70)

func main() {}
