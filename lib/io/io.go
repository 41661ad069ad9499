// Package io declares the basic I/O interfaces (Reader, Writer and their
// relatives) and a handful of helpers built only on those interfaces.
//
// This is golite's own implementation, written from the package's API
// documentation; it reproduces Go 1.19's observable behaviour.
package io

import (
	"errors"
	"sync"
)

// Seek whence values.
const (
	SeekStart   = 0 // seek relative to the origin of the file
	SeekCurrent = 1 // seek relative to the current offset
	SeekEnd     = 2 // seek relative to the end
)

// EOF is returned by Read when no more input is available.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means that EOF was met in the middle of a fixed-size read.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite means a write accepted fewer bytes than asked without an error.
var ErrShortWrite = errors.New("short write")

// ErrShortBuffer means a read needed a longer buffer than was provided.
var ErrShortBuffer = errors.New("short buffer")

// ErrNoProgress is returned by clients of a Reader that keeps returning
// neither data nor an error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// ErrClosedPipe is the error for reads and writes on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// Errors private to this package.
var (
	errBadWriteCount = errors.New("invalid write result")
	errSeekWhence    = errors.New("Seek: invalid whence")
	errSeekOffset    = errors.New("Seek: invalid offset")
)

// ---- the interfaces ----------------------------------------------------

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// ---- reading and writing helpers ---------------------------------------

// WriteString writes s to w, through w's own WriteString when it has one,
// otherwise with exactly one call to w.Write.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast keeps reading from r into buf until at least min bytes came in.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	for err == nil && n < min {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	switch {
	case n >= min:
		// Enough data: whatever error came with it is not reported.
		err = nil
	case n > 0 && err == EOF:
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes from r.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// ReadAll reads r to its end. Like Go 1.19 it starts with a 512-byte
// buffer and lets append decide how to grow it.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			// Full: let append pick the next capacity.
			data = append(data, 0)[:len(data)]
		}
		got, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+got]
		if err != nil {
			if err == EOF {
				return data, nil
			}
			return data, err
		}
	}
}

// ---- copying -----------------------------------------------------------

// defaultCopySize is the staging buffer size used when the caller gives none.
const defaultCopySize = 32 * 1024

// Copy copies src to dst until EOF or the first error.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return stageCopy(dst, src, nil)
}

// CopyBuffer is Copy staging through buf; an empty non-nil buf panics.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return stageCopy(dst, src, buf)
}

// CopyN copies exactly n bytes unless an error (EOF included) stops it.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if err == nil && written < n {
		// The source ran dry before n bytes.
		err = EOF
	}
	return written, err
}

// stageCopy is the engine behind Copy and CopyBuffer. It prefers the
// source's WriteTo, then the destination's ReadFrom, and otherwise moves the
// data through a buffer (allocated when stage is nil).
func stageCopy(dst Writer, src Reader, stage []byte) (total int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if stage == nil {
		size := defaultCopySize
		// No point allocating more than a limited source can produce.
		if lr, ok := src.(*LimitedReader); ok && lr.N < int64(size) {
			if lr.N < 1 {
				size = 1
			} else {
				size = int(lr.N)
			}
		}
		stage = make([]byte, size)
	}
	for {
		got, rerr := src.Read(stage)
		if got > 0 {
			put, werr := dst.Write(stage[:got])
			if put < 0 || put > got {
				// A Writer that claims the impossible.
				put = 0
				if werr == nil {
					werr = errBadWriteCount
				}
			}
			total += int64(put)
			if werr != nil {
				return total, werr
			}
			if put != got {
				return total, ErrShortWrite
			}
		}
		if rerr != nil {
			if rerr == EOF {
				return total, nil
			}
			return total, rerr
		}
	}
}

// ---- LimitedReader -----------------------------------------------------

// LimitReader returns a Reader that stops with EOF after n bytes of r.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{R: r, N: n} }

