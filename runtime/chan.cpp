//===- runtime/chan.cpp - Channels ----------------------------------------===//
//
// This file implements Go channels, after Go's runtime/chan.go.
//
// Invariants (c->lock held):
//   at least one of c.sendq and c.recvq is empty, except for an unbuffered
//     channel with a single goroutine blocked in select on both ends;
//   for buffered channels: qcount > 0 implies recvq is empty, and
//     qcount < dataqsiz implies sendq is empty.
//
// A send finds a waiting receiver first and copies the value straight into
// the receiver's variable (on its stack: stacks never move in golite), so
// the buffer is not touched ("direct hand-off"). A receive from a full
// buffered channel with a waiting sender takes the buffer's head and moves
// the sender's value to the tail, so FIFO order holds. close wakes every
// waiter: receivers get the zero value and ok == false, senders panic.
//
// Waiting goroutines are represented by sudogs that live on their own
// stacks for the time they wait; gopark's unlock callback releases the
// channel lock only once the G is off its stack, so a waker never readies
// a G that is still running.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"

namespace golite::rt {

namespace {
const abi::TypeDesc hchanType = {sizeof(Hchan), sizeof(Hchan), 0, 0, 8, 8, abi::KindStruct,
                                 nullptr, "runtime.hchan", "runtime", nullptr, nullptr, 0,
                                 nullptr, 0, nullptr, 0};

bool chanparkcommit(G *gp, void *l) {
  gp->parkingOnChan = false;
  unlock(static_cast<Mutex *>(l));
  return true;
}

inline bool full(Hchan *c) {
  if (c->dataqsiz == 0)
    return c->recvq.first == nullptr;
  return c->qcount == c->dataqsiz;
}

inline bool empty(Hchan *c) {
  if (c->dataqsiz == 0)
    return c->sendq.first == nullptr;
  return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == 0;
}

inline void typedmemmove(Hchan *c, void *dst, const void *src) {
  if (c->elemsize)
    memmove(dst, src, c->elemsize);
}
} // namespace

void WaitQ::enqueue(Sudog *sg) {
  sg->next = nullptr;
  sg->prev = last;
  if (last)
    last->next = sg;
  else
    first = sg;
  last = sg;
}

void WaitQ::remove(Sudog *sg) {
  if (sg->prev)
    sg->prev->next = sg->next;
  else if (first == sg)
    first = sg->next;
  else
    return; // not queued
  if (sg->next)
    sg->next->prev = sg->prev;
  else
    last = sg->prev;
  sg->next = sg->prev = nullptr;
}

Sudog *WaitQ::dequeue() {
  for (;;) {
    Sudog *sg = first;
    if (!sg)
      return nullptr;
    first = sg->next;
    if (first)
      first->prev = nullptr;
    else
      last = nullptr;
    sg->next = sg->prev = nullptr;
    // A select wakes once: if another case already won, skip this sudog.
    if (sg->isSelect) {
      uint32_t z = 0;
      if (!sg->g->selectDone.compare_exchange_strong(z, 1))
        continue;
    }
    return sg;
  }
}

void sendDirect(Hchan *c, Sudog *sg, const void *ep) {
  if (sg->elem) {
    typedmemmove(c, sg->elem, ep);
    sg->elem = nullptr;
  }
}

void recvDirect(Hchan *c, Sudog *sg, void *ep) {
  if (c->dataqsiz == 0) {
    if (ep)
      typedmemmove(c, ep, sg->elem);
  } else {
    // The queue is full: take the head, put the sender's value at the tail
    // (the same slot, since the ring is full).
    uint8_t *qp = chanbuf(c, c->recvx);
    if (ep)
      typedmemmove(c, ep, qp);
    typedmemmove(c, qp, sg->elem);
    if (++c->recvx == c->dataqsiz)
      c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->elem = nullptr;
}

void readySudog(Sudog *sg) {
  G *gp = sg->g;
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

bool chansend(Hchan *c, const void *ep, bool block) {
  if (!c) {
    if (!block)
      return false;
    gopark(nullptr, nullptr, waitReasonChanSendNilChan);
    fatal("unreachable");
  }
  if (block)
    preemptCheck();
  // Fast path: a non-blocking send on a full open channel fails without
  // the lock (see Go's chansend for why the order of the reads is right).
  if (!block && c->closed.load(std::memory_order_relaxed) == 0 && full(c))
    return false;

  lock(&c->lock);
  if (c->closed.load(std::memory_order_relaxed) != 0) {
    unlock(&c->lock);
    panicPlainError("send on closed channel");
  }
  if (Sudog *sg = c->recvq.dequeue()) {
    sendDirect(c, sg, ep);
    unlock(&c->lock);
    readySudog(sg);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    typedmemmove(c, chanbuf(c, c->sendx), ep);
    if (++c->sendx == c->dataqsiz)
      c->sendx = 0;
    __atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELAXED);
    unlock(&c->lock);
    return true;
  }
  if (!block) {
    unlock(&c->lock);
    return false;
  }
  G *gp = getg();
  Sudog mysg{};
  mysg.g = gp;
  mysg.elem = const_cast<void *>(ep);
  mysg.c = c;
  gp->waiting = &mysg;
  gp->param = nullptr;
  c->sendq.enqueue(&mysg);
  gp->parkingOnChan = true;
  gopark(chanparkcommit, &c->lock, waitReasonChanSend);
  gp = getg();
  gp->waiting = nullptr;
  bool closed = !mysg.success;
  gp->param = nullptr;
  if (closed) {
    if (c->closed.load() == 0)
      fatal("chansend: spurious wakeup");
    panicPlainError("send on closed channel");
  }
  return true;
}

bool chanrecv(Hchan *c, void *ep, bool block, bool *received) {
  *received = false;
  if (!c) {
    if (!block)
      return false;
    gopark(nullptr, nullptr, waitReasonChanReceiveNilChan);
    fatal("unreachable");
  }
  if (block)
    preemptCheck();
  if (!block && empty(c)) {
    if (c->closed.load(std::memory_order_acquire) == 0)
      return false;
    if (empty(c)) {
      if (ep && c->elemsize)
        memset(ep, 0, c->elemsize);
      return true;
    }
  }

  lock(&c->lock);
  if (c->closed.load(std::memory_order_relaxed) != 0 && c->qcount == 0) {
    unlock(&c->lock);
    if (ep && c->elemsize)
      memset(ep, 0, c->elemsize);
    return true;
  }
  if (Sudog *sg = c->sendq.dequeue()) {
    recvDirect(c, sg, ep);
    unlock(&c->lock);
    readySudog(sg);
    *received = true;
    return true;
  }
  if (c->qcount > 0) {
    uint8_t *qp = chanbuf(c, c->recvx);
    if (ep)
      typedmemmove(c, ep, qp);
    if (c->elemsize)
      memset(qp, 0, c->elemsize);
    if (++c->recvx == c->dataqsiz)
      c->recvx = 0;
    __atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELAXED);
    unlock(&c->lock);
    *received = true;
    return true;
  }
  if (!block) {
    unlock(&c->lock);
    return false;
  }
  G *gp = getg();
  Sudog mysg{};
  mysg.g = gp;
  mysg.elem = ep;
  mysg.c = c;
  gp->waiting = &mysg;
  gp->param = nullptr;
  c->recvq.enqueue(&mysg);
  gp->parkingOnChan = true;
  gopark(chanparkcommit, &c->lock, waitReasonChanReceive);
  gp = getg();
  gp->waiting = nullptr;
  gp->param = nullptr;
  *received = mysg.success;
  return true;
}

Hchan *makechan(const abi::TypeDesc *chanType, int64_t size) {
  const abi::TypeDesc *elem = chanType->elem;
  if (elem->size >= (1 << 16))
    fatal("makechan: invalid channel element type");
  if (size < 0 || (elem->size != 0 && uint64_t(size) > (maxAlloc - sizeof(Hchan)) / elem->size))
    panicPlainError("makechan: size out of range");
  auto *c = static_cast<Hchan *>(gc::alloc(sizeof(Hchan), &hchanType));
  c->elemtype = elem;
  c->elemsize = elem->size;
  c->dataqsiz = uint64_t(size);
  uint64_t bytes = elem->size * uint64_t(size);
  c->buf = bytes == 0 ? zerobase : static_cast<uint8_t *>(gc::alloc(bytes, elem));
  return c;
}

void closechan(Hchan *c) {
  if (!c)
    panicPlainError("close of nil channel");
  lock(&c->lock);
  if (c->closed.load() != 0) {
    unlock(&c->lock);
    panicPlainError("close of closed channel");
  }
  c->closed.store(1, std::memory_order_release);
  Sudog *list = nullptr;
  // Release all readers: zero value, not ok.
  while (Sudog *sg = c->recvq.dequeue()) {
    if (sg->elem) {
      if (c->elemsize)
        memset(sg->elem, 0, c->elemsize);
      sg->elem = nullptr;
    }
    sg->success = false;
    sg->closelink = list;
    list = sg;
  }
  // Release all writers: they will panic.
  while (Sudog *sg = c->sendq.dequeue()) {
    sg->elem = nullptr;
    sg->success = false;
    sg->closelink = list;
    list = sg;
  }
  unlock(&c->lock);
  // Ready all Gs now that the lock is dropped. Read the link before
  // goready: the sudog dies with its frame as soon as its G runs.
  while (list) {
    Sudog *sg = list;
    list = sg->closelink;
    G *gp = sg->g;
    gp->param = sg;
    goready(gp);
  }
}

} // namespace golite::rt

