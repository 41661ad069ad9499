// This file implements MultiReader and MultiWriter.

package io

// drained stands in for a reader that has reached its end.
type drained struct{}

func (drained) Read([]byte) (int, error) { return 0, EOF }

// chain is the Reader returned by MultiReader: the queue of readers still
// to be consumed, front first.
type chain struct {
	queue []Reader
}

// MultiReader returns a Reader that reads the given readers one after the
// other. It reports EOF once all of them did, and stops at the first other
// error.
func MultiReader(readers ...Reader) Reader {
	queue := make([]Reader, len(readers))
	copy(queue, readers)
	return &chain{queue: queue}
}

func (c *chain) Read(p []byte) (n int, err error) {
	for len(c.queue) > 0 {
		// A lone nested MultiReader is spliced in, which keeps deep
		// nesting from turning into deep recursion.
		if len(c.queue) == 1 {
			if inner, ok := c.queue[0].(*chain); ok {
				c.queue = inner.queue
				continue
			}
		}
		n, err = c.queue[0].Read(p)
		if err == EOF {
			// Drop the finished reader (and let it be collected).
			c.queue[0] = drained{}
			c.queue = c.queue[1:]
		}
		if n == 0 && err == EOF {
			continue
		}
		if err == EOF && len(c.queue) > 0 {
			// More readers follow: this is not the end yet.
			err = nil
		}
		return n, err
	}
	return 0, EOF
}

// WriteTo lets Copy move every remaining reader into w with one buffer.
func (c *chain) WriteTo(w Writer) (int64, error) {
	return c.drainInto(w, make([]byte, defaultCopySize))
}

func (c *chain) drainInto(w Writer, stage []byte) (total int64, err error) {
	for i, r := range c.queue {
		var n int64
		if inner, ok := r.(*chain); ok {
			n, err = inner.drainInto(w, stage)
		} else {
			n, err = stageCopy(w, r, stage)
		}
		total += n
		if err != nil {
			// Keep the failing reader (and those after it) for later reads.
			c.queue = c.queue[i:]
			return total, err
		}
		c.queue[i] = nil
	}
	c.queue = nil
	return total, nil
}

// fanout is the Writer returned by MultiWriter.
type fanout struct {
	targets []Writer
}

// MultiWriter returns a Writer that duplicates each write to all the given
// writers in order, stopping at the first one that fails or writes short.
// Nested MultiWriters are flattened.
func MultiWriter(writers ...Writer) Writer {
	targets := make([]Writer, 0, len(writers))
	for _, w := range writers {
		if inner, ok := w.(*fanout); ok {
			targets = append(targets, inner.targets...)
		} else {
			targets = append(targets, w)
		}
	}
	return &fanout{targets: targets}
}

func (f *fanout) Write(p []byte) (n int, err error) {
	for _, w := range f.targets {
		n, err = w.Write(p)
		if err != nil {
			return n, err
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

var _ StringWriter = (*fanout)(nil)

func (f *fanout) WriteString(s string) (n int, err error) {
	var bytes []byte // converted once, only if some target needs it
	for _, w := range f.targets {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if bytes == nil {
				bytes = []byte(s)
			}
			n, err = w.Write(bytes)
		}
		if err != nil {
			return n, err
		}
		if n != len(s) {
			return n, ErrShortWrite
		}
	}
	return len(s), nil
}
