// Package tabwriter lines up tab-terminated cells of text in columns, after
// the "elastic tabstops" idea: a column is as wide as its widest cell over
// a run of consecutive lines that all have a cell in it.
//
// This file implements Writer. Input is cut into cells as it arrives and
// kept until a flush: the text bytes in one buffer, the cells of all held
// lines in one flat slice, and per line the index where its cells end.
// A flush measures every column block in one pass per column index (a
// block for column c is a maximal run of held lines that have a
// tab-terminated cell c), renders all lines into one byte slice and hands
// it to the destination with a single Write.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// Formatting flags for Init and NewWriter.
const (
	// FilterHTML passes HTML tags (width 0) and entities (width 1) through
	// without looking for cell or line ends inside them.
	FilterHTML uint = 1 << iota

	// StripEscape drops the Escape bytes around escaped segments instead
	// of copying them to the output.
	StripEscape

	// AlignRight puts the padding before a cell's text instead of after.
	AlignRight

	// DiscardEmptyColumns gives width 0 to columns whose cells are all
	// empty and ended by '\v'.
	DiscardEmptyColumns

	// TabIndent pads the leading empty cells of a line with tabs,
	// whatever the padding character.
	TabIndent

	// Debug prints '|' between the cells of a line and "---" after a
	// form feed.
	Debug
)

// Escape brackets a segment of text that the Writer copies as is: tabs and
// line breaks inside it do not end cells, and it counts as wide as the
// text between the two Escape bytes. 0xff never occurs in valid UTF-8.
const Escape = '\xff'

// cell is one terminated cell of a held line.
// 32-bit counts keep it at 16 bytes: a table holds one per cell.
type cell struct {
	size   int32 // bytes of text in Writer.text
	width  int32 // display width: runes, tags 0, entities 1
	column int32 // width of the column block it belongs to (set by flush)
	hard   bool  // ended by '\t' (a '\v' or line end is soft)
}

// A Writer is an io.Writer filter that pads the tab-terminated cells of its
// input so that the cells of each column line up. Cells end at '\t' or
// '\v', lines at '\n' or '\f'; the text after the last tab of a line is a
// cell that belongs to no column. A '\f' also ends every column (it
// flushes). Output is held back until a flush, so call Flush after the
// last Write.
type Writer struct {
	dst      io.Writer
	ready    bool // set by Init; a zero Writer cannot take cells
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	text    []byte // text of the held cells, in input order
	cells   []cell // terminated cells of all held lines
	lineEnd []int  // per ended line: len(cells) right after its last cell

	// The cell being read: its text is text[open:], of which the bytes
	// before measured have been added to openWidth already.
	open      int
	measured  int
	openWidth int

	// closer is the byte that ends the escaped segment, tag or entity
	// being read ('\xff', '>' or ';'), 0 when reading plain text.
	closer byte

	out  []byte // rendering buffer reused by flushes
	live []int  // line list reused by measureColumns
}

// Init sets the destination and the formatting parameters and drops any
// held text:
//
//	minwidth  the least width of a column cell, padding included
//	tabwidth  how many columns a tab advances (for tab padding)
//	padding   added to the widest cell's width to get the column width
//	padchar   the byte used for padding; with '\t' the Writer assumes
//	          tab stops every tabwidth columns and always aligns left
//	flags     an OR of the flag constants
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	if padchar == '\t' {
		flags &^= AlignRight // tab stops only work left-aligned
	}
	*b = Writer{
		dst:      output,
		ready:    true,
		minwidth: minwidth,
		tabwidth: tabwidth,
		padding:  padding,
		padchar:  padchar,
		flags:    flags,
		text:     b.text[:0],
		cells:    b.cells[:0],
		lineEnd:  b.lineEnd[:0],
		out:      b.out[:0],
		live:     b.live[:0],
	}
	return b
}

// NewWriter returns a new Writer set up as by Init.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// discard forgets everything held.
func (b *Writer) discard() {
	b.text = b.text[:0]
	b.cells = b.cells[:0]
	b.lineEnd = b.lineEnd[:0]
	b.open, b.measured, b.openWidth = 0, 0, 0
	b.closer = 0
}

