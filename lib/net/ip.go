// This file implements the IP address type: construction, the IPv4 and
// IPv6 text forms (parsing and printing) and host:port splitting.

package net

// IP address lengths (bytes).
const (
	IPv4len = 4
	IPv6len = 16
)

// An IP is a single IP address, a slice of bytes. Functions in this
// package accept either 4-byte (IPv4) or 16-byte (IPv6) slices as input.
type IP []byte

// IPv4 returns the IP address (in 16-byte form) of the
// IPv4 address a.b.c.d.
func IPv4(a, b, c, d byte) IP {
	// An IPv4-mapped IPv6 address is ten zero bytes, two 0xff bytes and
	// then the four IPv4 bytes.
	out := make(IP, IPv6len)
	out[10], out[11] = 0xff, 0xff
	out[12], out[13], out[14], out[15] = a, b, c, d
	return out
}

// Well-known IPv4 addresses
var (
	IPv4bcast     = IPv4(255, 255, 255, 255) // limited broadcast
	IPv4allsys    = IPv4(224, 0, 0, 1)       // all systems
	IPv4allrouter = IPv4(224, 0, 0, 2)       // all routers
	IPv4zero      = IPv4(0, 0, 0, 0)         // all zeros
)

// Well-known IPv6 addresses
var (
	IPv6zero        = make(IP, IPv6len)
	IPv6unspecified = make(IP, IPv6len)
	IPv6loopback    = IP{15: 1}
)

// isMapped4 reports whether a 16-byte ip carries an IPv4 address in the
// ::ffff:0:0/96 block.
func (ip IP) isMapped4() bool {
	if len(ip) != IPv6len || ip[10] != 0xff || ip[11] != 0xff {
		return false
	}
	return allZero(ip[:10])
}

// allZero reports whether every byte of b is zero.
func allZero(b []byte) bool {
	acc := byte(0)
	for _, x := range b {
		acc |= x
	}
	return acc == 0
}

// To4 converts the IPv4 address ip to a 4-byte representation.
// If ip is not an IPv4 address, To4 returns nil.
func (ip IP) To4() IP {
	switch {
	case len(ip) == IPv4len:
		return ip
	case ip.isMapped4():
		return ip[12:]
	}
	return nil
}

// To16 converts the IP address ip to a 16-byte representation.
// If ip is not an IP address (it is the wrong length), To16 returns nil.
func (ip IP) To16() IP {
	switch len(ip) {
	case IPv6len:
		return ip
	case IPv4len:
		return IPv4(ip[0], ip[1], ip[2], ip[3])
	}
	return nil
}

// IsUnspecified reports whether ip is an unspecified address, either
// the IPv4 address "0.0.0.0" or the IPv6 address "::".
func (ip IP) IsUnspecified() bool {
	if v4 := ip.To4(); v4 != nil {
		return allZero(v4)
	}
	return len(ip) == IPv6len && allZero(ip)
}

// IsLoopback reports whether ip is a loopback address.
func (ip IP) IsLoopback() bool {
	if v4 := ip.To4(); v4 != nil {
		return v4[0] == 127
	}
	return len(ip) == IPv6len && ip[15] == 1 && allZero(ip[:15])
}

// Equal reports whether ip and x are the same IP address.
// An IPv4 address and that same address in IPv6 form are
// considered to be equal.
func (ip IP) Equal(x IP) bool {
	if len(x) == len(ip) {
		return string(x) == string(ip)
	}
	// Different lengths: only a 4-byte and a 16-byte form can match,
	// so compare both in their 16-byte form.
	a, b := ip.To16(), x.To16()
	return a != nil && b != nil && string(a) == string(b)
}

const lowerHex = "0123456789abcdef"

// appendDecimal appends v in decimal.
func appendDecimal(dst []byte, v byte) []byte {
	if v >= 100 {
		dst = append(dst, '0'+v/100)
	}
	if v >= 10 {
		dst = append(dst, '0'+v/10%10)
	}
	return append(dst, '0'+v%10)
}

// appendGroup appends a 16-bit IPv6 group in lower-case hex without
// leading zeros.
func appendGroup(dst []byte, g uint16) []byte {
	width := 1
	for width < 4 && g>>(4*uint(width)) != 0 {
		width++
	}
	for k := width - 1; k >= 0; k-- {
		dst = append(dst, lowerHex[(g>>(4*uint(k)))&0xf])
	}
	return dst
}

