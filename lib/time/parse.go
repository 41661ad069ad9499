// This file implements Parse and ParseInLocation: the value is matched
// against the layout element by element, the fields are validated, and
// the zone is resolved at the end.

package time

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quoteDuration(e.Value) + e.Message
	}
	return "parsing time " + quoteDuration(e.Value) + " as " + quoteDuration(e.Layout) +
		": cannot parse " + quoteDuration(e.ValueElem) + " as " + quoteDuration(e.LayoutElem)
}

// matchLiteral consumes the layout literal lit from the front of v. A run
// of spaces in the layout matches any run of spaces in the value (or the
// value's end). It returns the rest of v, and false with the unmatched
// rest on a mismatch.
func matchLiteral(v, lit string) (string, bool) {
	for lit != "" {
		if lit[0] == ' ' {
			if v != "" && v[0] != ' ' {
				return v, false
			}
			lit = trimSpaces(lit)
			v = trimSpaces(v)
			continue
		}
		if v == "" || v[0] != lit[0] {
			return v, false
		}
		lit, v = lit[1:], v[1:]
	}
	return v, true
}

func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// digits reads a number of at least 1 and at most max digits from the
// front of s; exact requires exactly max digits.
func digits(s string, max int, exact bool) (n int, rest string, ok bool) {
	i := 0
	for i < max && isDigitAt(s, i) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || exact && i != max {
		return 0, s, false
	}
	return n, s[i:], true
}

// signedInt parses an optionally signed decimal integer filling all of s.
// Like Go's parser it takes an empty digit string (or a lone sign) as 0.
func signedInt(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigitAt(s, i) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// foldedIndex finds the entry of names that v starts with, ignoring ASCII
// case; it returns the index and the rest of v.
func foldedIndex(names []string, v string) (int, string, bool) {
	for i, name := range names {
		if len(v) >= len(name) && equalFold(v[:len(name)], name) {
			return i, v[len(name):], true
		}
	}
	return -1, v, false
}

// equalFold compares equal-length strings, letters without regard to case.
func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		x, y = x|0x20, y|0x20
		if x != y || x < 'a' || x > 'z' {
			return false
		}
	}
	return true
}

var shortMonths = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var shortDays = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// signedHours measures a "+h" / "-hh" offset (hours 0-23) at the front of
// s; 0 if there is none.
func signedHours(s string) int {
	if s == "" || s[0] != '+' && s[0] != '-' {
		return 0
	}
	h, rest, ok := digits(s[1:], 20, false)
	if !ok || h > 23 {
		return 0
	}
	return len(s) - len(rest)
}

// zoneNameLen measures a zone abbreviation at the front of s: "GMT"
// optionally followed by an hour offset, a signed hour offset alone, the
// special "ChST"/"MeST", or 3 to 5 capitals (4 and 5 only ending in T,
// or "WITA").
func zoneNameLen(s string) (int, bool) {
	if len(s) < 3 {
		return 0, false
	}
	if hasPrefix(s, "ChST") || hasPrefix(s, "MeST") {
		return 4, true
	}
	if hasPrefix(s, "GMT") {
		return 3 + signedHours(s[3:]), true
	}
	if s[0] == '+' || s[0] == '-' {
		n := signedHours(s)
		return n, n > 0
	}
	caps := 0
	for caps < len(s) && caps < 6 && s[caps] >= 'A' && s[caps] <= 'Z' {
		caps++
	}
	switch caps {
	case 3:
		return 3, true
	case 4:
		return 4, s[3] == 'T' || s[:4] == "WITA"
	case 5:
		return 5, s[4] == 'T'
	}
	return 0, false
}

