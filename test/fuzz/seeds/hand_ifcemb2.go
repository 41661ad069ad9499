package main

type I interface{ ~int | string }

func main() {}
