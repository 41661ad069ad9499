package main

import "unsafe"
var x = unsafe.Sizeof(1)

func main() {}
