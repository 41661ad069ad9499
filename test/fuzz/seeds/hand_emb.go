package main

type T struct{ *T }
var t T
var _ = t.x

func main() {}
