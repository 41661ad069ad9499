package main

import "../priv"

type Impl struct{}

func (*Impl) private() {}

func main() {
	var h priv.Hidden = new(Impl)
	_ = h
}
