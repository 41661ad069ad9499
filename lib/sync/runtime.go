// Package sync provides basic synchronization primitives such as mutual
// exclusion locks (Go 1.19's API). Other than the Once and WaitGroup types,
// most are intended for use by low-level library routines. Higher-level
// synchronization is better done via channels and communication.
//
// Values containing the types defined in this package should not be copied.
//
// This file declares the hooks the package needs from the runtime, all
// without bodies: runtime/sema.cpp implements semaphores, notify lists and
// spinning, runtime/atomic.cpp implements fatal.
package sync

import "unsafe"

// Semaphores. A semaphore is a uint32 counter owned by the runtime's wait
// queues.

// runtime_Semacquire blocks until *s is positive, then decrements it.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for Mutex and RWMutex;
// lifo puts the waiter at the front of the queue (a waiter that already
// slept once). skipframes is accepted for Go's signature and ignored.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and wakes one waiter if there is one;
// handoff gives the count straight to that waiter and yields to it.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// runtime_canSpin reports whether a Mutex should keep spinning (attempt i);
// runtime_doSpin burns a few cycles.
func runtime_canSpin(i int) bool
func runtime_doSpin()

// runtime_nanotime reads the monotonic clock.
func runtime_nanotime() int64

// notifyList is the ticket list behind Cond. Its layout is shared with
// runtime/sema.cpp, which does all the work on it: waiters take a ticket
// (wait is the next one to hand out) and notifications advance notify.
type notifyList struct {
	nextTicket  uint32         // the ticket the next waiter gets
	doneTickets uint32         // tickets below this one were notified
	runtimeLock uintptr        // the runtime's lock word
	sleepers    unsafe.Pointer // queue of parked waiters (runtime)
	lastSleeper unsafe.Pointer
}

// runtime_notifyListAdd hands out the next ticket of l.
func runtime_notifyListAdd(l *notifyList) uint32

// runtime_notifyListWait parks the caller until ticket t has been
// notified (at once if it already was).
func runtime_notifyListWait(l *notifyList, t uint32)

// runtime_notifyListNotifyAll wakes every ticket handed out so far.
func runtime_notifyListNotifyAll(l *notifyList)

// runtime_notifyListNotifyOne wakes the oldest ticket not yet notified.
func runtime_notifyListNotifyOne(l *notifyList)

// runtime_notifyListCheck aborts if the runtime's idea of the notifyList
// size differs from size.
func runtime_notifyListCheck(size uintptr)

func init() {
	runtime_notifyListCheck(unsafe.Sizeof(notifyList{}))
}

// fatal prints "fatal error: s" and a traceback and exits 2; it cannot be
// recovered (what Go calls throw in this package).
func fatal(s string)
