// This file implements Swapper, the element exchanger behind sort.Slice.
// The slice is inspected and modified through two runtime hooks
// (runtime/sort_swap.cpp), so it does not depend on Value.

package reflectlite

// swapperLayout reports the length and element size of the slice held by
// x; for a non-slice it returns length -1 and the value's Kind instead.
func swapperLayout(x any) (n int, kindOrSize int)

// swapElems exchanges elements i and j (both in range) of the slice in x.
func swapElems(x any, i, j int)

// swapperPanic is the panic value for a Swapper call on a non-slice; its
// text is the one reflect uses.
type swapperPanic struct{ kind Kind }

func (e *swapperPanic) Error() string {
	if e.kind == Invalid {
		return "reflect: call of Swapper on zero Value"
	}
	return "reflect: call of Swapper on " + e.kind.String() + " Value"
}

// Swapper returns a function that swaps the elements i and j of slice.
// It panics if slice is not a slice.
func Swapper(slice any) func(i, j int) {
	n, info := swapperLayout(slice)
	if n < 0 {
		panic(&swapperPanic{Kind(info)})
	}
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swapElems(slice, i, j)
	}
}
