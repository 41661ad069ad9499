// This file implements Location: UTC, Local, FixedZone and LoadLocation,
// and the lookup of the zone in force at an instant. A Location loaded
// from a TZif file holds its local time types, its transitions and the
// POSIX TZ rule that describes the times after the last transition.

package time

import "sync"

// A Location maps time instants to the zone in use at that time.
// Typically, the Location represents the collection of time offsets
// in use in a geographical area. For many Locations the time offset varies
// depending on whether daylight savings time is in use at the time instant.
type Location struct {
	name   string
	kinds  []zoneKind  // the local time types
	shifts []zoneShift // transitions, in increasing order
	rule   string      // POSIX TZ footer, or ""
	parsed *posixRule  // rule, parsed; nil if absent or unusable
	before int         // index of the kind in force before shifts[0]
}

// zoneKind is one local time type: an abbreviation and an offset.
type zoneKind struct {
	name   string
	offset int // seconds east of UTC
	dst    bool
}

// zoneShift is a transition: from Unix second at on, kind applies.
type zoneShift struct {
	at   int64
	kind int
}

// zoneSpan is the answer to "which zone applies at instant x": the zone,
// and the Unix seconds [from, until) over which it stays in force.
type zoneSpan struct {
	name   string
	offset int
	dst    bool
	from   int64
	until  int64
}

// alpha and omega stand for the beginning and the end of time.
const (
	alpha int64 = -1 << 63
	omega int64 = 1<<63 - 1
)

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// utcLoc is separate so that Times in UTC can use a nil *Location.
var utcLoc = Location{name: "UTC"}

// Local represents the system's local time zone.
// On Unix systems, Local consults the TZ environment
// variable to find the time zone to use. No TZ means
// use the system default /etc/localtime.
// TZ="" means use UTC.
// TZ="foo" means use file foo in the system timezone directory.
var Local *Location = &localLoc

var (
	localLoc  Location
	localInit sync.Once
)

// resolved returns the Location to consult for l: UTC for nil, and Local
// filled in on first use.
func (l *Location) resolved() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		localInit.Do(setUpLocal)
	}
	return l
}

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string { return l.resolved().name }

// FixedZone returns a Location that always uses
// the given zone name and offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, kinds: []zoneKind{{name: name, offset: offset}}}
}

// zoneAt finds the zone in force at Unix second x.
func (l *Location) zoneAt(x int64) zoneSpan {
	l = l.resolved()
	if len(l.kinds) == 0 {
		return zoneSpan{name: "UTC", from: alpha, until: omega}
	}
	span := func(k int, from, until int64) zoneSpan {
		z := &l.kinds[k]
		return zoneSpan{z.name, z.offset, z.dst, from, until}
	}
	n := len(l.shifts)
	if n == 0 {
		return span(0, alpha, omega)
	}
	if x < l.shifts[0].at {
		return span(l.before, alpha, l.shifts[0].at)
	}
	// Binary search for the last transition at or before x.
	lo, hi := 0, n
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if l.shifts[mid].at <= x {
			lo = mid
		} else {
			hi = mid
		}
	}
	if lo+1 < n {
		return span(l.shifts[lo].kind, l.shifts[lo].at, l.shifts[lo+1].at)
	}
	if l.parsed != nil {
		if z, ok := l.parsed.at(x, l.shifts[lo].at); ok {
			return z
		}
	}
	return span(l.shifts[lo].kind, l.shifts[lo].at, omega)
}

// pickBefore chooses the kind in force before the first transition: kind 0
// unless a transition uses it; then, if the first transition enters DST,
// the nearest standard kind listed before that one; else the first
// standard kind, or kind 0 if every kind is DST.
func (l *Location) pickBefore() int {
	used := false
	for _, s := range l.shifts {
		if s.kind == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.shifts) > 0 && l.kinds[l.shifts[0].kind].dst {
		for k := l.shifts[0].kind - 1; k >= 0; k-- {
			if !l.kinds[k].dst {
				return k
			}
		}
	}
	for k := range l.kinds {
		if !l.kinds[k].dst {
			return k
		}
	}
	return 0
}

