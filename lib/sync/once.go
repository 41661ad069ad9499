package sync

import "sync/atomic"

// Once is an object that will perform exactly one action.
//
// A Once must not be copied after first use.
type Once struct {
	// ran becomes 1 once the action has returned (or panicked). It is
	// read without the lock on the fast path.
	ran uint32
	mu  Mutex
}

// Do calls the function f if and only if Do is being called for the
// first time for this instance of Once. In other words, given
//
//	var once Once
//
// if once.Do(f) is called multiple times, only the first call will invoke f,
// even if f has a different value in each invocation. A new instance of
// Once is required for each function to execute.
//
// If f panics, Do considers it to have returned; future calls of Do return
// without calling f.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.ran) != 0 {
		return
	}
	// Slow path: callers that arrive while f runs must wait for it to
	// finish, so they queue on the mutex instead of racing a flag.
	o.runOnce(f)
}

func (o *Once) runOnce(f func()) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.ran != 0 {
		return
	}
	// Mark completion even if f panics.
	defer atomic.StoreUint32(&o.ran, 1)
	f()
}
