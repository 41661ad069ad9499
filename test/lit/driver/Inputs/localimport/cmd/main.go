package main

import (
	"../lib"
	lib2 "./lib"
)

func main() {
	var g lib.Greeter = lib2.English{}
	println(g.Greet())
}
