//===- runtime/error.cpp - Runtime errors and panic values ----------------===//
//
// This file implements the runtime's own error types, the panics compiled
// code raises for failed checks (index, slice bounds, division, nil, shift,
// nil map), fatal errors, and the printing of panic values.
//
// Runtime errors must behave like Go's runtime.Error values: user code can
// recover() them, convert them to `error` and call Error(), or print them.
// So they are ordinary Go values with ordinary type descriptors, built here
// by hand, with method tables whose entries are C++ functions using the Go
// method calling convention fn(ctx, receiverWord) -> GoString:
//   runtime.errorString        string    Error() = "runtime error: " + s
//   runtime.plainError         string    Error() = s
//   runtime.boundsError        struct    Error() = Go's formatted text
//   *runtime.TypeAssertionError pointer  Error() = "interface conversion: ..."
// Each also has RuntimeError(), so the runtime.Error interface is satisfied.
//
// The signatures of those methods must be the very descriptors the compiler
// emits for `func() string` and `func()`, because getitab matches methods
// by name and signature type. The compiler emits descriptors as
// linkonce_odr globals named "type:<type string>"; we define the same names
// weak, so the linker keeps one copy and pointer identity holds whether or
// not the program mentions those types. (getitab also accepts equal type
// strings, as a second line of defense.)
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"

#include <csignal>
#include <unistd.h>

using namespace golite;
using namespace golite::rt;
using abi::Method;
using abi::TFlagComparable;
using abi::TFlagNamed;
using abi::TFlagRegularMemory;

namespace {

/// FNV-1a, as the compiler hashes type strings.
constexpr uint32_t fnv1a(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++)
    h = (h ^ uint8_t(*s)) * 16777619u;
  return h;
}

const uint8_t oneWordPtrMask[] = {0x1};
const uint8_t typeAssertMask[] = {0x0f}; // three type pointers + string data

} // namespace

// Shared, weakly defined descriptors (see the file comment).
extern "C" {
extern const TypeDesc typeString __asm__("type:string");
extern const TypeDesc typeFuncString __asm__("type:func() string");
extern const TypeDesc typeFunc __asm__("type:func()");

[[gnu::weak]] const TypeDesc typeString = {
    16, 8, fnv1a("string"), TFlagComparable, 8, 8, abi::KindString, oneWordPtrMask,
    "string", nullptr, nullptr, nullptr, 0, nullptr, 0, nullptr, 0};

static const TypeDesc *const funcStringResults[] = {&typeString};

[[gnu::weak]] const TypeDesc typeFuncString = {
    8, 8, fnv1a("func() string"), 0, 8, 8, abi::KindFunc | abi::KindDirectIface, oneWordPtrMask,
    "func() string", nullptr, nullptr, nullptr, 0, funcStringResults, uintptr_t(1) << 16, nullptr, 0};

[[gnu::weak]] const TypeDesc typeFunc = {
    8, 8, fnv1a("func()"), 0, 8, 8, abi::KindFunc | abi::KindDirectIface, oneWordPtrMask,
    "func()", nullptr, nullptr, nullptr, 0, nullptr, 0, nullptr, 0};
}

