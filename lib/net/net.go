// Package net is golite's minimal network package (Go 1.19's API, a
// subset): TCP over IPv4 and IPv6 literal addresses (no name resolution
// but "localhost"), with Listen, Dial, the Conn and Listener interfaces,
// deadlines, and Go's error values and texts.
//
// Sockets are non-blocking and registered with the runtime's epoll
// netpoller: a Read, Write, Accept or Dial that cannot proceed parks the
// goroutine (runtime_pollWait), not the thread, so thousands of blocked
// connections need no more threads than GOMAXPROCS.
package net

import (
	"errors"
	"io"
	"time"
)

// Addr represents a network end point address.
//
// The two methods Network and String conventionally return strings
// that can be passed as the arguments to Dial, but the exact form
// and meaning of the strings is up to the implementation.
type Addr interface {
	Network() string // name of the network (for example, "tcp", "udp")
	String() string  // string form of address (for example, "192.0.2.1:25", "[2001:db8::1]:80")
}

// Conn is a generic stream-oriented network connection.
//
// Multiple goroutines may invoke methods on a Conn simultaneously.
type Conn interface {
	// Read reads data from the connection.
	Read(b []byte) (n int, err error)
	// Write writes data to the connection.
	Write(b []byte) (n int, err error)
	// Close closes the connection.
	// Any blocked Read or Write operations will be unblocked and return errors.
	Close() error
	// LocalAddr returns the local network address, if known.
	LocalAddr() Addr
	// RemoteAddr returns the remote network address, if known.
	RemoteAddr() Addr
	// SetDeadline sets the read and write deadlines associated
	// with the connection.
	SetDeadline(t time.Time) error
	// SetReadDeadline sets the deadline for future Read calls
	// and any currently-blocked Read call.
	SetReadDeadline(t time.Time) error
	// SetWriteDeadline sets the deadline for future Write calls
	// and any currently-blocked Write call.
	SetWriteDeadline(t time.Time) error
}

// A Listener is a generic network listener for stream-oriented protocols.
//
// Multiple goroutines may invoke methods on a Listener simultaneously.
type Listener interface {
	// Accept waits for and returns the next connection to the listener.
	Accept() (Conn, error)
	// Close closes the listener.
	// Any blocked Accept operations will be unblocked and return errors.
	Close() error
	// Addr returns the listener's network address.
	Addr() Addr
}

// An Error represents a network error.
type Error interface {
	error
	Timeout() bool   // Is the error a timeout?
	Temporary() bool // Is the error temporary? (deprecated in Go)
}

// ErrClosed is the error returned by an I/O call on a network
// connection that has already been closed, or that is closed by
// another goroutine before the I/O is completed.
var ErrClosed error = errNetClosing{}

// errNetClosing is the type of ErrClosed (Go's poll.ErrNetClosing).
type errNetClosing struct{}

func (errNetClosing) Error() string   { return "use of closed network connection" }
func (errNetClosing) Timeout() bool   { return false }
func (errNetClosing) Temporary() bool { return false }

// errDeadlineExceeded is returned by operations whose deadline passed
// (Go's os.ErrDeadlineExceeded).
var errDeadlineExceeded error = &deadlineExceededError{}

type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

var (
	errMissingAddress = errors.New("missing address")
	errNoSuitableAddr = errors.New("no suitable address found")
)

// OpError is the error type usually returned by functions in the net
// package. It describes the operation, network type, and address of
// an error.
type OpError struct {
	// Op is the operation which caused the error, such as
	// "read" or "write".
	Op string

	// Net is the network type on which this error occurred,
	// such as "tcp" or "udp6".
	Net string

	// For operations involving a remote network connection, like
	// Dial, Read, or Write, Source is the corresponding local
	// network address, if any.
	Source Addr

	// Addr is the network address for which this error occurred.
	// For local operations, like Listen or SetDeadline, Addr is
	// the address of the local endpoint being manipulated.
	// For operations involving a remote network connection, like
	// Dial, Read, or Write, Addr is the remote address of that
	// connection.
	Addr Addr

	// Err is the error that occurred during the operation.
	Err error
}

func (e *OpError) Unwrap() error { return e.Err }

// Error renders "op net source->addr: err", leaving out the parts that
// are empty.
func (e *OpError) Error() string {
	if e == nil {
		return "<nil>"
	}
	msg := e.Op
	if e.Net != "" {
		msg = msg + " " + e.Net
	}
	switch {
	case e.Source != nil && e.Addr != nil:
		msg = msg + " " + e.Source.String() + "->" + e.Addr.String()
	case e.Source != nil:
		msg = msg + " " + e.Source.String()
	case e.Addr != nil:
		msg = msg + " " + e.Addr.String()
	}
	return msg + ": " + e.Err.Error()
}

