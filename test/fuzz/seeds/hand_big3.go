package main

const c = 1e-1000000000 * 1e1000000000

func main() {}
