package main

func f() { L: goto L }

func main() {}
