package main

type T struct{}
func (t T) T() T { return t.T().T() }

func main() {}
