package net

import (
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// Implemented by the runtime (runtime/net_linux.cpp). Results pair a value
// with an errno (0: success); sockaddrs are raw struct sockaddr bytes.
func runtime_socket(family, sotype, proto int) (fd int, errno int)
func runtime_setsockoptInt(fd, level, name, value int) (errno int)
func runtime_getsockoptInt(fd, level, name int) (value int, errno int)
func runtime_bind(fd int, sa []byte) (errno int)
func runtime_listen(fd, backlog int) (errno int)
func runtime_connect(fd int, sa []byte) (errno int)
func runtime_accept(fd int, sa []byte) (nfd int, errno int)
func runtime_getsockname(fd int, sa []byte) (errno int)
func runtime_getpeername(fd int, sa []byte) (errno int)
func runtime_read(fd int, p []byte) (n int, errno int)
func runtime_write(fd int, p []byte) (n int, errno int)
func runtime_shutdown(fd, how int) (errno int)
func runtime_close(fd int) (errno int)

// The poll descriptor of the runtime's netpoller (netpoll_epoll.cpp).
func runtime_pollOpen(fd int) (pd uintptr, errno int)
func runtime_pollClose(pd uintptr)
func runtime_pollEvict(pd uintptr)
func runtime_pollWait(pd uintptr, mode int) int  // parks the G; pollErr*
func runtime_pollCheck(pd uintptr, mode int) int // pollErr* without waiting
func runtime_pollSetTimedOut(pd uintptr, mode int, expired bool)

// Results of runtime_pollWait and runtime_pollCheck.
const (
	pollNoError    = 0
	pollErrClosing = 1
	pollErrTimeout = 2
)

// Linux constants (identical on amd64 and arm64).
const (
	_AF_INET      = 2
	_AF_INET6     = 10
	_SOCK_STREAM  = 1
	_SOL_SOCKET   = 1
	_SO_REUSEADDR = 2
	_SO_ERROR     = 4
	_SO_KEEPALIVE = 9
	_IPPROTO_TCP  = 6
	_IPPROTO_IPV6 = 41
	_IPV6_V6ONLY  = 26
	_TCP_NODELAY  = 1
	_TCP_KEEPIDLE = 4
	_TCP_KEEPINTV = 5
	_SHUT_RD      = 0
	_SHUT_WR      = 1

	_EINTR        = 4
	_EAGAIN       = 11
	_EINVAL       = 22
	_ECONNABORTED = 103
	_ECONNRESET   = 104
	_EISCONN      = 106
	_ENOTCONN     = 107
	_EALREADY     = 114
	_EINPROGRESS  = 115
)

// maxRW caps a single read or write, as Go does.
const maxRW = 1 << 30

// sockaddrLen is large enough for sockaddr_in and sockaddr_in6.
const sockaddrLen = 28

// netFD is a network file descriptor: the socket, its poll descriptor,
// and the reference count that keeps the descriptor number valid while
// any goroutine is inside an operation on it (Go's fdMutex, simplified).
type netFD struct {
	sysfd int
	pd    uintptr

	// state: bit 0 set once Close has begun; the rest counts references
	// in units of 2. The last reference dropped after Close destroys the
	// socket.
	state int64

	rmu sync.Mutex // serializes Reads (and Accepts)
	wmu sync.Mutex // serializes Writes (and connect)

	rdl, wdl deadline

	family int
	net    string
	laddr  Addr
	raddr  Addr
}

// deadline is the timer behind one direction's deadline.
type deadline struct {
	mu  sync.Mutex
	t   *time.Timer
	seq int
}

func newFD(sysfd, family int, net string) (*netFD, error) {
	pd, e := runtime_pollOpen(sysfd)
	if e != 0 {
		return nil, errnoErr(e)
	}
	return &netFD{sysfd: sysfd, pd: pd, state: 2, family: family, net: net}, nil
}

func (fd *netFD) incref() error {
	for {
		old := atomic.LoadInt64(&fd.state)
		if old&1 != 0 {
			return ErrClosed
		}
		if atomic.CompareAndSwapInt64(&fd.state, old, old+2) {
			return nil
		}
	}
}

func (fd *netFD) decref() {
	if atomic.AddInt64(&fd.state, -2) == 1 {
		fd.destroy()
	}
}

// destroy runs once, when the last reference is gone after Close.
func (fd *netFD) destroy() {
	fd.rdl.stop()
	fd.wdl.stop()
	runtime_pollClose(fd.pd)
	runtime_close(fd.sysfd)
	fd.sysfd = -1
}

// Close marks the descriptor closing, wakes every goroutine waiting on it
// (they fail with ErrClosed) and drops the descriptor's own reference.
func (fd *netFD) Close() error {
	for {
		old := atomic.LoadInt64(&fd.state)
		if old&1 != 0 {
			return ErrClosed
		}
		if atomic.CompareAndSwapInt64(&fd.state, old, old|1) {
			break
		}
	}
	runtime_pollEvict(fd.pd)
	fd.decref()
	return nil
}

// wait parks until the socket is ready in mode ('r' or 'w').
func (fd *netFD) wait(mode int) error {
	return pollError(runtime_pollWait(fd.pd, mode))
}

func pollError(code int) error {
	switch code {
	case pollErrClosing:
		return ErrClosed
	case pollErrTimeout:
		return errDeadlineExceeded
	}
	return nil
}

func (fd *netFD) readLock() error {
	if err := fd.incref(); err != nil {
		return err
	}
	fd.rmu.Lock()
	return nil
}

func (fd *netFD) readUnlock() {
	fd.rmu.Unlock()
	fd.decref()
}

func (fd *netFD) writeLock() error {
	if err := fd.incref(); err != nil {
		return err
	}
	fd.wmu.Lock()
	return nil
}

func (fd *netFD) writeUnlock() {
	fd.wmu.Unlock()
	fd.decref()
}

func (fd *netFD) Read(p []byte) (int, error) {
	if err := fd.readLock(); err != nil {
		return 0, err
	}
	defer fd.readUnlock()
	if len(p) == 0 {
		return 0, nil
	}
	if err := pollError(runtime_pollCheck(fd.pd, 'r')); err != nil {
		return 0, err
	}
	if len(p) > maxRW {
		p = p[:maxRW]
	}
	for {
		n, e := runtime_read(fd.sysfd, p)
		switch e {
		case 0:
			if n == 0 {
				return 0, io.EOF
			}
			return n, nil
		case _EINTR:
			continue
		case _EAGAIN:
			if err := fd.wait('r'); err != nil {
				return 0, err
			}
			continue
		}
		return 0, newSyscallError("read", e)
	}
}

func (fd *netFD) Write(p []byte) (int, error) {
	if err := fd.writeLock(); err != nil {
		return 0, err
	}
	defer fd.writeUnlock()
	if err := pollError(runtime_pollCheck(fd.pd, 'w')); err != nil {
		return 0, err
	}
	nn := 0
	for {
		chunk := p[nn:]
		if len(chunk) > maxRW {
			chunk = chunk[:maxRW]
		}
		n, e := runtime_write(fd.sysfd, chunk)
		switch e {
		case 0:
			nn += n
			if nn == len(p) {
				return nn, nil
			}
			if n == 0 {
				return nn, io.ErrUnexpectedEOF
			}
			continue
		case _EINTR:
			continue
		case _EAGAIN:
			if err := fd.wait('w'); err != nil {
				return nn, err
			}
			continue
		}
		return nn, newSyscallError("write", e)
	}
}

// accept waits for a connection; the new netFD is registered with the
// poller and knows both addresses.
func (fd *netFD) accept() (*netFD, error) {
	if err := fd.readLock(); err != nil {
		return nil, err
	}
	defer fd.readUnlock()
	if err := pollError(runtime_pollCheck(fd.pd, 'r')); err != nil {
		return nil, err
	}
	sa := make([]byte, sockaddrLen)
	for {
		s, e := runtime_accept(fd.sysfd, sa)
		switch e {
		case 0:
			nfd, err := newFD(s, fd.family, fd.net)
			if err != nil {
				runtime_close(s)
				return nil, err
			}
			setDefaultConnSockopts(s)
			nfd.laddr = nfd.sockname()
			nfd.raddr = sockaddrToTCP(sa)
			return nfd, nil
		case _EINTR, _ECONNABORTED:
			// A connection that was reset while in the queue: try the
			// next one, as Go does.
			continue
		case _EAGAIN:
			if err := fd.wait('r'); err != nil {
				return nil, err
			}
			continue
		}
		return nil, newSyscallError("accept4", e)
	}
}

// connect completes a non-blocking connect: EINPROGRESS, then wait for
// writability and read the outcome from SO_ERROR.
func (fd *netFD) connect(sa []byte) error {
	if err := fd.writeLock(); err != nil {
		return err
	}
	defer fd.writeUnlock()
	e := runtime_connect(fd.sysfd, sa)
	switch e {
	case 0, _EISCONN:
		return nil
	case _EINPROGRESS, _EALREADY, _EINTR:
	default:
		return newSyscallError("connect", e)
	}
	for {
		if err := fd.wait('w'); err != nil {
			return err
		}
		v, e := runtime_getsockoptInt(fd.sysfd, _SOL_SOCKET, _SO_ERROR)
		if e != 0 {
			return newSyscallError("getsockopt", e)
		}
		switch v {
		case _EINPROGRESS, _EALREADY, _EINTR:
			continue
		case _EISCONN:
			return nil
		case 0:
			// Writable and no error: connected, unless the wakeup was
			// spurious (then getpeername fails with ENOTCONN).
			if runtime_getpeername(fd.sysfd, make([]byte, sockaddrLen)) == 0 {
				return nil
			}
			continue
		}
		return newSyscallError("connect", v)
	}
}

func (fd *netFD) shutdown(how int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	if e := runtime_shutdown(fd.sysfd, how); e != 0 {
		return newSyscallError("shutdown", e)
	}
	return nil
}

func (fd *netFD) sockname() Addr {
	sa := make([]byte, sockaddrLen)
	if runtime_getsockname(fd.sysfd, sa) != 0 {
		return nil
	}
	return sockaddrToTCP(sa)
}

func (fd *netFD) peername() Addr {
	sa := make([]byte, sockaddrLen)
	if runtime_getpeername(fd.sysfd, sa) != 0 {
		return nil
	}
	return sockaddrToTCP(sa)
}

// setDeadline arms (or, for the zero Time, clears) the deadline of mode
// 'r', 'w' or both ('r'+'w').
func (fd *netFD) setDeadline(t time.Time, mode int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	if mode == 'r' || mode == 'r'+'w' {
		fd.rdl.set(fd.pd, 'r', t)
	}
	if mode == 'w' || mode == 'r'+'w' {
		fd.wdl.set(fd.pd, 'w', t)
	}
	return nil
}

func (d *deadline) set(pd uintptr, mode int, t time.Time) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.seq++
	if d.t != nil {
		d.t.Stop()
		d.t = nil
	}
	runtime_pollSetTimedOut(pd, mode, false)
	if t.IsZero() {
		return
	}
	dur := time.Until(t)
	if dur <= 0 {
		runtime_pollSetTimedOut(pd, mode, true)
		return
	}
	seq := d.seq
	d.t = time.AfterFunc(dur, func() {
		d.mu.Lock()
		// A deadline that was changed (or a descriptor that was
		// destroyed) since this timer was armed is left alone.
		if d.seq == seq {
			runtime_pollSetTimedOut(pd, mode, true)
		}
		d.mu.Unlock()
	})
}

