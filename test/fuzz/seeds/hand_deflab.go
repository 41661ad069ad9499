package main

func f() { defer L; }

func main() {}
