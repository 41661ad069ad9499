package main

func (T) m() {}
type T int
func (T) m() {}

func main() {}
