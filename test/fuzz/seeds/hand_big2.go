package main

const c = 0x1p-1000000000

func main() {}
