//===- runtime/map.cpp - Go maps ------------------------------------------===//
//
// This file implements Go's map type: make, lookup, assignment, deletion
// and iteration, for any comparable key type, driven by the map's type
// descriptor (kind Map, key and elem).
//
// Design. Go's runtime uses buckets of 8 slots with incremental evacuation.
// golite uses a simpler layout with the same observable semantics:
//   - An entry array, filled in insertion order: each entry is
//     {hash, state, key, elem}; a deleted entry keeps its slot (state
//     Deleted) until the next rebuild.
//   - An index: an open-addressed table (linear probing, load <= 1/2) of
//     entry numbers + 1 (0 = empty). Index slots are never cleared: a
//     deleted entry acts as the tombstone.
//   - When the entry array is full it is rebuilt at max(8, 2*count)
//     rounded to a power of two: live entries are copied to a fresh array
//     (so deletions are compacted) and the index is rebuilt.
// The map header's first field is the live count, so len(m) is one load.
//
// Iteration. Each `range` picks a random start position and a random odd
// stride, and visits the positions start + i*stride (mod capacity), a
// random permutation of the entry array: iteration order differs from run
// to run and from loop to loop, as in Go. The guarantees:
//   - every entry present for the whole loop is produced exactly once;
//   - an entry deleted before it is reached is not produced (its state is
//     Deleted);
//   - an entry added during the loop may or may not be produced.
// If the map is rebuilt during the loop, the iterator keeps walking the old
// array (which it keeps alive), and for each old entry looks the key up in
// the current table: deleted keys are skipped, and the current key/elem
// slots are produced. Keys that are not equal to themselves (NaN) cannot be
// looked up and cannot have been deleted; the old entry is produced, as Go
// does.
//
// Other invariants:
//  - NaN keys: hashing a NaN is random and NaN != NaN, so each assignment
//    inserts a new entry and no lookup or delete finds one.
//  - mapaccess1/2 return a pointer to a zero value when the key is absent;
//    callers only read through it. Values up to 1 KiB share one static zero
//    area; larger ones get a zero block per map.
//  - Lookups on nil maps behave as on empty maps, but still hash the key
//    when the key type can panic (interfaces), so m[[]int{}] panics
//    everywhere. Assignment to a nil map panics "assignment to entry in nil
//    map".
//  - Assigning to an existing key also stores the new key (+0 vs -0, string
//    data), like Go's needkeyupdate.
//  - Memory: the header and the arrays come from gc/; the entry array is
//    scanned iff the key or elem type has pointers, the index never.
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"

using namespace golite;
using namespace golite::rt;

