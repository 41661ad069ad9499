package time

// durationUnits maps the unit suffixes ParseDuration accepts to their
// length in nanoseconds.
var durationUnits = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek small letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// quoteDuration quotes s for an error message as Go's time package does:
// printable ASCII as is (with " and \ escaped), every byte of anything
// else as \xNN.
func quoteDuration(s string) string {
	const hex = "0123456789abcdef"
	buf := make([]byte, 0, len(s)+2)
	buf = append(buf, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < ' ' || c >= 0x80 {
			// The whole (possibly invalid) UTF-8 sequence, byte by byte.
			n := 1
			if c >= 0x80 {
				r, size := decodeRuneForQuote(s[i:])
				if r != 0xFFFD || size == 3 {
					n = size
				}
			}
			for j := 0; j < n; j++ {
				b := s[i+j]
				buf = append(buf, '\\', 'x', hex[b>>4], hex[b&0xF])
			}
			i += n
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, c)
		i++
	}
	return string(append(buf, '"'))
}

// decodeRuneForQuote decodes the rune at the start of s the way a range
// loop does: an invalid sequence is U+FFFD of size 1.
func decodeRuneForQuote(s string) (rune, int) {
	for _, r := range s {
		size := len(string(r))
		if r == 0xFFFD && (len(s) < 3 || s[:3] != "\uFFFD") {
			size = 1
		}
		return r, size
	}
	return 0xFFFD, 1
}

func errInvalidDuration(orig string) error {
	return &errorString{"time: invalid duration " + quoteDuration(orig)}
}

// scanDigits consumes a run of decimal digits at the start of s. As an
// integer part, a value above 1<<63 is an error; as a fraction (frac true),
// digits past what fits only stop adding precision. scale is 10^(digits
// used).
func scanDigits(s string, frac bool) (v uint64, scale float64, rest string, ok bool) {
	scale = 1
	full := false
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if full {
			continue
		}
		d := uint64(s[i] - '0')
		if v > (1<<63-1)/10 || v*10+d > 1<<63 {
			if !frac {
				return 0, 0, "", false
			}
			full = true
			continue
		}
		v = v*10 + d
		scale *= 10
	}
	return v, scale, s[i:], true
}

// ParseDuration parses a duration string. A duration string is a possibly
// signed sequence of decimal numbers, each with optional fraction and a
// unit suffix, such as "300ms", "-1.5h" or "2h45m". Valid time units are
// "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errInvalidDuration(orig)
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errInvalidDuration(orig)
		}
		before := len(s)
		whole, _, rest, ok := scanDigits(s, false)
		if !ok {
			return 0, errInvalidDuration(orig)
		}
		s = rest
		haveWhole := len(s) != before
		var frac uint64
		scale := 1.0
		haveFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			before = len(s)
			frac, scale, s, _ = scanDigits(s, true)
			haveFrac = len(s) != before
		}
		if !haveWhole && !haveFrac {
			return 0, errInvalidDuration(orig)
		}
		n := 0
		for n < len(s) && s[n] != '.' && !('0' <= s[n] && s[n] <= '9') {
			n++
		}
		if n == 0 {
			return 0, &errorString{"time: missing unit in duration " + quoteDuration(orig)}
		}
		u := s[:n]
		s = s[n:]
		unit, known := durationUnits[u]
		if !known {
			return 0, &errorString{"time: unknown unit " + quoteDuration(u) + " in duration " + quoteDuration(orig)}
		}
		if whole > 1<<63/unit {
			return 0, errInvalidDuration(orig)
		}
		v := whole * unit
		if frac > 0 {
			// float64 keeps fractions of hours exact to the nanosecond.
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errInvalidDuration(orig)
			}
		}
		total += v
		if total > 1<<63 {
			return 0, errInvalidDuration(orig)
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, errInvalidDuration(orig)
	}
	return Duration(total), nil
}