// offsetByName finds the offset of the zone abbreviation name in l,
// preferring a kind that is actually in force near Unix second x.
func (l *Location) offsetByName(name string, x int64) (int, bool) {
	l = l.resolved()
	for i := range l.kinds {
		k := &l.kinds[i]
		if k.name != name {
			continue
		}
		// The offset actually in force then: kinds may share a name.
		if z := l.zoneAt(x - int64(k.offset)); z.name == name {
			return z.offset, true
		}
	}
	for i := range l.kinds {
		if l.kinds[i].name == name {
			return l.kinds[i].offset, true
		}
	}
	return 0, false
}

// Hooks for reading zoneinfo (runtime/time_zoneinfo.cpp). runtime_readFile
// returns 0 or an errno value.
func runtime_readFile(path string, data *[]byte) int
func runtime_getenv(key string, value *string) bool

// errnoError is a failed system call's error number, printed as libc's
// message for the few numbers reading a file can produce.
type errnoError int

func (e errnoError) Error() string {
	switch e {
	case 1:
		return "operation not permitted"
	case 2:
		return "no such file or directory"
	case 5:
		return "input/output error"
	case 13:
		return "permission denied"
	case 20:
		return "not a directory"
	case 21:
		return "is a directory"
	case 22:
		return "invalid argument"
	case 27:
		return "file too large"
	case 36:
		return "file name too long"
	case 40:
		return "too many levels of symbolic links"
	}
	return "errno " + string(appendUint(nil, uint64(e)))
}

const errnoNoEnt = errnoError(2)

var errLocation = &errorString{"time: invalid location name"}

// zoneDirs are the directories searched for zoneinfo files.
var zoneDirs = []string{"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/"}

// loadFrom reads name under each directory in turn (a directory of ""
// means name is a path). A file that is missing everywhere yields
// "unknown time zone"; otherwise the first other failure is reported.
func loadFrom(name string, dirs []string) (*Location, error) {
	var first error
	for _, dir := range dirs {
		var data []byte
		var err error
		if code := runtime_readFile(dir+name, &data); code != 0 {
			err = errnoError(code)
		} else {
			var loc *Location
			if loc, err = LoadLocationFromTZData(name, data); err == nil {
				return loc, nil
			}
		}
		if first == nil && err != errnoNoEnt {
			first = err
		}
	}
	if first != nil {
		return nil, first
	}
	return nil, &errorString{"unknown time zone " + name}
}

// LoadLocation returns the Location with the given name.
//
// If the name is "" or "UTC", LoadLocation returns UTC.
// If the name is "Local", LoadLocation returns Local.
//
// Otherwise, the name is taken to be a location name corresponding to a file
// in the IANA Time Zone database, such as "America/New_York".
//
// LoadLocation looks for the IANA Time Zone database in the following
// locations in order: the directory named by the ZONEINFO environment
// variable, then the system's zoneinfo directories.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if name[0] == '/' || name[0] == '\\' || hasDotDot(name) {
		return nil, errLocation
	}
	var dir string
	if runtime_getenv("ZONEINFO", &dir) && dir != "" {
		var data []byte
		if runtime_readFile(dir+"/"+name, &data) == 0 {
			if loc, err := LoadLocationFromTZData(name, data); err == nil {
				return loc, nil
			}
		}
	}
	return loadFrom(name, zoneDirs)
}

func hasDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// setUpLocal fills in localLoc from TZ or /etc/localtime; anything that
// does not load leaves Local as UTC.
func setUpLocal() {
	var tz string
	set := runtime_getenv("TZ", &tz)
	if !set {
		if loc, err := loadFrom("localtime", []string{"/etc/"}); err == nil {
			localLoc = *loc
			localLoc.name = "Local"
			return
		}
	} else {
		if len(tz) > 0 && tz[0] == ':' {
			tz = tz[1:]
		}
		switch {
		case tz != "" && tz[0] == '/':
			if loc, err := loadFrom(tz, []string{""}); err == nil {
				localLoc = *loc
				localLoc.name = tz
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				}
				return
			}
		case tz != "" && tz != "UTC":
			if loc, err := loadFrom(tz, zoneDirs); err == nil {
				localLoc = *loc
				return
			}
		}
	}
	localLoc = Location{name: "UTC"}
}
