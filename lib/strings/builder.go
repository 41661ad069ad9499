// This file implements Builder, which accumulates bytes in a slice and
// hands them out as a string without copying them.

package strings

import (
	"unicode/utf8"
	"unsafe"
)

// A Builder is used to efficiently build a string using Write methods.
// It minimizes memory copying. The zero value is ready to use.
// Do not copy a non-zero Builder.
type Builder struct {
	self *Builder // the Builder's own address once used; detects copies
	buf  []byte
}

// claim records b's address on first use and panics if b is a copy of a
// Builder that was already used.
func (b *Builder) claim() {
	if b.self == nil {
		b.self = b
		return
	}
	if b.self != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string {
	return *(*string)(unsafe.Pointer(&b.buf))
}

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's underlying byte slice. It is the
// total space allocated for the string being built and includes any bytes
// already written.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.self = nil
	b.buf = nil
}

// Grow grows b's capacity, if necessary, to guarantee space for
// another n bytes. After Grow(n), at least n bytes can be written to b
// without another allocation. If n is negative, Grow panics.
func (b *Builder) Grow(n int) {
	b.claim()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	b.reserve(n)
}

// reserve makes room for n more bytes, doubling the capacity and adding n
// when there is not enough.
func (b *Builder) reserve(n int) {
	if cap(b.buf)-len(b.buf) >= n {
		return
	}
	bigger := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(bigger, b.buf)
	b.buf = bigger
}

// Write appends the contents of p to b's buffer.
// Write always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.claim()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer.
// The returned error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.claim()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer.
// It returns the length of r and a nil error.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.claim()
	if uint32(r) < utf8.RuneSelf {
		b.buf = append(b.buf, byte(r))
		return 1, nil
	}
	b.reserve(utf8.UTFMax)
	at := len(b.buf)
	n := utf8.EncodeRune(b.buf[at:at+utf8.UTFMax], r)
	b.buf = b.buf[:at+n]
	return n, nil
}

// WriteString appends the contents of s to b's buffer.
// It returns the length of s and a nil error.
func (b *Builder) WriteString(s string) (int, error) {
	b.claim()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