namespace {

GoString concat2(const char *a, GoString b) {
  GoString parts[2] = {makeString(a), b};
  return rt_concatstrings(parts, 2);
}

void runtimeErrorNop(void *, void *) {}

GoString errorStringError(void *, void *recv) {
  return concat2("runtime error: ", *static_cast<GoString *>(recv));
}

GoString plainErrorError(void *, void *recv) { return *static_cast<GoString *>(recv); }

/// runtime.boundsError; field order and sizes as in Go's error.go.
struct BoundsError {
  int64_t x;
  int64_t y;
  bool isSigned;
  uint8_t code;
};

enum BoundsCode : uint8_t {
  boundsIndex,
  boundsSliceAlen,
  boundsSliceAcap,
  boundsSliceB,
  boundsSlice3Alen,
  boundsSlice3Acap,
  boundsSlice3B,
  boundsSlice3C,
  boundsConvert,
};

const char *const boundsFmts[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};
const char *const boundsNegFmts[] = {
    "index out of range [%x]",         "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]", "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]", "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]", "slice bounds out of range [%x::]",
};

size_t appendInt(char *b, int64_t v, bool isSigned) {
  size_t n = 0;
  uint64_t u = uint64_t(v);
  if (isSigned && v < 0) {
    b[n++] = '-';
    u = uint64_t(0) - u;
  }
  char tmp[24];
  size_t k = 0;
  do {
    tmp[k++] = char('0' + u % 10);
    u /= 10;
  } while (u);
  while (k)
    b[n++] = tmp[--k];
  return n;
}

GoString boundsErrorError(void *, void *recv) {
  auto *e = static_cast<BoundsError *>(recv);
  const char *fmt = boundsFmts[e->code];
  if (e->isSigned && e->x < 0)
    fmt = boundsNegFmts[e->code];
  char b[128];
  size_t n = 0;
  memcpy(b, "runtime error: ", 15);
  n = 15;
  for (const char *c = fmt; *c; c++) {
    if (*c != '%') {
      b[n++] = *c;
      continue;
    }
    c++;
    if (*c == 'x')
      n += appendInt(b + n, e->x, e->isSigned);
    else
      n += appendInt(b + n, e->y, true);
  }
  return copyString(b, n);
}

/// runtime.TypeAssertionError.
struct TypeAssertionError {
  const TypeDesc *iface;
  const TypeDesc *concrete;
  const TypeDesc *asserted;
  GoString missingMethod;
};

GoString typeAssertErrorError(void *, void *recv) {
  auto *e = static_cast<TypeAssertionError *>(recv);
  const char *inter = e->iface ? e->iface->str : "interface";
  const char *as = e->asserted->str;
  if (!e->concrete) {
    GoString parts[4] = {makeString("interface conversion: "), makeString(inter),
                         makeString(" is nil, not "), makeString(as)};
    return rt_concatstrings(parts, 4);
  }
  const char *cs = e->concrete->str;
  if (e->missingMethod.len == 0) {
    const char *extra = "";
    if (strcmp(cs, as) == 0) {
      const char *p1 = e->concrete->pkgPath ? e->concrete->pkgPath : "";
      const char *p2 = e->asserted->pkgPath ? e->asserted->pkgPath : "";
      extra = strcmp(p1, p2) != 0 ? " (types from different packages)"
                                  : " (types from different scopes)";
    }
    GoString parts[7] = {makeString("interface conversion: "), makeString(inter), makeString(" is "),
                         makeString(cs), makeString(", not "), makeString(as), makeString(extra)};
    return rt_concatstrings(parts, 7);
  }
  GoString parts[6] = {makeString("interface conversion: "), makeString(cs),
                       makeString(" is not "), makeString(as),
                       makeString(": missing method "), e->missingMethod};
  return rt_concatstrings(parts, 6);
}

const Method errorStringMethods[] = {
    {"Error", &typeFuncString, reinterpret_cast<void *>(&errorStringError)},
    {"RuntimeError", &typeFunc, reinterpret_cast<void *>(&runtimeErrorNop)},
};
const Method plainErrorMethods[] = {
    {"Error", &typeFuncString, reinterpret_cast<void *>(&plainErrorError)},
    {"RuntimeError", &typeFunc, reinterpret_cast<void *>(&runtimeErrorNop)},
};
const Method boundsErrorMethods[] = {
    {"Error", &typeFuncString, reinterpret_cast<void *>(&boundsErrorError)},
    {"RuntimeError", &typeFunc, reinterpret_cast<void *>(&runtimeErrorNop)},
};
const Method typeAssertErrorMethods[] = {
    {"Error", &typeFuncString, reinterpret_cast<void *>(&typeAssertErrorError)},
    {"RuntimeError", &typeFunc, reinterpret_cast<void *>(&runtimeErrorNop)},
};

const TypeDesc typeAssertErrorType = {
    sizeof(TypeAssertionError), 32, fnv1a("runtime.TypeAssertionError"), TFlagNamed, 8, 8,
    abi::KindStruct, typeAssertMask, "runtime.TypeAssertionError", "runtime", nullptr, nullptr, 0,
    nullptr, 0, nullptr, 0};

} // namespace

