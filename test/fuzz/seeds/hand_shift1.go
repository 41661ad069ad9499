package main

const c = 1 << 1000000

func main() {}
