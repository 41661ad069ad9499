package sync

import (
	"sync/atomic"
	"unsafe"
)

// Cond implements a condition variable, a rendezvous point
// for goroutines waiting for or announcing the occurrence
// of an event.
//
// Each Cond has an associated Locker L (often a *Mutex or *RWMutex),
// which must be held when changing the condition and
// when calling the Wait method.
//
// A Cond must not be copied after first use.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	tickets notifyList
	self    selfPointer
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	c := new(Cond)
	c.L = l
	return c
}

// Wait atomically unlocks c.L and suspends execution
// of the calling goroutine. After later resuming execution,
// Wait locks c.L before returning. Unlike in other systems,
// Wait cannot return unless awoken by Broadcast or Signal.
func (c *Cond) Wait() {
	c.self.verify()
	// Taking the ticket before unlocking means a Signal that comes right
	// after the unlock is not lost.
	ticket := runtime_notifyListAdd(&c.tickets)
	c.L.Unlock()
	runtime_notifyListWait(&c.tickets, ticket)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.self.verify()
	runtime_notifyListNotifyOne(&c.tickets)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.self.verify()
	runtime_notifyListNotifyAll(&c.tickets)
}

// selfPointer remembers its own address the first time it is used; a
// later use at another address means the Cond was copied.
type selfPointer uintptr

func (s *selfPointer) verify() {
	here := uintptr(unsafe.Pointer(s))
	word := (*uintptr)(unsafe.Pointer(s))
	if atomic.LoadUintptr(word) == here {
		return
	}
	// First use claims the slot; losing the race to another first use
	// at the same address is fine.
	if atomic.CompareAndSwapUintptr(word, 0, here) || atomic.LoadUintptr(word) == here {
		return
	}
	panic("sync.Cond is copied")
}

// noCopy may be added to structs which must not be copied
// after the first use (go vet's copylocks checker).
type noCopy struct{}

// Lock is a no-op used by -copylocks checker from `go vet`.
func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
