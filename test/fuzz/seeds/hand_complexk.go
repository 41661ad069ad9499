package main

const c = 'a' + 1i

func main() {}
