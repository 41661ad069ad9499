package main

type T struct{ f int }
var p **T
var _ = p.f

func main() {}
