// This file implements the proleptic Gregorian calendar of package time:
// Month and Weekday, Date and its normalization, the field accessors and
// AddDate. Day numbers are converted with era arithmetic (400-year eras of
// 146097 days, years starting in March so that the leap day comes last).

package time

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var monthNames = [12]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var dayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// badEnum renders an out-of-range Month or Weekday the way fmt renders a
// bad verb argument: "%!Month(13)".
func badEnum(kind string, v int) string {
	out := append([]byte("%!"), kind...)
	out = append(out, '(')
	out = appendUint(out, uint64(v))
	return string(append(out, ')'))
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if m < January || m > December {
		return badEnum("Month", int(m))
	}
	return monthNames[m-1]
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if d < Sunday || d > Saturday {
		return badEnum("Weekday", int(d))
	}
	return dayNames[d]
}

// floorDiv divides rounding toward minus infinity; the second result is
// the matching non-negative remainder.
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return
}

// isLeap reports whether year is a Gregorian leap year.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// monthLength is the number of days in month m of year.
func monthLength(m Month, year int) int {
	switch m {
	case February:
		if isLeap(year) {
			return 29
		}
		return 28
	case April, June, September, November:
		return 30
	}
	return 31
}

// dayNumber counts days from 1970-01-01 to the given date (m in 1..12,
// d may be anything: it is simply added).
func dayNumber(year int64, m int, d int64) int64 {
	y := year
	if m <= 2 {
		y-- // the computing year starts in March
	}
	era, yoe := floorDiv(y, 400)
	shifted := int64((m + 9) % 12) // March is 0
	doy := (153*shifted+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil is the inverse of dayNumber for d in range.
func civil(days int64) (year int, m Month, d int) {
	era, doe := floorDiv(days+719468, 146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	shifted := (5*doy + 2) / 153
	d = int(doy - (153*shifted+2)/5 + 1)
	mi := int(shifted) + 3
	y := yoe + era*400
	if mi > 12 {
		mi -= 12
		y++
	}
	return int(y), Month(mi), d
}

// fields is a broken-down wall clock.
type fields struct {
	year  int
	month Month
	day   int
	yday  int // 1-based
	wday  Weekday
	hour  int
	min   int
	sec   int
}

// breakDown splits seconds on the abs scale (already shifted into the
// wanted zone) into calendar fields.
func breakDown(abs int64) (f fields) {
	days, secs := floorDiv(abs-unixEpochAbs, secsPerDay)
	f.year, f.month, f.day = civil(days)
	f.yday = int(days-dayNumber(int64(f.year), 1, 1)) + 1
	_, wd := floorDiv(days+4, 7) // 1970-01-01 was a Thursday
	f.wday = Weekday(wd)
	f.hour = int(secs / secsPerHour)
	f.min = int(secs / secsPerMinute % 60)
	f.sec = int(secs % 60)
	return
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := floorDiv(t.localSecs()-unixEpochAbs, secsPerDay)
	return civil(days)
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday { return breakDown(t.localSecs()).wday }

// YearDay returns the day of the year specified by t, in the range [1,365] for non-leap years,
// and [1,366] in leap years.
func (t Time) YearDay() int { return breakDown(t.localSecs()).yday }

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := floorDiv(t.localSecs(), secsPerDay)
	return int(s / 3600), int(s / 60 % 60), int(s % 60)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Week ranges from 1 to 53. Jan 01 to Jan 03 of year n might belong to
// week 52 or 53 of year n-1, and Dec 29 to Dec 31 might belong to week 1
// of year n+1.
func (t Time) ISOWeek() (year, week int) {
	// An ISO week belongs to the year that holds its Thursday.
	days, _ := floorDiv(t.localSecs()-unixEpochAbs, secsPerDay)
	_, fromMonday := floorDiv(days+3, 7) // Monday is 0
	thursday := days - fromMonday + 3
	year, _, _ = civil(thursday)
	week = int(thursday-dayNumber(int64(year), 1, 1))/7 + 1
	return
}

// carry moves whole multiples of base from *low into the returned
// adjustment of the next field up, leaving *low in [0, base).
func carry(low *int, base int) int {
	q, r := floorDiv(int64(*low), int64(base))
	*low = int(r)
	return int(q)
}

// Date returns the Time corresponding to
//
//	yyyy-mm-dd hh:mm:ss + nsec nanoseconds
//
// in the appropriate zone for that time in the given location.
//
// The month, day, hour, min, sec, and nsec values may be outside
// their usual ranges and will be normalized during the conversion.
// For example, October 32 converts to November 1.
//
// A daylight savings time transition skips or repeats times.
// For example, in the United States, March 13, 2011 2:15am never occurred,
// while November 6, 2011 1:15am occurred twice. In such cases, the
// choice of time zone, and therefore the time, is not guaranteed.
//
// Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	mi := int(month) - 1
	year += carry(&mi, 12)
	sec += carry(&nsec, 1e9)
	min += carry(&sec, 60)
	hour += carry(&min, 60)
	day += carry(&hour, 24)

	days := dayNumber(int64(year), mi+1, int64(day))
	wall := days*secsPerDay + int64(hour*secsPerHour+min*secsPerMinute+sec)

	// wall is a local clock reading; find the offset that maps it to UTC.
	// First guess with the zone in force at wall read as UTC; if the
	// resulting instant falls outside that zone, the neighbouring zone
	// decides.
	guess := loc.zoneAt(wall)
	off := guess.offset
	if off != 0 {
		utc := wall - int64(off)
		if utc < guess.from || utc >= guess.until {
			off = loc.zoneAt(utc).offset
		}
	}
	t := unixAt(wall-int64(off), int32(nsec))
	return t.withLoc(loc)
}

// AddDate returns the time corresponding to adding the
// given number of years, months, and days to t.
// For example, AddDate(-1, 2, 3) applied to January 1, 2011
// returns March 4, 2010.
//
// AddDate normalizes its result in the same way that Date does,
// so, for example, adding one month to October 31 yields
// December 1, the normalized form for November 31.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	return Date(y+years, m+Month(months), d+days, hh, mm, ss, int(t.frac), t.Location())
}
