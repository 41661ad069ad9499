// This file implements the decoding of TZif zoneinfo data (RFC 8536,
// versions 1 to 4) and of the POSIX TZ rule in its footer, which gives the
// zone for instants after the last transition of the file.

package time

var errBadData = &errorString{"malformed time zone information"}

// tzifReader walks TZif bytes; any short read sets bad.
type tzifReader struct {
	buf []byte
	bad bool
}

func (r *tzifReader) take(n int) []byte {
	if n < 0 || n > len(r.buf) {
		r.bad = true
		r.buf = nil
		return nil
	}
	b := r.buf[:n]
	r.buf = r.buf[n:]
	return b
}

// be reads an n-byte big-endian number.
func (r *tzifReader) be(n int) uint64 {
	var v uint64
	for _, c := range r.take(n) {
		v = v<<8 | uint64(c)
	}
	return v
}

// The header counts, in file order.
const (
	cntUT = iota
	cntStd
	cntLeap
	cntTime
	cntType
	cntChar
	numCounts
)

// header reads the magic, the version and the six counts.
func (r *tzifReader) header() (version byte, counts [numCounts]int) {
	if string(r.take(4)) != "TZif" {
		r.bad = true
		return
	}
	v := r.take(16)
	if r.bad {
		return
	}
	version = v[0]
	for i := range counts {
		counts[i] = int(r.be(4))
	}
	return
}

// LoadLocationFromTZData returns a Location with the given name
// initialized from the IANA Time Zone database-formatted data.
// The data should be in the format of a standard IANA time zone file
// (for example, the content of /etc/localtime on Unix systems).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := &tzifReader{buf: data}
	version, c := r.header()
	if r.bad {
		return nil, errBadData
	}
	timeSize := 4
	if version != 0 {
		// Skip the 32-bit block; the 64-bit one follows with its own header.
		r.take(c[cntTime]*5 + c[cntType]*6 + c[cntChar] + c[cntLeap]*8 + c[cntStd] + c[cntUT])
		version, c = r.header()
		timeSize = 8
		if r.bad {
			return nil, errBadData
		}
	}
	if c[cntType] == 0 {
		return nil, errBadData
	}
	times := r.take(c[cntTime] * timeSize)
	indexes := r.take(c[cntTime])
	types := r.take(c[cntType] * 6)
	chars := r.take(c[cntChar])
	r.take(c[cntLeap]*(timeSize+4) + c[cntStd] + c[cntUT])
	if r.bad {
		return nil, errBadData
	}

	loc := &Location{name: name}
	loc.kinds = make([]zoneKind, c[cntType])
	tr := &tzifReader{buf: types}
	for i := range loc.kinds {
		off := int32(uint32(tr.be(4)))
		isDST := tr.be(1) != 0
		at := int(tr.be(1))
		if at >= len(chars) {
			return nil, errBadData
		}
		end := at
		for end < len(chars) && chars[end] != 0 {
			end++
		}
		loc.kinds[i] = zoneKind{name: string(chars[at:end]), offset: int(off), dst: isDST}
	}
	loc.shifts = make([]zoneShift, c[cntTime])
	ts := &tzifReader{buf: times}
	for i := range loc.shifts {
		var at int64
		if timeSize == 8 {
			at = int64(ts.be(8))
		} else {
			at = int64(int32(uint32(ts.be(4))))
		}
		k := int(indexes[i])
		if k >= len(loc.kinds) {
			return nil, errBadData
		}
		loc.shifts[i] = zoneShift{at: at, kind: k}
	}
	loc.before = loc.pickBefore()

	// Version 2+ files end with "\n<rule>\n".
	if version != 0 && len(r.buf) > 2 && r.buf[0] == '\n' && r.buf[len(r.buf)-1] == '\n' {
		loc.rule = string(r.buf[1 : len(r.buf)-1])
		loc.parsed = parsePosixRule(loc.rule)
	}
	if len(loc.shifts) == 0 && loc.parsed != nil && !loc.parsed.hasDST {
		// A file without transitions is described by its kinds alone.
		loc.parsed = nil
	}
	return loc, nil
}

// posixRule is a parsed POSIX TZ string such as "EST5EDT,M3.2.0,M11.1.0".
type posixRule struct {
	stdName, dstName     string
	stdOffset, dstOffset int // seconds east of UTC
	hasDST               bool
	on, off              ruleDate // when DST starts and ends
}

// ruleDate is a day of the year in one of the three POSIX forms plus a
// time of day (seconds, may be negative or past 24h).
type ruleDate struct {
	form  byte // 'J' (1-365, no leap day), 'D' (0-365), 'M' (month.week.day)
	n     int  // day for J and D; month for M
	week  int
	wday  int
	clock int
}

// tzScanner consumes a TZ string from the front.
type tzScanner struct {
	s  string
	ok bool
}

func (p *tzScanner) peek() byte {
	if len(p.s) == 0 {
		return 0
	}
	return p.s[0]
}

// name reads a zone abbreviation: <...> or a run of letters (3 or more).
func (p *tzScanner) name() string {
	if p.peek() == '<' {
		for i := 1; i < len(p.s); i++ {
			if p.s[i] == '>' {
				n := p.s[1:i]
				p.s = p.s[i+1:]
				return n
			}
		}
		p.ok = false
		return ""
	}
	i := 0
	for i < len(p.s) && (p.s[i] >= 'a' && p.s[i] <= 'z' || p.s[i] >= 'A' && p.s[i] <= 'Z') {
		i++
	}
	if i < 3 {
		p.ok = false
	}
	n := p.s[:i]
	p.s = p.s[i:]
	return n
}