// rethrow turns a panic raised while writing to the destination into the
// panic Go's tabwriter raises.
func rethrow(op string) {
	if recover() != nil {
		panic("tabwriter: panic during " + op)
	}
}

// measure adds the runes of the plain text read since the last call to
// the open cell's width.
func (b *Writer) measure() {
	b.openWidth += utf8.RuneCount(b.text[b.measured:])
	b.measured = len(b.text)
}

// endCell terminates the open cell and returns how many cells the current
// line has now.
func (b *Writer) endCell(hard bool) int {
	if !b.ready {
		panic("tabwriter: Writer used before Init")
	}
	b.measure()
	b.cells = append(b.cells, cell{size: int32(len(b.text) - b.open), width: int32(b.openWidth), hard: hard})
	b.open, b.openWidth = len(b.text), 0
	first := 0
	if k := len(b.lineEnd); k > 0 {
		first = b.lineEnd[k-1]
	}
	return len(b.cells) - first
}

// beginSegment starts an escaped segment, tag or entity opened by c.
func (b *Writer) beginSegment(c byte) {
	b.measure()
	switch c {
	case Escape:
		b.closer = Escape
		if b.flags&StripEscape != 0 {
			return
		}
	case '<':
		b.closer = '>'
	default:
		b.closer = ';'
	}
	b.text = append(b.text, c)
}

// endSegment closes the segment being read, adding its width.
func (b *Writer) endSegment() {
	switch b.closer {
	case Escape:
		w := utf8.RuneCount(b.text[b.measured:])
		if b.flags&StripEscape == 0 {
			w -= 2 // the two Escape bytes take no room
		}
		b.openWidth += w
	case ';':
		b.openWidth++ // an entity shows as one character
	}
	b.measured = len(b.text)
	b.closer = 0
}

// plainRun returns how many bytes at the start of p are plain text: no
// cell or line end, no Escape, and with FilterHTML no '<' or '&'.
func (b *Writer) plainRun(p []byte) int {
	html := b.flags&FilterHTML != 0
	for j, c := range p {
		switch c {
		case '\t', '\v', '\n', '\f', Escape:
			return j
		case '<', '&':
			if html {
				return j
			}
		}
	}
	return len(p)
}

// Write buffers buf, flushing when a line break leaves nothing that could
// affect the lines held (a form feed, or a line without tabs). The only
// errors are those of the destination; n then counts the bytes consumed up
// to the line break whose flush failed.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer rethrow("Write")
	i := 0
	for i < len(buf) {
		if b.closer != 0 {
			// Inside a segment: copy up to and including its closer.
			j := i
			for j < len(buf) && buf[j] != b.closer {
				j++
			}
			b.text = append(b.text, buf[i:j]...)
			if j == len(buf) {
				break
			}
			if b.closer != Escape || b.flags&StripEscape == 0 {
				b.text = append(b.text, b.closer)
			}
			b.endSegment()
			i = j + 1
			continue
		}
		j := i + b.plainRun(buf[i:])
		b.text = append(b.text, buf[i:j]...)
		if j == len(buf) {
			break
		}
		c := buf[j]
		i = j + 1
		switch c {
		case '\t', '\v':
			b.endCell(c == '\t')
		case '\n', '\f':
			ncells := b.endCell(false)
			b.lineEnd = append(b.lineEnd, len(b.cells))
			if c == '\n' && ncells > 1 {
				continue // later lines may still widen this one's columns
			}
			if err := b.flush(); err != nil {
				return i, err
			}
			if c == '\f' && b.flags&Debug != 0 {
				if err := b.emit([]byte("---\n")); err != nil {
					return i, err
				}
			}
		default:
			b.beginSegment(c)
		}
	}
	return len(buf), nil
}

// Flush writes out everything held, treating an unterminated escape at the
// end as closed. Call it after the last Write.
func (b *Writer) Flush() error {
	defer rethrow("Flush")
	return b.flush()
}

// emit sends p to the destination.
func (b *Writer) emit(p []byte) error {
	n, err := b.dst.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	return err
}

