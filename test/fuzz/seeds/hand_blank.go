package main

var _ = _

func main() {}
