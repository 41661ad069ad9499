// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// panic prints basic values, errors and other types the way Go does.

package main

type MyErr struct{}

func (MyErr) Error() string { return "my error text" }

func show(v interface{}) {
	defer func() {
		r := recover()
		switch x := r.(type) {
		case string:
			println("string", x)
		case int:
			println("int", x)
		case error:
			println("error", x.Error())
		case float64:
			println("float", x)
		}
	}()
	panic(v)
}

func main() {
	show("s")
	show(42)
	show(MyErr{})
	show(1.5)
}

// CHECK: string s
// CHECK-NEXT: int 42
// CHECK-NEXT: error my error text
// CHECK-NEXT: float +1.500000e+000
