package main

func f() { goto L; x := 1; L: _ = x }

func main() {}