// String returns the string form of the IP address ip.
// It returns one of 4 forms:
//   - "<nil>", if ip has length 0
//   - dotted decimal ("192.0.2.1"), if ip is an IPv4 or IP4-mapped IPv6 address
//   - IPv6 conforming to RFC 5952 ("2001:db8::1"), if ip is a valid IPv6 address
//   - the hexadecimal form of ip, without punctuation, if no other cases apply
func (ip IP) String() string {
	if len(ip) == 0 {
		return "<nil>"
	}
	if v4 := ip.To4(); v4 != nil {
		out := make([]byte, 0, 15)
		for k, octet := range v4 {
			if k != 0 {
				out = append(out, '.')
			}
			out = appendDecimal(out, octet)
		}
		return string(out)
	}
	if len(ip) != IPv6len {
		out := []byte{'?'}
		for _, x := range ip {
			out = append(out, lowerHex[x>>4], lowerHex[x&0xf])
		}
		return string(out)
	}
	var groups [8]uint16
	for k := range groups {
		groups[k] = uint16(ip[2*k])<<8 | uint16(ip[2*k+1])
	}
	// RFC 5952: the first of the longest runs of at least two zero
	// groups is written as "::".
	runAt, runLen := -1, 1
	for k := 0; k < len(groups); {
		end := k
		for end < len(groups) && groups[end] == 0 {
			end++
		}
		if end-k > runLen {
			runAt, runLen = k, end-k
		}
		if end == k {
			end++
		}
		k = end
	}
	out := make([]byte, 0, 39)
	for k := 0; k < len(groups); k++ {
		if k == runAt {
			out = append(out, ':', ':')
			k += runLen - 1
			continue
		}
		if len(out) != 0 && out[len(out)-1] != ':' {
			out = append(out, ':')
		}
		out = appendGroup(out, groups[k])
	}
	return string(out)
}

// ParseIP parses s as an IP address, returning the result.
// The string s can be in IPv4 dotted decimal ("192.0.2.1"), IPv6
// ("2001:db8::68"), or IPv4-mapped IPv6 ("::ffff:192.0.2.1") form.
// If s is not a valid textual representation of an IP address,
// ParseIP returns nil.
func ParseIP(s string) IP {
	// The first separator decides which syntax s must follow.
	for k := 0; k < len(s); k++ {
		if s[k] == '.' {
			if q, ok := dottedQuad(s); ok {
				return IPv4(q[0], q[1], q[2], q[3])
			}
			return nil
		}
		if s[k] == ':' {
			return colonHex(s)
		}
	}
	return nil
}

// dottedQuad parses four decimal fields 0..255 separated by dots;
// a field may not have a leading zero.
func dottedQuad(s string) (q [4]byte, ok bool) {
	nfield, ndigit, val := 0, 0, 0
	for k := 0; k <= len(s); k++ {
		if k == len(s) || s[k] == '.' {
			if ndigit == 0 || nfield == len(q) {
				return q, false
			}
			q[nfield] = byte(val)
			nfield++
			ndigit, val = 0, 0
			continue
		}
		c := s[k]
		if c < '0' || c > '9' || (ndigit > 0 && val == 0) {
			return q, false
		}
		val = val*10 + int(c-'0')
		ndigit++
		if val > 0xff {
			return q, false
		}
	}
	return q, nfield == len(q)
}

// hexGroup parses one IPv6 group: one or more hex digits whose value
// fits in 16 bits.
func hexGroup(s string) (uint16, bool) {
	if s == "" {
		return 0, false
	}
	v := uint32(0)
	for k := 0; k < len(s); k++ {
		c := s[k] | 0x20 // fold ASCII letters to lower case
		switch {
		case '0' <= s[k] && s[k] <= '9':
			v = v<<4 | uint32(s[k]-'0')
		case 'a' <= c && c <= 'f':
			v = v<<4 | uint32(c-'a'+10)
		default:
			return 0, false
		}
		if v > 0xffff {
			return 0, false
		}
	}
	return uint16(v), true
}