// fractionValue reads a separator and the n-1 characters after it as
// nanoseconds (at most 9 digits count). The digits go through signedInt,
// so a sign slips through: negative comes back as ok with ns < 0.
func fractionValue(v string, n int) (int, bool) {
	if v == "" || v[0] != '.' && v[0] != ',' {
		return 0, false
	}
	if n > 10 {
		n = 10
	}
	ns, ok := signedInt(v[1:n])
	if !ok {
		return 0, false
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, true
}

// Parse parses a formatted string and returns the time value it represents.
// See the documentation for the constant called Layout to see how to
// represent the format. The second argument must be parseable using
// the format string (layout) provided as the first argument.
//
// When parsing (only), the input may contain a fractional second
// field immediately after the seconds field, even if the layout does not
// signify its presence.
//
// In the absence of a time zone indicator, Parse returns a time in UTC.
func Parse(layout, value string) (Time, error) {
	return parseTime(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but differs in two important ways.
// First, in the absence of time zone information, Parse interprets a time as UTC;
// ParseInLocation interprets the time as in the given location.
// Second, when given a zone offset or abbreviation, Parse tries to match it
// against the Local location; ParseInLocation uses the given location.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseTime(layout, value, loc, loc)
}

// parsed collects the fields found so far; -1 means "not given".
type parsedFields struct {
	year, month, day, yday int
	hour, min, sec, nsec   int
	pm, am                 bool
	utc                    bool // a Z or "UTC" was given
	offset                 int  // seconds east; valid if hasOffset
	hasOffset              bool
	zoneName               string
}

func parseTime(layout, value string, dflt, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	p := parsedFields{month: -1, day: -1, yday: -1}
	fail := func(elemText, rest string) (Time, error) {
		return Time{}, &ParseError{Layout: origLayout, Value: origValue, LayoutElem: elemText, ValueElem: rest}
	}
	outOfRange := func(what, elemText, rest string) (Time, error) {
		return Time{}, &ParseError{Layout: origLayout, Value: origValue, LayoutElem: elemText, ValueElem: rest,
			Message: ": " + what + " out of range"}
	}

	for {
		lit, e, rest := nextElem(layout)
		v, ok := matchLiteral(value, lit)
		if !ok {
			return fail(lit, v)
		}
		value = v
		if e.kind == elNone {
			if value != "" {
				return Time{}, &ParseError{Layout: origLayout, Value: origValue, ValueElem: value,
					Message: ": extra text: " + quoteDuration(value)}
			}
			break
		}
		layout = rest
		at := value // the value as the element starts
		var n int
		bad, rng := false, ""
		switch e.kind {
		case elYear:
			if len(value) < 2 {
				bad = true
				break
			}
			if n, ok = signedInt(value[:2]); !ok {
				bad = true
				break
			}
			value = value[2:]
			p.year = n + 1900
			if n < 69 {
				p.year = n + 2000
			}
		case elLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				bad = true
				break
			}
			digitsText := value[:4]
			value = value[4:]
			if p.year, ok = signedInt(digitsText); !ok {
				bad = true
			}
		case elMonth, elLongMonth:
			names := shortMonths
			if e.kind == elLongMonth {
				names = monthNames[:]
			}
			if n, value, ok = foldedIndex(names, value); !ok {
				bad = true
				break
			}
			p.month = n + 1
		case elNumMonth, elZeroMonth:
			if p.month, value, ok = digits(value, 2, e.kind == elZeroMonth); !ok {
				bad = true
			} else if p.month < 1 || p.month > 12 {
				rng = "month"
			}
		case elWeekDay, elLongWeekDay:
			names := shortDays
			if e.kind == elLongWeekDay {
				names = dayNames[:]
			}
			if _, value, ok = foldedIndex(names, value); !ok {
				bad = true
			}
		case elDay, elUnderDay, elZeroDay:
			if e.kind == elUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			if p.day, value, ok = digits(value, 2, e.kind == elZeroDay); !ok {
				bad = true
			}
		case elUnderYDay, elZeroYDay:
			for i := 0; i < 2 && e.kind == elUnderYDay && value != "" && value[0] == ' '; i++ {
				value = value[1:]
			}
			if p.yday, value, ok = digits(value, 3, e.kind == elZeroYDay); !ok {
				bad = true
			}
		case elHour:
			if p.hour, value, ok = digits(value, 2, false); !ok {
				bad = true
			} else if p.hour > 23 {
				rng = "hour"
			}
		case elHour12, elZeroHour12:
			if p.hour, value, ok = digits(value, 2, e.kind == elZeroHour12); !ok {
				bad = true
			} else if p.hour > 12 {
				rng = "hour"
			}
		case elMinute, elZeroMinute:
			if p.min, value, ok = digits(value, 2, e.kind == elZeroMinute); !ok {
				bad = true
			} else if p.min > 59 {
				rng = "minute"
			}
		case elSecond, elZeroSecond:
			_, next, _ := nextElem(layout)
			fracNext := next.kind == elFrac0 || next.kind == elFrac9
			startsFrac := len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1)
			if startsFrac && !fracNext {
				// Go takes a bare fraction where the seconds should be
				// as zero seconds and that fraction.
				p.sec = 0
			} else if p.sec, value, ok = digits(value, 2, e.kind == elZeroSecond); !ok {
				bad = true
				break
			} else if p.sec > 59 {
				rng = "second"
				break
			}
			// A fraction the layout does not mention is still accepted
			// right after the seconds.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				if fracNext {
					break
				}
				end := 2
				for isDigitAt(value, end) {
					end++
				}
				p.nsec, _ = fractionValue(value, end)
				value = value[end:]
			}
		case elPM, elpm:
			if len(value) < 2 {
				bad = true
				break
			}
			mark := value[:2]
			value = value[2:]
			am, pm := "AM", "PM"
			if e.kind == elpm {
				am, pm = "am", "pm"
			}
			switch mark {
			case pm:
				p.pm = true
			case am:
				p.am = true
			default:
				bad = true
			}
		case elNumTZ:
			// Only the Z forms without seconds accept a literal Z.
			if e.zulu && !e.seconds && value != "" && value[0] == 'Z' {
				value = value[1:]
				p.utc = true
				break
			}
			need := 3
			if e.minutes {
				need = 5
			}
			if e.seconds {
				need = 7
			}
			if e.colons {
				need += need/2 - 1
			}
			if len(value) < need || e.colons && (value[3] != ':' || e.seconds && value[6] != ':') {
				bad = true
				break
			}
			sign := value[0]
			parts := value[1:need]
			value = value[need:]
			total := 0
			for unit := 3600; parts != ""; unit /= 60 {
				if parts[0] == ':' {
					parts = parts[1:]
				}
				if len(parts) < 2 {
					bad = true
					break
				}
				// Go reads each part with atoi, signs included.
				x, good := signedInt(parts[:2])
				if !good {
					bad = true
					break
				}
				total += x * unit
				parts = parts[2:]
			}
			if bad {
				break
			}
			switch sign {
			case '+':
			case '-':
				total = -total
			default:
				bad = true
			}
			p.offset, p.hasOffset = total, true
		case elTZ:
			if hasPrefix(value, "UTC") {
				value = value[3:]
				p.utc = true
				break
			}
			if n, ok = zoneNameLen(value); !ok {
				bad = true
				break
			}
			p.zoneName, value = value[:n], value[n:]
		case elFrac0:
			if len(value) < e.digits+1 {
				bad = true
				break
			}
			p.nsec, ok = fractionValue(value, e.digits+1)
			value = value[e.digits+1:]
			if !ok {
				bad = true
			} else if p.nsec < 0 {
				rng = "fractional second"
			}
		case elFrac9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || !isDigitAt(value, 1) {
				break // the fraction is optional
			}
			end := 1
			for end < 10 && isDigitAt(value, end) {
				end++
			}
			p.nsec, _ = fractionValue(value, end)
			value = value[end:]
		}
		if rng != "" {
			return outOfRange(rng, e.text, value)
		}
		if bad {
			switch e.kind {
			case elPM, elpm, elNumTZ, elLongYear, elFrac0:
				// These report what follows the text they consumed.
			default:
				value = at
			}
			return fail(e.text, value)
		}
	}

	if p.pm && p.hour < 12 {
		p.hour += 12
	} else if p.am && p.hour == 12 {
		p.hour = 0
	}

	if p.yday >= 0 {
		// Turn the day of the year into a month and day and check them
		// against any that were given.
		if p.yday < 1 || p.yday > 365 && !isLeap(p.year) || p.yday > 366 {
			return Time{}, &ParseError{Layout: origLayout, Value: origValue, Message: ": day-of-year out of range"}
		}
		days := dayNumber(int64(p.year), 1, int64(p.yday))
		_, m, d := civil(days)
		if p.month >= 0 && p.month != int(m) {
			return Time{}, &ParseError{Layout: origLayout, Value: origValue, Message: ": day-of-year does not match month"}
		}
		if p.day >= 0 && p.day != d {
			return Time{}, &ParseError{Layout: origLayout, Value: origValue, Message: ": day-of-year does not match day"}
		}
		p.month, p.day = int(m), d
	} else {
		if p.month < 0 {
			p.month = int(January)
		}
		if p.day < 0 {
			p.day = 1
		}
	}
	if p.day < 1 || p.day > monthLength(Month(p.month), p.year) {
		return outOfRange("day", "", "")
	}

	if p.utc {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC), nil
	}
	if p.hasOffset {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		t.shiftSecs(-int64(p.offset))
		// Prefer the local zone if it has this offset at that instant.
		if z := local.zoneAt(t.unixSecs()); z.offset == p.offset && (p.zoneName == "" || z.name == p.zoneName) {
			return t.withLoc(local), nil
		}
		return t.withLoc(FixedZone(p.zoneName, p.offset)), nil
	}
	if p.zoneName != "" {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		if off, ok := local.offsetByName(p.zoneName, t.unixSecs()); ok {
			t.shiftSecs(-int64(off))
			return t.withLoc(local), nil
		}
		// An unknown abbreviation keeps the clock reading as UTC and
		// records the name; "GMT+h" also records its offset.
		off := 0
		if len(p.zoneName) > 3 && p.zoneName[:3] == "GMT" {
			h, _ := signedInt(p.zoneName[3:])
			off = h * 3600
		}
		return t.withLoc(FixedZone(p.zoneName, off)), nil
	}
	return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, dflt), nil
}
