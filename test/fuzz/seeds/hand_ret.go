package main

func f() int { for {} }
func g() int { L: for { break L } }

func main() {}
