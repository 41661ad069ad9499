// This file implements Buffer, a byte queue that grows as written: unread
// bytes are buf[off:]; space freed at the front is reused by sliding the
// data down before the slice is reallocated.

package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// MinRead is the minimum slice size passed to a Read call by
// Buffer.ReadFrom. As long as the Buffer has at least MinRead bytes beyond
// what is required to hold the contents of r, ReadFrom will not grow the
// underlying buffer.
const MinRead = 512

// ErrTooLarge is passed to panic if memory cannot be allocated to store data in a buffer.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

// A Buffer is a variable-sized buffer of bytes with Read and Write methods.
// The zero value for Buffer is an empty buffer ready to use.
type Buffer struct {
	buf  []byte
	off  int // read position
	last int // what the last read was: undoLen or a rune width (1..4)
}

// Values of Buffer.last besides rune widths.
const (
	lastOther = -1 // a read that UnreadByte may undo
	lastNone  = 0  // nothing to undo
)

// firstAlloc is the capacity of a Buffer's first allocation for small writes.
const firstAlloc = 64

// NewBuffer creates and initializes a new Buffer using buf as its
// initial contents. The new Buffer takes ownership of buf, and the
// caller should not use buf after this call. NewBuffer is intended to
// prepare a Buffer to read existing data. It can also be used to set
// the initial size of the internal buffer for writing. To do that,
// buf should have the desired capacity but a length of zero.
//
// In most cases, new(Buffer) (or just declaring a Buffer variable) is
// sufficient to initialize a Buffer.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString creates and initializes a new Buffer using string s as its
// initial contents. It is intended to prepare a buffer to read an existing
// string.
//
// In most cases, new(Buffer) (or just declaring a Buffer variable) is
// sufficient to initialize a Buffer.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns a slice of length b.Len() holding the unread portion of the buffer.
// The slice is valid for use only until the next buffer modification (that is,
// only until the next call to a method like Read, Write, Reset, or Truncate).
// The slice aliases the buffer content at least until the next buffer modification,
// so immediate changes to the slice will affect the result of future reads.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the contents of the unread portion of the buffer
// as a string. If the Buffer is a nil pointer, it returns "<nil>".
//
// To build strings more efficiently, see the strings.Builder type.
func (b *Buffer) String() string {
	if b != nil {
		return string(b.Bytes())
	}
	return "<nil>"
}

// Len returns the number of bytes of the unread portion of the buffer;
// b.Len() == len(b.Bytes()).
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the buffer's underlying byte slice, that is, the
// total space allocated for the buffer's data.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Truncate discards all but the first n unread bytes from the buffer
// but continues to use the same allocated storage.
// It panics if n is negative or greater than the length of the buffer.
func (b *Buffer) Truncate(n int) {
	switch {
	case n == 0:
		b.Reset()
	case 0 < n && n <= b.Len():
		b.last = lastNone
		b.buf = b.buf[:b.off+n]
	default:
		b.last = lastNone
		panic("bytes.Buffer: truncation out of range")
	}
}

// Reset resets the buffer to be empty,
// but it retains the underlying storage for use by future writes.
// Reset is the same as Truncate(0).
func (b *Buffer) Reset() {
	b.buf, b.off, b.last = b.buf[:0], 0, lastNone
}

// extend makes room for n more bytes and returns the index where they
// go; len(b.buf) grows by n.
func (b *Buffer) extend(n int) int {
	have := b.Len()
	if have == 0 && b.off != 0 {
		b.Reset()
	}
	if at := len(b.buf); n <= cap(b.buf)-at {
		b.buf = b.buf[:at+n]
		return at
	}
	if b.buf == nil && n <= firstAlloc {
		b.buf = make([]byte, n, firstAlloc)
		return 0
	}
	c := cap(b.buf)
	switch {
	case n <= c/2-have:
		// Enough room once the unread bytes slide to the front.
		copy(b.buf, b.buf[b.off:])
	case c > maxInt-c-n:
		panic(ErrTooLarge)
	default:
		// At least double the capacity beyond off, letting append round
		// the size up to its allocation class.
		want := len(b.buf) + n
		if twice := 2 * (c - b.off); want < twice {
			want = twice
		}
		fresh := allocate(want)
		copy(fresh, b.buf[b.off:])
		b.buf = fresh
	}
	b.off = 0
	b.buf = b.buf[:have+n]
	return have
}