// Timeout reports whether the error is a timeout.
func (e *OpError) Timeout() bool {
	var inner error = e.Err
	if sys, isSys := inner.(*syscallError); isSys {
		inner = sys.Err
	}
	tm, has := inner.(interface{ Timeout() bool })
	return has && tm.Timeout()
}

// Temporary reports whether the error is temporary.
func (e *OpError) Temporary() bool {
	// A connection reset or aborted before accept returned it does not
	// stop the listener, so Go reports it as temporary.
	if e.Op == "accept" && isConnError(e.Err) {
		return true
	}
	var inner error = e.Err
	if sys, isSys := inner.(*syscallError); isSys {
		inner = sys.Err
	}
	tmp, has := inner.(interface{ Temporary() bool })
	return has && tmp.Temporary()
}

// An AddrError describes a malformed address.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	switch {
	case e == nil:
		return "<nil>"
	case e.Addr == "":
		return e.Err
	}
	return "address " + e.Addr + ": " + e.Err
}

func (e *AddrError) Timeout() bool   { return false }
func (e *AddrError) Temporary() bool { return false }

// UnknownNetworkError is returned for a network name Listen or Dial does
// not know.
type UnknownNetworkError string

func (e UnknownNetworkError) Error() string   { return "unknown network " + string(e) }
func (e UnknownNetworkError) Timeout() bool   { return false }
func (e UnknownNetworkError) Temporary() bool { return false }

// DNSError represents a DNS lookup error. golite resolves no names but
// "localhost", so every other host name fails with "no such host".
type DNSError struct {
	Err         string // description of the error
	Name        string // name looked for
	Server      string // server used
	IsTimeout   bool   // if true, timed out; not all timeouts set this
	IsTemporary bool   // if true, error is temporary; not all errors set this
	IsNotFound  bool   // if true, host could not be found
}

func (e *DNSError) Error() string {
	if e == nil {
		return "<nil>"
	}
	where := ""
	if e.Server != "" {
		where = " on " + e.Server
	}
	return "lookup " + e.Name + where + ": " + e.Err
}

func (e *DNSError) Timeout() bool   { return e.IsTimeout }
func (e *DNSError) Temporary() bool { return e.IsTimeout || e.IsTemporary }

// conn is the implementation of Conn shared by the connection types.
type conn struct {
	fd *netFD
}

func (c *conn) ok() bool { return c != nil && c.fd != nil }

// wrap turns a failure of operation op on the connection's socket into
// an *OpError naming both ends; nil stays nil.
func (fd *netFD) wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	return &OpError{Op: op, Net: fd.net, Source: fd.laddr, Addr: fd.raddr, Err: err}
}

// wrapLocal is wrap for operations on the local end only (deadlines,
// listeners): the error names just the local address.
func (fd *netFD) wrapLocal(op string, err error) error {
	if err == nil {
		return nil
	}
	return &OpError{Op: op, Net: fd.net, Addr: fd.laddr, Err: err}
}

// Read implements the Conn Read method.
func (c *conn) Read(b []byte) (int, error) {
	if c.ok() {
		n, err := c.fd.Read(b)
		if err == io.EOF {
			return n, err
		}
		return n, c.fd.wrap("read", err)
	}
	return 0, errnoErr(_EINVAL)
}

// Write implements the Conn Write method.
func (c *conn) Write(b []byte) (int, error) {
	if c.ok() {
		n, err := c.fd.Write(b)
		return n, c.fd.wrap("write", err)
	}
	return 0, errnoErr(_EINVAL)
}

// Close closes the connection.
func (c *conn) Close() error {
	if c.ok() {
		return c.fd.wrap("close", c.fd.Close())
	}
	return errnoErr(_EINVAL)
}

// LocalAddr returns the local network address.
// The Addr returned is shared by all invocations of LocalAddr, so
// do not modify it.
func (c *conn) LocalAddr() Addr {
	if c.ok() {
		return c.fd.laddr
	}
	return nil
}

// RemoteAddr returns the remote network address.
// The Addr returned is shared by all invocations of RemoteAddr, so
// do not modify it.
func (c *conn) RemoteAddr() Addr {
	if c.ok() {
		return c.fd.raddr
	}
	return nil
}

// deadline sets the deadline(s) selected by mode ('r', 'w' or 'r'+'w').
func (c *conn) deadline(t time.Time, mode int) error {
	if c.ok() {
		return c.fd.wrapLocal("set", c.fd.setDeadline(t, mode))
	}
	return errnoErr(_EINVAL)
}

// SetDeadline implements the Conn SetDeadline method.
func (c *conn) SetDeadline(t time.Time) error { return c.deadline(t, 'r'+'w') }

// SetReadDeadline implements the Conn SetReadDeadline method.
func (c *conn) SetReadDeadline(t time.Time) error { return c.deadline(t, 'r') }

// SetWriteDeadline implements the Conn SetWriteDeadline method.
func (c *conn) SetWriteDeadline(t time.Time) error { return c.deadline(t, 'w') }
