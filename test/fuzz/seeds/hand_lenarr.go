package main

var p *[3]int
const n = len(p)

func main() {}
