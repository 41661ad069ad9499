package main

var n = copy("abc", "def")

func main() {}