// A LimitedReader reads from R but hands out at most N more bytes.
type LimitedReader struct {
	R Reader // underlying reader
	N int64  // max bytes remaining
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// ---- SectionReader -----------------------------------------------------

// SectionReader implements Read, Seek and ReadAt on the window
// [start, end) of an underlying ReaderAt.
type SectionReader struct {
	src   ReaderAt
	start int64 // first offset of the window in src
	pos   int64 // next offset Read uses, in src coordinates
	end   int64 // one past the last offset of the window
}

// NewSectionReader returns a SectionReader over n bytes of r from offset off.
// When off+n does not fit in an int64 (Go 1.19 compares off against
// maxInt64-n with wrapping arithmetic), the window extends to maxInt64.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const maxInt64 = 1<<63 - 1
	end := int64(maxInt64)
	if off <= maxInt64-n {
		end = off + n
	}
	return &SectionReader{src: r, start: off, pos: off, end: end}
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.pos >= s.end {
		return 0, EOF
	}
	if left := s.end - s.pos; int64(len(p)) > left {
		p = p[:left]
	}
	n, err = s.src.ReadAt(p, s.pos)
	s.pos += int64(n)
	return n, err
}

func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	var abs int64
	switch whence {
	case SeekStart:
		abs = s.start + offset
	case SeekCurrent:
		abs = s.pos + offset
	case SeekEnd:
		abs = s.end + offset
	default:
		return 0, errSeekWhence
	}
	if abs < s.start {
		return 0, errSeekOffset
	}
	s.pos = abs
	return abs - s.start, nil
}

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.Size() {
		return 0, EOF
	}
	at := s.start + off
	left := s.end - at
	if int64(len(p)) <= left {
		return s.src.ReadAt(p, at)
	}
	// The request runs past the window: read what is there and say EOF.
	n, err = s.src.ReadAt(p[:left], at)
	if err == nil {
		err = EOF
	}
	return n, err
}

// Size returns the size of the section in bytes.
func (s *SectionReader) Size() int64 { return s.end - s.start }

// ---- TeeReader ---------------------------------------------------------

// TeeReader returns a Reader that writes to w everything it reads from r.
func TeeReader(r Reader, w Writer) Reader { return &tee{src: r, copyTo: w} }

type tee struct {
	src    Reader
	copyTo Writer
}

func (t *tee) Read(p []byte) (int, error) {
	n, err := t.src.Read(p)
	if n > 0 {
		if wn, werr := t.copyTo.Write(p[:n]); werr != nil {
			return wn, werr
		}
	}
	return n, err
}

// ---- Discard -----------------------------------------------------------

// Discard is a Writer on which every Write succeeds without doing anything.
var Discard Writer = sink{}

// sink is the type of Discard. It also implements ReaderFrom so that
// Copy(Discard, r) drains r through a pooled 8 KiB scratch buffer.
type sink struct{}

var _ ReaderFrom = sink{}

const sinkBufSize = 8192

var sinkBuffers = sync.Pool{New: func() any {
	b := make([]byte, sinkBufSize)
	return &b
}}

func (sink) Write(p []byte) (int, error) { return len(p), nil }

func (sink) WriteString(s string) (int, error) { return len(s), nil }

func (sink) ReadFrom(r Reader) (n int64, err error) {
	scratch := sinkBuffers.Get().(*[]byte)
	defer sinkBuffers.Put(scratch)
	for {
		got, rerr := r.Read(*scratch)
		n += int64(got)
		if rerr != nil {
			if rerr == EOF {
				return n, nil
			}
			return n, rerr
		}
	}
}

// ---- NopCloser ---------------------------------------------------------

// NopCloser wraps r with a Close that does nothing. When r is a WriterTo
// the result is one too (as in Go 1.19).
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return noCloseWriterTo{r}
	}
	return noClose{r}
}

type noClose struct {
	Reader
}

func (noClose) Close() error { return nil }

type noCloseWriterTo struct {
	Reader
}

func (noCloseWriterTo) Close() error { return nil }

func (c noCloseWriterTo) WriteTo(w Writer) (int64, error) {
	return c.Reader.(WriterTo).WriteTo(w)
}
