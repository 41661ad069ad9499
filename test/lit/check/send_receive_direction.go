// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Send and receive on channels of the wrong direction.

package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1
	<-s
	close(r)
}

// CHECK: {{.*}}send_receive_direction.go:9:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
// CHECK-NEXT: {{.*}}send_receive_direction.go:10:4: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
// CHECK-NEXT: {{.*}}send_receive_direction.go:11:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)
