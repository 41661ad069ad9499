package main

const c = 1 << 10000
const d = c * c * c * c * c * c * c * c

func main() {}
