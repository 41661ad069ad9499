// Command wordfreq counts the words of a text and prints the most frequent
// ones, the way a first Go program often does: bufio.Scanner splits the input
// into words, a map counts them, and sort orders the result.
//
// Usage: wordfreq [-n N] [file...]   (standard input when no file is given)
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
)

type entry struct {
	word  string
	count int
}

// normalize lowercases w and strips the punctuation around it; it returns ""
// for tokens with no letter or digit.
func normalize(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.ToLower(w)
}

func count(r io.Reader, counts map[string]int) (words int, err error) {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		if w := normalize(sc.Text()); w != "" {
			counts[w]++
			words++
		}
	}
	return words, sc.Err()
}

func main() {
	top := flag.Int("n", 10, "how many words to print")
	flag.Parse()

	counts := make(map[string]int)
	total := 0
	if flag.NArg() == 0 {
		n, err := count(os.Stdin, counts)
		if err != nil {
			fmt.Fprintln(os.Stderr, "wordfreq:", err)
			os.Exit(1)
		}
		total += n
	}
	for _, name := range flag.Args() {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "wordfreq:", err)
			os.Exit(1)
		}
		n, err := count(f, counts)
		f.Close()
		if err != nil {
			fmt.Fprintln(os.Stderr, "wordfreq:", err)
			os.Exit(1)
		}
		total += n
	}

	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})

	fmt.Printf("%d words, %d distinct\n", total, len(entries))
	longest := 0
	for i, e := range entries {
		if i == *top {
			break
		}
		if len(e.word) > longest {
			longest = len(e.word)
		}
	}
	for i, e := range entries {
		if i == *top {
			break
		}
		share := 100 * float64(e.count) / float64(total)
		fmt.Printf("%3d. %-*s %4d %6.2f%%\n", i+1, longest, e.word, e.count, share)
	}
}
