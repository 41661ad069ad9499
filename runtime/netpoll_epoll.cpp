//===- runtime/netpoll_epoll.cpp - The network poller (epoll) -------------===//
//
// This file implements the netpoller on Linux epoll, after Go's
// netpoll.go/netpoll_epoll.go.
//
// A file descriptor opened for polling (netpollOpen) is registered once,
// edge-triggered, for reading and writing; its PollDesc holds one
// semaphore-like word per direction:
//   0         nothing happened, nobody waits
//   pdReady   an I/O readiness notification is pending
//   pdWait    a G is about to park
//   G*        the G parked waiting
// netpollWait parks the goroutine, not the thread. The scheduler calls
// netpoll(0) in findRunnable before stealing, the last idle M blocks in
// netpoll(delay) (delay = time to the next timer), and sysmon polls when
// nobody has for 10 ms. An eventfd in the epoll set lets netpollBreak
// interrupt a blocked epoll_wait (a new earlier timer, new work).
//
// Closing and deadlines (lib/net): netpollEvict marks a descriptor closing
// and netpollSetTimedOut marks one direction's deadline expired; both wake
// the waiter. A waiter re-checks both flags after announcing itself
// (pdWait), so a flag set between its first check and its park is never
// missed: either the waiter sees the flag, or the setter sees pdWait and
// turns it back to 0, which makes the park's commit fail.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"

#include <cerrno>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace golite::rt {

std::atomic<int32_t> netpollWaiters{0};

struct PollDesc {
  int fd;
  std::atomic<bool> closing;
  std::atomic<bool> rtimedout, wtimedout; // deadline expired (lib/net)
  std::atomic<uintptr_t> rg, wg;
  PollDesc *link; // free list
};

namespace {
int epfd = -1;
int breakfd = -1;
std::atomic<uint32_t> netpollWakeSig{0};
constexpr uintptr_t pdReady = 1, pdWait = 2;
uint8_t breakMarker;
Mutex pdLock;
PollDesc *pdFree;

/// Returns the G to wake (null if none) after an event (ioready) or a
/// close/deadline (!ioready).
G *netpollunblock(PollDesc *pd, int mode, bool ioready) {
  auto *gpp = mode == 'r' ? &pd->rg : &pd->wg;
  for (;;) {
    uintptr_t old = gpp->load();
    if (old == pdReady)
      return nullptr;
    if (old == 0 && !ioready)
      return nullptr;
    uintptr_t nv = ioready ? pdReady : 0;
    if (gpp->compare_exchange_strong(old, nv)) {
      if (old == pdWait || old == 0)
        return nullptr;
      netpollWaiters.fetch_sub(1);
      return reinterpret_cast<G *>(old);
    }
  }
}

int netpollcheckerr(PollDesc *pd, int mode) {
  if (pd->closing.load())
    return pollErrClosing;
  if ((mode == 'r' ? pd->rtimedout : pd->wtimedout).load())
    return pollErrTimeout;
  return pollNoError;
}

bool netpollblockcommit(G *gp, void *gpp) {
  uintptr_t w = pdWait;
  bool ok = static_cast<std::atomic<uintptr_t> *>(gpp)->compare_exchange_strong(w, uintptr_t(gp));
  if (ok)
    netpollWaiters.fetch_add(1);
  return ok;
}
} // namespace

void netpollinit() {
  epfd = epoll_create1(EPOLL_CLOEXEC);
  if (epfd < 0)
    fatal("runtime: netpollinit failed");
  breakfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (breakfd < 0)
    fatal("runtime: netpollinit failed to create eventfd");
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.ptr = &breakMarker;
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, breakfd, &ev) != 0)
    fatal("runtime: netpollinit failed to register eventfd");
}

bool netpollinited() { return epfd >= 0; }

void netpollBreak() {
  uint32_t z = 0;
  if (!netpollWakeSig.compare_exchange_strong(z, 1))
    return;
  uint64_t one = 1;
  for (;;) {
    ssize_t n = write(breakfd, &one, sizeof one);
    if (n == sizeof one || (n < 0 && errno == EAGAIN))
      return;
    if (n < 0 && errno == EINTR)
      continue;
    fatal("runtime: netpollBreak write failed");
  }
}

