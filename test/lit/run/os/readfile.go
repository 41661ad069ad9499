// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// os.ReadFile: a /proc file (reported size 0, read until EOF), a file that
// does not exist, and a directory, with Go's error texts.

package main

import "os"

func main() {
	data, err := os.ReadFile("/proc/self/status")
	found := false
	for i := 0; i+8 <= len(data); i++ {
		if string(data[i:i+8]) == "Threads:" {
			found = true
		}
	}
	println(len(data) > 100, found, err == nil)

	data, err = os.ReadFile("/nonexistent/file")
	println(data == nil, err.Error())

	_, err = os.ReadFile("/")
	println(err.Error())
}

// CHECK: true true true
// CHECK-NEXT: true open /nonexistent/file: no such file or directory
// CHECK-NEXT: read /: is a directory
