// This file implements os.ReadFile (Go 1.19's API) on the runtime's file
// hooks (runtime/os_file_linux.cpp: os.readFile_open, os.readFile_read,
// os.readFile_close), which leave the P while they block, and Go 1.19's
// raise of the open-file limit at initialization. It is
// self-contained so that the fuller os package (File, Open, PathError,
// syscall.Errno) can later replace its private error type.

package os

// Implemented by the runtime: errno is 0 on success.
func readFile_open(name string) (fd int, errno int)
func readFile_read(fd int, p []byte) (n int, errno int)
func readFile_close(fd int) (errno int)
func raiseFileLimit()

// As in Go 1.19 (os/rlimit.go), a program that imports os runs with its
// soft limit on open files raised to the hard limit.
func init() {
	raiseFileLimit()
}

// ReadFile reads the named file and returns the contents.
// A successful call returns err == nil, not err == EOF.
// Because ReadFile reads the whole file, it does not treat an EOF from Read
// as an error to be reported.
func ReadFile(name string) ([]byte, error) {
	fd, e := readFile_open(name)
	if e != 0 {
		return nil, &pathError{"open", name, e}
	}
	defer readFile_close(fd)
	// Files in /proc report size 0, so start small and grow.
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, e := readFile_read(fd, data[len(data):cap(data)])
		if e != 0 {
			return data, &pathError{"read", name, e}
		}
		if n == 0 {
			return data, nil
		}
		data = data[:len(data)+n]
	}
}
