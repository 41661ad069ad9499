// Package bufio implements buffered I/O (Go 1.19's API). It wraps an
// io.Reader or io.Writer object, creating another object (Reader or
// Writer) that also implements the interface but provides buffering and
// some help for textual I/O.
//
// This file implements Reader. The unread bytes are data[head:tail]; a
// fill moves them to the front and reads once more from the source. prev
// remembers what the last operation consumed so that UnreadByte and
// UnreadRune can step back over it.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

const (
	defaultBufSize = 4096
	minReaderSize  = 16
	// A source that keeps returning 0, nil this many times in a row is
	// reported with io.ErrNoProgress.
	maxEmptyReads = 100
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")

	errNegativeRead  = errors.New("bufio: reader returned negative count from Read")
	errNegativeWrite = errors.New("bufio: writer returned negative count from Write")
)

// Reader implements buffering for an io.Reader object.
type Reader struct {
	data       []byte
	src        io.Reader
	head, tail int
	pending    error // the source's error, reported once the data is used
	prevByte   int   // last byte consumed, or -1 when UnreadByte is invalid
	prevRune   int   // size of the last rune read, or -1
}

// NewReaderSize returns a new Reader whose buffer has at least the
// specified size. If the argument io.Reader is already a Reader with large
// enough size, it returns the underlying Reader.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if br, ok := rd.(*Reader); ok && len(br.data) >= size {
		return br
	}
	if size < minReaderSize {
		size = minReaderSize
	}
	r := new(Reader)
	r.init(make([]byte, size), rd)
	return r
}

// NewReader returns a new Reader whose buffer has the default size.
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

func (b *Reader) init(data []byte, rd io.Reader) {
	*b = Reader{data: data, src: rd, prevByte: -1, prevRune: -1}
}

// Size returns the size of the underlying buffer in bytes.
func (b *Reader) Size() int { return len(b.data) }

// Reset discards any buffered data, resets all state, and switches the
// buffered reader to read from r. Calling Reset on the zero value of
// Reader initializes the internal buffer to the default size.
func (b *Reader) Reset(r io.Reader) {
	if b.data == nil {
		b.data = make([]byte, defaultBufSize)
	}
	b.init(b.data, r)
}

// Buffered returns the number of bytes that can be read from the current
// buffer.
func (b *Reader) Buffered() int { return b.tail - b.head }

// forget invalidates UnreadByte and UnreadRune.
func (b *Reader) forget() {
	b.prevByte = -1
	b.prevRune = -1
}

// takeErr returns the pending error and clears it.
func (b *Reader) takeErr() error {
	err := b.pending
	b.pending = nil
	return err
}

// fill moves the unread data to the front and reads into the free space
// until at least one new byte arrives, an error occurs, or the source
// makes no progress.
func (b *Reader) fill() {
	if b.head > 0 {
		copy(b.data, b.data[b.head:b.tail])
		b.tail -= b.head
		b.head = 0
	}
	if b.tail >= len(b.data) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := 0; tries < maxEmptyReads; tries++ {
		n, err := b.src.Read(b.data[b.tail:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.tail += n
		if err != nil {
			b.pending = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.pending = io.ErrNoProgress
}

// Peek returns the next n bytes without advancing the reader. The bytes
// stop being valid at the next read call. If Peek returns fewer than n
// bytes, it also returns an error explaining why the read is short. The
// error is ErrBufferFull if n is larger than b's buffer size.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forget()
	for b.tail-b.head < n && b.tail-b.head < len(b.data) && b.pending == nil {
		b.fill()
	}
	if n > len(b.data) {
		return b.data[b.head:b.tail], ErrBufferFull
	}
	var err error
	if have := b.tail - b.head; have < n {
		n = have
		if err = b.takeErr(); err == nil {
			err = ErrBufferFull
		}
	}
	return b.data[b.head : b.head+n], err
}

// Discard skips the next n bytes, returning the number of bytes
// discarded. If Discard skips fewer than n bytes, it also returns an
// error.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.forget()
	for discarded < n {
		if b.head == b.tail {
			if b.pending != nil {
				return discarded, b.takeErr()
			}
			b.fill()
			continue
		}
		step := b.tail - b.head
		if step > n-discarded {
			step = n - discarded
		}
		b.head += step
		discarded += step
	}
	return discarded, nil
}

// Read reads data into p. It returns the number of bytes read into p. The
// bytes are taken from at most one Read on the underlying Reader, hence n
// may be less than len(p). At EOF, the count will be zero and err will be
// io.EOF.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.head == b.tail {
		if b.pending != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.data) {
			// A big read bypasses the buffer.
			n, b.pending = b.src.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.prevByte = int(p[n-1])
				b.prevRune = -1
			}
			return n, b.takeErr()
		}
		// One read into the buffer; fill would loop on empty reads.
		b.head, b.tail = 0, 0
		n, b.pending = b.src.Read(b.data)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.takeErr()
		}
		b.tail = n
	}
	n = copy(p, b.data[b.head:b.tail])
	b.head += n
	b.prevByte = int(b.data[b.head-1])
	b.prevRune = -1
	return n, nil
}

