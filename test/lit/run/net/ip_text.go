// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The text forms of addresses: ParseIP on good and bad IPv4/IPv6 input,
// IP.String (IPv4-mapped addresses, RFC 5952 "::" placement, odd
// lengths), To4/To16/Equal/IsLoopback/IsUnspecified, SplitHostPort and
// JoinHostPort with every AddrError text, and OpError/DNSError texts.

package main

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{
		"192.0.2.1", "0.0.0.0", "255.255.255.255", "256.0.0.1", "1.2.3.04",
		"01.2.3.4", "1.2.3", "1.2.3.4.", "1..2.3", "::", "::1", "1::", "::ffff:1.2.3.4",
		"::ffff:0:1.2.3.4", "2001:DB8::68", "2001:db8:0:0:1:0:0:1", "0:0:1:0:0:0:0:0",
		"1:0:0:2:0:0:0:3", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1::2:3:4:5:6:7",
		"1::2:3:4:5:6:7:8", "00001::", "10000::", "1:::2", ":1::2", "::1:", "1::2::3",
		"::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3.4:5",
		"a:1.2.3.4::", "fe80::1%eth0", "g::", "", "localhost",
	} {
		ip := net.ParseIP(s)
		fmt.Printf("%q -> %s len=%d to4=%s\n", s, ip, len(ip), ip.To4())
	}

	fmt.Println(net.IP{1, 2, 3, 4}, net.IP{1, 2, 3, 4, 5}, net.IP{0xab}, net.IP(nil))
	fmt.Println(net.IPv4(10, 0, 0, 1).To16(), len(net.IP{1, 2, 3, 4}.To16()), net.IP{1, 2}.To16() == nil)
	fmt.Println(net.IPv4(1, 2, 3, 4).Equal(net.IP{1, 2, 3, 4}), net.IP{1, 2, 3, 4}.Equal(net.IPv4(1, 2, 3, 5)),
		net.IPv6loopback.Equal(net.ParseIP("::1")))
	fmt.Println(net.ParseIP("127.8.9.1").IsLoopback(), net.IPv6loopback.IsLoopback(), net.ParseIP("::2").IsLoopback())
	fmt.Println(net.IPv4zero.IsUnspecified(), net.IPv6unspecified.IsUnspecified(), net.IP(nil).IsUnspecified(),
		net.IPv4bcast, net.IPv4allsys, net.IPv4allrouter, net.IPv6zero)

	for _, hp := range []string{
		"host:80", "1.2.3.4:http", ":80", "host:", "[::1]:80", "[fe80::1%lo0]:443",
		"[::1]", "host", "", "::1:80", "[::1]x:80", "[::1]::80", "[::1:80", "[a]:b]:1",
		"a[b:1", "a]b:1", "[a]]:1", "[[a]:1", "[]:1",
	} {
		h, p, err := net.SplitHostPort(hp)
		if err != nil {
			fmt.Printf("split %q: %v (%T)\n", hp, err, err)
			continue
		}
		fmt.Printf("split %q -> %q %q -> %s\n", hp, h, p, net.JoinHostPort(h, p))
	}
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("fe80::1%lo0", "1"), net.JoinHostPort("a%b", ""))

	fmt.Println((&net.AddrError{Err: "bad", Addr: "x"}).Error(), "|", (&net.AddrError{Err: "bad"}).Error())
	a := &net.TCPAddr{IP: net.ParseIP("10.0.0.1"), Port: 5}
	b := &net.TCPAddr{IP: net.ParseIP("fe80::1"), Port: 80, Zone: "eth0"}
	inner := &net.AddrError{Err: "oops", Addr: "y"}
	fmt.Println(&net.OpError{Op: "read", Net: "tcp", Source: a, Addr: b, Err: inner})
	fmt.Println(&net.OpError{Op: "dial", Net: "tcp", Addr: b, Err: inner})
	fmt.Println(&net.OpError{Op: "accept", Source: a, Err: inner})
	fmt.Println(&net.OpError{Op: "close", Err: inner})
	fmt.Println(&net.DNSError{Err: "no such host", Name: "example"}, "|", &net.DNSError{Err: "timeout", Name: "n", Server: "1.1.1.1:53"})
	fmt.Println(net.UnknownNetworkError("udp9"), &net.TCPAddr{Port: 1}, &net.TCPAddr{IP: net.IPv6loopback})
}

