package net

import "time"

// TCPAddr represents the address of a TCP end point.
type TCPAddr struct {
	IP   IP
	Port int
	Zone string // IPv6 scoped addressing zone
}

// Network returns the address's network name, "tcp".
func (a *TCPAddr) Network() string { return "tcp" }

func (a *TCPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ""
	if len(a.IP) != 0 {
		ip = a.IP.String()
	}
	if a.Zone != "" {
		return JoinHostPort(ip+"%"+a.Zone, itoa(a.Port))
	}
	return JoinHostPort(ip, itoa(a.Port))
}

// isWildcard reports whether a listens on every local address.
func (a *TCPAddr) isWildcard() bool {
	return a == nil || a.IP == nil || a.IP.IsUnspecified()
}

// tcpNetwork reports whether network names a TCP network.
func tcpNetwork(network string) bool {
	return network == "tcp" || network == "tcp4" || network == "tcp6"
}

// ResolveTCPAddr returns an address of TCP end point.
//
// The network must be a TCP network name ("tcp", "tcp4" or "tcp6"). The
// host must be a literal IP address, empty, or "localhost": golite does
// not resolve names.
func ResolveTCPAddr(network, address string) (*TCPAddr, error) {
	if network == "" {
		network = "tcp" // Go accepts an empty network as "tcp"
	}
	if !tcpNetwork(network) {
		return nil, UnknownNetworkError(network)
	}
	return resolveTCP(network, address)
}

func resolveTCP(network, address string) (*TCPAddr, error) {
	host, port, err := SplitHostPort(address)
	if err != nil {
		return nil, err
	}
	p, ok := parsePort(port)
	if !ok {
		return nil, &DNSError{Err: "unknown port", Name: network + "/" + port}
	}
	if host == "" {
		return &TCPAddr{Port: p}, nil
	}
	var ip IP
	if host == "localhost" {
		if network == "tcp6" {
			ip = IPv6loopback
		} else {
			ip = IPv4(127, 0, 0, 1)
		}
	} else {
		zone := ""
		if i := lastIndexByteStr(host, '%'); i >= 0 {
			host, zone = host[:i], host[i+1:]
		}
		ip = ParseIP(host)
		if ip == nil {
			return nil, &DNSError{Err: "no such host", Name: host, IsNotFound: true}
		}
		if zone != "" {
			return &TCPAddr{IP: ip, Port: p, Zone: zone}, nil
		}
	}
	// The address must suit the network.
	switch network {
	case "tcp4":
		if ip.To4() == nil {
			return nil, &AddrError{Err: "no suitable address found", Addr: host}
		}
	case "tcp6":
		if ip.To4() != nil {
			return nil, &AddrError{Err: "no suitable address found", Addr: host}
		}
	}
	return &TCPAddr{IP: ip, Port: p}, nil
}

// parsePort parses a decimal port number (no service names).
func parsePort(s string) (int, bool) {
	if s == "" {
		return 0, true
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
		if n > 65535 {
			return 0, false
		}
	}
	return n, true
}

// TCPConn is an implementation of the Conn interface for TCP network
// connections.
type TCPConn struct {
	conn
}

func newTCPConn(fd *netFD) *TCPConn {
	return &TCPConn{conn{fd}}
}

// CloseRead shuts down the reading side of the TCP connection.
// Most callers should just use Close.
func (c *TCPConn) CloseRead() error {
	if c.ok() {
		return c.fd.wrap("close", c.fd.shutdown(_SHUT_RD))
	}
	return errnoErr(_EINVAL)
}

// CloseWrite shuts down the writing side of the TCP connection.
// Most callers should just use Close.
func (c *TCPConn) CloseWrite() error {
	if c.ok() {
		return c.fd.wrap("close", c.fd.shutdown(_SHUT_WR))
	}
	return errnoErr(_EINVAL)
}

// SetNoDelay controls whether the operating system should delay
// packet transmission in hopes of sending fewer packets (Nagle's
// algorithm). The default is true (no delay).
func (c *TCPConn) SetNoDelay(noDelay bool) error {
	return c.setFlag(_IPPROTO_TCP, _TCP_NODELAY, noDelay)
}

// SetKeepAlive sets whether the operating system should send
// keep-alive messages on the connection.
func (c *TCPConn) SetKeepAlive(keepalive bool) error {
	return c.setFlag(_SOL_SOCKET, _SO_KEEPALIVE, keepalive)
}