// ReadByte reads and returns a single byte. If no byte is available,
// returns an error.
func (b *Reader) ReadByte() (byte, error) {
	b.prevRune = -1
	for b.head == b.tail {
		if b.pending != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	c := b.data[b.head]
	b.head++
	b.prevByte = int(c)
	return c, nil
}

// UnreadByte unreads the last byte. Only the most recently read byte can
// be unread.
func (b *Reader) UnreadByte() error {
	if b.prevByte < 0 || b.head == 0 && b.tail > 0 {
		return ErrInvalidUnreadByte
	}
	if b.head > 0 {
		b.head--
	} else {
		b.tail = 1 // the buffer is empty: the byte becomes its content
	}
	b.data[b.head] = byte(b.prevByte)
	b.forget()
	return nil
}

// ReadRune reads a single UTF-8 encoded Unicode character and returns the
// rune and its size in bytes. If the encoded rune is invalid, it consumes
// one byte and returns unicode.ReplacementChar (U+FFFD) with a size of 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.head+utf8.UTFMax > b.tail && !utf8.FullRune(b.data[b.head:b.tail]) &&
		b.pending == nil && b.tail-b.head < len(b.data) {
		b.fill()
	}
	b.prevRune = -1
	if b.head == b.tail {
		return 0, 0, b.takeErr()
	}
	r, size = rune(b.data[b.head]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.data[b.head:b.tail])
	}
	b.head += size
	b.prevByte = int(b.data[b.head-1])
	b.prevRune = size
	return r, size, nil
}

// UnreadRune unreads the last rune. If the most recent method called on
// the Reader was not a ReadRune, UnreadRune returns an error.
func (b *Reader) UnreadRune() error {
	if b.prevRune < 0 || b.head < b.prevRune {
		return ErrInvalidUnreadRune
	}
	b.head -= b.prevRune
	b.forget()
	return nil
}

// ReadSlice reads until the first occurrence of delim in the input,
// returning a slice pointing at the bytes in the buffer. The bytes stop
// being valid at the next read. ReadSlice fails with error ErrBufferFull
// if the buffer fills without a delim.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // data[head:head+searched] holds no delim
	for {
		if i := bytes.IndexByte(b.data[b.head+searched:b.tail], delim); i >= 0 {
			end := b.head + searched + i + 1
			line = b.data[b.head:end]
			b.head = end
			break
		}
		if b.pending != nil {
			line = b.data[b.head:b.tail]
			b.head = b.tail
			err = b.takeErr()
			break
		}
		if b.Buffered() >= len(b.data) {
			b.head = b.tail
			line = b.data
			err = ErrBufferFull
			break
		}
		searched = b.tail - b.head
		b.fill()
	}
	if len(line) > 0 {
		b.prevByte = int(line[len(line)-1])
		b.prevRune = -1
	}
	return line, err
}

// ReadLine is a low-level line-reading primitive; most callers should use
// ReadBytes('\n') or ReadString('\n') instead, or use a Scanner. It
// returns a line without its end-of-line bytes ("\n" or "\r\n"); isPrefix
// is set when the line was too long for the buffer and more of it
// follows.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a final '\r' for the next call: it may start a "\r\n".
		if n := len(line); n > 0 && line[n-1] == '\r' {
			if b.head == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.head--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	err = nil
	if n := len(line); line[n-1] == '\n' {
		n--
		if n > 0 && line[n-1] == '\r' {
			n--
		}
		line = line[:n]
	}
	return line, false, err
}

// readPieces reads until delim, collecting the full buffers that come
// before the last piece; total is the length of all of them.
func (b *Reader) readPieces(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		piece, e := b.ReadSlice(delim)
		if e != ErrBufferFull {
			return full, piece, total + len(piece), e
		}
		full = append(full, append([]byte(nil), piece...))
		total += len(piece)
	}
}

// ReadBytes reads until the first occurrence of delim in the input,
// returning a slice containing the data up to and including the
// delimiter. If ReadBytes encounters an error before finding a delimiter,
// it returns the data read before the error and the error itself (often
// io.EOF).
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.readPieces(delim)
	out := make([]byte, 0, total)
	for _, p := range full {
		out = append(out, p...)
	}
	return append(out, last...), err
}

// ReadString reads until the first occurrence of delim in the input,
// returning a string containing the data up to and including the
// delimiter.
func (b *Reader) ReadString(delim byte) (string, error) {
	line, err := b.ReadBytes(delim)
	return string(line), err
}

// WriteTo implements io.WriterTo. This may make multiple calls to the Read
// method of the underlying Reader. If the underlying reader supports the
// WriteTo method, this calls the underlying WriteTo without buffering.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forget()
	n, err = b.flushTo(w)
	if err != nil {
		return n, err
	}
	if wt, ok := b.src.(io.WriterTo); ok {
		m, err := wt.WriteTo(w)
		return n + m, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.src)
		return n + m, err
	}
	if b.tail-b.head < len(b.data) {
		b.fill()
	}
	for b.head < b.tail {
		m, err := b.flushTo(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.pending == io.EOF {
		b.pending = nil
	}
	return n, b.takeErr()
}

// flushTo writes the buffered data to w.
func (b *Reader) flushTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.data[b.head:b.tail])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.head += n
	return int64(n), err
}
