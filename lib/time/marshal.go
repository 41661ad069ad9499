// This file implements the encodings of Time: binary (also used for gob),
// text and JSON. Text and JSON are RFC 3339 with nanoseconds; the binary
// form is a version byte, the seconds since year 1, the nanoseconds and
// the zone offset in minutes (-1 for UTC), all big-endian, plus the
// offset's leftover seconds in version 2.

package time

const (
	binaryV1 byte = 1
	binaryV2 byte = 2 // the offset has seconds
)

// MarshalBinary implements the encoding.BinaryMarshaler interface.
func (t Time) MarshalBinary() ([]byte, error) {
	version := binaryV1
	minutes := int16(-1)
	extra := 0
	if t.loc != nil && t.loc != &utcLoc {
		_, off := t.Zone()
		if off%60 != 0 {
			version = binaryV2
			extra = off % 60
		}
		off /= 60
		if off < -32768 || off == -1 || off > 32767 {
			return nil, &errorString{"Time.MarshalBinary: unexpected zone offset"}
		}
		minutes = int16(off)
	}
	out := make([]byte, 0, 16)
	out = append(out, version)
	for shift := 56; shift >= 0; shift -= 8 {
		out = append(out, byte(uint64(t.abs)>>uint(shift)))
	}
	for shift := 24; shift >= 0; shift -= 8 {
		out = append(out, byte(uint32(t.frac)>>uint(shift)))
	}
	out = append(out, byte(uint16(minutes)>>8), byte(minutes))
	if version == binaryV2 {
		out = append(out, byte(extra))
	}
	return out, nil
}

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return &errorString{"Time.UnmarshalBinary: no data"}
	}
	version := data[0]
	if version != binaryV1 && version != binaryV2 {
		return &errorString{"Time.UnmarshalBinary: unsupported version"}
	}
	want := 15
	if version == binaryV2 {
		want++
	}
	if len(data) != want {
		return &errorString{"Time.UnmarshalBinary: invalid length"}
	}
	var secs uint64
	for _, b := range data[1:9] {
		secs = secs<<8 | uint64(b)
	}
	var ns uint32
	for _, b := range data[9:13] {
		ns = ns<<8 | uint32(b)
	}
	off := int(int16(uint16(data[13])<<8|uint16(data[14]))) * 60
	if version == binaryV2 {
		off += int(int8(data[15]))
	}
	*t = Time{abs: int64(secs), frac: int32(ns)}
	switch {
	case off == -60:
		// UTC: the nil location.
	case Local.zoneAt(t.unixSecs()).offset == off:
		t.loc = Local
	default:
		t.loc = FixedZone("", off)
	}
	return nil
}

// GobEncode implements the gob.GobEncoder interface.
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode implements the gob.GobDecoder interface.
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }

// rfc3339Text formats t for MarshalText and MarshalJSON, which refuse
// years that RFC 3339 cannot write.
func (t Time) rfc3339Text(who string, quoted bool) ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, &errorString{who + ": year outside of range [0,9999]"}
	}
	b := make([]byte, 0, len(RFC3339Nano)+2)
	if quoted {
		b = append(b, '"')
	}
	b = t.AppendFormat(b, RFC3339Nano)
	if quoted {
		b = append(b, '"')
	}
	return b, nil
}

// MarshalJSON implements the json.Marshaler interface.
// The time is a quoted string in RFC 3339 format, with sub-second precision added if present.
func (t Time) MarshalJSON() ([]byte, error) { return t.rfc3339Text("Time.MarshalJSON", true) }

// UnmarshalJSON implements the json.Unmarshaler interface.
// The time is expected to be a quoted string in RFC 3339 format.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	parsed, err := Parse(`"`+RFC3339+`"`, string(data))
	if err == nil {
		*t = parsed
	}
	return err
}

// MarshalText implements the encoding.TextMarshaler interface.
// The time is formatted in RFC 3339 format, with sub-second precision added if present.
func (t Time) MarshalText() ([]byte, error) { return t.rfc3339Text("Time.MarshalText", false) }

// UnmarshalText implements the encoding.TextUnmarshaler interface.
// The time is expected to be in RFC 3339 format.
func (t *Time) UnmarshalText(data []byte) error {
	parsed, err := Parse(RFC3339, string(data))
	if err == nil {
		*t = parsed
	}
	return err
}
