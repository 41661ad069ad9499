// This file implements WalkDir: a depth-first walk in lexical order that
// asks fn about each directory before reading it, and again if reading it
// fails.

package fs

import (
	"errors"
	"path"
)

// SkipDir is used as a return value from WalkDirFuncs to indicate that the
// directory named in the call is to be skipped. It is not returned as an
// error by any function.
var SkipDir = errors.New("skip this directory")

// WalkDirFunc is the type of the function called by WalkDir to visit each
// file or directory.
type WalkDirFunc func(path string, d DirEntry, err error) error

// WalkDir walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	var err error
	if info, serr := Stat(fsys, root); serr == nil {
		err = visitDir(fsys, root, FileInfoToDirEntry(info), fn)
	} else {
		err = fn(root, nil, serr)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

// visitDir calls fn for name and, if it is a directory fn does not skip,
// for everything below it. SkipDir from fn on a directory skips that
// directory; from a file, it ends the walk of the file's directory.
func visitDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	isDir := d.IsDir()
	verdict := fn(name, d, nil)
	switch {
	case verdict == SkipDir && isDir:
		return nil
	case verdict != nil || !isDir:
		return verdict
	}
	list, readErr := ReadDir(fsys, name)
	if readErr != nil {
		// Ask fn again, now with the error; what was read is walked.
		switch verdict = fn(name, d, readErr); verdict {
		case nil:
		case SkipDir:
			return nil
		default:
			return verdict
		}
	}
	for _, e := range list {
		switch child := visitDir(fsys, path.Join(name, e.Name()), e, fn); child {
		case nil:
		case SkipDir:
			return nil
		default:
			return child
		}
	}
	return nil
}