namespace {

constexpr uint64_t stateLive = 1, stateDeleted = 2; // 0: never used
constexpr size_t zeroValSize = 1024;
alignas(16) const uint8_t zeroVal[zeroValSize] = {};

struct EntryHeader {
  uint64_t hash;
  uint64_t state;
};

struct HMap {
  GoInt count; // must be first: len(m)
  const TypeDesc *mapType;
  uint8_t *entries;
  uint32_t *index;
  uint64_t cap;       // entry capacity (power of 2, >= 8) or 0
  uint64_t used;      // entries appended since the last rebuild
  uint64_t indexMask; // index size - 1
  uint64_t seed;
  uint64_t keyOff, elemOff, entrySize;
  void *zero; // zero elem for large elems
};
static_assert(offsetof(HMap, count) == 0);

const TypeDesc hmapType = {sizeof(HMap), sizeof(HMap), 0, 0, 8, 8, abi::KindStruct, nullptr,
                           "runtime.hmap", "runtime", nullptr, nullptr, 0, nullptr, 0, nullptr, 0};
// Stand-ins telling gc/ whether an array may hold pointers.
const TypeDesc scannedArray = {8, 8, 0, 0, 8, 8, abi::KindArray, nullptr,
                               "runtime.scanned", "runtime", nullptr, nullptr, 0, nullptr, 0,
                               nullptr, 0};

/// The iterator's view of abi::MapIter.
struct Iter {
  void *key;
  void *elem;
  HMap *h;
  const TypeDesc *t;
  uint8_t *entries; // the array being walked
  uint64_t cap;
  uint64_t start;
  uint64_t stride;
  uint64_t i; // positions visited
};
static_assert(sizeof(Iter) <= sizeof(abi::MapIter));
static_assert(offsetof(Iter, key) == offsetof(abi::MapIter, key));
static_assert(offsetof(Iter, elem) == offsetof(abi::MapIter, elem));

inline uint64_t alignUp(uint64_t n, uint64_t a) { return (n + a - 1) & ~(a - 1); }

inline EntryHeader *entryAt(uint8_t *entries, uint64_t entrySize, uint64_t i) {
  return reinterpret_cast<EntryHeader *>(entries + i * entrySize);
}

inline const TypeDesc *keyType(const HMap *h) { return h->mapType->key; }
inline const TypeDesc *elemType(const HMap *h) { return h->mapType->elem; }

bool hashMightPanic(const TypeDesc *k) {
  switch (kindOf(k)) {
  case abi::KindInterface:
    return true;
  case abi::KindArray:
    return hashMightPanic(k->elem);
  case abi::KindStruct: {
    auto *fs = static_cast<const abi::StructField *>(k->fields);
    for (uintptr_t i = 0; i < k->nfields; i++)
      if (hashMightPanic(fs[i].type))
        return true;
    return false;
  }
  default:
    return false;
  }
}

inline bool keyEqual(const TypeDesc *kt, const void *a, const void *b) {
  if (kt->tflag & abi::TFlagRegularMemory) {
    if (kt->size == 8)
      return *static_cast<const uint64_t *>(a) == *static_cast<const uint64_t *>(b);
    return memcmp(a, b, kt->size) == 0;
  }
  return typeequal(kt, a, b);
}

void allocTables(HMap *h, uint64_t cap) {
  const TypeDesc *mt = h->mapType;
  bool scan = mt->key->ptrdata != 0 || mt->elem->ptrdata != 0;
  h->entries = static_cast<uint8_t *>(gc::alloc(cap * h->entrySize, scan ? &scannedArray : nullptr));
  h->index = static_cast<uint32_t *>(gc::alloc(cap * 2 * sizeof(uint32_t), nullptr));
  h->cap = cap;
  h->used = 0;
  h->indexMask = cap * 2 - 1;
}

void indexInsert(HMap *h, uint64_t hash, uint32_t entryNo) {
  for (uint64_t i = hash & h->indexMask;; i = (i + 1) & h->indexMask) {
    if (h->index[i] == 0) {
      h->index[i] = entryNo + 1;
      return;
    }
  }
}

uint64_t capFor(uint64_t n) {
  uint64_t c = 8;
  while (c < n)
    c *= 2;
  return c;
}

void rebuild(HMap *h) {
  uint8_t *oldEntries = h->entries;
  uint64_t oldUsed = h->used;
  uint64_t newCap = capFor(uint64_t(h->count) * 2);
  if (newCap > (uint64_t(1) << 31))
    fatal("map too large");
  allocTables(h, newCap);
  for (uint64_t i = 0; i < oldUsed; i++) {
    EntryHeader *o = entryAt(oldEntries, h->entrySize, i);
    if (o->state != stateLive)
      continue;
    uint64_t j = h->used++;
    memcpy(entryAt(h->entries, h->entrySize, j), o, h->entrySize);
    indexInsert(h, o->hash, uint32_t(j));
  }
}

/// Finds the live entry for key; null if absent.
EntryHeader *find(HMap *h, const void *key, uint64_t hash) {
  if (!h->cap)
    return nullptr;
  const TypeDesc *kt = keyType(h);
  for (uint64_t i = hash & h->indexMask;; i = (i + 1) & h->indexMask) {
    uint32_t slot = h->index[i];
    if (slot == 0)
      return nullptr;
    EntryHeader *e = entryAt(h->entries, h->entrySize, slot - 1);
    if (e->hash == hash && e->state == stateLive &&
        keyEqual(kt, reinterpret_cast<uint8_t *>(e) + h->keyOff, key))
      return e;
  }
}

inline uint64_t hashKey(HMap *h, const void *key) { return typehash(keyType(h), key, h->seed); }

void *zeroFor(HMap *h) {
  if (elemType(h)->size <= zeroValSize)
    return const_cast<uint8_t *>(zeroVal);
  if (!h->zero)
    h->zero = gc::alloc(elemType(h)->size, nullptr);
  return h->zero;
}

void *zeroForType(const TypeDesc *mt) {
  if (mt->elem->size <= zeroValSize)
    return const_cast<uint8_t *>(zeroVal);
  // A nil map of a huge element type: a fresh zero block per lookup.
  return gc::alloc(mt->elem->size, nullptr);
}

/// Walks the iterator to the next entry to produce, or sets key = null.
void iterAdvance(Iter *it) {
  HMap *h = it->h;
  uint64_t entrySize = h->entrySize;
  while (it->i < it->cap) {
    uint64_t pos = (it->start + it->i * it->stride) & (it->cap - 1);
    it->i++;
    EntryHeader *e = entryAt(it->entries, entrySize, pos);
    if (e->state != stateLive)
      continue;
    uint8_t *k = reinterpret_cast<uint8_t *>(e) + h->keyOff;
    if (it->entries == h->entries) {
      it->key = k;
      it->elem = reinterpret_cast<uint8_t *>(e) + h->elemOff;
      return;
    }
    // The map was rebuilt since the loop started: consult the live table.
    const TypeDesc *kt = keyType(h);
    if (!keyEqual(kt, k, k)) {
      // NaN-like key: never deleted or updated; produce it as it was.
      it->key = k;
      it->elem = reinterpret_cast<uint8_t *>(e) + h->elemOff;
      return;
    }
    EntryHeader *cur = find(h, k, hashKey(h, k));
    if (!cur)
      continue; // deleted during the loop
    it->key = reinterpret_cast<uint8_t *>(cur) + h->keyOff;
    it->elem = reinterpret_cast<uint8_t *>(cur) + h->elemOff;
    return;
  }
  it->key = nullptr;
  it->elem = nullptr;
}

} // namespace