G *netpoll(int64_t delay) {
  if (epfd < 0)
    return nullptr;
  int waitms;
  if (delay < 0)
    waitms = -1;
  else if (delay == 0)
    waitms = 0;
  else if (delay < 1000000)
    waitms = 1;
  else if (delay < 1000000000000000LL)
    waitms = int(delay / 1000000);
  else
    waitms = 1000000000;
  epoll_event events[128];
  int n;
  for (;;) {
    n = epoll_wait(epfd, events, 128, waitms);
    if (n >= 0)
      break;
    if (errno != EINTR)
      fatal("runtime: netpoll failed");
    if (waitms > 0)
      return nullptr; // let the caller recompute the delay
  }
  G *list = nullptr;
  for (int i = 0; i < n; i++) {
    epoll_event &ev = events[i];
    if (ev.data.ptr == &breakMarker) {
      if (delay != 0) {
        uint64_t buf;
        (void)!read(breakfd, &buf, sizeof buf);
        netpollWakeSig.store(0);
      }
      continue;
    }
    auto *pd = static_cast<PollDesc *>(ev.data.ptr);
    if (ev.events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
      if (G *gp = netpollunblock(pd, 'r', true)) {
        gp->schedlink = list;
        list = gp;
      }
    if (ev.events & (EPOLLOUT | EPOLLHUP | EPOLLERR))
      if (G *gp = netpollunblock(pd, 'w', true)) {
        gp->schedlink = list;
        list = gp;
      }
  }
  return list;
}

PollDesc *netpollOpen(int fd, int *errno_) {
  schedinit();
  lock(&pdLock);
  PollDesc *pd = pdFree;
  if (pd)
    pdFree = pd->link;
  unlock(&pdLock);
  if (!pd)
    pd = static_cast<PollDesc *>(gc::allocPersistent(sizeof(PollDesc)));
  pd->fd = fd;
  pd->closing.store(false);
  pd->rtimedout.store(false);
  pd->wtimedout.store(false);
  pd->rg.store(0);
  pd->wg.store(0);
  pd->link = nullptr;
  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
  ev.data.ptr = pd;
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) != 0) {
    *errno_ = errno;
    lock(&pdLock);
    pd->link = pdFree;
    pdFree = pd;
    unlock(&pdLock);
    return nullptr;
  }
  *errno_ = 0;
  return pd;
}

void netpollClose(PollDesc *pd) {
  pd->closing.store(true);
  G *r = netpollunblock(pd, 'r', false);
  G *w = netpollunblock(pd, 'w', false);
  epoll_event ev{};
  epoll_ctl(epfd, EPOLL_CTL_DEL, pd->fd, &ev);
  if (r)
    goready(r);
  if (w)
    goready(w);
}

int netpollWait(PollDesc *pd, int mode) {
  auto *gpp = mode == 'r' ? &pd->rg : &pd->wg;
  for (;;) {
    if (int e = netpollcheckerr(pd, mode))
      return e;
    uintptr_t r = pdReady;
    if (gpp->compare_exchange_strong(r, 0))
      return pollNoError;
    uintptr_t z = 0;
    if (gpp->compare_exchange_strong(z, pdWait))
      break;
    if (gpp->load() > pdWait)
      fatal("runtime: double wait");
  }
  // Re-check after announcing pdWait: evict/deadline store their flag
  // first and then look at rg/wg (see the file comment).
  if (netpollcheckerr(pd, mode) == pollNoError)
    gopark(netpollblockcommit, gpp, waitReasonIOWait);
  uintptr_t old = gpp->exchange(0);
  if (old > pdWait)
    fatal("runtime: corrupted polldesc");
  return netpollcheckerr(pd, mode);
}

int netpollCheck(PollDesc *pd, int mode) { return netpollcheckerr(pd, mode); }

void netpollEvict(PollDesc *pd) {
  pd->closing.store(true);
  G *r = netpollunblock(pd, 'r', false);
  G *w = netpollunblock(pd, 'w', false);
  if (r)
    goready(r);
  if (w)
    goready(w);
}

void netpollSetTimedOut(PollDesc *pd, int mode, bool expired) {
  (mode == 'r' ? pd->rtimedout : pd->wtimedout).store(expired);
  if (!expired)
    return;
  if (G *gp = netpollunblock(pd, mode, false))
    goready(gp);
}

void netpollFree(PollDesc *pd) {
  lock(&pdLock);
  pd->link = pdFree;
  pdFree = pd;
  unlock(&pdLock);
}

} // namespace golite::rt
