// Package context defines the Context type, which carries deadlines,
// cancellation signals, and other request-scoped values across API
// boundaries and between processes (Go 1.19's API).
//
// golite's implementation: a cancelable context is a node that knows its
// cancelable children. A child whose nearest cancelable ancestor is one of
// this package's nodes is registered with it directly; below any other
// Context implementation a goroutine watches the parent's Done channel.
// Deadline contexts are nodes with a timer. The type names that the String
// methods print come from internal/reflectlite, since the package must not
// depend on fmt.
package context

import (
	"errors"
	"internal/reflectlite"
	"sync"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values across
// API boundaries.
//
// Context's methods may be called by multiple goroutines simultaneously.
type Context interface {
	// Deadline returns the time when work done on behalf of this context
	// should be canceled. Deadline returns ok==false when no deadline is
	// set.
	Deadline() (deadline time.Time, ok bool)

	// Done returns a channel that's closed when work done on behalf of this
	// context should be canceled. Done may return nil if this context can
	// never be canceled.
	Done() <-chan struct{}

	// If Done is not yet closed, Err returns nil.
	// If Done is closed, Err returns a non-nil error explaining why:
	// Canceled if the context was canceled
	// or DeadlineExceeded if the context's deadline passed.
	Err() error

	// Value returns the value associated with this context for key, or nil
	// if no value is associated with key.
	Value(key any) any
}

// A CancelFunc tells an operation to abandon its work.
// A CancelFunc does not wait for the work to stop.
// A CancelFunc may be called by multiple goroutines simultaneously.
// After the first call, subsequent calls to a CancelFunc do nothing.
type CancelFunc func()

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's
// deadline passes.
var DeadlineExceeded error = expired{}

// expired is DeadlineExceeded's type: a timeout in net's sense.
type expired struct{}

func (expired) Error() string   { return "context deadline exceeded" }
func (expired) Timeout() bool   { return true }
func (expired) Temporary() bool { return true }

// root is Background and TODO: never canceled, no values, no deadline.
type root struct{ name string }

func (*root) Deadline() (time.Time, bool) { return time.Time{}, false }
func (*root) Done() <-chan struct{}       { return nil }
func (*root) Err() error                  { return nil }
func (*root) Value(any) any               { return nil }
func (r *root) String() string            { return r.name }

var (
	background = &root{"context.Background"}
	todo       = &root{"context.TODO"}
)

// Background returns a non-nil, empty Context. It is never canceled, has no
// values, and has no deadline. It is typically used by the main function,
// initialization, and tests, and as the top-level Context for incoming
// requests.
func Background() Context { return background }

// TODO returns a non-nil, empty Context. Code should use context.TODO when
// it's unclear which Context to use or it is not yet available (because the
// surrounding function has not yet been extended to accept a Context
// parameter).
func TODO() Context { return todo }

// describe names a context for the String methods: its own String if it
// has one, else its dynamic type.
func describe(c Context) string {
	if s, ok := c.(interface{ String() string }); ok {
		return s.String()
	}
	return reflectlite.TypeOf(c).String()
}

// node is a cancelable context; with hasDeadline it is a deadline context.
type node struct {
	parent Context
	done   chan struct{}

	hasDeadline bool
	deadline    time.Time

	mu    sync.Mutex
	err   error              // set once, when canceled
	kids  map[*node]struct{} // registered cancelable children
	timer *time.Timer        // deadline timer
}

func newNode(parent Context) *node {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return &node{parent: parent, done: make(chan struct{})}
}

func (n *node) Deadline() (time.Time, bool) {
	if n.hasDeadline {
		return n.deadline, true
	}
	return n.parent.Deadline()
}

func (n *node) Done() <-chan struct{} { return n.done }

func (n *node) Err() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.err
}

func (n *node) Value(key any) any { return n.parent.Value(key) }

func (n *node) String() string {
	if !n.hasDeadline {
		return describe(n.parent) + ".WithCancel"
	}
	return describe(n.parent) + ".WithDeadline(" + n.deadline.String() + " [" +
		time.Until(n.deadline).String() + "])"
}

// registrar finds the nearest ancestor node of c, looking through value
// contexts only.
func registrar(c Context) *node {
	for {
		switch v := c.(type) {
		case *node:
			return v
		case *valued:
			c = v.parent
		default:
			return nil
		}
	}
}