namespace golite::rt {

const TypeDesc errorStringType = {
    16, 8, fnv1a("runtime.errorString"), TFlagNamed | TFlagComparable, 8, 8, abi::KindString,
    oneWordPtrMask, "runtime.errorString", "runtime", nullptr, nullptr, 0, nullptr, 0,
    errorStringMethods, 2};

const TypeDesc plainErrorType = {
    16, 8, fnv1a("runtime.plainError"), TFlagNamed | TFlagComparable, 8, 8, abi::KindString,
    oneWordPtrMask, "runtime.plainError", "runtime", nullptr, nullptr, 0, nullptr, 0,
    plainErrorMethods, 2};

const TypeDesc boundsErrorType = {
    sizeof(BoundsError), 0, fnv1a("runtime.boundsError"), TFlagNamed | TFlagComparable, 8, 8,
    abi::KindStruct, nullptr, "runtime.boundsError", "runtime", nullptr, nullptr, 0, nullptr, 0,
    boundsErrorMethods, 2};

const TypeDesc typeAssertErrorPtrType = {
    8, 8, fnv1a("*runtime.TypeAssertionError"), TFlagComparable | TFlagRegularMemory, 8, 8,
    abi::KindPointer | abi::KindDirectIface, oneWordPtrMask, "*runtime.TypeAssertionError",
    nullptr, &typeAssertErrorType, nullptr, 0, nullptr, 0, typeAssertErrorMethods, 2};

void *findStringMethod(const TypeDesc *t, const char *name) {
  for (uintptr_t i = 0; i < t->nmethods; i++) {
    const Method &m = t->methods[i];
    if (strcmp(m.name, name) != 0)
      continue;
    if (m.mtype && m.mtype != &typeFuncString && strcmp(m.mtype->str, "func() string") != 0)
      return nullptr;
    return m.ifn;
  }
  return nullptr;
}

void fatal(const char *msg) {
  // The traceback needs stack: go to g0 if the goroutine's is short.
  if (onShortStack(deepStackBytes)) {
    systemstack([](void *m) { fatal(static_cast<const char *>(m)); }, const_cast<char *>(msg));
    _exit(2);
  }
  flushPrint();
  printLock();
  printStr("fatal error: ");
  printStr(msg);
  printStr("\n\ngoroutine ");
  printInt(getg()->goid);
  printStr(" [running]:\n");
  traceback(2);
  printUnlock();
  flushPrint();
  _exit(2);
}

void panicErrorString(const char *msg) {
  auto *s = static_cast<GoString *>(gc::alloc(sizeof(GoString), &errorStringType));
  *s = makeString(msg);
  rt_gopanic(const_cast<TypeDesc *>(&errorStringType), s);
}

void panicErrorString(GoString msg) {
  auto *s = static_cast<GoString *>(gc::alloc(sizeof(GoString), &errorStringType));
  *s = msg;
  rt_gopanic(const_cast<TypeDesc *>(&errorStringType), s);
}

void panicPlainError(const char *msg) {
  auto *s = static_cast<GoString *>(gc::alloc(sizeof(GoString), &plainErrorType));
  *s = makeString(msg);
  rt_gopanic(const_cast<TypeDesc *>(&plainErrorType), s);
}

void panicTypeAssert(const TypeDesc *iface, const TypeDesc *concrete, const TypeDesc *asserted,
                     const char *missingMethod) {
  auto *e = static_cast<TypeAssertionError *>(
      gc::alloc(sizeof(TypeAssertionError), &typeAssertErrorType));
  e->iface = iface;
  e->concrete = concrete;
  e->asserted = asserted;
  if (missingMethod) {
    // Method names are qualified "pkgpath.name" when unexported; Go prints
    // the bare name.
    const char *dot = strrchr(missingMethod, '.');
    e->missingMethod = makeString(dot ? dot + 1 : missingMethod);
  }
  rt_gopanic(const_cast<TypeDesc *>(&typeAssertErrorPtrType), e);
}

[[noreturn]] static void panicBounds(int64_t x, int64_t y, bool isSigned, uint8_t code) {
  auto *e = static_cast<BoundsError *>(gc::alloc(sizeof(BoundsError), &boundsErrorType));
  *e = BoundsError{x, y, isSigned, code};
  rt_gopanic(const_cast<TypeDesc *>(&boundsErrorType), e);
}

namespace {
bool isUnnamedBasic(const TypeDesc *t) {
  static const char *const names[] = {
      nullptr,  "bool",   "int",    "int8",    "int16",   "int32",     "int64",      "uint",
      "uint8",  "uint16", "uint32", "uint64",  "uintptr", "float32",   "float64",    "complex64",
      "complex128"};
  unsigned k = kindOf(t);
  if (t->pkgPath || isDirectIface(t))
    return false;
  if (k == abi::KindString)
    return strcmp(t->str, "string") == 0;
  if (k < abi::KindBool || k > abi::KindComplex128)
    return false;
  // byte and rune are aliases: their descriptors print as uint8 and int32.
  return strcmp(t->str, names[k]) == 0;
}

void printValue(const TypeDesc *t, const void *p) {
  switch (kindOf(t)) {
  case abi::KindBool: printStr(*static_cast<const bool *>(p) ? "true" : "false"); break;
  case abi::KindInt:
  case abi::KindInt64: printInt(*static_cast<const int64_t *>(p)); break;
  case abi::KindInt8: printInt(*static_cast<const int8_t *>(p)); break;
  case abi::KindInt16: printInt(*static_cast<const int16_t *>(p)); break;
  case abi::KindInt32: printInt(*static_cast<const int32_t *>(p)); break;
  case abi::KindUint:
  case abi::KindUint64:
  case abi::KindUintptr: printUint(*static_cast<const uint64_t *>(p)); break;
  case abi::KindUint8: printUint(*static_cast<const uint8_t *>(p)); break;
  case abi::KindUint16: printUint(*static_cast<const uint16_t *>(p)); break;
  case abi::KindUint32: printUint(*static_cast<const uint32_t *>(p)); break;
  case abi::KindFloat32: printFloat(*static_cast<const float *>(p)); break;
  case abi::KindFloat64: printFloat(*static_cast<const double *>(p)); break;
  case abi::KindComplex64: {
    auto *c = static_cast<const float *>(p);
    rt_printcomplex(c[0], c[1]);
    break;
  }
  case abi::KindComplex128: {
    auto *c = static_cast<const double *>(p);
    rt_printcomplex(c[0], c[1]);
    break;
  }
  case abi::KindString: printGoString(*static_cast<const GoString *>(p)); break;
  default: break;
  }
}
} // namespace

/// Go's printany: the panic value after Error()/String() conversion.
void printAny(Eface v) {
  const TypeDesc *t = v.type;
  if (!t) {
    printStr("nil");
    return;
  }
  if (isUnnamedBasic(t)) {
    printValue(t, v.data);
    return;
  }
  // printanycustomtype: switches on the unmasked kind, so direct-interface
  // kinds take the default.
  unsigned k = t->kind;
  if (k == abi::KindString) {
    printStr(t->str);
    printStr("(\"");
    printValue(t, v.data);
    printStr("\")");
  } else if (k >= abi::KindBool && k <= abi::KindFloat64) {
    printStr(t->str);
    printStr("(");
    printValue(t, v.data);
    printStr(")");
  } else if (k == abi::KindComplex64 || k == abi::KindComplex128) {
    printStr(t->str);
    printValue(t, v.data);
  } else {
    printStr("(");
    printStr(t->str);
    printStr(") ");
    printPointer(v.data);
  }
}

} // namespace golite::rt

