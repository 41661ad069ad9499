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
// Lookups compare the stored 64-bit hash and the state before the key.
//
// Entry points: the generic ones take the key by pointer and hash/compare
// through its type descriptor; the _faststr (string keys, passed as data
// and length) and _fast64 (8-byte plain-memory keys, passed as a word)
// ones, which the compiler calls for those key types, inline the hash
// (runtime/hash.h, the same function typehash uses, so all entry points
// share the tables) and the comparison.
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
#include "runtime/hash.h"
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
  if (kindOf(kt) == abi::KindString) {
    auto *x = static_cast<const GoString *>(a), *y = static_cast<const GoString *>(b);
    return x->len == y->len && hashimpl::strEqual(x->data, y->data, size_t(x->len));
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

/// Every entry's key starts right after its header (keys are at most
/// 8-aligned on our targets; makemap checks).
constexpr uint64_t keyOffset = sizeof(EntryHeader);

/// Finds the live entry whose hash is `hash` and whose key satisfies
/// eq(key address); null if absent. Inlined into each entry point with its
/// own comparison, so the fast paths make no call.
template <class Eq>
inline EntryHeader *findWith(HMap *h, uint64_t hash, Eq eq) {
  if (!h->cap)
    return nullptr;
  const uint32_t *index = h->index;
  uint8_t *entries = h->entries;
  uint64_t mask = h->indexMask, entrySize = h->entrySize;
  for (uint64_t i = hash & mask;; i = (i + 1) & mask) {
    uint32_t slot = index[i];
    if (slot == 0)
      return nullptr;
    EntryHeader *e = entryAt(entries, entrySize, slot - 1);
    if (e->hash == hash && e->state == stateLive && eq(reinterpret_cast<uint8_t *>(e) + keyOffset))
      return e;
  }
}

/// Finds the live entry for key; null if absent.
EntryHeader *find(HMap *h, const void *key, uint64_t hash) {
  const TypeDesc *kt = keyType(h);
  return findWith(h, hash, [&](const uint8_t *k) { return keyEqual(kt, k, key); });
}

/// Appends a new live entry with this hash (growing the tables first if
/// they are full) and indexes it; the caller stores the key.
EntryHeader *insertNew(HMap *h, uint64_t hash) {
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
  indexInsert(h, hash, uint32_t(j));
  h->count++;
  return e;
}

/// Marks e deleted and drops its references so the collector can free what
/// the entry pointed to.
inline void removeEntry(HMap *h, EntryHeader *e) {
  e->state = stateDeleted;
  memset(reinterpret_cast<uint8_t *>(e) + keyOffset, 0, h->entrySize - keyOffset);
  h->count--;
}

inline void *elemOf(HMap *h, EntryHeader *e) { return reinterpret_cast<uint8_t *>(e) + h->elemOff; }

/// String keys: the key is a GoString {data, len}.
inline EntryHeader *findStr(HMap *h, const uint8_t *data, uint64_t len, uint64_t hash) {
  return findWith(h, hash, [&](const uint8_t *k) {
    auto *ks = reinterpret_cast<const GoString *>(k);
    return uint64_t(ks->len) == len && hashimpl::strEqual(ks->data, data, len);
  });
}

/// 8-byte plain-memory keys.
inline EntryHeader *find64(HMap *h, uint64_t key, uint64_t hash) {
  return findWith(h, hash, [&](const uint8_t *k) {
    uint64_t v;
    memcpy(&v, k, 8);
    return v == key;
  });
}

inline uint64_t hashKey(HMap *h, const void *key) { return typehash(keyType(h), key, h->seed); }
inline uint64_t hashStr(HMap *h, const void *data, uint64_t len) {
  return hashimpl::memhash(data, h->seed, len);
}
inline uint64_t hash64(HMap *h, uint64_t key) { return hashimpl::memhash64(key, h->seed); }

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
  if (h->keyOff != keyOffset)
    fatal("map key alignment above 8");
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
  EntryHeader *e = find(h, key, hash);
  if (!e)
    e = insertNew(h, hash);
  memcpy(reinterpret_cast<uint8_t *>(e) + keyOffset, key, kt->size);
  return elemOf(h, e);
}

void rt_mapdelete(void *mapType, void *m, void *key) {
  auto *h = static_cast<HMap *>(m);
  if (!h || h->count == 0) {
    auto *mt = static_cast<const TypeDesc *>(mapType);
    if (hashMightPanic(mt->key))
      typehash(mt->key, key, 0);
    return;
  }
  if (EntryHeader *e = find(h, key, hashKey(h, key)))
    removeEntry(h, e);
}

