package main

const c = -9223372036854775808 / -1
var x int64 = c

func main() {}