// setFlag sets a boolean socket option, reporting failure as a "set"
// OpError.
func (c *TCPConn) setFlag(level, name int, on bool) error {
	if !c.ok() {
		return errnoErr(_EINVAL)
	}
	v := 0
	if on {
		v = 1
	}
	return c.fd.wrap("set", c.fd.setsockopt(level, name, v))
}

func (fd *netFD) setsockopt(level, name, v int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	if e := runtime_setsockoptInt(fd.sysfd, level, name, v); e != 0 {
		return newSyscallError("setsockopt", e)
	}
	return nil
}

// TCPListener is a TCP network listener. Clients should typically
// use variables of type Listener instead of assuming TCP.
type TCPListener struct {
	fd *netFD
}

func (l *TCPListener) ok() bool { return l != nil && l.fd != nil }

// AcceptTCP accepts the next incoming call and returns the new
// connection.
func (l *TCPListener) AcceptTCP() (*TCPConn, error) {
	if !l.ok() {
		return nil, errnoErr(_EINVAL)
	}
	fd, err := l.fd.accept()
	if err == nil {
		return newTCPConn(fd), nil
	}
	return nil, l.fd.wrapLocal("accept", err)
}

// Accept implements the Accept method in the Listener interface; it
// waits for the next call and returns a generic Conn.
func (l *TCPListener) Accept() (Conn, error) {
	c, err := l.AcceptTCP()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Close stops listening on the TCP address.
// Already Accepted connections are not closed.
func (l *TCPListener) Close() error {
	if l.ok() {
		return l.fd.wrapLocal("close", l.fd.Close())
	}
	return errnoErr(_EINVAL)
}

// Addr returns the listener's network address, a *TCPAddr.
// The Addr returned is shared by all invocations of Addr, so
// do not modify it.
func (l *TCPListener) Addr() Addr { return l.fd.laddr }

// SetDeadline sets the deadline associated with the listener.
// A zero time value disables the deadline.
func (l *TCPListener) SetDeadline(t time.Time) error {
	if l.ok() {
		return l.fd.wrapLocal("set", l.fd.setDeadline(t, 'r'))
	}
	return errnoErr(_EINVAL)
}

// listenerBacklog is the listen(2) backlog; the kernel caps it at
// net.core.somaxconn.
const listenerBacklog = 4096

// Listen announces on the local network address.
//
// The network must be "tcp", "tcp4" or "tcp6". For TCP networks, if the
// host in the address parameter is empty or a literal unspecified IP
// address, Listen listens on all available unicast and anycast IP
// addresses of the local system. If the port in the address parameter is
// empty or "0", as in "127.0.0.1:" or "[::1]:0", a port number is
// automatically chosen. The Addr method of Listener can be used to
// discover the chosen port.
func Listen(network, address string) (Listener, error) {
	l, err := listenTCP(network, address)
	if err != nil {
		return nil, err
	}
	return l, nil
}

// ListenTCP acts like Listen for TCP networks.
func ListenTCP(network string, laddr *TCPAddr) (*TCPListener, error) {
	if !tcpNetwork(network) {
		return nil, &OpError{Op: "listen", Net: network, Addr: laddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if laddr != nil {
		return listenTCPAddr(network, laddr)
	}
	return listenTCPAddr(network, &TCPAddr{})
}

func listenTCP(network, address string) (*TCPListener, error) {
	var la *TCPAddr
	err := error(UnknownNetworkError(network))
	if tcpNetwork(network) {
		la, err = resolveTCP(network, address)
	}
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	return listenTCPAddr(network, la)
}

// opAddr converts a to the Addr for an OpError: a nil *TCPAddr becomes
// a nil interface, not a non-nil interface holding nil.
func (a *TCPAddr) opAddr() Addr {
	if a != nil {
		return a
	}
	return nil
}

// favoriteFamily picks the socket family as Go does on a dual-stack
// host: IPv4 for IPv4 addresses, IPv6 (accepting IPv4 too) for
// wildcard listeners on "tcp".
func favoriteFamily(network string, a *TCPAddr, listen bool) (family int, v6only bool) {
	switch network {
	case "tcp4":
		return _AF_INET, false
	case "tcp6":
		return _AF_INET6, true
	}
	if listen && a.isWildcard() {
		return _AF_INET6, false
	}
	if a == nil || a.IP == nil || a.IP.To4() != nil {
		return _AF_INET, false
	}
	return _AF_INET6, false
}

func newSocket(network string, family int, v6only bool) (int, error) {
	s, e := runtime_socket(family, _SOCK_STREAM, 0)
	if e != 0 {
		return -1, newSyscallError("socket", e)
	}
	if family == _AF_INET6 {
		v := 0
		if v6only {
			v = 1
		}
		runtime_setsockoptInt(s, _IPPROTO_IPV6, _IPV6_V6ONLY, v)
	}
	return s, nil
}

func listenTCPAddr(network string, la *TCPAddr) (*TCPListener, error) {
	fail := func(err error) (*TCPListener, error) {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: la, Err: err}
	}
	family, v6only := favoriteFamily(network, la, true)
	sa, err := sockaddr(family, la.IP, la.Port)
	if err != nil {
		return fail(err)
	}
	s, err := newSocket(network, family, v6only)
	if err != nil && network == "tcp" && family == _AF_INET6 {
		// No IPv6 on this host: a wildcard listener is IPv4 only.
		family = _AF_INET
		if sa, err = sockaddr(family, la.IP, la.Port); err != nil {
			return fail(err)
		}
		s, err = newSocket(network, family, false)
	}
	if err != nil {
		return fail(err)
	}
	runtime_setsockoptInt(s, _SOL_SOCKET, _SO_REUSEADDR, 1)
	if e := runtime_bind(s, sa); e != 0 {
		runtime_close(s)
		return fail(newSyscallError("bind", e))
	}
	if e := runtime_listen(s, listenerBacklog); e != 0 {
		runtime_close(s)
		return fail(newSyscallError("listen", e))
	}
	fd, err := newFD(s, family, network)
	if err != nil {
		runtime_close(s)
		return fail(err)
	}
	fd.laddr = fd.sockname()
	return &TCPListener{fd}, nil
}

// Dial connects to the address on the named network.
//
// Known networks are "tcp", "tcp4" (IPv4-only) and "tcp6" (IPv6-only).
// The address has the form "host:port" where host is a literal IP
// address, "localhost" or empty (the local system).
func Dial(network, address string) (Conn, error) {
	c, err := dialTCP(network, address, time.Time{})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// DialTimeout acts like Dial but takes a timeout.
func DialTimeout(network, address string, timeout time.Duration) (Conn, error) {
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	c, err := dialTCP(network, address, deadline)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// DialTCP acts like Dial for TCP networks.
// If laddr is nil, a local address is automatically chosen.
func DialTCP(network string, laddr, raddr *TCPAddr) (*TCPConn, error) {
	var err error
	switch {
	case !tcpNetwork(network):
		err = UnknownNetworkError(network)
	case raddr == nil:
		err = errMissingAddress
	default:
		return dialTCPAddr(network, laddr, raddr, time.Time{})
	}
	return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr.opAddr(), Err: err}
}

func dialTCP(network, address string, deadline time.Time) (*TCPConn, error) {
	var ra *TCPAddr
	err := error(UnknownNetworkError(network))
	if tcpNetwork(network) {
		ra, err = resolveTCP(network, address)
	}
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Err: err}
	}
	return dialTCPAddr(network, nil, ra, deadline)
}

func dialTCPAddr(network string, la, ra *TCPAddr, deadline time.Time) (*TCPConn, error) {
	fail := func(err error) (*TCPConn, error) {
		return nil, &OpError{Op: "dial", Net: network, Source: la.opAddr(), Addr: ra, Err: err}
	}
	family, v6only := favoriteFamily(network, ra, false)
	rsa, err := sockaddr(family, ra.IP, ra.Port)
	if err != nil {
		return fail(err)
	}
	s, err := newSocket(network, family, v6only)
	if err != nil {
		return fail(err)
	}
	if la != nil {
		lsa, err := sockaddr(family, la.IP, la.Port)
		if err != nil {
			runtime_close(s)
			return fail(err)
		}
		if e := runtime_bind(s, lsa); e != 0 {
			runtime_close(s)
			return fail(newSyscallError("bind", e))
		}
	}
	fd, err := newFD(s, family, network)
	if err != nil {
		runtime_close(s)
		return fail(err)
	}
	if !deadline.IsZero() {
		fd.setDeadline(deadline, 'w')
	}
	if err := fd.connect(rsa); err != nil {
		fd.Close()
		return fail(err)
	}
	if !deadline.IsZero() {
		fd.setDeadline(time.Time{}, 'w')
	}
	setDefaultConnSockopts(s)
	fd.laddr = fd.sockname()
	fd.raddr = fd.peername()
	return newTCPConn(fd), nil
}
