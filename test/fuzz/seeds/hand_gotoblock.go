package main

func f() { goto L; { L: } }

func main() {}