// attach arranges for n to be canceled when its parent is.
func (n *node) attach() {
	pdone := n.parent.Done()
	if pdone == nil {
		return // the parent can never be canceled
	}
	select {
	case <-pdone:
		n.cancel(false, n.parent.Err())
		return
	default:
	}
	if p := registrar(n.parent); p != nil {
		p.mu.Lock()
		perr := p.err
		if perr == nil {
			if p.kids == nil {
				p.kids = make(map[*node]struct{})
			}
			p.kids[n] = struct{}{}
		}
		p.mu.Unlock()
		if perr != nil {
			n.cancel(false, perr)
		}
		return
	}
	// A foreign parent: watch it.
	go func() {
		select {
		case <-pdone:
			n.cancel(false, n.parent.Err())
		case <-n.done:
		}
	}()
}

// cancel records why n ended, closes its channel and cancels its
// children; detach also unregisters n from its parent node.
func (n *node) cancel(detach bool, why error) {
	n.mu.Lock()
	if n.err != nil {
		n.mu.Unlock()
		return
	}
	n.err = why
	close(n.done)
	kids := n.kids
	n.kids = nil
	if n.timer != nil {
		n.timer.Stop()
		n.timer = nil
	}
	n.mu.Unlock()
	for k := range kids {
		k.cancel(false, why)
	}
	if detach {
		if p := registrar(n.parent); p != nil {
			p.mu.Lock()
			delete(p.kids, n)
			p.mu.Unlock()
		}
	}
}

// WithCancel returns a copy of parent with a new Done channel. The returned
// context's Done channel is closed when the returned cancel function is called
// or when the parent context's Done channel is closed, whichever happens first.
//
// Canceling this context releases resources associated with it, so code should
// call cancel as soon as the operations running in this Context complete.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	n := newNode(parent)
	n.attach()
	return n, func() { n.cancel(true, Canceled) }
}

// WithDeadline returns a copy of the parent context with the deadline adjusted
// to be no later than d. If the parent's deadline is already earlier than d,
// WithDeadline(parent, d) is semantically equivalent to parent. The returned
// context's Done channel is closed when the deadline expires, when the returned
// cancel function is called, or when the parent context's Done channel is
// closed, whichever happens first.
//
// Canceling this context releases resources associated with it, so code should
// call cancel as soon as the operations running in this Context complete.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if earlier, ok := parent.Deadline(); ok && earlier.Before(d) {
		return WithCancel(parent)
	}
	n := newNode(parent)
	n.hasDeadline, n.deadline = true, d
	n.attach()
	stop := func() { n.cancel(true, Canceled) }
	left := time.Until(d)
	if left <= 0 {
		n.cancel(true, DeadlineExceeded)
		return n, stop
	}
	n.mu.Lock()
	if n.err == nil {
		n.timer = time.AfterFunc(left, func() { n.cancel(true, DeadlineExceeded) })
	}
	n.mu.Unlock()
	return n, stop
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
//
// Canceling this context releases resources associated with it, so code should
// call cancel as soon as the operations running in this Context complete.
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// valued is a WithValue context: one key/value pair over a parent.
type valued struct {
	parent   Context
	key, val any
}

// WithValue returns a copy of parent in which the value associated with key is
// val.
//
// Use context Values only for request-scoped data that transits processes and
// APIs, not for passing optional parameters to functions.
//
// The provided key must be comparable and should not be of type
// string or any other built-in type to avoid collisions between
// packages using context.
func WithValue(parent Context, key, val any) Context {
	switch {
	case parent == nil:
		panic("cannot create context from nil parent")
	case key == nil:
		panic("nil key")
	case !reflectlite.TypeOf(key).Comparable():
		panic("key is not comparable")
	}
	return &valued{parent, key, val}
}

func (v *valued) Deadline() (time.Time, bool) { return v.parent.Deadline() }
func (v *valued) Done() <-chan struct{}       { return v.parent.Done() }
func (v *valued) Err() error                  { return v.parent.Err() }

func (v *valued) Value(key any) any {
	for c := Context(v); ; {
		w, ok := c.(*valued)
		if !ok {
			return c.Value(key)
		}
		if w.key == key {
			return w.val
		}
		c = w.parent
	}
}

func (v *valued) String() string {
	shown := "<not Stringer>"
	switch x := v.val.(type) {
	case interface{ String() string }:
		shown = x.String()
	case string:
		shown = x
	}
	return describe(v.parent) + ".WithValue(type " + reflectlite.TypeOf(v.key).String() + ", val " + shown + ")"
}
