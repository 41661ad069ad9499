// Command workerpool runs jobs on a fixed pool of workers under a deadline.
// Each job reports its result or the reason it did not finish: the pool's
// context times out, and a job can also be cancelled on its own. Results are
// printed in job order once every worker has stopped.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type job struct {
	id   int
	cost time.Duration // simulated work
	n    int
}

type result struct {
	id     int
	value  int
	err    error
	worker int
}

var errNegative = errors.New("negative input")

// collatz counts the steps of n's Collatz sequence, checking for
// cancellation between slices of simulated work.
func collatz(ctx context.Context, j job) (int, error) {
	if j.n < 0 {
		return 0, fmt.Errorf("job %d: %w", j.id, errNegative)
	}
	select {
	case <-time.After(j.cost):
	case <-ctx.Done():
		return 0, fmt.Errorf("job %d: %w", j.id, ctx.Err())
	}
	steps := 0
	for n := j.n; n != 1 && n != 0; steps++ {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	return steps, nil
}

func worker(ctx context.Context, id int, jobs <-chan job, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		jctx := ctx
		var cancel context.CancelFunc
		if j.id%7 == 6 {
			// Every seventh job is cancelled by its submitter.
			jctx, cancel = context.WithCancel(ctx)
			cancel()
		}
		v, err := collatz(jctx, j)
		if cancel != nil {
			cancel()
		}
		out <- result{id: j.id, value: v, err: err, worker: id}
	}
}

func main() {
	const workers = 4
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()

	var jobs []job
	for i := 0; i < 20; i++ {
		cost := time.Millisecond
		if i >= 16 {
			cost = 5 * time.Second // these cannot finish before the deadline
		}
		n := 27 + i*11
		if i == 3 {
			n = -1
		}
		jobs = append(jobs, job{id: i, cost: cost, n: n})
	}

	in := make(chan job)
	out := make(chan result, len(jobs))
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go worker(ctx, w, in, out, &wg)
	}
	go func() {
		for _, j := range jobs {
			in <- j
		}
		close(in)
	}()
	wg.Wait()
	close(out)

	var results []result
	for r := range out {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].id < results[j].id })

	var done, timedOut, cancelled, failed int
	for _, r := range results {
		switch {
		case r.err == nil:
			done++
			fmt.Printf("job %2d: %3d steps\n", r.id, r.value)
		case errors.Is(r.err, context.DeadlineExceeded):
			timedOut++
			fmt.Printf("job %2d: %v\n", r.id, r.err)
		case errors.Is(r.err, context.Canceled):
			cancelled++
			fmt.Printf("job %2d: %v\n", r.id, r.err)
		default:
			failed++
			fmt.Printf("job %2d: error: %v\n", r.id, r.err)
		}
	}
	fmt.Printf("%d done, %d timed out, %d cancelled, %d failed\n", done, timedOut, cancelled, failed)
	fmt.Println("pool context:", ctx.Err())
}
