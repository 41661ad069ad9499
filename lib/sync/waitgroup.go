package sync

import "sync/atomic"

// A WaitGroup waits for a collection of goroutines to finish.
// The main goroutine calls Add to set the number of
// goroutines to wait for. Then each of the goroutines
// runs and calls Done when finished. At the same time,
// Wait can be used to block until all goroutines have finished.
//
// A WaitGroup must not be copied after first use.
type WaitGroup struct {
	noCopy noCopy

	// word packs the task count (upper 32 bits, signed) and the number of
	// goroutines blocked in Wait (lower 32 bits) so both change together.
	word    uint64
	parking uint32 // semaphore the waiters sleep on
}

const wgOneTask = 1 << 32

func wgSplit(w uint64) (tasks int32, waiters uint32) {
	return int32(w >> 32), uint32(w)
}

// Add adds delta, which may be negative, to the WaitGroup counter.
// If the counter becomes zero, all goroutines blocked on Wait are released.
// If the counter goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	now := atomic.AddUint64(&wg.word, uint64(int64(delta))*wgOneTask)
	tasks, waiters := wgSplit(now)
	switch {
	case tasks < 0:
		panic("sync: negative WaitGroup counter")
	case delta > 0 && waiters != 0 && tasks == int32(delta):
		// Going from zero to positive while someone waits: the
		// previous round has not been drained yet.
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	case tasks > 0 || waiters == 0:
		return
	}
	// The count just reached zero with goroutines parked in Wait. Nobody
	// may touch the word now, so a change means misuse.
	if atomic.LoadUint64(&wg.word) != now {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	atomic.StoreUint64(&wg.word, 0)
	for i := uint32(0); i < waiters; i++ {
		runtime_Semrelease(&wg.parking, false, 0)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		seen := atomic.LoadUint64(&wg.word)
		if tasks, _ := wgSplit(seen); tasks == 0 {
			return
		}
		// Register as a waiter; retry if the word moved meanwhile.
		if !atomic.CompareAndSwapUint64(&wg.word, seen, seen+1) {
			continue
		}
		runtime_Semacquire(&wg.parking)
		// Add resets the word before waking us; anything else means the
		// group was reused too early.
		if atomic.LoadUint64(&wg.word) != 0 {
			panic("sync: WaitGroup is reused before previous Wait has returned")
		}
		return
	}
}
