// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A singly linked list with insertion, reversal and removal through pointers.

package main

type node struct {
	val  int
	next *node
}

func push(head **node, v int) { *head = &node{v, *head} }

func reverse(h *node) *node {
	var prev *node
	for h != nil {
		h, h.next, prev = h.next, prev, h
	}
	return prev
}

func remove(head **node, v int) {
	for p := head; *p != nil; p = &(*p).next {
		if (*p).val == v {
			*p = (*p).next
			return
		}
	}
}

func show(h *node) {
	for ; h != nil; h = h.next {
		print(h.val, " ")
	}
	println()
}

func main() {
	var head *node
	for i := 1; i <= 5; i++ {
		push(&head, i)
	}
	show(head)
	head = reverse(head)
	show(head)
	remove(&head, 1)
	remove(&head, 3)
	remove(&head, 42)
	show(head)
}

// CHECK: 5 4 3 2 1 
// CHECK-NEXT: 1 2 3 4 5 
// CHECK-NEXT: 2 4 5 
