// Call-stack introspection: Caller, Callers, CallersFrames and FuncForPC.
// The C++ runtime (runtime/symtab.cpp) walks the stack and reads the
// program's own DWARF line tables; every logical frame, inlined ones
// included, has a pc of its own in what callers returns, so that a pc
// alone says which frame it stands for.

package runtime

// frameRecord is what lookupPC reports about one pc (layout shared with
// runtime/symtab.h's FrameRecord).
type frameRecord struct {
	pc       uintptr
	entry    uintptr
	function string
	file     string
	line     int
	inlined  bool
}

// callers stores in buf[:max] one pc per logical frame of the calling
// goroutine, after skipping skip of them; frame 0 is the function that
// calls callers. It returns the count stored.
func callers(skip int, buf *uintptr, max int) int

// lookupPC describes the frame of pc: with retaddr, pc is one callers
// returned (a return address); otherwise any address in a function.
// It reports whether pc is in Go code.
func lookupPC(pc uintptr, retaddr bool, rec *frameRecord) bool

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to ascend, with 0 identifying the caller of
// Caller. The return values report the program counter, file name, and
// line number within the file of the corresponding call. The boolean ok
// is false if it was not possible to recover the information.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	if skip < 0 {
		skip = -1 // Go reports Caller's own frame then
	}
	var ret [1]uintptr
	// Frame 0 is Caller itself.
	if callers(skip+1, &ret[0], 1) == 0 {
		return
	}
	var rec frameRecord
	if !lookupPC(ret[0], true, &rec) {
		return
	}
	return rec.pc, rec.file, rec.line, true
}

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to skip before recording in pc, with 0
// identifying the frame for Callers itself and 1 identifying the caller of
// Callers. It returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	if skip < 0 {
		skip = 0
	}
	return callers(skip, &pc[0], len(pc))
}

// A Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame: for a
	// frame that calls another frame, the program counter of a call
	// instruction.
	PC uintptr

	// Func is the Func value of this call frame; nil for non-Go code.
	Func *Func

	// Function is the package path-qualified function name of this call
	// frame; if Func is not nil then Function == Func.Name().
	Function string

	// File and Line are the file name and line number of the location in
	// this frame: for non-leaf frames, the location of a call.
	File string
	Line int

	// Entry is the entry point of the function; if Func is not nil then
	// Entry == Func.Entry().
	Entry uintptr
}

// Frames may be used to get function/file/line information for a slice of
// PC values returned by Callers.
type Frames struct {
	pcs []uintptr
}

// CallersFrames takes a slice of PC values returned by Callers and
// prepares to return function/file/line information. Do not change the
// slice until you are done with the Frames.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{pcs: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC
// values. If it has already returned all call frames, Next returns a zero
// Frame. The more result indicates whether the next call to Next will
// return a valid Frame.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.pcs) > 0 {
		pc := ci.pcs[0]
		ci.pcs = ci.pcs[1:]
		var rec frameRecord
		if !lookupPC(pc, true, &rec) {
			continue // not Go code: Go lists no frame for it either
		}
		frame = Frame{
			PC:       rec.pc,
			Func:     &Func{name: rec.function, entry: rec.entry},
			Function: rec.function,
			File:     rec.file,
			Line:     rec.line,
			Entry:    rec.entry,
		}
		return frame, len(ci.pcs) > 0
	}
	return Frame{}, false
}

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil. If pc represents multiple
// functions because of inlining, it returns the *Func describing the
// innermost function, but with an entry of the outermost function.
func FuncForPC(pc uintptr) *Func {
	var rec frameRecord
	if !lookupPC(pc, false, &rec) {
		return nil
	}
	return &Func{name: rec.function, entry: rec.entry}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc. The result will not be
// accurate if pc is not a program counter within f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	var rec frameRecord
	if !lookupPC(pc, false, &rec) {
		return "?", 0
	}
	return rec.file, rec.line
}
