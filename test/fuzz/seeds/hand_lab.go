package main

func f() { L: L: for {} }

func main() {}
