package main

type I interface{ m(); m() }

func main() {}
