// hello is the smallest golite program.
package main

func main() {
	println("hello, world")
}
