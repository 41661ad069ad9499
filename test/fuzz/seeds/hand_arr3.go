package main

var a = [...]int{1<<40: 1}

func main() {}