// --- string keys ---------------------------------------------------------

void *rt_mapaccess1_faststr(void *mapType, void *m, void *kdata, int64_t klen) {
  auto *h = static_cast<HMap *>(m);
  if (!h || h->count == 0)
    return h ? zeroFor(h) : zeroForType(static_cast<const TypeDesc *>(mapType));
  auto *d = static_cast<const uint8_t *>(kdata);
  EntryHeader *e = findStr(h, d, uint64_t(klen), hashStr(h, d, uint64_t(klen)));
  return e ? elemOf(h, e) : zeroFor(h);
}

void *rt_mapaccess2_faststr(void *mapType, void *m, void *kdata, int64_t klen, void *ok) {
  auto *h = static_cast<HMap *>(m);
  EntryHeader *e = nullptr;
  if (h && h->count != 0) {
    auto *d = static_cast<const uint8_t *>(kdata);
    e = findStr(h, d, uint64_t(klen), hashStr(h, d, uint64_t(klen)));
  }
  *static_cast<bool *>(ok) = e != nullptr;
  if (e)
    return elemOf(h, e);
  return h ? zeroFor(h) : zeroForType(static_cast<const TypeDesc *>(mapType));
}

void *rt_mapassign_faststr(void *mapType, void *m, void *kdata, int64_t klen) {
  auto *h = static_cast<HMap *>(m);
  if (!h)
    rt_panicnilmap();
  auto *d = static_cast<const uint8_t *>(kdata);
  uint64_t hash = hashStr(h, d, uint64_t(klen));
  EntryHeader *e = findStr(h, d, uint64_t(klen), hash);
  if (!e)
    e = insertNew(h, hash);
  // Store the key even when it was present: the old key's bytes may then
  // be collected (Go does the same).
  auto *ks = reinterpret_cast<GoString *>(reinterpret_cast<uint8_t *>(e) + keyOffset);
  ks->data = d;
  ks->len = klen;
  return elemOf(h, e);
}

void rt_mapdelete_faststr(void *mapType, void *m, void *kdata, int64_t klen) {
  auto *h = static_cast<HMap *>(m);
  if (!h || h->count == 0)
    return;
  auto *d = static_cast<const uint8_t *>(kdata);
  if (EntryHeader *e = findStr(h, d, uint64_t(klen), hashStr(h, d, uint64_t(klen))))
    removeEntry(h, e);
}

// --- 8-byte plain-memory keys --------------------------------------------

void *rt_mapaccess1_fast64(void *mapType, void *m, int64_t key) {
  auto *h = static_cast<HMap *>(m);
  if (!h || h->count == 0)
    return h ? zeroFor(h) : zeroForType(static_cast<const TypeDesc *>(mapType));
  EntryHeader *e = find64(h, uint64_t(key), hash64(h, uint64_t(key)));
  return e ? elemOf(h, e) : zeroFor(h);
}

void *rt_mapaccess2_fast64(void *mapType, void *m, int64_t key, void *ok) {
  auto *h = static_cast<HMap *>(m);
  EntryHeader *e = nullptr;
  if (h && h->count != 0)
    e = find64(h, uint64_t(key), hash64(h, uint64_t(key)));
  *static_cast<bool *>(ok) = e != nullptr;
  if (e)
    return elemOf(h, e);
  return h ? zeroFor(h) : zeroForType(static_cast<const TypeDesc *>(mapType));
}

void *rt_mapassign_fast64(void *mapType, void *m, int64_t key) {
  auto *h = static_cast<HMap *>(m);
  if (!h)
    rt_panicnilmap();
  uint64_t hash = hash64(h, uint64_t(key));
  EntryHeader *e = find64(h, uint64_t(key), hash);
  if (!e) {
    e = insertNew(h, hash);
    memcpy(reinterpret_cast<uint8_t *>(e) + keyOffset, &key, 8);
  }
  return elemOf(h, e);
}

void rt_mapdelete_fast64(void *mapType, void *m, int64_t key) {
  auto *h = static_cast<HMap *>(m);
  if (!h || h->count == 0)
    return;
  if (EntryHeader *e = find64(h, uint64_t(key), hash64(h, uint64_t(key))))
    removeEntry(h, e);
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
