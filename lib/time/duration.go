package time

// A Duration is the time elapsed between two instants, as an int64 count of
// nanoseconds; it can represent about 290 years either way.
type Duration int64

// The extreme Durations; arithmetic on Times saturates to them.
const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations. There is deliberately no Day or longer unit, since days
// are not of fixed length across daylight saving changes.
//
// To count the units in a Duration, divide:
//
//	second := time.Second
//	fmt.Print(int64(second/time.Millisecond)) // prints 1000
//
// To turn an integer number of units into a Duration, multiply:
//
//	seconds := 10
//	fmt.Print(time.Duration(seconds)*time.Second) // prints 10s
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String renders d as "72h3m0.5s": hours, minutes and seconds, where the
// hour and minute parts are present only when non-zero leading parts need
// them and the seconds carry as many decimals as needed. Durations shorter
// than a second use the largest of ms, µs and ns that keeps the integer part
// non-zero ("1.5ms", "250µs", "7ns"). The zero duration is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	// Work on the magnitude as uint64, which also covers minDuration.
	mag := uint64(d)
	if d < 0 {
		mag = -mag
	}
	var out []byte
	if d < 0 {
		out = append(out, '-')
	}
	if mag < uint64(Second) {
		// One sub-second unit with a decimal fraction.
		switch {
		case mag < uint64(Microsecond):
			out = appendUint(out, mag)
			return string(append(out, "ns"...))
		case mag < uint64(Millisecond):
			out = appendDecimal(out, mag, 3)
			return string(append(out, "µs"...))
		default:
			out = appendDecimal(out, mag, 6)
			return string(append(out, "ms"...))
		}
	}
	secs := mag / uint64(Second)
	frac := mag % uint64(Second)
	hours := secs / 3600
	mins := secs / 60 % 60
	secs %= 60
	if hours > 0 {
		out = appendUint(out, hours)
		out = append(out, 'h')
	}
	if hours > 0 || mins > 0 {
		out = appendUint(out, mins)
		out = append(out, 'm')
	}
	out = appendDecimal(out, secs*uint64(Second)+frac, 9)
	return string(append(out, 's'))
}

// appendDecimal appends v / 10^digits in decimal, with the fractional digits
// (if any are non-zero) after a '.', trailing zeros removed.
func appendDecimal(out []byte, v uint64, digits int) []byte {
	scale := uint64(1)
	for i := 0; i < digits; i++ {
		scale *= 10
	}
	out = appendUint(out, v/scale)
	rest := v % scale
	if rest == 0 {
		return out
	}
	// Drop trailing zeros of the fraction, then left-pad it to its width.
	width := digits
	for rest%10 == 0 {
		rest /= 10
		width--
	}
	out = append(out, '.')
	var tmp [20]byte
	n := fmtInt(tmp[:], rest)
	for pad := width - (len(tmp) - n); pad > 0; pad-- {
		out = append(out, '0')
	}
	return append(out, tmp[n:]...)
}

// appendUint appends the decimal digits of v.
func appendUint(out []byte, v uint64) []byte {
	var tmp [20]byte
	n := fmtInt(tmp[:], v)
	return append(out, tmp[n:]...)
}

// fmtInt writes the decimal digits of v right-aligned at the end of buf and
// returns the index of the first digit. buf must be long enough (20 bytes
// always are).
func fmtInt(buf []byte, v uint64) int {
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return i
		}
	}
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / int64(Microsecond) }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / int64(Millisecond) }

// inUnits returns d / unit as a float64. The whole units and the remainder
// are converted separately so that large durations keep their precision.
func (d Duration) inUnits(unit Duration) float64 {
	whole := d / unit
	rest := d % unit
	return float64(whole) + float64(rest)/float64(unit)
}

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 { return d.inUnits(Second) }

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 { return d.inUnits(Minute) }

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 { return d.inUnits(Hour) }

// Truncate returns d rounded toward zero to a multiple of m. If m <= 0, d is
// returned unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether 2*x < y, for 0 <= x < y, without overflowing.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)*2 < uint64(y)
}

// Round returns d rounded to the nearest multiple of m, halfway values away
// from zero. A result that does not fit in a Duration saturates to the
// largest or smallest Duration. If m <= 0, d is returned unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	if d >= 0 {
		below := d % m
		if lessThanHalf(below, m) {
			return d - below
		}
		up := d + (m - below)
		if up < d {
			return maxDuration
		}
		return up
	}
	above := -(d % m) // distance to the next multiple toward zero
	if lessThanHalf(above, m) {
		return d + above
	}
	down := d - (m - above)
	if down > d {
		return minDuration
	}
	return down
}

// Abs returns the absolute value of d; minDuration saturates to maxDuration.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}
