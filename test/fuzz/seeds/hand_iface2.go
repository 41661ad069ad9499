package main

type I interface{ J; J }
type J interface{ m() }

func main() {}