// groupList parses a colon-separated list of IPv6 groups into dst,
// returning the number of bytes written. When tailV4 is set, the last
// element may be a dotted IPv4 address occupying four bytes.
func groupList(s string, tailV4 bool, dst []byte) (int, bool) {
	if s == "" {
		return 0, true
	}
	used := 0
	for {
		sep := indexByteStr(s, ':')
		item := s
		if sep >= 0 {
			item = s[:sep]
		}
		if sep < 0 && tailV4 && indexByteStr(item, '.') >= 0 {
			q, ok := dottedQuad(item)
			if !ok || used+4 > len(dst) {
				return 0, false
			}
			copy(dst[used:], q[:])
			return used + 4, true
		}
		g, ok := hexGroup(item)
		if !ok || used+2 > len(dst) {
			return 0, false
		}
		dst[used], dst[used+1] = byte(g>>8), byte(g)
		used += 2
		if sep < 0 {
			return used, true
		}
		s = s[sep+1:]
	}
}

// colonHex parses the IPv6 text form, with an optional single "::"
// standing for one or more zero groups and an optional trailing IPv4
// address.
func colonHex(s string) IP {
	var head, tail [IPv6len]byte
	gap := -1
	for k := 0; k+1 < len(s); k++ {
		if s[k] == ':' && s[k+1] == ':' {
			gap = k
			break
		}
	}
	out := make(IP, IPv6len)
	if gap < 0 {
		n, ok := groupList(s, true, out)
		if !ok || n != IPv6len {
			return nil
		}
		return out
	}
	left, right := s[:gap], s[gap+2:]
	nl, ok := groupList(left, false, head[:])
	if !ok {
		return nil
	}
	nr, ok := groupList(right, true, tail[:])
	if !ok || nl+nr > IPv6len-2 {
		return nil
	}
	copy(out, head[:nl])
	copy(out[IPv6len-nr:], tail[:nr])
	return out
}

// SplitHostPort splits a network address of the form "host:port",
// "host%zone:port", "[host]:port" or "[host%zone]:port" into host or
// host%zone and port.
//
// A literal IPv6 address in hostport must be enclosed in square
// brackets, as in "[::1]:80", "[::1%lo0]:80".
func SplitHostPort(hostport string) (host, port string, err error) {
	reject := func(why string) (string, string, error) {
		return "", "", &AddrError{Err: why, Addr: hostport}
	}
	const noPort, colons = "missing port in address", "too many colons in address"

	portSep := lastIndexByteStr(hostport, ':')
	if portSep < 0 {
		return reject(noPort)
	}
	// noOpen and noClose are the parts of hostport that may not hold
	// another '[' or ']'.
	var noOpen, noClose string
	if hostport[0] != '[' {
		host = hostport[:portSep]
		if indexByteStr(host, ':') >= 0 {
			return reject(colons)
		}
		noOpen, noClose = hostport, hostport
	} else {
		rb := indexByteStr(hostport, ']')
		if rb < 0 {
			return reject("missing ']' in address")
		}
		if rb+1 != portSep {
			if rb+1 < len(hostport) && hostport[rb+1] == ':' {
				return reject(colons)
			}
			return reject(noPort)
		}
		host = hostport[1:rb]
		noOpen, noClose = hostport[1:], hostport[rb+1:]
	}
	if indexByteStr(noOpen, '[') >= 0 {
		return reject("unexpected '[' in address")
	}
	if indexByteStr(noClose, ']') >= 0 {
		return reject("unexpected ']' in address")
	}
	return host, hostport[portSep+1:], nil
}

// JoinHostPort combines host and port into a network address of the
// form "host:port". If host contains a colon, as found in literal IPv6
// addresses, then JoinHostPort returns "[host]:port".
func JoinHostPort(host, port string) string {
	if indexByteStr(host, ':') < 0 {
		return host + ":" + port
	}
	return "[" + host + "]:" + port
}

// indexByteStr is the index of the first c in s, or -1.
func indexByteStr(s string, c byte) int {
	for k := 0; k < len(s); k++ {
		if s[k] == c {
			return k
		}
	}
	return -1
}

// lastIndexByteStr is the index of the last c in s, or -1.
func lastIndexByteStr(s string, c byte) int {
	k := len(s) - 1
	for k >= 0 && s[k] != c {
		k--
	}
	return k
}
