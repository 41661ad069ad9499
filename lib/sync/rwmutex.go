package sync

import "sync/atomic"

// An RWMutex is a reader/writer mutual exclusion lock: any number of readers
// or a single writer may hold it. The zero value is an unlocked RWMutex, and
// an RWMutex must not be copied after first use.
//
// A writer that is waiting in Lock keeps new readers out until it has had its
// turn, so a steady stream of readers cannot starve it. Consequently a reader
// must not take a second read lock while it already holds one: a writer that
// arrived in between would deadlock both.
//
// The lock is not tied to a goroutine: one goroutine may lock it and another
// unlock it.
//
// Implementation (golite's own). A writer first takes the writer Mutex, which
// serializes writers, then subtracts rwReaderBias from active. From then on
// active is negative, which tells arriving readers to queue on readSem; the
// writer remembers how many readers were still inside, adds that to leaving,
// and sleeps on writeSem until the last of them has gone. Unlock adds the bias
// back and wakes exactly the readers that queued while it held the lock.
type RWMutex struct {
	writer   Mutex  // held by the (pending or active) writer
	writeSem uint32 // the writer sleeps here until in-flight readers leave
	readSem  uint32 // readers sleep here while a writer is pending or active
	active   int32  // readers inside, minus rwReaderBias while a writer is around
	leaving  int32  // readers the pending writer still waits for
}

// rwReaderBias is larger than any possible number of concurrent readers.
const rwReaderBias = 1 << 30

// RLock locks rw for reading. It must not be used for recursive read locking;
// see the RWMutex documentation.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.active, 1) < 0 {
		// A writer holds the lock or is waiting for it: queue behind it.
		runtime_SemacquireMutex(&rw.readSem, false, 0)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		n := atomic.LoadInt32(&rw.active)
		if n < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.active, n, n+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call. It is a run-time error if rw is not
// locked for reading on entry.
func (rw *RWMutex) RUnlock() {
	if n := atomic.AddInt32(&rw.active, -1); n < 0 {
		rw.readerLeft(n)
	}
}

// readerLeft handles a reader leaving while a writer is around; n is the new
// value of rw.active.
func (rw *RWMutex) readerLeft(n int32) {
	before := n + 1
	if before == 0 || before == -rwReaderBias {
		// Nobody held a read lock (with or without a writer present).
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	if atomic.AddInt32(&rw.leaving, -1) == 0 {
		// This was the last reader the writer was waiting for.
		runtime_Semrelease(&rw.writeSem, false, 1)
	}
}

// Lock locks rw for writing, blocking until no reader or writer holds it.
func (rw *RWMutex) Lock() {
	rw.writer.Lock()
	// Announce the writer; the old count is the readers still inside.
	inside := atomic.AddInt32(&rw.active, -rwReaderBias) + rwReaderBias
	if inside != 0 && atomic.AddInt32(&rw.leaving, inside) != 0 {
		runtime_SemacquireMutex(&rw.writeSem, false, 0)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.writer.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.active, 0, -rwReaderBias) {
		rw.writer.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing. It is a run-time error if rw is not locked
// for writing on entry.
func (rw *RWMutex) Unlock() {
	queued := atomic.AddInt32(&rw.active, rwReaderBias)
	if queued >= rwReaderBias {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	// Every reader counted in active arrived while we held the lock and is
	// sleeping (or about to sleep) on readSem: let each of them in.
	for ; queued > 0; queued-- {
		runtime_Semrelease(&rw.readSem, false, 0)
	}
	rw.writer.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and
// rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*readLocker)(rw)
}

// readLocker adapts the read side of an RWMutex to the Locker interface.
type readLocker RWMutex

func (r *readLocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *readLocker) Unlock() { (*RWMutex)(r).RUnlock() }
