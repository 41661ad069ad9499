// Package os provides a platform-independent interface to operating system
// functionality (Go 1.19's API, Linux only). Errors are of type *PathError
// (io/fs's) and friends, wrapping the Linux error number.
//
// This file holds the process-wide parts: the arguments, exit, process and
// user ids, the host name and the executable's path.
package os

import "internal/errno"

// Implemented by the runtime (runtime/os_linux.cpp).
func runtime_argc() int
func runtime_argv(i int) string
func runtime_exit(code int)

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	n := runtime_argc()
	Args = make([]string, n)
	for i := 0; i < n; i++ {
		Args[i] = runtime_argv(i)
	}
}

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run.
func Exit(code int) {
	runtime_exit(code)
}

// Getpid returns the process id of the caller.
func Getpid() int { return sys_getid(0) }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return sys_getid(1) }

// Getuid returns the numeric user id of the caller.
func Getuid() int { return sys_getid(2) }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return sys_getid(3) }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return sys_getid(4) }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return sys_getid(5) }

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return sys_getid(6) }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	var buf [65]byte
	n, e := sys_hostname(buf[:])
	if e != 0 {
		return "", NewSyscallError("uname", errno.Errno(e))
	}
	return string(buf[:n]), nil
}

// Executable returns the path name for the executable that started the
// current process.
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	const deleted = " (deleted)"
	if len(p) > len(deleted) && p[len(p)-len(deleted):] == deleted {
		p = p[:len(p)-len(deleted)]
	}
	return p, nil
}
