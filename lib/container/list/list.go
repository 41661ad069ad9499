// Package list implements a doubly linked list.
//
// golite's implementation keeps a sentinel element inside each List; the
// elements form a ring through it, so the front is sentinel.next and the
// back is sentinel.prev. A zero List is an empty list ready to use: the
// ring is closed on first use.
//
// Iterate with
//
//	for e := l.Front(); e != nil; e = e.Next() {
//		// do something with e.Value
//	}
package list

// Element is one node of a List.
type Element struct {
	next, prev *Element
	// owner is the List holding the element; nil once removed.
	owner *List

	// Value is the value stored with this element.
	Value any
}

// Next returns the element after e, or nil.
func (e *Element) Next() *Element {
	if e.owner == nil || e.next == &e.owner.head {
		return nil
	}
	return e.next
}

// Prev returns the element before e, or nil.
func (e *Element) Prev() *Element {
	if e.owner == nil || e.prev == &e.owner.head {
		return nil
	}
	return e.prev
}

// List is a doubly linked list. The zero value is an empty list.
type List struct {
	head Element // sentinel; only next and prev are used
	n    int
}

// Init empties l and returns it.
func (l *List) Init() *List {
	l.head.next = &l.head
	l.head.prev = &l.head
	l.n = 0
	return l
}

// New returns a new, empty list.
func New() *List { return new(List).Init() }

// Len returns the number of elements of l in constant time.
func (l *List) Len() int { return l.n }

// Front returns the first element of l, or nil if l is empty.
func (l *List) Front() *Element {
	if l.n == 0 {
		return nil
	}
	return l.head.next
}

// Back returns the last element of l, or nil if l is empty.
func (l *List) Back() *Element {
	if l.n == 0 {
		return nil
	}
	return l.head.prev
}

// ready closes the ring of a zero List.
func (l *List) ready() {
	if l.head.next == nil {
		l.Init()
	}
}

// link inserts e after at and returns e.
func (l *List) link(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	at.next.prev = e
	at.next = e
	e.owner = l
	l.n++
	return e
}

// unlink takes e out of the ring.
func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	// Cut the links so that stale references keep nothing alive and
	// Next/Prev on a removed element return nil.
	e.next, e.prev, e.owner = nil, nil, nil
	l.n--
}

// relink moves e, already in l, to just after at.
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = at
	e.next = at.next
	at.next.prev = e
	at.next = e
}

// Remove removes e from l if e belongs to l, and returns e.Value.
func (l *List) Remove(e *Element) any {
	if e.owner == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront inserts v at the front of l and returns its element.
func (l *List) PushFront(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, &l.head)
}

// PushBack inserts v at the back of l and returns its element.
func (l *List) PushBack(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, l.head.prev)
}

// InsertBefore inserts v just before mark and returns its element. If
// mark is not an element of l, l is unchanged and the result is nil.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.owner != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark.prev)
}

// InsertAfter inserts v just after mark and returns its element. If mark
// is not an element of l, l is unchanged and the result is nil.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.owner != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark)
}

// MoveToFront moves e to the front of l; nothing happens if e is not an
// element of l.
func (l *List) MoveToFront(e *Element) {
	if e.owner != l || l.head.next == e {
		return
	}
	l.relink(e, &l.head)
}

// MoveToBack moves e to the back of l; nothing happens if e is not an
// element of l.
func (l *List) MoveToBack(e *Element) {
	if e.owner != l || l.head.prev == e {
		return
	}
	l.relink(e, l.head.prev)
}

// MoveBefore moves e just before mark. Nothing happens if e or mark is not
// an element of l, or if e == mark.
func (l *List) MoveBefore(e, mark *Element) {
	if e.owner != l || mark.owner != l || e == mark {
		return
	}
	l.relink(e, mark.prev)
}

// MoveAfter moves e just after mark. Nothing happens if e or mark is not
// an element of l, or if e == mark.
func (l *List) MoveAfter(e, mark *Element) {
	if e.owner != l || mark.owner != l || e == mark {
		return
	}
	l.relink(e, mark)
}

// PushBackList appends a copy of other's values to l; l and other may be
// the same list.
func (l *List) PushBackList(other *List) {
	l.ready()
	// Fix the count first: when other == l the loop must stop at the
	// original back.
	e := other.Front()
	for k := other.Len(); k > 0; k-- {
		l.link(&Element{Value: e.Value}, l.head.prev)
		e = e.Next()
	}
}

// PushFrontList prepends a copy of other's values to l; l and other may be
// the same list.
func (l *List) PushFrontList(other *List) {
	l.ready()
	e := other.Back()
	for k := other.Len(); k > 0; k-- {
		l.link(&Element{Value: e.Value}, &l.head)
		e = e.Prev()
	}
}
