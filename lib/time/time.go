// Package time provides functionality for measuring and displaying time
// (Go 1.19's API without the Marshal/Unmarshal methods).
//
// golite's Time keeps the instant as whole seconds counted from
// January 1 of year 1, 00:00:00 UTC, plus nanoseconds; times read from the
// clock by Now also carry a monotonic reading, which comparisons and
// subtraction prefer when both operands have one. The calendar lives in
// calendar.go, Format and Parse in format.go and parse.go, and the zones in
// zone.go and tzif.go.
//
// Functions declared without a body are implemented by the runtime
// (runtime/time.cpp, runtime/time_zoneinfo.cpp).
package time

// Sleep pauses the current goroutine for at least the duration d.
// A negative or zero duration causes Sleep to return immediately.
func Sleep(d Duration)

// runtimeNano reads CLOCK_MONOTONIC in nanoseconds.
func runtimeNano() int64

// runtime_walltime reads the wall clock: nanoseconds since 1970 UTC.
func runtime_walltime() int64

// A Time represents an instant in time with nanosecond precision.
//
// The zero value is January 1, year 1, 00:00:00.000000000 UTC. Times should
// be compared with Equal rather than ==, since == also compares the
// location and the monotonic reading.
type Time struct {
	abs     int64 // seconds since 0001-01-01 00:00:00 UTC
	frac    int32 // nanoseconds within the second, [0, 1e9)
	hasMono bool  // whether mono holds a monotonic clock reading
	mono    int64 // nanoseconds since the process's clock origin
	loc     *Location
}

const (
	secsPerMinute = 60
	secsPerHour   = 60 * secsPerMinute
	secsPerDay    = 24 * secsPerHour

	// unixEpochAbs is 1970-01-01 00:00:00 UTC on the abs scale.
	unixEpochAbs int64 = 719162 * secsPerDay

	// A monotonic reading is kept only while the wall time stays in
	// the years 1885 through 2157, as Go does (outside, Add drops it).
	monoLowAbs  int64 = 688117 * secsPerDay
	monoHighAbs int64 = monoLowAbs + 1<<33 - 1
)

// clockOrigin makes every monotonic reading positive.
var clockOrigin int64 = runtimeNano() - 1

// monoNow is the current monotonic reading.
func monoNow() int64 { return runtimeNano() - clockOrigin }

// Now returns the current local time.
func Now() Time {
	wall := runtime_walltime()
	secs, ns := wall/1e9, wall%1e9
	if ns < 0 {
		secs--
		ns += 1e9
	}
	t := Time{abs: secs + unixEpochAbs, frac: int32(ns), loc: Local}
	t.mono, t.hasMono = monoNow(), true
	return t
}

// unixAt builds a Local time from Unix seconds and in-range nanoseconds.
func unixAt(secs int64, ns int32) Time {
	return Time{abs: secs + unixEpochAbs, frac: ns, loc: Local}
}

// Unix returns the local Time corresponding to the given Unix time,
// sec seconds and nsec nanoseconds since January 1, 1970 UTC.
// It is valid to pass nsec outside the range [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	sec += nsec / 1e9
	nsec %= 1e9
	if nsec < 0 {
		sec--
		nsec += 1e9
	}
	return unixAt(sec, int32(nsec))
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, msec%1e3*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, usec%1e6*1e3) }

// unixSecs is t in whole Unix seconds.
func (t Time) unixSecs() int64 { return t.abs - unixEpochAbs }

// Unix returns t as a Unix time, the number of seconds elapsed
// since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSecs() }

// UnixMilli returns t as a Unix time, the number of milliseconds elapsed
// since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 { return t.unixSecs()*1e3 + int64(t.frac/1e6) }

// UnixMicro returns t as a Unix time, the number of microseconds elapsed
// since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 { return t.unixSecs()*1e6 + int64(t.frac/1e3) }

// UnixNano returns t as a Unix time, the number of nanoseconds elapsed
// since January 1, 1970 UTC. The result is undefined if the Unix time
// in nanoseconds cannot be represented by an int64.
func (t Time) UnixNano() int64 { return t.unixSecs()*1e9 + int64(t.frac) }

// Nanosecond returns the nanosecond offset within the second specified by t,
// in the range [0, 999999999].
func (t Time) Nanosecond() int { return int(t.frac) }

// IsZero reports whether t represents the zero time instant,
// January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.abs == 0 && t.frac == 0 }

// cmp orders t and u: -1, 0 or +1. Monotonic readings win when both
// times have one.
func (t Time) cmp(u Time) int {
	if t.hasMono && u.hasMono {
		return order64(t.mono, u.mono)
	}
	if c := order64(t.abs, u.abs); c != 0 {
		return c
	}
	return order64(int64(t.frac), int64(u.frac))
}

