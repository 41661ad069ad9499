// This file implements layouts: the reference-time elements a layout may
// contain, the predefined layouts, and Format, AppendFormat, String and
// GoString.

package time

// These are predefined layouts for use in Time.Format and time.Parse.
// The reference time used in these layouts is the specific time stamp:
//
//	01/02 03:04:05PM '06 -0700
//
// (January 2, 15:04:05, 2006, in time zone seven hours west of GMT).
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
)

// Element kinds of a layout.
const (
	elNone        = iota
	elLongMonth   // January
	elMonth       // Jan
	elNumMonth    // 1
	elZeroMonth   // 01
	elLongWeekDay // Monday
	elWeekDay     // Mon
	elDay         // 2
	elUnderDay    // _2
	elZeroDay     // 02
	elUnderYDay   // __2
	elZeroYDay    // 002
	elHour        // 15
	elHour12      // 3
	elZeroHour12  // 03
	elMinute      // 4
	elZeroMinute  // 04
	elSecond      // 5
	elZeroSecond  // 05
	elLongYear    // 2006
	elYear        // 06
	elPM          // PM
	elpm          // pm
	elTZ          // MST
	elFrac0       // .000 or ,000: exactly that many digits
	elFrac9       // .999 or ,999: trailing zeros dropped
	elNumTZ       // -0700 family and Z0700 family, see tzShape
)

// elem is one layout element: its kind, the text it was spelled with, and
// for fractions and numeric zones the details of its shape.
type elem struct {
	kind   int
	text   string
	digits int  // fraction digits
	sep    byte // fraction separator
	// numeric zones
	zulu    bool // Z variants: print Z for UTC, accept Z when parsing
	colons  bool
	minutes bool
	seconds bool
}

