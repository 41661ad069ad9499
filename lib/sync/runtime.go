// Package sync provides basic synchronization primitives such as mutual
// exclusion locks (Go 1.19's API). Other than the Once and WaitGroup types,
// most are intended for use by low-level library routines. Higher-level
// synchronization is better done via channels and communication.
//
// Values containing the types defined in this package should not be copied.
//
// The functions declared without bodies below are implemented by the
// runtime: runtime/sema.cpp (semaphores, notify lists, spinning) and
// runtime/atomic.cpp (fatal).
package sync

import "unsafe"

// runtime_Semacquire waits until *s > 0 and then atomically decrements it.
// It is intended as a simple sleep primitive for use by the synchronization
// library and should not be used directly.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is like runtime_Semacquire, but for profiling
// contended Mutexes. If lifo is true, queue waiter at the head of wait queue.
// skipframes is the number of frames to omit during tracing.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease atomically increments *s and notifies a waiting
// goroutine if one is blocked in Semacquire. If handoff is true, pass
// count directly to the first waiter.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// Active spinning runtime support: runtime_canSpin reports whether spinning
// makes sense at the moment; runtime_doSpin does active spinning.
func runtime_canSpin(i int) bool
func runtime_doSpin()

func runtime_nanotime() int64

// notifyList is the runtime's ticket-based notify list (sync.Cond):
// runtime/sema.cpp reads and writes it with this exact layout.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr // runtime lock word
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

// runtime_notifyListAdd adds the caller to a notify list such that it can
// receive notifications. The caller must eventually call
// runtime_notifyListWait to wait for such a notification, passing the
// returned ticket number.
func runtime_notifyListAdd(l *notifyList) uint32

// runtime_notifyListWait waits for a notification. If one has been sent
// since runtime_notifyListAdd was called, it returns immediately.
// Otherwise, it blocks.
func runtime_notifyListWait(l *notifyList, t uint32)

// runtime_notifyListNotifyAll notifies all entries in the list.
func runtime_notifyListNotifyAll(l *notifyList)

// runtime_notifyListNotifyOne notifies one entry in the list.
func runtime_notifyListNotifyOne(l *notifyList)

// runtime_notifyListCheck ensures that the runtime's and package sync's
// notifyList sizes agree.
func runtime_notifyListCheck(size uintptr)

func init() {
	var n notifyList
	runtime_notifyListCheck(unsafe.Sizeof(n))
}

// fatal prints "fatal error: s" and a traceback and exits 2; it cannot be
// recovered (Go's sync.fatal/throw).
func fatal(s string)

// throw is Go's name for the same thing in the sync code.
func throw(s string) { fatal(s) }