func order64(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool { return t.cmp(u) > 0 }

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool { return t.cmp(u) < 0 }

// Equal reports whether t and u represent the same time instant.
// Two times can be equal even if they are in different locations.
func (t Time) Equal(u Time) bool { return t.cmp(u) == 0 }

// shiftSecs moves the wall time by n seconds, saturating at the ends of
// int64 and dropping a monotonic reading that leaves its window.
func (t *Time) shiftSecs(n int64) {
	sum := t.abs + n
	switch {
	case n > 0 && sum < t.abs:
		sum = 1<<63 - 1
	case n < 0 && sum > t.abs:
		sum = -(1<<63 - 1)
	}
	t.abs = sum
	if t.hasMono && (sum < monoLowAbs || sum > monoHighAbs) {
		t.dropMono()
	}
}

// dropMono forgets the monotonic reading.
func (t *Time) dropMono() {
	t.hasMono = false
	t.mono = 0
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	whole := int64(d / Second)
	ns := int64(t.frac) + int64(d%Second)
	if ns >= 1e9 {
		whole++
		ns -= 1e9
	} else if ns < 0 {
		whole--
		ns += 1e9
	}
	t.frac = int32(ns)
	if t.hasMono {
		m := t.mono + int64(d)
		if (d > 0) == (m > t.mono) || d == 0 {
			t.mono = m
		} else {
			t.dropMono() // the reading overflowed
		}
	}
	t.shiftSecs(whole)
	return t
}

// clampSub returns a-b as a Duration, saturated on overflow.
func clampSub(a, b int64) Duration {
	diff := a - b
	if (diff < a) != (b > 0) {
		if b > 0 {
			return minDuration
		}
		return maxDuration
	}
	return Duration(diff)
}

// Sub returns the duration t-u. If the result exceeds the maximum (or minimum)
// value that can be stored in a Duration, the maximum (or minimum) duration
// will be returned.
// To compute t-d for a duration d, use t.Add(-d).
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return clampSub(t.mono, u.mono)
	}
	secs := t.abs - u.abs
	ns := int64(t.frac) - int64(u.frac)
	// Give the two parts the same sign, then multiply only when the
	// seconds fit; past that the result saturates.
	if secs > 0 && ns < 0 {
		secs, ns = secs-1, ns+1e9
	} else if secs < 0 && ns > 0 {
		secs, ns = secs+1, ns-1e9
	}
	const limit = int64(maxDuration / Second)
	if secs > limit {
		return maxDuration
	}
	if secs < -limit {
		return minDuration
	}
	d := Duration(secs) * Second
	sum := d + Duration(ns)
	if ns > 0 && sum < d {
		return maxDuration
	}
	if ns < 0 && sum > d {
		return minDuration
	}
	return sum
}

// Since returns the time elapsed since t.
// It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration {
	if t.hasMono {
		return clampSub(monoNow(), t.mono)
	}
	return Now().Sub(t)
}

// Until returns the duration until t.
// It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	if t.hasMono {
		return clampSub(t.mono, monoNow())
	}
	return t.Sub(Now())
}

// withLoc returns t shown in loc (nil for UTC), without a monotonic reading.
func (t Time) withLoc(loc *Location) Time {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
	t.dropMono()
	return t
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { return t.withLoc(nil) }

// Local returns t with the location set to local time.
func (t Time) Local() Time { return t.withLoc(Local) }

// In returns a copy of t representing the same time instant, but
// with the copy's location information set to loc for display
// purposes.
//
// In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t.withLoc(loc)
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t, returning the abbreviated
// name of the zone (such as "CET") and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	z := t.loc.zoneAt(t.unixSecs())
	return z.name, z.offset
}

// ZoneBounds returns the bounds of the time zone in effect at time t.
// The zone begins at start and the next zone begins at end.
// If the zone begins at the beginning of time, start will be returned as a zero Time.
// If the zone goes on forever, end will be returned as a zero Time.
// The Location of the returned times will be the same as t.
func (t Time) ZoneBounds() (start, end Time) {
	z := t.loc.zoneAt(t.unixSecs())
	if z.from != alpha {
		start = unixAt(z.from, 0)
		start.loc = t.loc
	}
	if z.until != omega {
		end = unixAt(z.until, 0)
		end.loc = t.loc
	}
	return
}

// IsDST reports whether the time in the configured location is in Daylight Savings Time.
func (t Time) IsDST() bool { return t.loc.zoneAt(t.unixSecs()).dst }

// localSecs is t's wall clock in its location, as seconds on the abs scale.
func (t Time) localSecs() int64 {
	return t.abs + int64(t.loc.zoneAt(t.unixSecs()).offset)
}

// remainder returns t modulo d, counted from the zero Time (so always in
// [0, d)), for d > 0.
func (t Time) remainder(d Duration) Duration {
	m := uint64(d)
	// Floor-reduce the seconds first, then fold in the 1e9 factor with a
	// double-and-add multiplication that never exceeds 2*m < 2^64.
	s := t.abs % int64(m)
	if s < 0 {
		s += int64(m)
	}
	acc := uint64(0)
	for bit := 29; bit >= 0; bit-- {
		acc = (acc * 2) % m
		if (uint64(1e9)>>uint(bit))&1 != 0 {
			acc = (acc + uint64(s)) % m
		}
	}
	return Duration((acc + uint64(t.frac)%m) % m)
}

// Truncate returns the result of rounding t down to a multiple of d (since the zero time).
// If d <= 0, Truncate returns t stripped of any monotonic clock reading but otherwise unchanged.
//
// Truncate operates on the time as an absolute duration since the
// zero time; it does not operate on the presentation form of the
// time. Thus, Truncate(Hour) may return a time with a non-zero
// minute, depending on the time's Location.
func (t Time) Truncate(d Duration) Time {
	t.dropMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.remainder(d))
}

// Round returns the result of rounding t to the nearest multiple of d (since the zero time).
// The rounding behavior for halfway values is to round up.
// If d <= 0, Round returns t stripped of any monotonic clock reading but otherwise unchanged.
//
// Round operates on the time as an absolute duration since the
// zero time; it does not operate on the presentation form of the
// time. Thus, Round(Hour) may return a time with a non-zero
// minute, depending on the time's Location.
func (t Time) Round(d Duration) Time {
	t.dropMono()
	if d <= 0 {
		return t
	}
	r := t.remainder(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// errorString is the error for the package's own messages (time does not
// depend on package errors).
type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }
