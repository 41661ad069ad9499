//===- runtime/select.cpp - The select statement --------------------------===//
//
// This file implements selectgo, after Go's runtime/select.go.
//
// The compiler passes an array of abi::SelectCase, send cases first, then
// receive cases. selectgo
//   1. builds a random poll order (cheaprand, a Fisher-Yates shuffle as the
//      cases are visited) and a lock order (channel addresses, heap sort),
//      leaving out nil channels;
//   2. locks every channel in lock order (each distinct one once);
//   3. pass 1: takes the first ready case in poll order, so that the choice
//      among ready cases is uniformly random;
//   4. none ready and non-blocking (a default case): returns -1;
//   5. pass 2: enqueues one sudog per case (on this stack), parks; the
//      unlock callback unlocks the channels only after the G is off its
//      stack;
//   6. woken by one case (G::param is its sudog; G::selectDone made every
//      other sudog of ours unwakeable), relocks all, and pass 3 dequeues
//      the other sudogs.
// `select {}` is runtime.block (proc.cpp).
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"
#include "runtime/sched.h"

#include <alloca.h>

namespace golite::rt {

namespace {

void sellock(abi::SelectCase *cases, const uint16_t *lockorder, int n) {
  Hchan *last = nullptr;
  for (int i = 0; i < n; i++) {
    auto *c = static_cast<Hchan *>(cases[lockorder[i]].c);
    if (c != last) {
      last = c;
      lock(&c->lock);
    }
  }
}

void selunlock(abi::SelectCase *cases, const uint16_t *lockorder, int n) {
  // Unlock in reverse order; a channel listed twice is unlocked once (the
  // last time it is seen in lock order).
  for (int i = n - 1; i >= 0; i--) {
    auto *c = static_cast<Hchan *>(cases[lockorder[i]].c);
    if (i > 0 && c == cases[lockorder[i - 1]].c)
      continue;
    unlock(&c->lock);
  }
}

bool selparkcommit(G *gp, void *) {
  gp->parkingOnChan = false;
  // The sudogs are in lock order: unlock each distinct channel once. After
  // the last unlock gp may run and free the sudogs, so none is read after
  // it (gp cannot get past its own sellock while we hold a lock).
  Hchan *lastc = nullptr;
  for (Sudog *sg = gp->waiting; sg; sg = sg->waitlink) {
    if (sg->c != lastc && lastc)
      unlock(&lastc->lock);
    lastc = sg->c;
  }
  if (lastc)
    unlock(&lastc->lock);
  return true;
}

/// Heap sort of lockorder[0..n) by channel address (no allocation).
void sortLockOrder(abi::SelectCase *cases, uint16_t *lockorder, const uint16_t *pollorder, int n) {
  auto addr = [&](uint16_t i) { return uintptr_t(cases[i].c); };
  for (int i = 0; i < n; i++) {
    int j = i;
    uint16_t o = pollorder[i];
    uintptr_t c = addr(o);
    while (j > 0) {
      int k = (j - 1) / 2;
      if (addr(lockorder[k]) >= c)
        break;
      lockorder[j] = lockorder[k];
      j = k;
    }
    lockorder[j] = o;
  }
  for (int i = n - 1; i >= 0; i--) {
    uint16_t o = lockorder[i];
    uintptr_t c = addr(o);
    lockorder[i] = lockorder[0];
    int j = 0;
    for (;;) {
      int k = j * 2 + 1;
      if (k >= i)
        break;
      if (k + 1 < i && addr(lockorder[k]) < addr(lockorder[k + 1]))
        k++;
      if (c < addr(lockorder[k])) {
        lockorder[j] = lockorder[k];
        j = k;
        continue;
      }
      break;
    }
    lockorder[j] = o;
  }
}

} // namespace

/// Returns the index of the chosen case (-1: none ready and !block);
/// *recvOK reports whether a receive case got a value (vs. a close).
int64_t selectgo(abi::SelectCase *cases, int nsends, int nrecvs, bool block, bool *recvOK) {
  int ncases = nsends + nrecvs;
  if (ncases > 65536)
    fatal("select: too many cases");
  *recvOK = false;
  auto *pollorder = static_cast<uint16_t *>(alloca(sizeof(uint16_t) * size_t(ncases + 1)));
  auto *lockorder = static_cast<uint16_t *>(alloca(sizeof(uint16_t) * size_t(ncases + 1)));
  if (block)
    preemptCheck();

  int norder = 0;
  for (int i = 0; i < ncases; i++) {
    if (!cases[i].c)
      continue;
    int j = int(cheaprandn(uint32_t(norder + 1)));
    pollorder[norder] = pollorder[j];
    pollorder[j] = uint16_t(i);
    norder++;
  }
  if (norder == 0) {
    if (!block)
      return -1;
    gopark(nullptr, nullptr, waitReasonSelectNoCases);
    fatal("unreachable");
  }
  sortLockOrder(cases, lockorder, pollorder, norder);
  sellock(cases, lockorder, norder);

  // Pass 1: look for something already waiting.
  for (int i = 0; i < norder; i++) {
    int casi = pollorder[i];
    abi::SelectCase *cas = &cases[casi];
    auto *c = static_cast<Hchan *>(cas->c);
    if (casi >= nsends) {
      if (Sudog *sg = c->sendq.dequeue()) {
        recvDirect(c, sg, cas->elem);
        selunlock(cases, lockorder, norder);
        readySudog(sg);
        *recvOK = true;
        return casi;
      }
      if (c->qcount > 0) {
        uint8_t *qp = chanbuf(c, c->recvx);
        if (cas->elem && c->elemsize)
          memmove(cas->elem, qp, c->elemsize);
        if (c->elemsize)
          memset(qp, 0, c->elemsize);
        if (++c->recvx == c->dataqsiz)
          c->recvx = 0;
        __atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELAXED);
        selunlock(cases, lockorder, norder);
        *recvOK = true;
        return casi;
      }
      if (c->closed.load() != 0) {
        selunlock(cases, lockorder, norder);
        if (cas->elem && c->elemsize)
          memset(cas->elem, 0, c->elemsize);
        *recvOK = false;
        return casi;
      }
    } else {
      if (c->closed.load() != 0) {
        selunlock(cases, lockorder, norder);
        panicPlainError("send on closed channel");
      }
      if (Sudog *sg = c->recvq.dequeue()) {
        sendDirect(c, sg, cas->elem);
        selunlock(cases, lockorder, norder);
        readySudog(sg);
        return casi;
      }
      if (c->qcount < c->dataqsiz) {
        if (c->elemsize)
          memmove(chanbuf(c, c->sendx), cas->elem, c->elemsize);
        if (++c->sendx == c->dataqsiz)
          c->sendx = 0;
        __atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELAXED);
        selunlock(cases, lockorder, norder);
        return casi;
      }
    }
  }
  if (!block) {
    selunlock(cases, lockorder, norder);
    return -1;
  }

  // Pass 2: enqueue on all channels.
  G *gp = getg();
  auto *sgs = static_cast<Sudog *>(alloca(sizeof(Sudog) * size_t(norder)));
  Sudog **nextp = &gp->waiting;
  gp->waiting = nullptr;
  for (int i = 0; i < norder; i++) {
    int casi = lockorder[i];
    abi::SelectCase *cas = &cases[casi];
    auto *c = static_cast<Hchan *>(cas->c);
    Sudog *sg = new (&sgs[i]) Sudog{};
    sg->g = gp;
    sg->isSelect = true;
    sg->elem = cas->elem;
    sg->c = c;
    *nextp = sg;
    nextp = &sg->waitlink;
    if (casi < nsends)
      c->sendq.enqueue(sg);
    else
      c->recvq.enqueue(sg);
  }
  gp->param = nullptr;
  gp->selectDone.store(0);
  gp->parkingOnChan = true;
  gopark(selparkcommit, nullptr, waitReasonSelect);
  gp = getg();

  sellock(cases, lockorder, norder);
  gp->selectDone.store(0);
  auto *fired = static_cast<Sudog *>(gp->param);
  gp->param = nullptr;

  // Pass 3: dequeue from the unsuccessful channels.
  int chosen = -1;
  bool caseSuccess = false;
  Sudog *sglist = gp->waiting;
  gp->waiting = nullptr;
  for (int i = 0; i < norder; i++) {
    int casi = lockorder[i];
    Sudog *sg = sglist;
    sglist = sg->waitlink;
    sg->waitlink = nullptr;
    if (sg == fired) {
      chosen = casi;
      caseSuccess = sg->success;
      continue;
    }
    auto *c = static_cast<Hchan *>(cases[casi].c);
    if (casi < nsends)
      c->sendq.remove(sg);
    else
      c->recvq.remove(sg);
  }
  if (chosen < 0)
    fatal("selectgo: bad wakeup");
  selunlock(cases, lockorder, norder);
  if (chosen < nsends) {
    if (!caseSuccess)
      panicPlainError("send on closed channel");
  } else {
    *recvOK = caseSuccess;
  }
  return chosen;
}

} // namespace golite::rt

using namespace golite;
using namespace golite::rt;

extern "C" {

int64_t rt_selectgo(void *cases, int64_t nsends, int64_t nrecvs, bool block, void *recvOK) {
  bool ok = false;
  int64_t r;
  auto run = [&] {
    r = selectgo(static_cast<abi::SelectCase *>(cases), int(nsends), int(nrecvs), block, &ok);
  };
  // selectgo's arrays and sudogs are on the stack (about 100 bytes a case):
  // a big select asks for a segment with room (stack.cpp).
  if (nsends + nrecvs > 4)
    withStack(uintptr_t(nsends + nrecvs) * 128 + 2048, run);
  else
    run();
  if (recvOK)
    *static_cast<bool *>(recvOK) = ok;
  return r;
}

} // extern "C"