// CHECK: "192.0.2.1" -> 192.0.2.1 len=16 to4=192.0.2.1
// CHECK-NEXT: "0.0.0.0" -> 0.0.0.0 len=16 to4=0.0.0.0
// CHECK-NEXT: "255.255.255.255" -> 255.255.255.255 len=16 to4=255.255.255.255
// CHECK-NEXT: "256.0.0.1" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "1.2.3.04" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "01.2.3.4" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "1.2.3" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "1.2.3.4." -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "1..2.3" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "::" -> :: len=16 to4=<nil>
// CHECK-NEXT: "::1" -> ::1 len=16 to4=<nil>
// CHECK-NEXT: "1::" -> 1:: len=16 to4=<nil>
// CHECK-NEXT: "::ffff:1.2.3.4" -> 1.2.3.4 len=16 to4=1.2.3.4
// CHECK-NEXT: "::ffff:0:1.2.3.4" -> ::ffff:0:102:304 len=16 to4=<nil>
// CHECK-NEXT: "2001:DB8::68" -> 2001:db8::68 len=16 to4=<nil>
// CHECK-NEXT: "2001:db8:0:0:1:0:0:1" -> 2001:db8::1:0:0:1 len=16 to4=<nil>
// CHECK-NEXT: "0:0:1:0:0:0:0:0" -> 0:0:1:: len=16 to4=<nil>
// CHECK-NEXT: "1:0:0:2:0:0:0:3" -> 1:0:0:2::3 len=16 to4=<nil>
// CHECK-NEXT: "1:2:3:4:5:6:7:8" -> 1:2:3:4:5:6:7:8 len=16 to4=<nil>
// CHECK-NEXT: "1:2:3:4:5:6:7:8:9" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "1::2:3:4:5:6:7" -> 1:0:2:3:4:5:6:7 len=16 to4=<nil>
// CHECK-NEXT: "1::2:3:4:5:6:7:8" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "00001::" -> 1:: len=16 to4=<nil>
// CHECK-NEXT: "10000::" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "1:::2" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: ":1::2" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "::1:" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "1::2::3" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "::1.2.3.4" -> ::102:304 len=16 to4=<nil>
// CHECK-NEXT: "1:2:3:4:5:6:1.2.3.4" -> 1:2:3:4:5:6:102:304 len=16 to4=<nil>
// CHECK-NEXT: "1:2:3:4:5:6:7:1.2.3.4" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "::1.2.3.4:5" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "a:1.2.3.4::" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "fe80::1%eth0" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "g::" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: "localhost" -> <nil> len=0 to4=<nil>
// CHECK-NEXT: 1.2.3.4 ?0102030405 ?ab <nil>
// CHECK-NEXT: 10.0.0.1 16 true
// CHECK-NEXT: true false true
// CHECK-NEXT: true true false
// CHECK-NEXT: true true false 255.255.255.255 224.0.0.1 224.0.0.2 ::
// CHECK-NEXT: split "host:80" -> "host" "80" -> host:80
// CHECK-NEXT: split "1.2.3.4:http" -> "1.2.3.4" "http" -> 1.2.3.4:http
// CHECK-NEXT: split ":80" -> "" "80" -> :80
// CHECK-NEXT: split "host:" -> "host" "" -> host:
// CHECK-NEXT: split "[::1]:80" -> "::1" "80" -> [::1]:80
// CHECK-NEXT: split "[fe80::1%lo0]:443" -> "fe80::1%lo0" "443" -> [fe80::1%lo0]:443
// CHECK-NEXT: split "[::1]": address [::1]: missing port in address (*net.AddrError)
// CHECK-NEXT: split "host": address host: missing port in address (*net.AddrError)
// CHECK-NEXT: split "": missing port in address (*net.AddrError)
// CHECK-NEXT: split "::1:80": address ::1:80: too many colons in address (*net.AddrError)
// CHECK-NEXT: split "[::1]x:80": address [::1]x:80: missing port in address (*net.AddrError)
// CHECK-NEXT: split "[::1]::80": address [::1]::80: too many colons in address (*net.AddrError)
// CHECK-NEXT: split "[::1:80": address [::1:80: missing ']' in address (*net.AddrError)
// CHECK-NEXT: split "[a]:b]:1": address [a]:b]:1: too many colons in address (*net.AddrError)
// CHECK-NEXT: split "a[b:1": address a[b:1: unexpected '[' in address (*net.AddrError)
// CHECK-NEXT: split "a]b:1": address a]b:1: unexpected ']' in address (*net.AddrError)
// CHECK-NEXT: split "[a]]:1": address [a]]:1: missing port in address (*net.AddrError)
// CHECK-NEXT: split "{{\[\[}}a]:1": address {{\[\[}}a]:1: unexpected '[' in address (*net.AddrError)
// CHECK-NEXT: split "[]:1" -> "" "1" -> :1
// CHECK-NEXT: [::1]:80 [fe80::1%lo0]:1 a%b:
// CHECK-NEXT: address x: bad | bad
// CHECK-NEXT: read tcp 10.0.0.1:5->[fe80::1%eth0]:80: address y: oops
// CHECK-NEXT: dial tcp [fe80::1%eth0]:80: address y: oops
// CHECK-NEXT: accept 10.0.0.1:5: address y: oops
// CHECK-NEXT: close: address y: oops
// CHECK-NEXT: lookup example: no such host | lookup n on 1.1.1.1:53: timeout
// CHECK-NEXT: unknown network udp9 :1 [::1]:0
