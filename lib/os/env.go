// This file implements the environment: a copy of the process's initial
// environment kept by package os (in order, so Environ is stable), an
// index from key to position, and Expand.

package os

import (
	"internal/errno"
	"sync"
)

var (
	envMu    sync.RWMutex
	envList  []string       // "key=value"; "" marks a removed entry
	envIndex map[string]int // key -> position of its first entry
	envReady bool
)

// loadEnv copies the initial environment; the caller holds envMu for
// writing.
func loadEnv() {
	if envReady {
		return
	}
	envReady = true
	n := sys_envc()
	envList = make([]string, n)
	envIndex = make(map[string]int, n)
	for i := 0; i < n; i++ {
		kv := sys_envv(i)
		envList[i] = kv
		key := kv
		for j := 0; j < len(kv); j++ {
			if kv[j] == '=' {
				key = kv[:j]
				break
			}
		}
		if _, dup := envIndex[key]; !dup {
			envIndex[key] = i
		}
	}
}

func envReadLock() {
	envMu.RLock()
	if !envReady {
		envMu.RUnlock()
		envMu.Lock()
		loadEnv()
		envMu.Unlock()
		envMu.RLock()
	}
}

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key. If the variable is present in the environment the value (which may
// be empty) is returned and the boolean is true. Otherwise the returned
// value will be empty and the boolean will be false.
func LookupEnv(key string) (string, bool) {
	envReadLock()
	defer envMu.RUnlock()
	i, ok := envIndex[key]
	if !ok {
		return "", false
	}
	return envList[i][len(key)+1:], true
}

// Setenv sets the value of the environment variable named by the key. It
// returns an error, if any.
func Setenv(key, value string) error {
	if key == "" || !envValid(key, true) || !envValid(value, false) {
		return NewSyscallError("setenv", errno.EINVAL)
	}
	envMu.Lock()
	defer envMu.Unlock()
	loadEnv()
	kv := key + "=" + value
	if i, ok := envIndex[key]; ok {
		envList[i] = kv
	} else {
		envIndex[key] = len(envList)
		envList = append(envList, kv)
	}
	return nil
}

// envValid reports whether s has no NUL byte (and, for a key, no '=').
func envValid(s string, key bool) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 || key && s[i] == '=' {
			return false
		}
	}
	return true
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	envMu.Lock()
	defer envMu.Unlock()
	loadEnv()
	if i, ok := envIndex[key]; ok {
		envList[i] = ""
		delete(envIndex, key)
	}
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	envMu.Lock()
	defer envMu.Unlock()
	envReady = true
	envList = nil
	envIndex = map[string]int{}
}

// Environ returns a copy of strings representing the environment, in the
// form "key=value".
func Environ() []string {
	envReadLock()
	defer envMu.RUnlock()
	out := make([]string, 0, len(envList))
	for _, kv := range envList {
		if kv != "" {
			out = append(out, kv)
		}
	}
	return out
}

// ExpandEnv replaces ${var} or $var in the string according to the values
// of the current environment variables. References to undefined variables
// are replaced by the empty string.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} or $var in the string based on the mapping
// function. For example, os.ExpandEnv(s) is equivalent to os.Expand(s,
// os.Getenv).
func Expand(s string, mapping func(string) string) string {
	var out []byte
	copied := 0 // s[:copied] is in out already
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '$' {
			continue
		}
		name, width := shellName(s[i+1:])
		if name == "" && width == 0 {
			continue // a lone '$' stays as it is
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		out = append(out, s[copied:i]...)
		if name != "" {
			out = append(out, mapping(name)...)
		}
		i += width
		copied = i + 1
	}
	if out == nil {
		return s
	}
	return string(append(out, s[copied:]...))
}

// shellName reads the variable name after a '$': "{name}", a special
// one-character name, or a run of letters, digits and underscores. A
// malformed "${...}" yields an empty name with the width to drop.
func shellName(s string) (name string, width int) {
	if s[0] == '{' {
		if len(s) > 2 && shellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no closing brace: drop the '{'
	}
	if shellSpecial(s[0]) {
		return s[:1], 1
	}
	n := 0
	for n < len(s) && (s[n] == '_' || '0' <= s[n] && s[n] <= '9' || 'a' <= s[n] && s[n] <= 'z' || 'A' <= s[n] && s[n] <= 'Z') {
		n++
	}
	return s[:n], n
}

func shellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}
