package main

type T struct{ T }

func main() {}
