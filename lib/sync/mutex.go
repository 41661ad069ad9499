package sync

import "sync/atomic"

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex,
// and a Mutex must not be copied after first use.
//
// A Mutex is not tied to a goroutine: one goroutine may lock it and another
// unlock it.
//
// Implementation (golite's own). The whole state lives in one word:
//
//	bit 0 (mxHeld)      somebody owns the lock
//	bit 1 (mxAwake)     a goroutine that is not asleep is competing for the
//	                    lock (a spinner, or a sleeper Unlock just woke), so
//	                    Unlock need not wake another one
//	bit 2 (mxHandoff)   handoff mode, see below
//	bits 3.. (mxSleepers) number of goroutines asleep on the semaphore
//
// In normal mode a woken sleeper competes with newly arriving goroutines,
// which usually win because they are already running; that is fast but can
// starve a sleeper. A sleeper that has waited more than mxHandoffAfter
// switches the mutex to handoff mode: Unlock then passes ownership straight
// to the first sleeper, and arriving goroutines neither take the lock nor
// spin but queue at the back. The mode ends when the goroutine that received
// the lock is the last sleeper or did not itself wait that long.
type Mutex struct {
	word  int32  // the bits described above
	queue uint32 // semaphore the sleepers block on
}

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

const (
	mxHeld    = 1 << 0
	mxAwake   = 1 << 1
	mxHandoff = 1 << 2

	mxSleeperShift = 3
	mxSleeper      = 1 << mxSleeperShift // one sleeper in the count

	// mxHandoffAfter is how long (ns) a sleeper tolerates losing the race
	// before it asks for handoff mode.
	mxHandoffAfter = 1000000
)

// Lock locks m, blocking until the mutex is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.word, 0, mxHeld) {
		return // uncontended
	}
	m.lockContended()
}

// TryLock tries to lock m and reports whether it succeeded. Correct uses of
// TryLock do exist, but they are rare.
func (m *Mutex) TryLock() bool {
	w := atomic.LoadInt32(&m.word)
	if w&(mxHeld|mxHandoff) != 0 {
		return false
	}
	// Sleepers or an awake competitor do not stop us in normal mode.
	return atomic.CompareAndSwapInt32(&m.word, w, w|mxHeld)
}

// lockContended is Lock's path when the fast CAS failed.
func (m *Mutex) lockContended() {
	var sleptAt int64 // runtime_nanotime() before the first sleep, 0 before
	wantHandoff := false
	awake := false // this goroutine owns mxAwake
	spins := 0
	w := atomic.LoadInt32(&m.word)
	for {
		// While another goroutine owns the lock in normal mode, it is likely
		// released soon: spin a little instead of sleeping.
		if w&(mxHeld|mxHandoff) == mxHeld && runtime_canSpin(spins) {
			if !awake && w&mxAwake == 0 && w>>mxSleeperShift != 0 &&
				atomic.CompareAndSwapInt32(&m.word, w, w|mxAwake) {
				awake = true
			}
			runtime_doSpin()
			spins++
			w = atomic.LoadInt32(&m.word)
			continue
		}

		next := w
		if w&mxHandoff == 0 {
			next |= mxHeld // in normal mode, try to grab it
		}
		if w&(mxHeld|mxHandoff) != 0 {
			next += mxSleeper // we are going to sleep
		}
		if wantHandoff && w&mxHeld != 0 {
			next |= mxHandoff
		}
		if awake {
			if next&mxAwake == 0 {
				fatal("sync: inconsistent mutex state")
			}
			next &^= mxAwake
		}
		if !atomic.CompareAndSwapInt32(&m.word, w, next) {
			w = atomic.LoadInt32(&m.word)
			continue
		}
		if w&(mxHeld|mxHandoff) == 0 {
			return // we set mxHeld on a free mutex
		}

		// Sleep. A goroutine that already slept goes to the front.
		requeue := sleptAt != 0
		if !requeue {
			sleptAt = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.queue, requeue, 1)
		if runtime_nanotime()-sleptAt > mxHandoffAfter {
			wantHandoff = true
		}

		w = atomic.LoadInt32(&m.word)
		if w&mxHandoff != 0 {
			// Unlock handed the mutex to us: we still count as a sleeper
			// and nobody else may have set mxHeld or mxAwake.
			if w&(mxHeld|mxAwake) != 0 || w>>mxSleeperShift == 0 {
				fatal("sync: inconsistent mutex state")
			}
			delta := int32(mxHeld - mxSleeper)
			if !wantHandoff || w>>mxSleeperShift == 1 {
				delta -= mxHandoff // back to normal mode
			}
			atomic.AddInt32(&m.word, delta)
			return
		}
		// Normal mode: Unlock set mxAwake for us; compete again.
		awake = true
		spins = 0
	}
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry.
func (m *Mutex) Unlock() {
	w := atomic.AddInt32(&m.word, -mxHeld)
	if w != 0 {
		m.unlockContended(w)
	}
}

// unlockContended is Unlock's path when the word is not simply zero after
// clearing mxHeld; w is that new value.
func (m *Mutex) unlockContended(w int32) {
	if (w+mxHeld)&mxHeld == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if w&mxHandoff != 0 {
		// Pass ownership to the first sleeper directly; it will find
		// mxHandoff set and take the lock without competing.
		runtime_Semrelease(&m.queue, true, 1)
		return
	}
	for {
		// Nothing to do if nobody sleeps, or if a competitor is already
		// running (it holds the lock, is awake, or handoff began).
		if w>>mxSleeperShift == 0 || w&(mxHeld|mxAwake|mxHandoff) != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&m.word, w, (w-mxSleeper)|mxAwake) {
			runtime_Semrelease(&m.queue, false, 1)
			return
		}
		w = atomic.LoadInt32(&m.word)
	}
}
