// This file implements the package-level functions, which use the
// standard Logger.

package log

import (
	"fmt"
	"io"
)

// SetOutput sets the output destination for the standard logger.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the output flags for the standard logger.
func Flags() int { return std.Flags() }

// SetFlags sets the output flags for the standard logger.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the output prefix for the standard logger.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the output prefix for the standard logger.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the output destination for the standard logger.
func Writer() io.Writer { return std.Writer() }

// Print calls Output to print to the standard logger. Arguments are
// handled in the manner of fmt.Print.
func Print(v ...any) { std.emit(func() string { return fmt.Sprint(v...) }) }

// Printf calls Output to print to the standard logger. Arguments are
// handled in the manner of fmt.Printf.
func Printf(format string, v ...any) {
	std.emit(func() string { return fmt.Sprintf(format, v...) })
}

// Println calls Output to print to the standard logger. Arguments are
// handled in the manner of fmt.Println.
func Println(v ...any) { std.emit(func() string { return fmt.Sprintln(v...) }) }

// Fatal is equivalent to Print() followed by a call to os.Exit(1).
func Fatal(v ...any) { std.die(fmt.Sprint(v...), false) }

// Fatalf is equivalent to Printf() followed by a call to os.Exit(1).
func Fatalf(format string, v ...any) { std.die(fmt.Sprintf(format, v...), false) }

// Fatalln is equivalent to Println() followed by a call to os.Exit(1).
func Fatalln(v ...any) { std.die(fmt.Sprintln(v...), false) }

// Panic is equivalent to Print() followed by a call to panic().
func Panic(v ...any) { std.die(fmt.Sprint(v...), true) }

// Panicf is equivalent to Printf() followed by a call to panic().
func Panicf(format string, v ...any) { std.die(fmt.Sprintf(format, v...), true) }

// Panicln is equivalent to Println() followed by a call to panic().
func Panicln(v ...any) { std.die(fmt.Sprintln(v...), true) }

// Output writes the output for a logging event. The string s contains the
// text to print after the prefix specified by the flags of the standard
// logger.
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
