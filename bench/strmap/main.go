// Benchmark strmap: string processing and maps, the bread and butter of
// text-handling Go programs. Each round builds a synthetic log of N lines
// with strings.Builder, splits it into lines and fields, normalizes words
// (ToLower, TrimFunc, Replace), counts them in a map[string]int, joins keys,
// and looks up, deletes and re-inserts map entries.
//
// Usage: strmap N   (prints a checksum so the work cannot be optimized away)
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

var words = []string{"Alpha", "beta", "GAMMA", "delta", "epsilon", "zeta", "eta", "theta",
	"iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma",
	"tau", "upsilon", "phi", "chi", "psi", "omega"}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var b strings.Builder
	seed := uint32(12345)
	for i := 0; i < n; i++ {
		seed = seed*1664525 + 1013904223
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(i))
		b.WriteString(": ")
		for k := 0; k < 6; k++ {
			seed = seed*1664525 + 1013904223
			w := words[(seed>>8)%uint32(len(words))]
			if seed&1 == 0 {
				w = "(" + w + "),"
			}
			b.WriteString(w)
			b.WriteByte(' ')
		}
		b.WriteByte('\n')
	}
	text := b.String()

	counts := make(map[string]int)
	byLen := make(map[int][]string)
	lines := strings.Split(text, "\n")
	sum := 0
	for _, line := range lines {
		if line == "" {
			continue
		}
		_, rest, ok := strings.Cut(line, ": ")
		if !ok {
			continue
		}
		for _, f := range strings.Fields(rest) {
			w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
			w = strings.Replace(w, "a", "4", -1)
			counts[w]++
			if counts[w] == 1 {
				byLen[len(w)] = append(byLen[len(w)], w)
			}
			if strings.HasPrefix(w, "om") || strings.Contains(w, "pp") {
				sum++
			}
		}
		sum += strings.Index(line, "psi") + strings.Count(line, "e")
	}

	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	joined := strings.Join(keys, ",")
	sum += len(joined) + strings.LastIndex(joined, "th")

	// Map churn: numeric string keys.
	m := make(map[string]int)
	for i := 0; i < n; i++ {
		m["k"+strconv.Itoa(i%5000)] += i
	}
	for i := 0; i < n; i += 3 {
		delete(m, "k"+strconv.Itoa(i%5000))
	}
	for k, v := range m {
		sum += len(k) + v%7
	}
	for _, k := range keys {
		sum += counts[k] * len(byLen[len(k)])
	}
	os.Stdout.WriteString("strmap " + strconv.Itoa(len(counts)) + " " + strconv.Itoa(sum) + "\n")
}
