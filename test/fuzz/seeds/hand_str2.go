package main

const s = "abc"; var b = s[1:10]

func main() {}