using namespace golite;
using namespace golite::rt;

extern "C" {

void *rt_makechan(void *chanType, int64_t size) {
  return makechan(static_cast<const abi::TypeDesc *>(chanType), size);
}

void rt_chansend1(void *c, void *elem) { chansend(static_cast<Hchan *>(c), elem, true); }

void rt_chanrecv1(void *c, void *elem) {
  bool received;
  chanrecv(static_cast<Hchan *>(c), elem, true, &received);
}

bool rt_chanrecv2(void *c, void *elem) {
  bool received;
  chanrecv(static_cast<Hchan *>(c), elem, true, &received);
  return received;
}

void rt_closechan(void *c) { closechan(static_cast<Hchan *>(c)); }

int64_t rt_chanlen(void *c) {
  return c ? int64_t(__atomic_load_n(&static_cast<Hchan *>(c)->qcount, __ATOMIC_RELAXED)) : 0;
}

int64_t rt_chancap(void *c) { return c ? int64_t(static_cast<Hchan *>(c)->dataqsiz) : 0; }

bool rt_selectnbsend(void *c, void *elem) {
  return chansend(static_cast<Hchan *>(c), elem, false);
}

bool rt_selectnbrecv(void *elem, void *c, void *received) {
  bool r;
  bool selected = chanrecv(static_cast<Hchan *>(c), elem, false, &r);
  if (received)
    *static_cast<bool *>(received) = r;
  return selected;
}

} // extern "C"
