//===- runtime/net_linux.cpp - Sockets for package net --------------------===//
//
// This file implements the functions that lib/net declares without bodies:
// thin wrappers of the socket system calls and the poll-descriptor
// operations of the netpoller (netpoll_epoll.cpp), after Go's
// internal/poll and runtime/netpoll.go.
//
// Every socket is non-blocking (SOCK_NONBLOCK | SOCK_CLOEXEC), so none of
// these calls blocks the thread: an operation that would block returns
// EAGAIN (or EINPROGRESS for connect) and lib/net then parks the goroutine
// with net.runtime_pollWait until the netpoller reports the descriptor
// ready. Goroutines, not threads, wait for the network.
//
// Invariants:
//  - These are Go functions: symbol "net.<name>", a leading closure-context
//    parameter (ignored), Go's int as int64, a []byte as three words
//    (ptr, len, cap), two results as a two-word struct {value, errno}
//    where errno is 0 on success.
//  - Socket addresses cross as raw struct sockaddr bytes (lib/net encodes
//    and decodes sockaddr_in / sockaddr_in6 itself).
//  - A poll descriptor crosses as a uintptr (PollDesc*). lib/net counts
//    references to each descriptor, so runtime_pollClose and the close of
//    the fd happen only when no goroutine is inside an operation on it.
//  - Writes use send(MSG_NOSIGNAL): a write to a socket whose peer has gone
//    fails with EPIPE instead of raising SIGPIPE, as in Go.
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace golite::rt;

namespace {

struct IntErr {
  GoInt value;
  GoInt err; // errno, 0 on success
};

IntErr result(long r) {
  if (r < 0)
    return {-1, errno};
  return {GoInt(r), 0};
}

} // namespace

