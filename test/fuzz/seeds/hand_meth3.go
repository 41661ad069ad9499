package main

func (x, y int) m() {}

func main() {}
