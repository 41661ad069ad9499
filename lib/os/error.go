package os

// pathError has the text of Go's *PathError, "open /x: no such file or
// directory", for the file operations of this package (the exported
// *PathError and syscall.Errno come with the rest of package os).
type pathError struct {
	op, path string
	errno    int
}

func (e *pathError) Error() string {
	return e.op + " " + e.path + ": " + errnoString(e.errno)
}

// errnoString is Go's text (strerror's) for the Linux error numbers file
// operations report, or "errno N".
func errnoString(e int) string {
	switch e {
	case 1:
		return "operation not permitted"
	case 2:
		return "no such file or directory"
	case 4:
		return "interrupted system call"
	case 5:
		return "input/output error"
	case 9:
		return "bad file descriptor"
	case 11:
		return "resource temporarily unavailable"
	case 12:
		return "cannot allocate memory"
	case 13:
		return "permission denied"
	case 20:
		return "not a directory"
	case 21:
		return "is a directory"
	case 22:
		return "invalid argument"
	case 23:
		return "too many open files in system"
	case 24:
		return "too many open files"
	case 28:
		return "no space left on device"
	case 32:
		return "broken pipe"
	case 36:
		return "file name too long"
	case 40:
		return "too many levels of symbolic links"
	}
	digits := ""
	for v := e; ; v /= 10 {
		digits = string(rune('0'+v%10)) + digits
		if v < 10 {
			break
		}
	}
	return "errno " + digits
}
