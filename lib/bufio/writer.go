// This file implements Writer: data collects in data[:used] and goes to
// the destination when the buffer is full or on Flush. After a write
// error every later call reports that error.

package bufio

import (
	"io"
	"unicode/utf8"
)

// Writer implements buffering for an io.Writer object. If an error occurs
// writing to a Writer, no more data will be accepted and all subsequent
// writes, and Flush, will return the error. After all data has been
// written, the client should call the Flush method to guarantee all data
// has been forwarded to the underlying io.Writer.
type Writer struct {
	failed error
	data   []byte
	used   int
	dst    io.Writer
}

// NewWriterSize returns a new Writer whose buffer has at least the
// specified size. If the argument io.Writer is already a Writer with large
// enough size, it returns the underlying Writer.
func NewWriterSize(w io.Writer, size int) *Writer {
	if bw, ok := w.(*Writer); ok && len(bw.data) >= size {
		return bw
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{data: make([]byte, size), dst: w}
}

// NewWriter returns a new Writer whose buffer has the default size.
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// Size returns the size of the underlying buffer in bytes.
func (b *Writer) Size() int { return len(b.data) }

// Reset discards any unflushed buffered data, clears any error, and resets
// b to write its output to w. Calling Reset on the zero value of Writer
// initializes the internal buffer to the default size.
func (b *Writer) Reset(w io.Writer) {
	if b.data == nil {
		b.data = make([]byte, defaultBufSize)
	}
	b.failed = nil
	b.used = 0
	b.dst = w
}

// Flush writes any buffered data to the underlying io.Writer.
func (b *Writer) Flush() error {
	if b.failed != nil {
		return b.failed
	}
	if b.used == 0 {
		return nil
	}
	n, err := b.dst.Write(b.data[:b.used])
	if n < b.used && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < b.used {
			copy(b.data, b.data[n:b.used])
		}
		b.used -= n
		b.failed = err
		return err
	}
	b.used = 0
	return nil
}

// Available returns how many bytes are unused in the buffer.
func (b *Writer) Available() int { return len(b.data) - b.used }

// AvailableBuffer returns an empty buffer with b.Available() capacity.
// This buffer is intended to be appended to and passed to an immediately
// succeeding Write call.
func (b *Writer) AvailableBuffer() []byte { return b.data[b.used:][:0] }

// Buffered returns the number of bytes that have been written into the
// current buffer.
func (b *Writer) Buffered() int { return b.used }

// Write writes the contents of p into the buffer. It returns the number of
// bytes written. If nn < len(p), it also returns an error explaining why
// the write is short.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.failed == nil {
		var n int
		if b.used == 0 {
			// Nothing buffered: write a big p directly.
			n, b.failed = b.dst.Write(p)
		} else {
			n = copy(b.data[b.used:], p)
			b.used += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.failed != nil {
		return nn, b.failed
	}
	n := copy(b.data[b.used:], p)
	b.used += n
	return nn + n, nil
}

// WriteByte writes a single byte.
func (b *Writer) WriteByte(c byte) error {
	if b.failed != nil {
		return b.failed
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.failed
	}
	b.data[b.used] = c
	b.used++
	return nil
}

// WriteRune writes a single Unicode code point, returning the number of
// bytes written and any error.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.failed != nil {
		return 0, b.failed
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.failed != nil {
			return 0, b.failed
		}
		if b.Available() < utf8.UTFMax {
			// A buffer smaller than one rune: go through WriteString.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.data[b.used:], r)
	b.used += size
	return size, nil
}

// WriteString writes a string. It returns the number of bytes written. If
// the count is less than len(s), it also returns an error explaining why
// the write is short.
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	sw, isStringWriter := b.dst.(io.StringWriter)
	for len(s) > b.Available() && b.failed == nil {
		var n int
		if isStringWriter && b.used == 0 {
			// Nothing buffered: hand a big s to the destination.
			n, b.failed = sw.WriteString(s)
		} else {
			n = copy(b.data[b.used:], s)
			b.used += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.failed != nil {
		return nn, b.failed
	}
	n := copy(b.data[b.used:], s)
	b.used += n
	return nn + n, nil
}

// ReadFrom implements io.ReaderFrom. If the underlying writer supports the
// ReadFrom method, this calls the underlying ReadFrom. If there is
// buffered data and an underlying ReadFrom, this fills the buffer and
// writes it before calling ReadFrom.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.failed != nil {
		return 0, b.failed
	}
	rf, hasReadFrom := b.dst.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if err := b.Flush(); err != nil {
				return n, err
			}
		}
		if hasReadFrom && b.used == 0 {
			m, err := rf.ReadFrom(r)
			b.failed = err
			return n + m, err
		}
		var m int
		empty := 0
		for {
			m, err = r.Read(b.data[b.used:])
			if m != 0 || err != nil {
				break
			}
			if empty++; empty == maxEmptyReads {
				return n, io.ErrNoProgress
			}
		}
		b.used += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		// A buffer filled exactly is flushed now.
		if b.Available() == 0 {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
}

// ReadWriter stores pointers to a Reader and a Writer. It implements
// io.ReadWriter.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter allocates a new ReadWriter that dispatches to r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
