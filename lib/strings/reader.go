// This file implements Reader, the io interfaces over a string.

package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Reader implements the io.Reader, io.ReaderAt, io.ByteReader, io.ByteScanner,
// io.RuneReader, io.RuneScanner, io.Seeker, and io.WriterTo interfaces by reading
// from a string.
// The zero value for Reader operates like a Reader of an empty string.
type Reader struct {
	s        string
	pos      int64 // next byte to read
	lastRune int   // start of the rune the last ReadRune returned, or -1
}

// NewReader returns a new Reader reading from s.
// It is similar to bytes.NewBufferString but more efficient and read-only.
func NewReader(s string) *Reader { return &Reader{s: s, lastRune: -1} }

// Len returns the number of bytes of the unread portion of the
// string.
func (r *Reader) Len() int {
	if r.pos >= int64(len(r.s)) {
		return 0
	}
	return len(r.s) - int(r.pos)
}

// Size returns the original length of the underlying string.
// Size is the number of bytes available for reading via ReadAt.
// The returned value is always the same and is not affected by calls
// to any other method.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read implements the io.Reader interface.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.pos >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.lastRune = -1
	n = copy(b, r.s[r.pos:])
	r.pos += int64(n)
	return n, nil
}

// ReadAt implements the io.ReaderAt interface.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	switch {
	case off < 0:
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	case off >= int64(len(r.s)):
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

// ReadByte implements the io.ByteReader interface.
func (r *Reader) ReadByte() (byte, error) {
	r.lastRune = -1
	if r.pos >= int64(len(r.s)) {
		return 0, io.EOF
	}
	c := r.s[r.pos]
	r.pos++
	return c, nil
}

// UnreadByte implements the io.ByteScanner interface.
func (r *Reader) UnreadByte() error {
	if r.pos <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.lastRune = -1
	r.pos--
	return nil
}

// ReadRune implements the io.RuneReader interface.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.pos >= int64(len(r.s)) {
		r.lastRune = -1
		return 0, 0, io.EOF
	}
	r.lastRune = int(r.pos)
	if c := r.s[r.pos]; c < utf8.RuneSelf {
		r.pos++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.pos:])
	r.pos += int64(size)
	return ch, size, nil
}

// UnreadRune implements the io.RuneScanner interface.
func (r *Reader) UnreadRune() error {
	if r.pos <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.lastRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.pos = int64(r.lastRune)
	r.lastRune = -1
	return nil
}

// Seek implements the io.Seeker interface.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.lastRune = -1
	var base int64
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		base = r.pos
	case io.SeekEnd:
		base = int64(len(r.s))
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	target := base + offset
	if target < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.pos = target
	return target, nil
}

// WriteTo implements the io.WriterTo interface.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.lastRune = -1
	if r.pos >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.pos:]
	m, err := io.WriteString(w, rest)
	if m > len(rest) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.pos += int64(m)
	n = int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return n, err
}

// Reset resets the Reader to be reading from s.
func (r *Reader) Reset(s string) { *r = Reader{s: s, lastRune: -1} }