// stop disarms the timer for good (the descriptor is being destroyed).
func (d *deadline) stop() {
	d.mu.Lock()
	d.seq++
	if d.t != nil {
		d.t.Stop()
		d.t = nil
	}
	d.mu.Unlock()
}

// setDefaultConnSockopts applies what Go sets on every TCP connection:
// no Nagle delay, and keep-alive probes every 15 s.
func setDefaultConnSockopts(s int) {
	runtime_setsockoptInt(s, _IPPROTO_TCP, _TCP_NODELAY, 1)
	runtime_setsockoptInt(s, _SOL_SOCKET, _SO_KEEPALIVE, 1)
	runtime_setsockoptInt(s, _IPPROTO_TCP, _TCP_KEEPINTV, 15)
	runtime_setsockoptInt(s, _IPPROTO_TCP, _TCP_KEEPIDLE, 15)
}

// sockaddr encodes ip:port as a struct sockaddr of the given family.
func sockaddr(family int, ip IP, port int) ([]byte, error) {
	// struct sockaddr_in is 16 bytes with the address at offset 4;
	// struct sockaddr_in6 is 28 bytes with the address at offset 8. The
	// family is little-endian (amd64, arm64), the port big-endian.
	size, at, want := 16, 4, IPv4len
	if family != _AF_INET {
		size, at, want = 28, 8, IPv6len
	}
	var raw IP
	switch {
	case len(ip) == 0:
		raw = make(IP, want) // the wildcard address
	case want == IPv4len:
		raw = ip.To4()
	case ip.Equal(IPv4zero):
		raw = make(IP, want) // 0.0.0.0 on an IPv6 socket means "::"
	default:
		raw = ip.To16()
	}
	if raw == nil {
		kind := "non-IPv4 address"
		if want == IPv6len {
			kind = "non-IPv6 address"
		}
		return nil, &AddrError{Err: kind, Addr: ip.String()}
	}
	sa := make([]byte, size)
	sa[0] = byte(family)
	sa[2], sa[3] = byte(port>>8), byte(port)
	copy(sa[at:at+want], raw)
	return sa, nil
}

// sockaddrToTCP decodes a struct sockaddr filled in by the kernel.
func sockaddrToTCP(sa []byte) Addr {
	port := int(sa[2])<<8 | int(sa[3])
	switch int(sa[0]) | int(sa[1])<<8 {
	case _AF_INET:
		ip := make(IP, IPv4len)
		copy(ip, sa[4:8])
		return &TCPAddr{IP: ip, Port: port}
	case _AF_INET6:
		ip := make(IP, IPv6len)
		copy(ip, sa[8:24])
		return &TCPAddr{IP: ip, Port: port}
	}
	return nil
}