// flush lays out and writes the held lines, then forgets them.
func (b *Writer) flush() error {
	if len(b.text) > b.open {
		// The last line's open cell counts as ended by the flush.
		if b.closer != 0 {
			b.endSegment()
		}
		b.endCell(false)
	}
	if !b.ready {
		return nil // nothing was ever held
	}
	b.lineEnd = append(b.lineEnd, len(b.cells)) // the unterminated last line
	b.measureColumns()
	b.out = b.render(b.out[:0])
	err := b.emit(b.out)
	b.discard()
	return err
}

// lineCells returns the bounds in b.cells of held line i.
func (b *Writer) lineCells(i int) (first, end int) {
	if i > 0 {
		first = b.lineEnd[i-1]
	}
	return first, b.lineEnd[i]
}

// aligned returns how many cells of line i belong to columns: all but the
// last one.
func (b *Writer) aligned(i int) int {
	first, end := b.lineCells(i)
	if end == first {
		return 0
	}
	return end - first - 1
}

// measureColumns stores in each column cell the width of its block. For
// column c it walks the lines that have more than c aligned cells (a list
// that shrinks as c grows, so the walk costs one step per cell); a run of
// such lines with consecutive numbers is one block.
func (b *Writer) measureColumns() {
	live := b.live[:0] // lines with a cell in the current column
	for i := range b.lineEnd {
		if b.aligned(i) > 0 {
			live = append(live, i)
		}
	}
	for c := 0; len(live) > 0; c++ {
		for k := 0; k < len(live); {
			// The block is live[k:end].
			end := k + 1
			for end < len(live) && live[end] == live[end-1]+1 {
				end++
			}
			width, empty := b.minwidth, true
			for _, i := range live[k:end] {
				first, _ := b.lineCells(i)
				cl := &b.cells[first+c]
				if w := int(cl.width) + b.padding; w > width {
					width = w
				}
				if cl.width > 0 || cl.hard {
					empty = false
				}
			}
			if empty && b.flags&DiscardEmptyColumns != 0 {
				width = 0
			}
			for _, i := range live[k:end] {
				first, _ := b.lineCells(i)
				b.cells[first+c].column = int32(width)
			}
			k = end
		}
		// Keep the lines that also have a cell in column c+1.
		kept := live[:0]
		for _, i := range live {
			if b.aligned(i) > c+1 {
				kept = append(kept, i)
			}
		}
		live = kept
	}
	b.live = live
}

// render appends the held lines, padded, to out.
func (b *Writer) render(out []byte) []byte {
	at := 0 // offset in b.text of the next cell's text
	for i := range b.lineEnd {
		first, end := b.lineCells(i)
		inColumn := end - first - 1
		leading := b.flags&TabIndent != 0
		for k := first; k < end; k++ {
			cl := b.cells[k]
			j := k - first
			if j > 0 && b.flags&Debug != 0 {
				out = append(out, '|')
			}
			txt := b.text[at : at+int(cl.size)]
			at += int(cl.size)
			switch {
			case j >= inColumn:
				out = append(out, txt...)
			case cl.size == 0:
				out = b.pad(out, int(cl.width), int(cl.column), leading)
			case b.flags&AlignRight != 0:
				out = b.pad(out, int(cl.width), int(cl.column), false)
				out = append(out, txt...)
			default:
				out = append(out, txt...)
				out = b.pad(out, int(cl.width), int(cl.column), false)
			}
			leading = leading && cl.size == 0
		}
		if i < len(b.lineEnd)-1 {
			out = append(out, '\n')
		}
	}
	return out
}

// pad appends the filler that takes a cell of the given text width to the
// column width. Tab filler assumes tab stops every tabwidth columns: the
// column is widened to the next stop and enough tabs reach it.
func (b *Writer) pad(out []byte, text, column int, tabs bool) []byte {
	if b.padchar != '\t' && !tabs {
		for k := text; k < column; k++ {
			out = append(out, b.padchar)
		}
		return out
	}
	if b.tabwidth == 0 {
		return out // tabs of width 0 cannot pad
	}
	stop := (column + b.tabwidth - 1) / b.tabwidth * b.tabwidth
	for k := (stop - text + b.tabwidth - 1) / b.tabwidth; k > 0; k-- {
		out = append(out, '\t')
	}
	return out
}
