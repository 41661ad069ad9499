package main

const n = cap([10]int{})

func main() {}
