package util

type T struct{ X int }

func (t T) Name() string { return "a.T" }

func Get() interface{} { return T{1} }

// Anon holds an unnamed struct type with an unexported field: its identity
// includes this package.
func Anon() interface{} { return struct{ x int }{7} }

type hider interface{ hide() }

func (T) hide() {}

func Hides(v interface{}) bool { _, ok := v.(hider); return ok }
