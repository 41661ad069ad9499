// This file implements Timer, After and AfterFunc on the runtime's timers
// (runtime/time.cpp).

package time

// runtimeTimer mirrors abi::RuntimeTimer in runtime/abi.h field for field;
// the runtime owns every field but at, every, fn and fnArg. When `at`
// passes, the runtime calls fn(fnArg, gen) on its scheduler, so fn must not
// block.
type runtimeTimer struct {
	owner   uintptr            // the P whose heap holds the timer
	at      int64              // runtime clock reading at which it fires
	every   int64              // period for tickers, else 0
	fn      func(any, uintptr) // callback, run on the scheduler
	fnArg   any
	gen     uintptr
	pending int64  // the runtime's next `at` while modified
	state   uint32 // runtime bookkeeping
	slot    int32  // index in the P's heap
}

func startTimer(t *runtimeTimer)
func stopTimer(t *runtimeTimer) bool
func resetTimer(t *runtimeTimer, when int64) bool
func modTimer(t *runtimeTimer, when, period int64)

// deadline converts a delay into the runtime clock reading at which it
// ends; non-positive delays mean now, and overflow saturates.
func deadline(d Duration) int64 {
	now := runtimeNano()
	if d <= 0 {
		return now
	}
	if end := now + int64(d); end > now {
		return end
	}
	return 1<<63 - 1
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by AfterFunc.
// A Timer must be created with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// deliver is the callback of channel timers and tickers: it offers the
// current time without blocking (a full buffer drops the tick).
func deliver(ch any, _ uintptr) {
	select {
	case ch.(chan Time) <- Now():
	default:
	}
}

// spawn is the callback of AfterFunc timers.
func spawn(fn any, _ uintptr) {
	go fn.(func())()
}

// armed starts a runtime timer for cb(arg) after d (repeating every
// period if period > 0) inside a fresh Timer.
func armed(d Duration, period Duration, cb func(any, uintptr), arg any) *Timer {
	t := new(Timer)
	t.r.at = deadline(d)
	t.r.every = int64(period)
	t.r.fn = cb
	t.r.fnArg = arg
	startTimer(&t.r)
	return t
}

// NewTimer creates a new Timer that will send
// the current time on its channel after at least duration d.
func NewTimer(d Duration) *Timer {
	ch := make(chan Time, 1)
	t := armed(d, 0, deliver, ch)
	t.C = ch
	return t
}

// Stop prevents the Timer from firing.
// It returns true if the call stops the timer, false if the timer has already
// expired or been stopped.
// Stop does not close the channel, to prevent a read from the channel succeeding
// incorrectly.
func (t *Timer) Stop() bool {
	if t.r.fn == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// Reset changes the timer to expire after duration d.
// It returns true if the timer had been active, false if the timer had
// expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r.fn == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, deadline(d))
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
// It is equivalent to NewTimer(d).C.
// The underlying Timer is not recovered by the garbage collector
// until the timer fires. If efficiency is a concern, use NewTimer
// instead and call Timer.Stop if the timer is no longer needed.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc waits for the duration to elapse and then calls f
// in its own goroutine. It returns a Timer that can
// be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer { return armed(d, 0, spawn, f) }
