package util

type T struct{ Y string }

func (t T) Name() string { return "b.T" }

func Get() interface{} { return T{"two"} }

func IsAnon(v interface{}) bool { _, ok := v.(struct{ x int }); return ok }

type hider interface{ hide() }

func (T) hide() {}

func Hides(v interface{}) bool { _, ok := v.(hider); return ok }