// num reads a decimal number (0 if there is none and sets !ok).
func (p *tzScanner) num() int {
	i, v := 0, 0
	for i < len(p.s) && p.s[i] >= '0' && p.s[i] <= '9' {
		v = v*10 + int(p.s[i]-'0')
		i++
	}
	if i == 0 {
		p.ok = false
	}
	p.s = p.s[i:]
	return v
}

// hms reads [+-]h[:m[:s]] as seconds.
func (p *tzScanner) hms() int {
	sign := 1
	if c := p.peek(); c == '+' || c == '-' {
		if c == '-' {
			sign = -1
		}
		p.s = p.s[1:]
	}
	v := p.num() * 3600
	for _, unit := range [2]int{60, 1} {
		if p.peek() != ':' {
			break
		}
		p.s = p.s[1:]
		v += p.num() * unit
	}
	return sign * v
}

// date reads one ",date[/time]" part.
func (p *tzScanner) date() (d ruleDate) {
	switch p.peek() {
	case 'J':
		p.s = p.s[1:]
		d.form, d.n = 'J', p.num()
		if d.n < 1 || d.n > 365 {
			p.ok = false
		}
	case 'M':
		p.s = p.s[1:]
		d.form, d.n = 'M', p.num()
		for _, f := range [2]*int{&d.week, &d.wday} {
			if p.peek() != '.' {
				p.ok = false
				return
			}
			p.s = p.s[1:]
			*f = p.num()
		}
		if d.n < 1 || d.n > 12 || d.week < 1 || d.week > 5 || d.wday > 6 {
			p.ok = false
		}
	default:
		d.form, d.n = 'D', p.num()
		if d.n > 365 {
			p.ok = false
		}
	}
	d.clock = 2 * 3600
	if p.peek() == '/' {
		p.s = p.s[1:]
		d.clock = p.hms()
	}
	return
}

// parsePosixRule parses a TZ string; nil if it is empty or malformed.
func parsePosixRule(s string) *posixRule {
	p := &tzScanner{s: s, ok: true}
	r := &posixRule{}
	r.stdName = p.name()
	if len(p.s) == 0 || !p.ok {
		return nil
	}
	r.stdOffset = -p.hms() // POSIX counts hours west of Greenwich
	if len(p.s) == 0 {
		if !p.ok {
			return nil
		}
		return r
	}
	r.hasDST = true
	r.dstName = p.name()
	r.dstOffset = r.stdOffset + 3600
	if c := p.peek(); c != ',' && c != 0 {
		r.dstOffset = -p.hms()
	}
	if len(p.s) == 0 {
		p.s = ",M3.2.0,M11.1.0" // the rule POSIX leaves to the implementation
	}
	if p.peek() != ',' {
		return nil
	}
	p.s = p.s[1:]
	r.on = p.date()
	if p.peek() != ',' {
		return nil
	}
	p.s = p.s[1:]
	r.off = p.date()
	if !p.ok || len(p.s) != 0 {
		return nil
	}
	return r
}

// dayOfYear is the 0-based day of year on which d falls.
func (d *ruleDate) dayOfYear(year int) int {
	switch d.form {
	case 'J':
		if isLeap(year) && d.n >= 60 {
			return d.n
		}
		return d.n - 1
	case 'D':
		return d.n
	}
	first := dayNumber(int64(year), d.n, 1)
	_, wdFirst := floorDiv(first+4, 7)
	mday := 1 + (d.wday-int(wdFirst)+7)%7 + (d.week-1)*7
	if last := monthLength(Month(d.n), year); mday > last {
		mday -= 7
	}
	return int(first + int64(mday-1) - dayNumber(int64(year), 1, 1))
}

// at evaluates the rule at Unix second x. Spans are cut at UTC year
// boundaries (as Go cuts them, even before the file's last transition);
// a rule without DST holds from the last transition on.
func (r *posixRule) at(x, lastShift int64) (zoneSpan, bool) {
	if !r.hasDST {
		return zoneSpan{r.stdName, r.stdOffset, false, lastShift, omega}, true
	}
	days, _ := floorDiv(x, secsPerDay)
	year, _, _ := civil(days)
	yearStart := dayNumber(int64(year), 1, 1) * secsPerDay
	// Go ends the span 365 days after the year's start, leap year or
	// not; the bounds are kept identical.
	yearEnd := yearStart + 365*secsPerDay
	on := yearStart + int64(r.on.dayOfYear(year))*secsPerDay + int64(r.on.clock-r.stdOffset)
	off := yearStart + int64(r.off.dayOfYear(year))*secsPerDay + int64(r.off.clock-r.dstOffset)
	std := zoneSpan{name: r.stdName, offset: r.stdOffset}
	dst := zoneSpan{name: r.dstName, offset: r.dstOffset, dst: true}
	var z zoneSpan
	if on < off {
		// Northern: DST inside the year.
		switch {
		case x < on:
			z = std
			z.from, z.until = yearStart, on
		case x >= off:
			z = std
			z.from, z.until = off, yearEnd
		default:
			z = dst
			z.from, z.until = on, off
		}
	} else {
		// Southern: DST across the new year.
		switch {
		case x < off:
			z = dst
			z.from, z.until = yearStart, off
		case x >= on:
			z = dst
			z.from, z.until = on, yearEnd
		default:
			z = std
			z.from, z.until = off, on
		}
	}
	return z, true
}
