// This file implements FileMode and its String form: one letter per set
// type bit (from the top bit down, "-" if none is set) and then the nine
// rwx permission letters.

package fs

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// The defined file mode bits are the most significant bits of the
// FileMode. The nine least-significant bits are the standard Unix rwxrwxrwx
// permissions.
const (
	ModeDir        FileMode = 1 << 31       // d: is a directory
	ModeAppend              = ModeDir >> 1  // a: append-only
	ModeExclusive           = ModeDir >> 2  // l: exclusive use
	ModeTemporary           = ModeDir >> 3  // T: temporary file; Plan 9 only
	ModeSymlink             = ModeDir >> 4  // L: symbolic link
	ModeDevice              = ModeDir >> 5  // D: device file
	ModeNamedPipe           = ModeDir >> 6  // p: named pipe (FIFO)
	ModeSocket              = ModeDir >> 7  // S: Unix domain socket
	ModeSetuid              = ModeDir >> 8  // u: setuid
	ModeSetgid              = ModeDir >> 9  // g: setgid
	ModeCharDevice          = ModeDir >> 10 // c: Unix character device, when ModeDevice is set
	ModeSticky              = ModeDir >> 11 // t: sticky
	ModeIrregular           = ModeDir >> 12 // ?: non-regular file; nothing else is known about this file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

// modeLetters names the bits from ModeDir (bit 31) downwards.
const modeLetters = "dalTLDpSugct?"

func (m FileMode) String() string {
	var buf [32]byte
	n := 0
	for i := 0; i < len(modeLetters); i++ {
		if m&(ModeDir>>uint(i)) != 0 {
			buf[n] = modeLetters[i]
			n++
		}
	}
	if n == 0 {
		buf[n] = '-'
		n++
	}
	for i := 0; i < 9; i++ {
		bit := FileMode(1) << uint(8-i)
		if m&bit != 0 {
			buf[n] = "rwx"[i%3]
		} else {
			buf[n] = '-'
		}
		n++
	}
	return string(buf[:n])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file, that is, that no
// type bit is set.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m (m & ModePerm).
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns type bits in m (m & ModeType).
func (m FileMode) Type() FileMode { return m & ModeType }