extern "C" {

void *rt_makemap(void *mapType, int64_t hint) {
  auto *mt = static_cast<const TypeDesc *>(mapType);
  auto *h = static_cast<HMap *>(gc::alloc(sizeof(HMap), &hmapType));
  h->mapType = mt;
  h->seed = fastrand64();
  const TypeDesc *kt = mt->key, *et = mt->elem;
  uint64_t ka = kt->align ? kt->align : 1, ea = et->align ? et->align : 1;
  h->keyOff = alignUp(sizeof(EntryHeader), ka);
  h->elemOff = alignUp(h->keyOff + kt->size, ea);
  h->entrySize = alignUp(h->elemOff + et->size, 8);
  if (hint > 8 && uint64_t(hint) * h->entrySize <= maxAlloc && hint <= (int64_t(1) << 30))
    allocTables(h, capFor(uint64_t(hint)));
  return h;
}

void *rt_mapaccess1(void *mapType, void *m, void *key) {
  auto *h = static_cast<HMap *>(m);
  if (!h || h->count == 0) {
    auto *mt = static_cast<const TypeDesc *>(mapType);
    if (hashMightPanic(mt->key))
      typehash(mt->key, key, 0);
    return h ? zeroFor(h) : zeroForType(mt);
  }
  EntryHeader *e = find(h, key, hashKey(h, key));
  if (!e)
    return zeroFor(h);
  return reinterpret_cast<uint8_t *>(e) + h->elemOff;
}

void *rt_mapaccess2(void *mapType, void *m, void *key, void *ok) {
  auto *h = static_cast<HMap *>(m);
  auto *okp = static_cast<bool *>(ok);
  if (!h || h->count == 0) {
    auto *mt = static_cast<const TypeDesc *>(mapType);
    if (hashMightPanic(mt->key))
      typehash(mt->key, key, 0);
    *okp = false;
    return h ? zeroFor(h) : zeroForType(mt);
  }
  EntryHeader *e = find(h, key, hashKey(h, key));
  if (!e) {
    *okp = false;
    return zeroFor(h);
  }
  *okp = true;
  return reinterpret_cast<uint8_t *>(e) + h->elemOff;
}

void *rt_mapassign(void *mapType, void *m, void *key) {
  auto *h = static_cast<HMap *>(m);
  if (!h)
    rt_panicnilmap();
  const TypeDesc *kt = keyType(h);
  uint64_t hash = hashKey(h, key);
  if (EntryHeader *e = find(h, key, hash)) {
    memcpy(reinterpret_cast<uint8_t *>(e) + h->keyOff, key, kt->size);
    return reinterpret_cast<uint8_t *>(e) + h->elemOff;
  }
  if (h->used == h->cap) {
    if (h->cap == 0)
      allocTables(h, 8);
    else
      rebuild(h);
  }
  uint64_t j = h->used++;
  EntryHeader *e = entryAt(h->entries, h->entrySize, j);
  e->hash = hash;
  e->state = stateLive;
  memcpy(reinterpret_cast<uint8_t *>(e) + h->keyOff, key, kt->size);
  indexInsert(h, hash, uint32_t(j));
  h->count++;
  return reinterpret_cast<uint8_t *>(e) + h->elemOff;
}

void rt_mapdelete(void *mapType, void *m, void *key) {
  auto *h = static_cast<HMap *>(m);
  if (!h || h->count == 0) {
    auto *mt = static_cast<const TypeDesc *>(mapType);
    if (hashMightPanic(mt->key))
      typehash(mt->key, key, 0);
    return;
  }
  EntryHeader *e = find(h, key, hashKey(h, key));
  if (!e)
    return;
  e->state = stateDeleted;
  // Drop references so the collector can free what the entry pointed to.
  memset(reinterpret_cast<uint8_t *>(e) + h->keyOff, 0, h->entrySize - h->keyOff);
  h->count--;
}

void rt_mapiterinit(void *mapType, void *m, void *iter) {
  auto *it = static_cast<Iter *>(iter);
  memset(iter, 0, sizeof(abi::MapIter));
  auto *h = static_cast<HMap *>(m);
  it->t = static_cast<const TypeDesc *>(mapType);
  if (!h || h->count == 0)
    return;
  it->h = h;
  it->entries = h->entries;
  it->cap = h->cap;
  uint64_t r = fastrand64();
  it->start = r & (h->cap - 1);
  it->stride = (r >> 32) | 1; // odd: a permutation of a power-of-two range
  it->i = 0;
  iterAdvance(it);
}

void rt_mapiternext(void *iter) {
  auto *it = static_cast<Iter *>(iter);
  if (!it->h) {
    it->key = it->elem = nullptr;
    return;
  }
  iterAdvance(it);
}

} // extern "C"