// numZoneShapes are the numeric zone spellings after the leading '-' or
// 'Z', longest first so that a prefix never hides a longer form.
var numZoneShapes = []struct {
	text                     string
	colons, minutes, seconds bool
}{
	{"070000", false, true, true},
	{"07:00:00", true, true, true},
	{"0700", false, true, false},
	{"07:00", true, true, false},
	{"07", false, false, false},
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

func lowerAt(s string, i int) bool {
	return i < len(s) && s[i] >= 'a' && s[i] <= 'z'
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// matchElem reports the element spelled at the start of s, if any.
func matchElem(s string) (elem, bool) {
	mk := func(kind, n int) (elem, bool) { return elem{kind: kind, text: s[:n]}, true }
	switch s[0] {
	case 'J':
		if hasPrefix(s, "January") {
			return mk(elLongMonth, 7)
		}
		if hasPrefix(s, "Jan") && !lowerAt(s, 3) {
			return mk(elMonth, 3)
		}
	case 'M':
		if hasPrefix(s, "Monday") {
			return mk(elLongWeekDay, 6)
		}
		if hasPrefix(s, "Mon") && !lowerAt(s, 3) {
			return mk(elWeekDay, 3)
		}
		if hasPrefix(s, "MST") {
			return mk(elTZ, 3)
		}
	case '0':
		if len(s) >= 2 && s[1] >= '1' && s[1] <= '6' {
			kinds := [6]int{elZeroMonth, elZeroDay, elZeroHour12, elZeroMinute, elZeroSecond, elYear}
			return mk(kinds[s[1]-'1'], 2)
		}
		if hasPrefix(s, "002") {
			return mk(elZeroYDay, 3)
		}
	case '1':
		if hasPrefix(s, "15") {
			return mk(elHour, 2)
		}
		return mk(elNumMonth, 1)
	case '2':
		if hasPrefix(s, "2006") {
			return mk(elLongYear, 4)
		}
		return mk(elDay, 1)
	case '_':
		// "_2006" is a literal underscore before the year.
		if hasPrefix(s, "_2") && !hasPrefix(s, "_2006") {
			return mk(elUnderDay, 2)
		}
		if hasPrefix(s, "__2") {
			return mk(elUnderYDay, 3)
		}
	case '3':
		return mk(elHour12, 1)
	case '4':
		return mk(elMinute, 1)
	case '5':
		return mk(elSecond, 1)
	case 'P':
		if hasPrefix(s, "PM") {
			return mk(elPM, 2)
		}
	case 'p':
		if hasPrefix(s, "pm") {
			return mk(elpm, 2)
		}
	case '-', 'Z':
		for _, z := range numZoneShapes {
			if hasPrefix(s[1:], z.text) {
				e := elem{kind: elNumTZ, text: s[:1+len(z.text)], zulu: s[0] == 'Z',
					colons: z.colons, minutes: z.minutes, seconds: z.seconds}
				return e, true
			}
		}
	case '.', ',':
		if len(s) >= 2 && (s[1] == '0' || s[1] == '9') {
			n := 1
			for n < len(s) && s[n] == s[1] {
				n++
			}
			if !isDigitAt(s, n) {
				kind := elFrac0
				if s[1] == '9' {
					kind = elFrac9
				}
				return elem{kind: kind, text: s[:n], digits: n - 1, sep: s[0]}, true
			}
		}
	}
	return elem{}, false
}

// nextElem splits layout into the literal text before its first element,
// that element (kind elNone if there is none) and the rest.
func nextElem(layout string) (lit string, e elem, rest string) {
	for i := 0; i < len(layout); i++ {
		if e, ok := matchElem(layout[i:]); ok {
			return layout[:i], e, layout[i+len(e.text):]
		}
	}
	return layout, elem{}, ""
}

// appendPadded appends v in decimal, zero-padded to width digits; a
// negative v gets a '-' before the padding.
func appendPadded(b []byte, v int, width int) []byte {
	u := uint64(v)
	if v < 0 {
		b = append(b, '-')
		u = -u
	}
	var tmp [20]byte
	i := fmtInt(tmp[:], u)
	for n := len(tmp) - i; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, tmp[i:]...)
}

// appendFraction appends ns (nanoseconds) as a fraction of e's shape.
func appendFraction(b []byte, ns int, e elem) []byte {
	var digs [9]byte
	for i := 8; i >= 0; i-- {
		digs[i] = byte('0' + ns%10)
		ns /= 10
	}
	n := e.digits
	if n > 9 {
		n = 9
	}
	if e.kind == elFrac9 {
		for n > 0 && digs[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, e.sep)
	return append(b, digs[:n]...)
}

// Format returns a textual representation of the time value formatted according
// to the layout defined by the argument. See the documentation for the
// constant called Layout to see how to represent the layout format.
func (t Time) Format(layout string) string {
	var buf [64]byte
	return string(t.AppendFormat(buf[:0], layout))
}

// AppendFormat is like Format but appends the textual
// representation to b and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	zone := t.loc.zoneAt(t.unixSecs())
	f := breakDown(t.abs + int64(zone.offset))
	for layout != "" {
		lit, e, rest := nextElem(layout)
		b = append(b, lit...)
		layout = rest
		switch e.kind {
		case elNone:
		case elYear:
			y := f.year % 100
			if y < 0 {
				y = -y
			}
			b = appendPadded(b, y, 2)
		case elLongYear:
			b = appendPadded(b, f.year, 4)
		case elMonth:
			b = append(b, f.month.String()[:3]...)
		case elLongMonth:
			b = append(b, f.month.String()...)
		case elNumMonth:
			b = appendPadded(b, int(f.month), 0)
		case elZeroMonth:
			b = appendPadded(b, int(f.month), 2)
		case elWeekDay:
			b = append(b, f.wday.String()[:3]...)
		case elLongWeekDay:
			b = append(b, f.wday.String()...)
		case elDay:
			b = appendPadded(b, f.day, 0)
		case elUnderDay:
			if f.day < 10 {
				b = append(b, ' ')
			}
			b = appendPadded(b, f.day, 0)
		case elZeroDay:
			b = appendPadded(b, f.day, 2)
		case elUnderYDay:
			for w := 100; w > 1 && f.yday < w; w /= 10 {
				b = append(b, ' ')
			}
			b = appendPadded(b, f.yday, 0)
		case elZeroYDay:
			b = appendPadded(b, f.yday, 3)
		case elHour:
			b = appendPadded(b, f.hour, 2)
		case elHour12, elZeroHour12:
			h := f.hour % 12
			if h == 0 {
				h = 12
			}
			width := 0
			if e.kind == elZeroHour12 {
				width = 2
			}
			b = appendPadded(b, h, width)
		case elMinute:
			b = appendPadded(b, f.min, 0)
		case elZeroMinute:
			b = appendPadded(b, f.min, 2)
		case elSecond:
			b = appendPadded(b, f.sec, 0)
		case elZeroSecond:
			b = appendPadded(b, f.sec, 2)
		case elPM, elpm:
			mark := "AM"
			if f.hour >= 12 {
				mark = "PM"
			}
			if e.kind == elpm {
				mark = string([]byte{mark[0] + 'a' - 'A', 'm'})
			}
			b = append(b, mark...)
		case elTZ:
			if zone.name != "" {
				b = append(b, zone.name...)
				break
			}
			// Unnamed zone: show the offset as -0700 instead.
			b = appendOffset(b, zone.offset, elem{minutes: true})
		case elNumTZ:
			if e.zulu && zone.offset == 0 {
				b = append(b, 'Z')
				break
			}
			b = appendOffset(b, zone.offset, e)
		case elFrac0, elFrac9:
			b = appendFraction(b, int(t.frac), e)
		}
	}
	return b
}

// appendOffset writes a zone offset in seconds as ±hh[[:]mm[[:]ss]].
func appendOffset(b []byte, offset int, e elem) []byte {
	sign := byte('+')
	if offset < 0 {
		sign = '-'
		offset = -offset
	}
	b = append(b, sign)
	b = appendPadded(b, offset/3600, 2)
	if e.minutes {
		if e.colons {
			b = append(b, ':')
		}
		b = appendPadded(b, offset/60%60, 2)
	}
	if e.seconds {
		if e.colons {
			b = append(b, ':')
		}
		b = appendPadded(b, offset%60, 2)
	}
	return b
}

// String returns the time formatted using the format string
//
//	"2006-01-02 15:04:05.999999999 -0700 MST"
//
// If the time has a monotonic clock reading, the returned string
// includes a final field "m=±<value>", where value is the monotonic
// clock reading formatted as a decimal number of seconds.
//
// The returned string is meant for debugging; for a stable serialized
// representation, use t.MarshalText, t.MarshalBinary, or t.Format
// with an explicit format string.
func (t Time) String() string {
	b := t.AppendFormat(make([]byte, 0, 64), "2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		b = append(b, " m="...)
		m := uint64(t.mono)
		if t.mono < 0 {
			b = append(b, '-')
			m = -m
		} else {
			b = append(b, '+')
		}
		b = appendUint(b, m/1e9)
		b = append(b, '.')
		b = appendPadded(b, int(m%1e9), 9)
	}
	return string(b)
}

// GoString implements fmt.GoStringer and formats t to be printed in Go source
// code.
func (t Time) GoString() string {
	f := breakDown(t.localSecs())
	b := append([]byte("time.Date("), appendPadded(nil, f.year, 0)...)
	b = append(b, ", "...)
	if f.month >= January && f.month <= December {
		b = append(b, "time."...)
		b = append(b, f.month.String()...)
	} else {
		b = appendPadded(b, int(f.month), 0)
	}
	for _, v := range [5]int{f.day, f.hour, f.min, f.sec, int(t.frac)} {
		b = append(b, ", "...)
		b = appendPadded(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); {
	case loc == UTC:
		b = append(b, "time.UTC"...)
	case loc == Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quoteDuration(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}
