package main

const c float32 = 1e39

func main() {}
