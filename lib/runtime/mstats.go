// Memory statistics: MemStats, ReadMemStats and MemProfileRate, with the
// fields of Go 1.19. golite's collector (runtime/gc: Boehm GC today)
// supplies the heap figures; fields it has no counterpart for stay zero.

package runtime

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile. golite has no memory
// profiler: the variable exists so that programs setting it build.
var MemProfileRate int = 512 * 1024

// A MemStats records statistics about the memory allocator.
type MemStats struct {
	// General statistics.
	Alloc      uint64
	TotalAlloc uint64
	Sys        uint64
	Lookups    uint64
	Mallocs    uint64
	Frees      uint64

	// Heap memory statistics.
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	// Stack memory statistics.
	StackInuse uint64
	StackSys   uint64

	// Off-heap memory statistics.
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	// Garbage collector statistics.
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	// BySize reports per-size class allocation statistics.
	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// gcStats fills s with heapSys, heapFree, heapReleased, totalAlloc, numGC
// (runtime/atomic.cpp).
func gcStats(s *[5]uint64)

// stopTheWorld stops every other goroutine at a safe point and
// startTheWorld lets them run again (runtime/proc.cpp); ReadMemStats reads
// the statistics in between, as Go does, so that they are consistent.
func stopTheWorld(reason string)
func startTheWorld()

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	var s [5]uint64
	stopTheWorld("read mem stats")
	gcStats(&s)
	startTheWorld()
	heapSys, heapFree, released := s[0], s[1], s[2]
	*m = MemStats{}
	m.HeapSys = heapSys + released
	m.HeapIdle = heapFree + released
	m.HeapReleased = released
	m.HeapInuse = heapSys - heapFree
	m.HeapAlloc = m.HeapInuse
	m.Alloc = m.HeapAlloc
	m.TotalAlloc = s[3]
	m.Sys = m.HeapSys
	m.NumGC = uint32(s[4])
	m.NextGC = m.HeapSys
	m.EnableGC = true
}
