// This file implements the Value types behind the typed definers (Bool,
// Int, ..., Func, TextVar): each points at the caller's variable, parses
// with strconv, and reports parse failures as "parse error" or "value out
// of range" as Go's flag package does.

package flag

import (
	"errors"
	"strconv"
	"time"
)

var (
	errParse = errors.New("parse error")
	errRange = errors.New("value out of range")
)

// simplify maps strconv's errors to the two short ones flag prints.
func simplify(err error) error {
	if err == nil {
		return nil
	}
	if ne, ok := err.(*strconv.NumError); ok {
		switch ne.Err {
		case strconv.ErrSyntax:
			return errParse
		case strconv.ErrRange:
			return errRange
		}
	}
	return err
}

type boolValue bool

func (b *boolValue) Set(s string) error {
	v, err := strconv.ParseBool(s)
	*b = boolValue(v) // as in Go, a failed parse stores its zero result
	if err != nil {
		return errParse
	}
	return nil
}
func (b *boolValue) Get() any         { return bool(*b) }
func (b *boolValue) String() string   { return strconv.FormatBool(bool(*b)) }
func (b *boolValue) IsBoolFlag() bool { return true }

type intValue int

func (i *intValue) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, strconv.IntSize)
	*i = intValue(v)
	return simplify(err)
}
func (i *intValue) Get() any       { return int(*i) }
func (i *intValue) String() string { return strconv.Itoa(int(*i)) }

type int64Value int64

func (i *int64Value) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, 64)
	*i = int64Value(v)
	return simplify(err)
}
func (i *int64Value) Get() any       { return int64(*i) }
func (i *int64Value) String() string { return strconv.FormatInt(int64(*i), 10) }

type uintValue uint

func (u *uintValue) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, strconv.IntSize)
	*u = uintValue(v)
	return simplify(err)
}
func (u *uintValue) Get() any       { return uint(*u) }
func (u *uintValue) String() string { return strconv.FormatUint(uint64(*u), 10) }

type uint64Value uint64

func (u *uint64Value) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, 64)
	*u = uint64Value(v)
	return simplify(err)
}
func (u *uint64Value) Get() any       { return uint64(*u) }
func (u *uint64Value) String() string { return strconv.FormatUint(uint64(*u), 10) }

type stringValue string

func (s *stringValue) Set(v string) error { *s = stringValue(v); return nil }
func (s *stringValue) Get() any           { return string(*s) }
func (s *stringValue) String() string     { return string(*s) }

type float64Value float64

func (f *float64Value) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	*f = float64Value(v)
	return simplify(err)
}
func (f *float64Value) Get() any       { return float64(*f) }
func (f *float64Value) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

type durationValue time.Duration

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	*d = durationValue(v)
	if err != nil {
		return errParse
	}
	return nil
}
func (d *durationValue) Get() any       { return time.Duration(*d) }
func (d *durationValue) String() string { return (*time.Duration)(d).String() }

// funcValue calls a function for each occurrence of the flag.
type funcValue func(string) error

func (f funcValue) Set(s string) error { return f(s) }
func (f funcValue) String() string     { return "" }

// textUnmarshaler and textMarshaler are encoding's interfaces (golite has
// no package encoding yet; any implementation of those fits these).
type textUnmarshaler interface {
	UnmarshalText(text []byte) error
}

type textMarshaler interface {
	MarshalText() (text []byte, err error)
}

// textValue sets its target through UnmarshalText.
type textValue struct{ target textUnmarshaler }

func (v textValue) Set(s string) error { return v.target.UnmarshalText([]byte(s)) }

func (v textValue) Get() any { return v.target }

func (v textValue) String() string {
	if m, ok := v.target.(textMarshaler); ok {
		if text, err := m.MarshalText(); err == nil {
			return string(text)
		}
	}
	return ""
}
