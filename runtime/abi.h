//===- runtime/abi.h - Layouts shared by compiler and runtime --*- C++ -*-===//
//
// Known to the compiler: every layout in this file is also built by
// codegen/ (codegen/abi.cpp builds the matching LLVM types and constants).
// Keep the two in sync; the static_asserts below pin the sizes and offsets
// on both 64-bit targets (linux/amd64, linux/arm64).
//
// This header is plain C++ with no runtime dependencies so that the
// compiler can include it too (for offsetof values and kind numbers).
//
//===----------------------------------------------------------------------===//
#pragma once

#include <cstddef>
#include <cstdint>

namespace golite::abi {

using GoInt = int64_t;
using GoUint = uint64_t;

/// string: {data, len}. Immutable; data may be null when len == 0.
struct GoString {
  const uint8_t *data;
  GoInt len;
};

/// []T: {data, len, cap}.
struct GoSlice {
  void *data;
  GoInt len;
  GoInt cap;
};

struct TypeDesc;
struct Itab;

/// interface{} (an interface with no methods).
struct Eface {
  const TypeDesc *type; // null for a nil interface
  void *data;           // the value itself for direct kinds, else a pointer
                        // to a heap copy
};

/// An interface with methods.
struct Iface {
  const Itab *tab; // null for a nil interface
  void *data;
};

/// A func value points at a closure object: its first word is the code
/// pointer; captured variables follow. A Go function is called as
///   fn(closure_ctx, args...)
/// where closure_ctx is the func value itself (null for direct calls of
/// top-level functions and methods).
struct Closure {
  void *fn;
};

/// Go's reflect.Kind numbering.
enum Kind : uint8_t {
  KindInvalid = 0,
  KindBool,
  KindInt,
  KindInt8,
  KindInt16,
  KindInt32,
  KindInt64,
  KindUint,
  KindUint8,
  KindUint16,
  KindUint32,
  KindUint64,
  KindUintptr,
  KindFloat32,
  KindFloat64,
  KindComplex64,
  KindComplex128,
  KindArray,
  KindChan,
  KindFunc,
  KindInterface,
  KindMap,
  KindPointer,
  KindSlice,
  KindString,
  KindStruct,
  KindUnsafePointer,
  KindMask = 0x1f,
  /// The interface data word holds the value itself (pointer-shaped types:
  /// pointers, maps, chans, funcs, unsafe.Pointer).
  KindDirectIface = 1 << 5,
};

enum TFlag : uint8_t {
  TFlagNamed = 1 << 0,      // a defined (named) type
  TFlagComparable = 1 << 1, // == is defined (may still panic for interfaces)
  TFlagRegularMemory = 1 << 2, // equality and hashing are plain memory ops
};

struct StructField {
  const char *name; // NUL-terminated; "" never (embedded fields use the type name)
  const TypeDesc *type;
  uintptr_t offset;
  uintptr_t embedded; // 1 if embedded
};

struct Method {
  /// Method name; unexported names are qualified "pkgpath.name" so that
  /// names from different packages never match.
  const char *name;
  const TypeDesc *mtype; // the method's signature type, without receiver
  /// Code pointer called through interfaces: fn(ctx, recvword, args...),
  /// where recvword is the interface data word (for indirect kinds a
  /// pointer to the value: the compiler emits a wrapper that loads it).
  void *ifn;
};

struct IMethod {
  const char *name; // qualified like Method::name
  const TypeDesc *type;
};

/// A type descriptor. One per distinct type in the program: the compiler
/// emits them as linkonce_odr globals named "type:<type string>" so the
/// linker merges duplicates and pointer equality is type identity.
struct TypeDesc {
  uintptr_t size;
  uintptr_t ptrdata; // prefix of the value that may hold pointers (0: noscan)
  uint32_t hash;     // FNV-1a of the type string, for type switches/maps
  uint8_t tflag;
  uint8_t align;
  uint8_t fieldAlign;
  uint8_t kind; // Kind, possibly | KindDirectIface
  /// Pointer bitmap: bit i (LSB-first, byte-wise) set if word i of the value
  /// holds a pointer; covers ptrdata/8 bits. Null iff ptrdata == 0.
  const uint8_t *gcdata;
  const char *str;     // type string as Go prints it: "main.T", "[]int", "*main.T"
  const char *pkgPath; // for named types, e.g. "main"; else null
  const TypeDesc *elem; // Array, Chan, Map (value), Pointer, Slice
  const TypeDesc *key;  // Map
  uintptr_t len;        // Array length; Chan direction (1 recv, 2 send, 3 both)
  const void *fields;   // Struct: StructField[]; Func: TypeDesc*[] (params then
                        // results); Interface: IMethod[] (sorted by name)
  uintptr_t nfields;    // Struct: fields; Func: params | results<<16 |
                        // variadic<<31; Interface: methods
  const Method *methods; // methods of the type (value receivers only for T,
                         // value and pointer receivers for *T), sorted by name
  uintptr_t nmethods;
};

/// Interface method table: the compiler emits static ones
/// ("itab:<concrete>,<interface>", linkonce_odr) for conversions it sees;
/// the runtime builds the rest in runtime.getitab.
struct Itab {
  const TypeDesc *inter;
  const TypeDesc *type;
  uint32_t hash; // copy of type->hash
  uint32_t unused;
  void *fun[1]; // variable length: one per interface method, in
                // IMethod order; fun[0] == 0 means "type does not implement"
};

/// Defer records are managed by the runtime (runtime/panic.cpp); the compiler
/// only passes a per-activation frame token (the address of a local slot)
/// and a closure.

// Pinned layout facts (64-bit targets).
static_assert(sizeof(GoString) == 16);
static_assert(sizeof(GoSlice) == 24);
static_assert(sizeof(Eface) == 16 && sizeof(Iface) == 16);
static_assert(offsetof(TypeDesc, size) == 0);
static_assert(offsetof(TypeDesc, ptrdata) == 8);
static_assert(offsetof(TypeDesc, hash) == 16);
static_assert(offsetof(TypeDesc, kind) == 23);
static_assert(offsetof(TypeDesc, gcdata) == 24);
static_assert(offsetof(TypeDesc, str) == 32);
static_assert(offsetof(TypeDesc, elem) == 48);
static_assert(sizeof(TypeDesc) == 104);
static_assert(offsetof(Itab, fun) == 24);
static_assert(sizeof(StructField) == 32);
static_assert(sizeof(Method) == 24);

} // namespace golite::abi

