package main

func f() { switch x := 1; x.(type) {} }

func main() {}
