// This file implements Pipe, a synchronous in-memory pipe.
//
// Design: both ends share one pipeCore guarded by a mutex and a condition
// variable. A writer publishes its slice as the "offer" and sleeps until
// readers have copied all of it out (or either end closes); readers copy
// straight from the offer, so nothing is buffered inside the pipe. Writers
// take turns through writeTurn so that each Write is delivered whole before
// the next one starts.

package io

import "sync"

type pipeCore struct {
	writeTurn sync.Mutex // held by the Write being delivered

	mu      sync.Mutex
	changed *sync.Cond // signalled on every state change below
	offer   []byte     // unread rest of the current Write
	offered bool       // a Write is waiting for readers
	rerr    error      // set once when the read end closes
	werr    error      // set once when the write end closes
}

func (p *pipeCore) shut() bool { return p.rerr != nil || p.werr != nil }

// readerSees is the error a Read reports on a shut pipe: the writer's
// close error, unless the reader closed its own end.
func (p *pipeCore) readerSees() error {
	if p.rerr == nil && p.werr != nil {
		return p.werr
	}
	return ErrClosedPipe
}

// writerSees is the error a Write reports on a shut pipe: the reader's
// close error, unless the writer closed its own end.
func (p *pipeCore) writerSees() error {
	if p.werr == nil && p.rerr != nil {
		return p.rerr
	}
	return ErrClosedPipe
}

func (p *pipeCore) read(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for {
		if p.shut() {
			return 0, p.readerSees()
		}
		if p.offered {
			n := copy(b, p.offer)
			p.offer = p.offer[n:]
			if len(p.offer) == 0 {
				// Fully consumed: release the writer.
				p.offered = false
				p.offer = nil
				p.changed.Broadcast()
			}
			return n, nil
		}
		p.changed.Wait()
	}
}

func (p *pipeCore) write(b []byte) (int, error) {
	p.writeTurn.Lock()
	defer p.writeTurn.Unlock()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shut() {
		return 0, p.writerSees()
	}
	// Even an empty Write waits for one Read to take it.
	p.offer = b
	p.offered = true
	p.changed.Broadcast()
	for p.offered && !p.shut() {
		p.changed.Wait()
	}
	n := len(b) - len(p.offer)
	if p.offered {
		// Closed before the readers took everything: withdraw the rest.
		p.offered = false
		p.offer = nil
		return n, p.writerSees()
	}
	return n, nil
}

func (p *pipeCore) closeReadEnd(err error) {
	if err == nil {
		err = ErrClosedPipe
	}
	p.mu.Lock()
	if p.rerr == nil {
		p.rerr = err
	}
	p.changed.Broadcast()
	p.mu.Unlock()
}

func (p *pipeCore) closeWriteEnd(err error) {
	if err == nil {
		err = EOF
	}
	p.mu.Lock()
	if p.werr == nil {
		p.werr = err
	}
	p.changed.Broadcast()
	p.mu.Unlock()
}

// A PipeReader is the read half of a pipe.
type PipeReader struct {
	core *pipeCore
}

// Read reads from the pipe, blocking until a writer arrives or the write end
// is closed (then it returns the close error, EOF by default).
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.core.read(data) }

// Close closes the reader; later writes fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the reader; later writes fail with err. The first
// close error sticks. It always returns nil.
func (r *PipeReader) CloseWithError(err error) error {
	r.core.closeReadEnd(err)
	return nil
}

// A PipeWriter is the write half of a pipe.
type PipeWriter struct {
	core *pipeCore
}

// Write blocks until readers have consumed all of data or the read end is
// closed (then it returns the close error, ErrClosedPipe by default).
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.core.write(data) }

// Close closes the writer; later reads return no bytes and EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the writer; later reads return err (EOF if nil).
// The first close error sticks. It always returns nil.
func (w *PipeWriter) CloseWithError(err error) error {
	w.core.closeWriteEnd(err)
	return nil
}

// Pipe creates a synchronous in-memory pipe.
func Pipe() (*PipeReader, *PipeWriter) {
	core := &pipeCore{}
	core.changed = sync.NewCond(&core.mu)
	return &PipeReader{core: core}, &PipeWriter{core: core}
}
