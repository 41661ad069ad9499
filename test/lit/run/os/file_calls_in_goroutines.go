// RUN: rm -rf %t.dir && mkdir -p %t.dir && %golite build -o %t %s && %run %t %t.dir 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// File-system calls from goroutines, whose first stack segment is small:
// the runtime side of os.Open, Stat, Rename, Mkdir... must fit in the room
// compiled code leaves it (it once copied paths into a PATH_MAX buffer on
// the goroutine's stack and overflowed it), with short paths and with
// paths longer than the runtime's inline buffer.

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

func work(dir string, i int, long bool) string {
	name := fmt.Sprintf("f%d", i)
	if long {
		name = strings.Repeat("n", 150) + name
	}
	sub := filepath.Join(dir, fmt.Sprintf("d%d-%v", i, long))
	if err := os.Mkdir(sub, 0o755); err != nil {
		return err.Error()
	}
	p := filepath.Join(sub, name)
	if err := os.WriteFile(p, []byte("data"), 0o644); err != nil {
		return err.Error()
	}
	f, err := os.Open(p)
	if err != nil {
		return err.Error()
	}
	f.Close()
	q := p + ".renamed"
	if err := os.Rename(p, q); err != nil {
		return err.Error()
	}
	st, err := os.Stat(q)
	if err != nil {
		return err.Error()
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		return "old name still there"
	}
	if err := os.Remove(q); err != nil {
		return err.Error()
	}
	if err := os.Remove(sub); err != nil {
		return err.Error()
	}
	return fmt.Sprint("ok ", st.Size(), len(filepath.Base(q)) > 150 == long)
}

func main() {
	dir := os.Args[1]
	var wg sync.WaitGroup
	res := make([]string, 40)
	for i := range res {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = work(dir, i, i%2 == 1)
		}(i)
	}
	wg.Wait()
	count := map[string]int{}
	for _, r := range res {
		count[r]++
	}
	fmt.Println(count)
	_, err := os.Open(filepath.Join(dir, "missing", strings.Repeat("x", 200)))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
}

// CHECK: map[ok 4 true:40]
// CHECK-NEXT: open DIR/missing/{{x+}}: no such file or directory
