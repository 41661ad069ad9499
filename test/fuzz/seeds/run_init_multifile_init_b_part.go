package main

var fromB = make_b()

func make_b() string {
	println("make_b")
	return "b"
}

func init() {
	println("init in second file")
}

func helper() string { return "helper from b" }