extern "C" {

IntErr net_socket(void *, GoInt family, GoInt sotype, GoInt proto) __asm__("net.runtime_socket");
GoInt net_setsockoptInt(void *, GoInt fd, GoInt level, GoInt name, GoInt value)
    __asm__("net.runtime_setsockoptInt");
IntErr net_getsockoptInt(void *, GoInt fd, GoInt level, GoInt name)
    __asm__("net.runtime_getsockoptInt");
GoInt net_bind(void *, GoInt fd, uint8_t *sa, GoInt salen, GoInt) __asm__("net.runtime_bind");
GoInt net_listen(void *, GoInt fd, GoInt backlog) __asm__("net.runtime_listen");
GoInt net_connect(void *, GoInt fd, uint8_t *sa, GoInt salen, GoInt) __asm__("net.runtime_connect");
IntErr net_accept(void *, GoInt fd, uint8_t *sa, GoInt salen, GoInt) __asm__("net.runtime_accept");
GoInt net_getsockname(void *, GoInt fd, uint8_t *sa, GoInt salen, GoInt)
    __asm__("net.runtime_getsockname");
GoInt net_getpeername(void *, GoInt fd, uint8_t *sa, GoInt salen, GoInt)
    __asm__("net.runtime_getpeername");
IntErr net_read(void *, GoInt fd, uint8_t *p, GoInt n, GoInt) __asm__("net.runtime_read");
IntErr net_write(void *, GoInt fd, uint8_t *p, GoInt n, GoInt) __asm__("net.runtime_write");
GoInt net_shutdown(void *, GoInt fd, GoInt how) __asm__("net.runtime_shutdown");
GoInt net_close(void *, GoInt fd) __asm__("net.runtime_close");
IntErr net_pollOpen(void *, GoInt fd) __asm__("net.runtime_pollOpen");
void net_pollClose(void *, uintptr_t pd) __asm__("net.runtime_pollClose");
void net_pollEvict(void *, uintptr_t pd) __asm__("net.runtime_pollEvict");
GoInt net_pollWait(void *, uintptr_t pd, GoInt mode) __asm__("net.runtime_pollWait");
GoInt net_pollCheck(void *, uintptr_t pd, GoInt mode) __asm__("net.runtime_pollCheck");
void net_pollSetTimedOut(void *, uintptr_t pd, GoInt mode, bool expired)
    __asm__("net.runtime_pollSetTimedOut");

IntErr net_socket(void *, GoInt family, GoInt sotype, GoInt proto) {
  return result(socket(int(family), int(sotype) | SOCK_NONBLOCK | SOCK_CLOEXEC, int(proto)));
}

GoInt net_setsockoptInt(void *, GoInt fd, GoInt level, GoInt name, GoInt value) {
  int v = int(value);
  return setsockopt(int(fd), int(level), int(name), &v, sizeof v) < 0 ? errno : 0;
}

IntErr net_getsockoptInt(void *, GoInt fd, GoInt level, GoInt name) {
  int v = 0;
  socklen_t len = sizeof v;
  if (getsockopt(int(fd), int(level), int(name), &v, &len) < 0)
    return {-1, errno};
  return {v, 0};
}

GoInt net_bind(void *, GoInt fd, uint8_t *sa, GoInt salen, GoInt) {
  return bind(int(fd), reinterpret_cast<sockaddr *>(sa), socklen_t(salen)) < 0 ? errno : 0;
}

GoInt net_listen(void *, GoInt fd, GoInt backlog) {
  return listen(int(fd), int(backlog)) < 0 ? errno : 0;
}

GoInt net_connect(void *, GoInt fd, uint8_t *sa, GoInt salen, GoInt) {
  return connect(int(fd), reinterpret_cast<sockaddr *>(sa), socklen_t(salen)) < 0 ? errno : 0;
}

IntErr net_accept(void *, GoInt fd, uint8_t *sa, GoInt salen, GoInt) {
  socklen_t len = socklen_t(salen);
  return result(accept4(int(fd), reinterpret_cast<sockaddr *>(sa), &len,
                        SOCK_NONBLOCK | SOCK_CLOEXEC));
}

GoInt net_getsockname(void *, GoInt fd, uint8_t *sa, GoInt salen, GoInt) {
  socklen_t len = socklen_t(salen);
  return getsockname(int(fd), reinterpret_cast<sockaddr *>(sa), &len) < 0 ? errno : 0;
}

GoInt net_getpeername(void *, GoInt fd, uint8_t *sa, GoInt salen, GoInt) {
  socklen_t len = socklen_t(salen);
  return getpeername(int(fd), reinterpret_cast<sockaddr *>(sa), &len) < 0 ? errno : 0;
}

IntErr net_read(void *, GoInt fd, uint8_t *p, GoInt n, GoInt) {
  return result(read(int(fd), p, size_t(n)));
}

IntErr net_write(void *, GoInt fd, uint8_t *p, GoInt n, GoInt) {
  return result(send(int(fd), p, size_t(n), MSG_NOSIGNAL));
}

GoInt net_shutdown(void *, GoInt fd, GoInt how) {
  return shutdown(int(fd), int(how)) < 0 ? errno : 0;
}

GoInt net_close(void *, GoInt fd) { return close(int(fd)) < 0 ? errno : 0; }

IntErr net_pollOpen(void *, GoInt fd) {
  int err = 0;
  PollDesc *pd = netpollOpen(int(fd), &err);
  if (!pd)
    return {0, err};
  return {GoInt(reinterpret_cast<uintptr_t>(pd)), 0};
}

void net_pollClose(void *, uintptr_t pd) {
  auto *p = reinterpret_cast<PollDesc *>(pd);
  netpollClose(p);
  netpollFree(p);
}

void net_pollEvict(void *, uintptr_t pd) { netpollEvict(reinterpret_cast<PollDesc *>(pd)); }

GoInt net_pollWait(void *, uintptr_t pd, GoInt mode) {
  return netpollWait(reinterpret_cast<PollDesc *>(pd), int(mode));
}

GoInt net_pollCheck(void *, uintptr_t pd, GoInt mode) {
  return netpollCheck(reinterpret_cast<PollDesc *>(pd), int(mode));
}

void net_pollSetTimedOut(void *, uintptr_t pd, GoInt mode, bool expired) {
  netpollSetTimedOut(reinterpret_cast<PollDesc *>(pd), int(mode), expired);
}

} // extern "C"
