// Package ring implements operations on circular lists.
//
// This file implements the ring as a doubly linked cycle of elements in
// which a zero Ring is linked to itself on first use.
package ring

// A Ring is an element of a circular list, or ring.
// Rings do not have a beginning or end; a pointer to any ring element
// serves as reference to the entire ring. Empty rings are represented
// as nil Ring pointers. The zero value for a Ring is a one-element
// ring with a nil Value.
type Ring struct {
	fwd, back *Ring
	Value     any // for use by client; untouched by this library
}

// self returns r after making a never-linked element a ring of one.
func (r *Ring) self() *Ring {
	if r.fwd == nil {
		r.fwd, r.back = r, r
	}
	return r
}

// Next returns the next ring element. r must not be empty.
func (r *Ring) Next() *Ring { return r.self().fwd }

// Prev returns the previous ring element. r must not be empty.
func (r *Ring) Prev() *Ring { return r.self().back }

// Move moves n % r.Len() elements backward (n < 0) or forward (n >= 0)
// in the ring and returns that ring element. r must not be empty.
func (r *Ring) Move(n int) *Ring {
	at := r.self()
	if n >= 0 {
		for ; n != 0; n-- {
			at = at.fwd
		}
		return at
	}
	for ; n != 0; n++ {
		at = at.back
	}
	return at
}

// New creates a ring of n elements.
func New(n int) *Ring {
	if n < 1 {
		return nil
	}
	head := new(Ring).self()
	for made := 1; made < n; made++ {
		// Splice a fresh element in just before head, i.e. at the end.
		e := &Ring{fwd: head, back: head.back}
		head.back.fwd = e
		head.back = e
	}
	return head
}

// Link connects ring r with ring s such that r.Next()
// becomes s and returns the original value for r.Next().
// r must not be empty.
//
// If r and s point to the same ring, linking
// them removes the elements between r and s from the ring.
// The removed elements form a subring and the result is a
// reference to that subring (if no elements were removed,
// the result is still the original value for r.Next(),
// and not nil).
//
// If r and s point to different rings, linking
// them creates a single ring with the elements of s inserted
// after r. The result points to the element following the
// last element of s after insertion.
func (r *Ring) Link(s *Ring) *Ring {
	oldNext := r.Next()
	if s == nil {
		return oldNext
	}
	sLast := s.Prev()
	// Two pointer swaps: r's successor becomes s, and the element that
	// preceded s now leads on to r's old successor.
	r.fwd, s.back = s, r
	sLast.fwd, oldNext.back = oldNext, sLast
	return oldNext
}

// Unlink removes n % r.Len() elements from the ring r, starting
// at r.Next(). If n % r.Len() == 0, r remains unchanged.
// The result is the removed subring. r must not be empty.
func (r *Ring) Unlink(n int) *Ring {
	if n > 0 {
		return r.Link(r.Move(n + 1))
	}
	return nil
}

// Len computes the number of elements in ring r.
// It executes in time proportional to the number of elements.
func (r *Ring) Len() int {
	count := 0
	if r != nil {
		e := r.self()
		for {
			count++
			e = e.fwd
			if e == r {
				break
			}
		}
	}
	return count
}

// Do calls function f on each element of the ring, in forward order.
// The behavior of Do is undefined if f changes *r.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	e := r.self()
	for {
		f(e.Value)
		e = e.fwd
		if e == r {
			return
		}
	}
}
