package main

type I interface{ int }

func main() {}