const maxInt = int(^uint(0) >> 1)

// allocate makes a slice of at least n bytes (append's rounding), turning
// an allocation failure into a panic with ErrTooLarge.
func allocate(n int) []byte {
	defer asTooLarge()
	return append([]byte(nil), make([]byte, n)...)
}

// asTooLarge, deferred, turns any panic into one with ErrTooLarge.
func asTooLarge() {
	if recover() != nil {
		panic(ErrTooLarge)
	}
}

// Grow grows the buffer's capacity, if necessary, to guarantee space for
// another n bytes. After Grow(n), at least n bytes can be written to the
// buffer without another allocation.
// If n is negative, Grow will panic.
// If the buffer can't grow it will panic with ErrTooLarge.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	at := b.extend(n)
	b.buf = b.buf[:at]
}

// Write appends the contents of p to the buffer, growing the buffer as
// needed. The return value n is the length of p; err is always nil. If the
// buffer becomes too large, Write will panic with ErrTooLarge.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.last = lastNone
	at := b.extend(len(p))
	return copy(b.buf[at:], p), nil
}

// WriteString appends the contents of s to the buffer, growing the buffer as
// needed. The return value n is the length of s; err is always nil. If the
// buffer becomes too large, WriteString will panic with ErrTooLarge.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.last = lastNone
	at := b.extend(len(s))
	return copy(b.buf[at:], s), nil
}

// WriteByte appends the byte c to the buffer, growing the buffer as needed.
// The returned error is always nil, but is included to match bufio.Writer's
// WriteByte. If the buffer becomes too large, WriteByte will panic with
// ErrTooLarge.
func (b *Buffer) WriteByte(c byte) error {
	b.last = lastNone
	at := b.extend(1)
	b.buf[at] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to the
// buffer, returning its length and an error, which is always nil but is
// included to match bufio.Writer's WriteRune. The buffer is grown as needed;
// if it becomes too large, WriteRune will panic with ErrTooLarge.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		return 1, b.WriteByte(byte(r))
	}
	b.last = lastNone
	at := b.extend(utf8.UTFMax)
	n = utf8.EncodeRune(b.buf[at:at+utf8.UTFMax], r)
	b.buf = b.buf[:at+n]
	return n, nil
}

// ReadFrom reads data from r until EOF and appends it to the buffer, growing
// the buffer as needed. The return value n is the number of bytes read. Any
// error except io.EOF encountered during the read is also returned. If the
// buffer becomes too large, ReadFrom will panic with ErrTooLarge.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.last = lastNone
	for {
		at := b.extend(MinRead)
		b.buf = b.buf[:at]
		got, rerr := r.Read(b.buf[at:cap(b.buf)])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:at+got]
		n += int64(got)
		switch {
		case rerr == io.EOF:
			return n, nil
		case rerr != nil:
			return n, rerr
		}
	}
}

// WriteTo writes data to w until the buffer is drained or an error occurs.
// The return value n is the number of bytes written; it always fits into an
// int, but it is int64 to match the io.WriterTo interface. Any error
// encountered during the write is also returned.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.last = lastNone
	pending := b.Bytes()
	if len(pending) == 0 {
		b.Reset()
		return 0, nil
	}
	wrote, werr := w.Write(pending)
	if wrote > len(pending) {
		panic("bytes.Buffer.WriteTo: invalid Write count")
	}
	b.off += wrote
	switch {
	case werr != nil:
		return int64(wrote), werr
	case wrote < len(pending):
		return int64(wrote), io.ErrShortWrite
	}
	b.Reset()
	return int64(wrote), nil
}

