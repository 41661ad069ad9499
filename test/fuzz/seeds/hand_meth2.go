package main

type P *int
func (P) m() {}

func main() {}
