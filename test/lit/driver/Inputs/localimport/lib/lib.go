package lib

type Greeter interface{ Greet() string }

type English struct{}

func (English) Greet() string { return "hello" }