extern "C" {

void rt_panicIndex(int64_t x, int64_t y) { panicBounds(x, y, true, boundsIndex); }
void rt_panicIndexU(int64_t x, int64_t y) { panicBounds(x, y, false, boundsIndex); }
void rt_panicSliceAlen(int64_t x, int64_t y) { panicBounds(x, y, true, boundsSliceAlen); }
void rt_panicSliceAcap(int64_t x, int64_t y) { panicBounds(x, y, true, boundsSliceAcap); }
void rt_panicSliceB(int64_t x, int64_t y) { panicBounds(x, y, true, boundsSliceB); }
void rt_panicSlice3Alen(int64_t x, int64_t y) { panicBounds(x, y, true, boundsSlice3Alen); }
void rt_panicSlice3Acap(int64_t x, int64_t y) { panicBounds(x, y, true, boundsSlice3Acap); }
void rt_panicSlice3B(int64_t x, int64_t y) { panicBounds(x, y, true, boundsSlice3B); }
void rt_panicSlice3C(int64_t x, int64_t y) { panicBounds(x, y, true, boundsSlice3C); }
void rt_panicSliceConvert(int64_t x, int64_t y) { panicBounds(x, y, true, boundsConvert); }
void rt_panicdivide() { panicErrorString("integer divide by zero"); }
void rt_panicshift() { panicErrorString("negative shift amount"); }
void rt_panicnilmap() { panicPlainError("assignment to entry in nil map"); }
void rt_panicunsafeslicelen() { panicErrorString("unsafe.Slice: len out of range"); }
void rt_panicunsafeslicenilptr() {
  panicErrorString("unsafe.Slice: ptr is nil and len is not zero");
}

void rt_panicmem() {
  G *gp = getg();
  gp->sig = SIGSEGV;
  gp->sigcode0 = 1; // SEGV_MAPERR
  gp->sigcode1 = 0;
  gp->sigpc = uintptr_t(__builtin_return_address(0));
  panicErrorString("invalid memory address or nil pointer dereference");
}

} // extern "C"