// drained resets an empty buffer and reports whether it was empty.
func (b *Buffer) drained() bool {
	if b.Len() > 0 {
		return false
	}
	b.Reset()
	return true
}

// Read reads the next len(p) bytes from the buffer or until the buffer
// is drained. The return value n is the number of bytes read. If the
// buffer has no data to return, err is io.EOF (unless len(p) is zero);
// otherwise it is nil.
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.last = lastNone
	if b.drained() {
		if len(p) > 0 {
			err = io.EOF
		}
		return 0, err
	}
	n = copy(p, b.Bytes())
	b.off += n
	if n > 0 {
		b.last = lastOther
	}
	return n, nil
}

// Next returns a slice containing the next n bytes from the buffer,
// advancing the buffer as if the bytes had been returned by Read.
// If there are fewer than n bytes in the buffer, Next returns the entire buffer.
// The slice is only valid until the next call to a read or write method.
func (b *Buffer) Next(n int) []byte {
	b.last = lastNone
	if have := b.Len(); n > have {
		n = have
	}
	out := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.last = lastOther
	}
	return out
}

// ReadByte reads and returns the next byte from the buffer.
// If no byte is available, it returns error io.EOF.
func (b *Buffer) ReadByte() (byte, error) {
	if b.drained() {
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.last = lastOther
	return c, nil
}

// ReadRune reads and returns the next UTF-8-encoded
// Unicode code point from the buffer.
// If no bytes are available, the error returned is io.EOF.
// If the bytes are an erroneous UTF-8 encoding, it
// consumes one byte and returns U+FFFD, 1.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.drained() {
		return 0, 0, io.EOF
	}
	if c := b.buf[b.off]; c < utf8.RuneSelf {
		r, size = rune(c), 1
	} else {
		r, size = utf8.DecodeRune(b.buf[b.off:])
	}
	b.off += size
	b.last = size
	return r, size, nil
}

// UnreadRune unreads the last rune returned by ReadRune.
// If the most recent read or write operation on the buffer was
// not a successful ReadRune, UnreadRune returns an error.  (In this regard
// it is stricter than UnreadByte, which will unread the last byte
// from any read operation.)
func (b *Buffer) UnreadRune() error {
	if b.last <= lastNone {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= b.last {
		b.off -= b.last
	}
	b.last = lastNone
	return nil
}

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// UnreadByte unreads the last byte returned by the most recent successful
// read operation that read at least one byte. If a write has happened since
// the last read, if the last read returned an error, or if the read read zero
// bytes, UnreadByte returns an error.
func (b *Buffer) UnreadByte() error {
	if b.last == lastNone {
		return errUnreadByte
	}
	b.last = lastNone
	if b.off > 0 {
		b.off--
	}
	return nil
}

// upTo consumes and returns the unread bytes through the first delim, or
// all of them and io.EOF; the result aliases the buffer.
func (b *Buffer) upTo(delim byte) (line []byte, err error) {
	rest := b.Bytes()
	k := IndexByte(rest, delim) + 1
	if k == 0 {
		k, err = len(rest), io.EOF
	}
	b.off += k
	b.last = lastOther
	return rest[:k], err
}

// ReadBytes reads until the first occurrence of delim in the input,
// returning a slice containing the data up to and including the delimiter.
// If ReadBytes encounters an error before finding a delimiter,
// it returns the data read before the error and the error itself (often io.EOF).
// ReadBytes returns err != nil if and only if the returned data does not end in
// delim.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	part, err := b.upTo(delim)
	return append(line, part...), err
}

// ReadString reads until the first occurrence of delim in the input,
// returning a string containing the data up to and including the delimiter.
// If ReadString encounters an error before finding a delimiter,
// it returns the data read before the error and the error itself (often io.EOF).
// ReadString returns err != nil if and only if the returned data does not end
// in delim.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	part, err := b.upTo(delim)
	return string(part), err
}