namespace golite::abi {
/// Map iteration state, allocated by the compiler on the stack of the
/// function running `for k, v := range m`. The runtime owns all fields but
/// the first two: key/elem point at the current entry; key == null means
/// the iteration is over.
struct MapIter {
  void *key;
  void *elem;
  uintptr_t opaque[14];
};
static_assert(sizeof(MapIter) == 128);

/// A map value is a pointer to the runtime's map header, whose first field
/// is the element count (so len(m) is a load; nil maps have length 0).
struct MapHeaderPrefix {
  GoInt count;
};
} // namespace golite::abi

namespace golite::abi {
//===----------------------------------------------------------------------===//
// Scheduler layouts (runtime/sched.h, runtime/chan.cpp, runtime/time.cpp).
//===----------------------------------------------------------------------===//

/// The first words of the runtime's goroutine record G, the only part of it
/// compiled code reads. The current G is the initial-exec thread-local
/// variable with symbol "runtime.tlsg" (type G*). Stack checks (issue 4)
/// compare sp - framesize against stackguard0; the runtime keeps
/// stackguard0 = stacklo + StackGuardBytes, and sysmon will poison it
/// (StackPreempt) to preempt.
struct GHeader {
  uintptr_t stackguard0;
  uintptr_t stacklo; // lowest usable address of the goroutine stack
  uintptr_t stackhi; // one past the highest
};
constexpr size_t GStackGuard0Offset = 0;
constexpr uintptr_t StackGuardBytes = 928 * 2; // room for runtime leaf frames
constexpr uintptr_t StackPreempt = uintptr_t(-1314); // Go's stackPreempt
static_assert(offsetof(GHeader, stackguard0) == 0);
static_assert(offsetof(GHeader, stacklo) == 8 && offsetof(GHeader, stackhi) == 16);

/// A channel value is a pointer to the runtime's hchan whose first two words
/// are len and cap: len(c) and cap(c) are loads (a nil channel gives 0).
/// The compiler may also call runtime.chanlen/chancap.
struct ChanHeaderPrefix {
  GoUint qcount;   // len(c)
  GoUint dataqsiz; // cap(c)
};
static_assert(sizeof(ChanHeaderPrefix) == 16);

/// One case of a select statement, Go 1.19's scase. The compiler builds an
/// array of them on the stack, send cases first, then receive cases, and
/// calls runtime.selectgo(cases, nsends, nrecvs, block, &recvOK). c may be
/// null (a nil channel: the case is never chosen). elem points to the value
/// to send, or to where the received value goes (may be null to discard).
struct SelectCase {
  void *c;
  void *elem;
};
static_assert(sizeof(SelectCase) == 16);

/// A timer shared with package time (Go 1.19's runtimeTimer, plus a heap
/// index). lib/time declares the same struct in Go. The runtime calls
///   f->fn(f, arg.type, arg.data, seq)
/// on the timer's P when `when` (nanoseconds of runtime.nanotime) passes;
/// period > 0 re-arms it at when+period. f must not block (it runs on the
/// scheduler's stack): package time's callbacks are a non-blocking channel
/// send (sendTime) and `go f()` (goFunc).
struct RuntimeTimer {
  uintptr_t pp;     // the P whose heap holds it (runtime-owned)
  int64_t when;
  int64_t period;
  Closure *f;
  Eface arg;
  uintptr_t seq;
  int64_t nextwhen; // runtime-owned
  uint32_t status;  // runtime-owned: 0 idle, 1 in a heap, 2 running
  int32_t index;    // runtime-owned: position in the heap
};
static_assert(sizeof(RuntimeTimer) == 72);
} // namespace golite::abi
