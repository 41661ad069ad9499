//===- runtime/symtab.cpp - Program counters to functions and lines -------===//
//
// This file implements the run-time symbol table behind runtime.Caller,
// runtime.Callers, runtime.CallersFrames and runtime.FuncForPC, and the
// file:line of panic tracebacks.
//
// golite emits DWARF for every build (codegen/debuginfo.cpp), so the
// program already carries what Go's pclntab holds: .debug_line maps pcs to
// file:line, and .debug_info has a subprogram per Go function (named as Go
// names it) with DW_TAG_inlined_subroutine children for the calls LLVM
// inlined (callee, call file and line, pc ranges). On first use we mmap
// /proc/self/exe (the .debug_* sections are not loaded) and build, from
// the compile units whose language is Go only (the C++ runtime's units are
// skipped whole):
//   - funcs: [lo, hi) -> Go name, plus the span of its inline records,
//     sorted by lo;
//   - inlines: [lo, hi) -> callee name, call file:line, nesting depth;
//   - line sequences and rows (the line programs, run once).
// A pc then resolves to a chain of logical frames, innermost first, the
// way Go reports inlined calls: the innermost frame at the pc's own line,
// each outer one at the call line of the inlined call below it.
//
// Callers returns one pc per logical frame. The innermost frame of a
// physical frame is its real return address; each frame LLVM inlined away
// gets a fake pc instead, an address in a reserved PROT_NONE range whose
// slot remembers (return address, depth in the chain). The two frames Go
// shows below main.main and at the bottom of every goroutine
// (runtime.main, runtime.goexit: C++ in golite) are fake pcs too. Frames
// of C++ code (the runtime, the scheduler, deferreturn) are not listed,
// as Go lists no frame for the work its runtime does inline.
//
// Memory comes from mmap only (no malloc, no GC heap), so that a fatal
// signal's traceback can use the tables.
//
//===----------------------------------------------------------------------===//

#include "runtime/symtab.h"

#include "runtime/runtime.h"
#include "runtime/sched.h"

#include <algorithm>
#include <atomic>
#include <elf.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unwind.h>

extern "C" [[noreturn]] void golite_gostart_c();

namespace golite::rt {

namespace {

//===-- Raw memory ----------------------------------------------------------===//

void *rawAlloc(size_t n) {
  void *p = mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

/// A growable array in mmap'ed memory.
template <class T> struct RawVec {
  T *data = nullptr;
  size_t len = 0, cap = 0;

  /// Reserves room for n elements up front: untouched pages cost nothing,
  /// and the tables grow without copying.
  void reserve(size_t n) {
    if (data || n == 0)
      return;
    void *p = mmap(nullptr, n * sizeof(T), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p != MAP_FAILED) {
      data = static_cast<T *>(p);
      cap = n;
    }
  }
  bool push(const T &v) {
    if (len == cap) {
      size_t ncap = cap ? cap * 2 : 4096 / sizeof(T) + 1;
      auto *nd = static_cast<T *>(rawAlloc(ncap * sizeof(T)));
      if (!nd)
        return false;
      if (data) {
        memcpy(static_cast<void *>(nd), data, len * sizeof(T));
        munmap(data, cap * sizeof(T));
      }
      data = nd;
      cap = ncap;
    }
    data[len++] = v;
    return true;
  }
  T &operator[](size_t i) { return data[i]; }
  T *begin() { return data; }
  T *end() { return data + len; }
};

/// Bump allocation of strings that live as long as the program.
struct Arena {
  char *cur = nullptr, *end = nullptr;
  char *alloc(size_t n) {
    if (size_t(end - cur) < n) {
      size_t chunk = n > (1 << 16) ? n : (1 << 16);
      cur = static_cast<char *>(rawAlloc(chunk));
      if (!cur) {
        end = nullptr;
        return nullptr;
      }
      end = cur + chunk;
    }
    char *r = cur;
    cur += n;
    return r;
  }
};

//===-- DWARF reading -------------------------------------------------------===//

struct Reader {
  const uint8_t *p = nullptr, *end = nullptr;
  bool bad = false;

  bool need(size_t n) {
    if (size_t(end - p) < n) {
      bad = true;
      p = end;
      return false;
    }
    return true;
  }
  uint64_t fixed(unsigned n) {
    if (!need(n))
      return 0;
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++)
      v |= uint64_t(p[i]) << (8 * i); // every golite target is little-endian
    p += n;
    return v;
  }
  uint8_t u8() { return uint8_t(fixed(1)); }
  uint16_t u16() { return uint16_t(fixed(2)); }
  uint32_t u32() { return uint32_t(fixed(4)); }
  uint64_t uleb() {
    uint64_t v = 0;
    for (unsigned shift = 0; p < end; shift += 7) {
      uint8_t b = *p++;
      if (shift < 64)
        v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80))
        return v;
    }
    bad = true;
    return v;
  }
  int64_t sleb() {
    int64_t v = 0;
    unsigned shift = 0;
    uint8_t b = 0x80;
    while (p < end && (b & 0x80)) {
      b = *p++;
      if (shift < 64)
        v |= int64_t(b & 0x7f) << shift;
      shift += 7;
    }
    if (b & 0x80)
      bad = true;
    else if (shift < 64 && (b & 0x40))
      v |= -(int64_t(1) << shift);
    return v;
  }
  const char *cstr() {
    const char *s = reinterpret_cast<const char *>(p);
    while (p < end && *p)
      p++;
    if (p == end) {
      bad = true;
      return "";
    }
    p++;
    return s;
  }
  void skip(uint64_t n) {
    if (need(n))
      p += n;
  }
};

struct Section {
  const uint8_t *data = nullptr;
  size_t size = 0;
  Reader at(uint64_t off) const {
    Reader r;
    r.p = data + (off < size ? off : size);
    r.end = data + size;
    r.bad = off >= size;
    return r;
  }
};

/// A string with its length (a Go string's shape).
struct Str {
  const char *p = "";
  int64_t n = 0;
};

Str mkstr(const char *s) { return Str{s, int64_t(strlen(s))}; }

struct FuncRec {
  uintptr_t lo, hi;
  Str name;
  uint64_t origin; // .debug_info offset of the DIE naming it, if name is empty
  uint32_t inlBegin, inlEnd;
};

struct InlRec {
  uintptr_t lo, hi;
  Str name;
  uint64_t origin;
  uint32_t callFile; // index into files
  uint32_t callLine;
  uint32_t depth; // 1 = inlined directly into the subprogram
};

struct Row {
  uintptr_t addr;
  uint32_t file;
  uint32_t line;
};

struct Seq {
  uintptr_t lo, hi;
  uint32_t begin, end; // rows
};

struct NamedDie {
  uint64_t off;
  Str name;
};

struct Abbrev {
  uint64_t code, tag;
  bool children;
  const uint8_t *specs;
};

struct Tables {
  const uint8_t *file = nullptr;
  size_t fileSize = 0;
  uintptr_t bias = 0;
  Section info, abbrev, line, str, ranges;
  const Elf64_Sym *syms = nullptr;
  size_t nsyms = 0;
  const char *strtab = nullptr;
  uintptr_t gostartLo = 0, gostartHi = 0;
  uintptr_t morestackLo = 0, morestackHi = 0;
  uintptr_t rundeferLo = 0, rundeferHi = 0; // runDeferred (panic.cpp)

  RawVec<FuncRec> funcs;
  RawVec<InlRec> inls;
  RawVec<Row> rows;
  RawVec<Seq> seqs;
  RawVec<Str> files;
  RawVec<NamedDie> named;
  Arena arena;
};

Tables T;
std::atomic<int> tablesState{0}; // 0 none, 1 building, 2 ready

constexpr uint64_t kLangGo = 0x16;

/// Reads one attribute value of the given form: numbers and offsets into
/// *num, strings into *str. Returns false on malformed input.
bool readForm(Reader &r, uint64_t form, int64_t implicitConst, unsigned addrSize,
              uint64_t *num, const char **str) {
  *num = 0;
  *str = nullptr;
  switch (form) {
  case 0x01: *num = r.fixed(addrSize); break;            // addr
  case 0x03: r.skip(r.u16()); break;                     // block2
  case 0x04: r.skip(r.u32()); break;                     // block4
  case 0x05: *num = r.u16(); break;                      // data2
  case 0x06: *num = r.u32(); break;                      // data4
  case 0x07: *num = r.fixed(8); break;                   // data8
  case 0x08: *str = r.cstr(); break;                     // string
  case 0x09: r.skip(r.uleb()); break;                    // block
  case 0x0a: r.skip(r.u8()); break;                      // block1
  case 0x0b: *num = r.u8(); break;                       // data1
  case 0x0c: *num = r.u8(); break;                       // flag
  case 0x0d: *num = uint64_t(r.sleb()); break;           // sdata
  case 0x0e: {                                           // strp
    uint64_t off = r.u32();
    if (off < T.str.size)
      *str = reinterpret_cast<const char *>(T.str.data + off);
    break;
  }
  case 0x0f: *num = r.uleb(); break;                     // udata
  case 0x10: *num = r.u32(); break;                      // ref_addr
  case 0x11: *num = r.u8(); break;                       // ref1
  case 0x12: *num = r.u16(); break;                      // ref2
  case 0x13: *num = r.u32(); break;                      // ref4
  case 0x14: *num = r.fixed(8); break;                   // ref8
  case 0x15: *num = r.uleb(); break;                     // ref_udata
  case 0x16: {                                           // indirect
    uint64_t f = r.uleb();
    return readForm(r, f, 0, addrSize, num, str);
  }
  case 0x17: *num = r.u32(); break;                      // sec_offset
  case 0x18: r.skip(r.uleb()); break;                    // exprloc
  case 0x19: *num = 1; break;                            // flag_present
  case 0x1a: case 0x1b: case 0x22: case 0x23:            // strx addrx loclistx rnglistx
    *num = r.uleb(); break;
  case 0x1c: case 0x1d: case 0x1f: *num = r.u32(); break; // ref_sup4 strp_sup line_strp
  case 0x1e: r.skip(16); break;                          // data16
  case 0x20: case 0x24: *num = r.fixed(8); break;        // ref_sig8 ref_sup8
  case 0x21: *num = uint64_t(implicitConst); break;      // implicit_const
  case 0x25: case 0x29: *num = r.u8(); break;            // strx1 addrx1
  case 0x26: case 0x2a: *num = r.u16(); break;           // strx2 addrx2
  case 0x27: case 0x2b: *num = r.fixed(3); break;        // strx3 addrx3
  case 0x28: case 0x2c: *num = r.u32(); break;           // strx4 addrx4
  default: return false;
  }
  return !r.bad;
}

/// The line program of one Go compile unit: appends its files to T.files
/// (returning the index of its file 1 in *fileBase) and its rows and
/// sequences.
bool readLineProgram(uint64_t off, const char *compDir, uint32_t *fileBase) {
  Reader r = T.line.at(off);
  uint64_t unitLen = r.u32();
  if (r.bad || unitLen >= 0xfffffff0 || !r.need(unitLen))
    return false;
  const uint8_t *unitEnd = r.p + unitLen;
  r.end = unitEnd;
  uint16_t version = r.u16();
  if (version < 2 || version > 4)
    return false;
  uint64_t hdrLen = r.u32();
  const uint8_t *progStart = r.p + hdrLen;
  uint8_t minInst = r.u8();
  if (version >= 4)
    r.u8(); // maximum_operations_per_instruction
  bool defaultIsStmt = r.u8() != 0;
  (void)defaultIsStmt;
  int8_t lineBase = int8_t(r.u8());
  uint8_t lineRange = r.u8();
  uint8_t opcodeBase = r.u8();
  const uint8_t *stdLens = r.p;
  r.skip(opcodeBase ? opcodeBase - 1 : 0);
  if (r.bad || lineRange == 0)
    return false;

  const char *dirs[256];
  unsigned ndirs = 0;
  dirs[ndirs++] = compDir ? compDir : "";
  for (;;) {
    const char *d = r.cstr();
    if (r.bad || !*d)
      break;
    if (ndirs < 256)
      dirs[ndirs++] = d;
  }
  *fileBase = uint32_t(T.files.len);
  auto addFile = [&](const char *name, uint64_t dir) {
    const char *d = dir < ndirs ? dirs[dir] : "";
    size_t nl = strlen(name), dl = strlen(d);
    Str s;
    if (name[0] == '/' || dl == 0) {
      s = Str{name, int64_t(nl)};
    } else {
      char *buf = T.arena.alloc(dl + 1 + nl);
      if (!buf)
        return;
      memcpy(buf, d, dl);
      buf[dl] = '/';
      memcpy(buf + dl + 1, name, nl);
      s = Str{buf, int64_t(dl + 1 + nl)};
    }
    T.files.push(s);
  };
  for (;;) {
    const char *name = r.cstr();
    if (r.bad || !*name)
      break;
    uint64_t dir = r.uleb();
    r.uleb(); // mtime
    r.uleb(); // length
    addFile(name, dir);
  }
  uint32_t nfiles = uint32_t(T.files.len - *fileBase);

  r.p = progStart;
  uintptr_t addr = 0;
  uint64_t file = 1;
  int64_t line = 1;
  bool inSeq = false;
  auto emit = [&](bool endSeq) {
    if (!inSeq) {
      T.seqs.push(Seq{addr, addr, uint32_t(T.rows.len), uint32_t(T.rows.len)});
      inSeq = true;
    }
    Seq &s = T.seqs[T.seqs.len - 1];
    if (endSeq) {
      s.hi = addr;
      s.end = uint32_t(T.rows.len);
      // Sequences of functions the linker dropped start at 0.
      if (s.lo == 0 || s.hi <= s.lo) {
        T.rows.len = s.begin;
        T.seqs.len--;
      }
      inSeq = false;
      addr = 0;
      file = 1;
      line = 1;
      return;
    }
    uint32_t f = file >= 1 && file <= nfiles ? uint32_t(*fileBase + file - 1) : UINT32_MAX;
    T.rows.push(Row{addr, f, uint32_t(line < 0 ? 0 : line)});
  };
  while (r.p < unitEnd && !r.bad) {
    uint8_t op = r.u8();
    if (op >= opcodeBase) {
      unsigned adj = op - opcodeBase;
      addr += (adj / lineRange) * minInst;
      line += lineBase + int(adj % lineRange);
      emit(false);
      continue;
    }
    switch (op) {
    case 0: {
      uint64_t len = r.uleb();
      const uint8_t *next = r.p + len;
      if (len == 0 || !r.need(len))
        return false;
      uint8_t sub = r.u8();
      if (sub == 1) {
        emit(true);
      } else if (sub == 2) {
        addr = uintptr_t(r.fixed(unsigned(len - 1)));
      } else if (sub == 3) {
        const char *name = r.cstr();
        uint64_t dir = r.uleb();
        addFile(name, dir);
        nfiles++;
      }
      r.p = next;
      break;
    }
    case 1: emit(false); break;
    case 2: addr += r.uleb() * minInst; break;
    case 3: line += r.sleb(); break;
    case 4: file = r.uleb(); break;
    case 5: r.uleb(); break;
    case 6: case 7: case 10: case 11: break;
    case 8: addr += ((255 - opcodeBase) / lineRange) * minInst; break;
    case 9: addr += r.u16(); break;
    case 12: r.uleb(); break;
    default:
      for (unsigned i = 0; i < stdLens[op - 1]; i++)
        r.uleb();
    }
  }
  if (inSeq) { // a truncated program: drop the open sequence
    T.rows.len = T.seqs[T.seqs.len - 1].begin;
    T.seqs.len--;
  }
  return true;
}

/// Calls fn(lo, hi) for each range of a DW_AT_ranges list (DWARF 4).
template <class F> void forRanges(uint64_t off, unsigned addrSize, uintptr_t base, F fn) {
  Reader r = T.ranges.at(off);
  uint64_t maxAddr = addrSize == 8 ? ~uint64_t(0) : 0xffffffffu;
  for (int i = 0; i < 100000 && !r.bad; i++) {
    uint64_t a = r.fixed(addrSize), b = r.fixed(addrSize);
    if (r.bad || (a == 0 && b == 0))
      return;
    if (a == maxAddr) {
      base = uintptr_t(b);
      continue;
    }
    fn(base + a, base + b);
  }
}

/// Reads one compile unit starting at `off`; returns the offset of the
/// next one (0 at the end or on malformed input).
uint64_t readUnit(uint64_t off) {
  Reader r = T.info.at(off);
  uint64_t unitLen = r.u32();
  if (r.bad || unitLen >= 0xfffffff0 || !r.need(unitLen))
    return 0;
  uint64_t next = off + 4 + unitLen;
  r.end = r.p + unitLen;
  uint16_t version = r.u16();
  uint64_t abbrevOff;
  unsigned addrSize;
  if (version == 5) {
    uint8_t unitType = r.u8();
    addrSize = r.u8();
    abbrevOff = r.u32();
    if (unitType != 1) // DW_UT_compile only
      return next;
  } else if (version >= 2 && version <= 4) {
    abbrevOff = r.u32();
    addrSize = r.u8();
  } else {
    return next;
  }
  if (addrSize != 8 && addrSize != 4)
    return next;

  // The abbreviation table of the unit (static: one builder at a time).
  static Abbrev abbrevs[1024];
  unsigned nabbrevs = 0;
  Reader ar = T.abbrev.at(abbrevOff);
  while (!ar.bad && nabbrevs < 1024) {
    uint64_t code = ar.uleb();
    if (code == 0)
      break;
    Abbrev a;
    a.code = code;
    a.tag = ar.uleb();
    a.children = ar.u8() != 0;
    a.specs = ar.p;
    for (;;) {
      uint64_t at = ar.uleb(), form = ar.uleb();
      if (form == 0x21)
        ar.sleb();
      if (ar.bad || (at == 0 && form == 0))
        break;
    }
    abbrevs[nabbrevs++] = a;
  }
  auto lookup = [&](uint64_t code) -> const Abbrev * {
    if (code >= 1 && code <= nabbrevs && abbrevs[code - 1].code == code)
      return &abbrevs[code - 1];
    for (unsigned i = 0; i < nabbrevs; i++)
      if (abbrevs[i].code == code)
        return &abbrevs[i];
    return nullptr;
  };

  constexpr int kMaxDepth = 256;
  uint32_t inlDepth[kMaxDepth]; // inline nesting of the DIEs at each level
  int level = 0;
  int funcLevel = -1;       // level of the enclosing concrete subprogram
  size_t funcFirst = 0;     // its first FuncRec
  uint32_t fileBase = 0;
  uintptr_t cuBase = 0;
  bool isGo = false;

  while (r.p < r.end && !r.bad) {
    uint64_t dieOff = uint64_t(r.p - T.info.data);
    uint64_t code = r.uleb();
    if (code == 0) {
      if (--level < 0)
        break;
      if (level == funcLevel) {
        for (size_t i = funcFirst; i < T.funcs.len; i++)
          T.funcs[i].inlEnd = uint32_t(T.inls.len);
        funcLevel = -1;
      }
      continue;
    }
    const Abbrev *ab = lookup(code);
    if (!ab)
      return 0;
    const char *name = nullptr, *compDir = nullptr;
    uint64_t lowPc = 0, highPc = 0, rangesOff = 0, origin = 0, stmtList = 0, lang = 0;
    uint64_t callFile = 0, callLine = 0;
    bool hasLow = false, hasHigh = false, highIsOffset = false, hasRanges = false,
         hasOrigin = false, hasStmt = false;
    Reader sr;
    sr.p = ab->specs;
    sr.end = T.abbrev.data + T.abbrev.size;
    for (;;) {
      uint64_t at = sr.uleb(), form = sr.uleb();
      int64_t ic = form == 0x21 ? sr.sleb() : 0;
      if (sr.bad || (at == 0 && form == 0))
        break;
      uint64_t num;
      const char *s;
      if (!readForm(r, form, ic, addrSize, &num, &s))
        return 0;
      switch (at) {
      case 0x03: name = s; break;                    // name
      case 0x10: stmtList = num; hasStmt = true; break; // stmt_list
      case 0x11: lowPc = num; hasLow = form == 0x01; break;
      case 0x12:                                     // high_pc
        highPc = num;
        hasHigh = true;
        highIsOffset = form != 0x01;
        break;
      case 0x13: lang = num; break;                  // language
      case 0x1b: compDir = s; break;                 // comp_dir
      case 0x31: case 0x47:                          // abstract_origin, specification
        if (!hasOrigin) {
          origin = form == 0x10 ? num : off + num;
          hasOrigin = true;
        }
        break;
      case 0x55: rangesOff = num; hasRanges = form != 0x23; break; // ranges
      case 0x58: callFile = num; break;              // call_file
      case 0x59: callLine = num; break;              // call_line
      default: break;
      }
    }
    if (r.bad)
      return 0;
    uint32_t parentInl = level > 0 && level <= kMaxDepth ? inlDepth[level - 1] : 0;
    uint32_t here = parentInl;

    if (ab->tag == 0x11) { // compile_unit
      if (lang != kLangGo || version > 4)
        return next;
      isGo = true;
      cuBase = hasLow ? uintptr_t(lowPc) : 0;
      if (hasStmt && !readLineProgram(stmtList, compDir, &fileBase))
        fileBase = uint32_t(T.files.len);
    } else if (!isGo) {
      return next;
    } else if (ab->tag == 0x2e) { // subprogram
      here = 0;
      if (name)
        T.named.push(NamedDie{dieOff, mkstr(name)});
      if (funcLevel < 0 && ((hasLow && hasHigh) || hasRanges)) {
        funcFirst = T.funcs.len;
        FuncRec f{0, 0, name ? mkstr(name) : Str{}, hasOrigin ? origin : 0,
                  uint32_t(T.inls.len), uint32_t(T.inls.len)};
        auto add = [&](uintptr_t lo, uintptr_t hi) {
          if (lo == 0 || hi <= lo)
            return;
          f.lo = lo + T.bias;
          f.hi = hi + T.bias;
          T.funcs.push(f);
        };
        if (hasRanges)
          forRanges(rangesOff, addrSize, cuBase, add);
        else
          add(uintptr_t(lowPc), uintptr_t(highIsOffset ? lowPc + highPc : highPc));
        if (ab->children)
          funcLevel = level;
        else
          for (size_t i = funcFirst; i < T.funcs.len; i++)
            T.funcs[i].inlEnd = uint32_t(T.inls.len);
      }
    } else if (ab->tag == 0x1d && funcLevel >= 0) { // inlined_subroutine
      here = parentInl + 1;
      InlRec in{0, 0, name ? mkstr(name) : Str{}, hasOrigin ? origin : 0,
                callFile >= 1 ? uint32_t(fileBase + callFile - 1) : UINT32_MAX,
                uint32_t(callLine), here};
      auto add = [&](uintptr_t lo, uintptr_t hi) {
        if (lo == 0 || hi <= lo)
          return;
        in.lo = lo + T.bias;
        in.hi = hi + T.bias;
        T.inls.push(in);
      };
      if (hasRanges)
        forRanges(rangesOff, addrSize, cuBase, add);
      else if (hasLow && hasHigh)
        add(uintptr_t(lowPc), uintptr_t(highIsOffset ? lowPc + highPc : highPc));
    }
    if (ab->children) {
      if (level < kMaxDepth)
        inlDepth[level] = here;
      level++;
    }
  }
  if (funcLevel >= 0)
    for (size_t i = funcFirst; i < T.funcs.len; i++)
      T.funcs[i].inlEnd = uint32_t(T.inls.len);
  return next;
}

/// The name of a DIE that has none of its own (an inlined or out-of-line
/// instance of an abstract subprogram): its origin's.
Str resolveName(const Str &name, uint64_t origin) {
  if (name.n || !origin)
    return name;
  auto *it = std::lower_bound(T.named.begin(), T.named.end(), origin,
                              [](const NamedDie &d, uint64_t o) { return d.off < o; });
  if (it != T.named.end() && it->off == origin)
    return it->name;
  return Str{};
}

void loadElf() {
  size_t size = 0;
  const uint8_t *base = selfExe(&size);
  if (!base)
    return;
  auto *eh = reinterpret_cast<const Elf64_Ehdr *>(base);
  if (eh->e_phoff + uint64_t(eh->e_phnum) * sizeof(Elf64_Phdr) > size)
    return;
  T.file = base;
  T.fileSize = size;

  // Load bias (zero unless the program is position-independent).
  auto *ph = reinterpret_cast<const Elf64_Phdr *>(base + eh->e_phoff);
  uintptr_t atPhdr = uintptr_t(getauxval(AT_PHDR));
  for (unsigned i = 0; atPhdr && i < eh->e_phnum; i++) {
    if (ph[i].p_type == PT_LOAD && ph[i].p_offset <= eh->e_phoff &&
        eh->e_phoff < ph[i].p_offset + ph[i].p_filesz) {
      T.bias = atPhdr - uintptr_t(ph[i].p_vaddr + eh->e_phoff - ph[i].p_offset);
      break;
    }
  }

  auto *sh = reinterpret_cast<const Elf64_Shdr *>(base + eh->e_shoff);
  const char *shstr = eh->e_shstrndx < eh->e_shnum
                          ? reinterpret_cast<const char *>(base + sh[eh->e_shstrndx].sh_offset)
                          : nullptr;
  for (unsigned i = 0; i < eh->e_shnum; i++) {
    if (sh[i].sh_offset + sh[i].sh_size > size && sh[i].sh_type != SHT_NOBITS)
      continue;
    if (sh[i].sh_type == SHT_SYMTAB && sh[i].sh_link < eh->e_shnum) {
      T.syms = reinterpret_cast<const Elf64_Sym *>(base + sh[i].sh_offset);
      T.nsyms = sh[i].sh_size / sizeof(Elf64_Sym);
      T.strtab = reinterpret_cast<const char *>(base + sh[sh[i].sh_link].sh_offset);
      continue;
    }
    if (!shstr)
      continue;
    const char *n = shstr + sh[i].sh_name;
    Section s{base + sh[i].sh_offset, size_t(sh[i].sh_size)};
    if (!strcmp(n, ".debug_info"))
      T.info = s;
    else if (!strcmp(n, ".debug_abbrev"))
      T.abbrev = s;
    else if (!strcmp(n, ".debug_line"))
      T.line = s;
    else if (!strcmp(n, ".debug_str"))
      T.str = s;
    else if (!strcmp(n, ".debug_ranges"))
      T.ranges = s;
  }
}

void buildTables() {
  loadElf();
  uintptr_t gs = reinterpret_cast<uintptr_t>(&golite_gostart_c);
  uintptr_t rd = reinterpret_cast<uintptr_t>(&runDeferred);
  for (size_t i = 0; i < T.nsyms; i++) {
    const Elf64_Sym &s = T.syms[i];
    if (ELF64_ST_TYPE(s.st_info) != STT_FUNC)
      continue;
    uintptr_t lo = s.st_value + T.bias, hi = lo + (s.st_size ? s.st_size : 1);
    if (lo == gs) {
      T.gostartLo = lo;
      T.gostartHi = hi;
    } else if (lo == rd) {
      T.rundeferLo = lo;
      T.rundeferHi = hi;
    } else if (!strcmp(T.strtab + s.st_name, "__morestack")) {
      T.morestackLo = lo;
      T.morestackHi = hi;
    }
  }
  if (!T.info.data || !T.abbrev.data)
    return;
  // Generous bounds from the section sizes (a row takes at least one
  // byte of line program, a DIE at least one of .debug_info).
  T.rows.reserve(T.line.size / 2 + 1024);
  T.seqs.reserve(T.line.size / 32 + 1024);
  T.files.reserve(T.line.size / 16 + 1024);
  T.funcs.reserve(T.info.size / 32 + 1024);
  T.inls.reserve(T.info.size / 16 + 1024);
  T.named.reserve(T.info.size / 16 + 1024);
  for (uint64_t off = 0; off < T.info.size;) {
    uint64_t next = readUnit(off);
    if (next <= off)
      break;
    off = next;
  }
  for (FuncRec &f : T.funcs)
    f.name = resolveName(f.name, f.origin);
  for (InlRec &in : T.inls)
    in.name = resolveName(in.name, in.origin);
  for (Row &row : T.rows)
    row.addr += T.bias;
  for (Seq &s : T.seqs) {
    s.lo += T.bias;
    s.hi += T.bias;
  }
  std::sort(T.funcs.begin(), T.funcs.end(),
            [](const FuncRec &a, const FuncRec &b) { return a.lo < b.lo; });
  std::sort(T.seqs.begin(), T.seqs.end(), [](const Seq &a, const Seq &b) { return a.lo < b.lo; });
}

const FuncRec *findFunc(uintptr_t pc) {
  auto *it = std::upper_bound(T.funcs.begin(), T.funcs.end(), pc,
                              [](uintptr_t p, const FuncRec &f) { return p < f.lo; });
  if (it == T.funcs.begin())
    return nullptr;
  --it;
  return pc < it->hi ? it : nullptr;
}

/// The row covering pc, or null.
const Row *findRow(uintptr_t pc) {
  auto *s = std::upper_bound(T.seqs.begin(), T.seqs.end(), pc,
                             [](uintptr_t p, const Seq &q) { return p < q.lo; });
  if (s == T.seqs.begin())
    return nullptr;
  --s;
  if (pc >= s->hi || s->begin == s->end)
    return nullptr;
  Row *first = T.rows.data + s->begin, *last = T.rows.data + s->end;
  Row *r = std::upper_bound(first, last, pc,
                            [](uintptr_t p, const Row &q) { return p < q.addr; });
  if (r == first)
    return nullptr;
  --r;
  // Line 0 marks code of no particular statement (spills, a shared
  // epilogue): report the statement before it.
  while (r->line == 0 && r > first)
    --r;
  return r;
}

constexpr int kMaxChain = 32;

/// The logical frames at pc (an address inside an instruction), innermost
/// first; returns how many (0: not Go code).
int chainAt(uintptr_t pc, Frame *out, int max) {
  const FuncRec *f = findFunc(pc);
  if (!f || max <= 0)
    return 0;
  const InlRec *in[kMaxChain];
  int nin = 0;
  for (uint32_t i = f->inlBegin; i < f->inlEnd && nin < kMaxChain - 1; i++) {
    const InlRec &r = T.inls[i];
    if (pc >= r.lo && pc < r.hi && r.depth == uint32_t(nin + 1))
      in[nin++] = &r;
  }
  const Row *row = findRow(pc);
  Str file = row && row->file < T.files.len ? T.files[row->file] : Str{};
  int64_t line = row ? row->line : 0;
  int n = 0;
  for (int k = nin; k >= 0 && n < max; k--) {
    Frame &fr = out[n++];
    Str name = k > 0 ? in[k - 1]->name : f->name;
    fr.name = name.p;
    fr.nameLen = name.n;
    fr.file = file.p;
    fr.fileLen = file.n;
    fr.line = line;
    fr.entry = f->lo;
    fr.inlined = k > 0;
    if (k > 0) { // the next frame out is at this call's position
      uint32_t cf = in[k - 1]->callFile;
      file = cf < T.files.len ? T.files[cf] : Str{};
      line = in[k - 1]->callLine;
    }
  }
  return n;
}

//===-- Fake pcs for frames without a pc of their own -----------------------===//

constexpr uintptr_t kFakeSlot = 16;
constexpr size_t kFakeSlots = 1 << 16;
constexpr int kRuntimeMain = -1, kGoexit = -2, kGopanic = -3, kGoexitFn = -4;

struct FakeEntry {
  uintptr_t ra;
  int64_t kind; // >=0: depth in the inline chain at ra-1; else a runtime function (k*)
};

struct Fakes {
  uintptr_t base = 0;
  FakeEntry *entries = nullptr;
  uint32_t *hash = nullptr; // id+1, open addressing
  size_t n = 0;
  std::atomic<bool> lock{false};
};

Fakes fakes;
constexpr size_t kHashSlots = kFakeSlots * 2;

void initFakes() {
  void *r = mmap(nullptr, kFakeSlots * kFakeSlot, PROT_NONE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (r == MAP_FAILED)
    return;
  fakes.entries = static_cast<FakeEntry *>(rawAlloc(kFakeSlots * sizeof(FakeEntry)));
  fakes.hash = static_cast<uint32_t *>(rawAlloc(kHashSlots * sizeof(uint32_t)));
  if (fakes.entries && fakes.hash)
    fakes.base = reinterpret_cast<uintptr_t>(r);
}

/// The fake pc standing for (ra, kind), or ra itself when the table is full.
uintptr_t fakePC(uintptr_t ra, int64_t kind) {
  if (!fakes.base)
    return ra;
  while (fakes.lock.exchange(true, std::memory_order_acquire))
    sched_yield();
  uint64_t h = (uint64_t(ra) * 0x9E3779B97F4A7C15ull) ^ uint64_t(kind + 3);
  size_t i = size_t(h >> 47) % kHashSlots;
  uintptr_t result = ra;
  for (size_t probes = 0; probes < kHashSlots; probes++, i = (i + 1) % kHashSlots) {
    uint32_t id = fakes.hash[i];
    if (id == 0) {
      if (fakes.n < kFakeSlots) {
        fakes.entries[fakes.n] = FakeEntry{ra, kind};
        fakes.hash[i] = uint32_t(++fakes.n);
        result = fakes.base + (fakes.n - 1) * kFakeSlot + 1;
      }
      break;
    }
    const FakeEntry &e = fakes.entries[id - 1];
    if (e.ra == ra && e.kind == kind) {
      result = fakes.base + (id - 1) * kFakeSlot + 1;
      break;
    }
  }
  fakes.lock.store(false, std::memory_order_release);
  return result;
}

/// The entry for a fake pc, or null if pc is not one.
const FakeEntry *fakeEntry(uintptr_t pc) {
  if (!fakes.base || pc < fakes.base || pc >= fakes.base + kFakeSlots * kFakeSlot)
    return nullptr;
  size_t id = (pc - fakes.base) / kFakeSlot;
  while (fakes.lock.exchange(true, std::memory_order_acquire))
    sched_yield();
  const FakeEntry *e = id < fakes.n ? &fakes.entries[id] : nullptr;
  fakes.lock.store(false, std::memory_order_release);
  return e;
}

//===-- Stack walk ------------------------------------------------------------===//

struct Walk {
  int64_t skip;
  uintptr_t *buf;
  int64_t max;
  int64_t n;
  bool full;
  bool lastWasMain; // the outermost frame so far is main.main
  bool sawMain;
  bool grown; // the last frame was __morestack's
  int frames;
};

/// Whether ra is the return address of a prologue's call of __morestack
/// (stackcheck.cpp: the address comes from an asm `leaq __morestack(%rip)`
/// or `adrp+add`, then an indirect call). Whether __morestack's own frame
/// shows up depends on the unwinder and the path taken; after a preemption
/// __morestack tail-jumps to F again, which then returns here.
bool callsMorestack(uintptr_t ra) {
  if (!T.morestackLo || !findFunc(ra - 1))
    return false;
#if defined(__x86_64__)
  auto *p = reinterpret_cast<const uint8_t *>(ra);
  // call *%reg: FF /2 with mod=11 (REX.B 41 for r8-r15).
  if (!(p[-2] == 0xff && (p[-1] & 0xf8) == 0xd0))
    return false;
  for (int back = 9; back <= 64; back++) {
    const uint8_t *q = p - back; // REX.W lea disp32(%rip), reg
    if ((q[0] & 0xfb) == 0x48 && q[1] == 0x8d && (q[2] & 0xc7) == 0x05) {
      int32_t disp;
      memcpy(&disp, q + 3, 4);
      if (uintptr_t(q + 7) + intptr_t(disp) == T.morestackLo)
        return true;
    }
  }
  return false;
#elif defined(__aarch64__)
  auto *ins = reinterpret_cast<const uint32_t *>(ra);
  if ((ins[-1] & 0xfffffc1f) != 0xd63f0000) // blr xN
    return false;
  for (int back = 2; back <= 16; back++) {
    uint32_t adr = ins[-back];
    if ((adr & 0x9f000000) == 0x10000000) { // adr (lld relaxes adrp+add to nop+adr)
      int64_t imm = int64_t(((adr >> 29) & 3) | (((adr >> 5) & 0x7ffff) << 2));
      imm = (imm << 43) >> 43;
      if (uintptr_t(&ins[-back]) + uintptr_t(imm) == T.morestackLo)
        return true;
      continue;
    }
    uint32_t adrp = adr, add = ins[-back + 1];
    if ((adrp & 0x9f000000) != 0x90000000 || (add & 0xffc00000) != 0x91000000)
      continue;
    int64_t imm = int64_t(((adrp >> 29) & 3) | (((adrp >> 5) & 0x7ffff) << 2));
    imm = (imm << 43) >> 43; // sign-extend 21 bits
    uintptr_t page = (uintptr_t(&ins[-back]) & ~uintptr_t(0xfff)) + uintptr_t(imm << 12);
    if (page + ((add >> 10) & 0xfff) == T.morestackLo)
      return true;
  }
  return false;
#else
  return false;
#endif
}

bool put(Walk *w, uintptr_t pc) {
  if (w->skip > 0) {
    w->skip--;
    return true;
  }
  if (w->n >= w->max) {
    w->full = true;
    return false;
  }
  w->buf[w->n++] = pc;
  return true;
}

bool isMainMain(const Frame &f) {
  return f.nameLen == 9 && memcmp(f.name, "main.main", 9) == 0;
}

_Unwind_Reason_Code walkStep(_Unwind_Context *ctx, void *arg) {
  auto *w = static_cast<Walk *>(arg);
  if (w->full || ++w->frames > 100000)
    return _URC_END_OF_STACK;
  int before = 0;
  uintptr_t ip = _Unwind_GetIPInfo(ctx, &before);
  if (!ip)
    return _URC_END_OF_STACK;
  // Callers' pcs are return addresses: a frame interrupted by a signal
  // reports the next one so that pc-1 is in the faulting instruction.
  uintptr_t ra = before ? ip + 1 : ip;
  uintptr_t pc = ra - 1;
  if (pc >= T.gostartLo && pc < T.gostartHi) {
    put(w, fakePC(ra, kGoexit));
    return _URC_END_OF_STACK;
  }
  // The runtime's caller of deferred functions stands for the Go function
  // that calls them in Go: runtime.gopanic, or runtime.Goexit.
  if (pc >= T.rundeferLo && pc < T.rundeferHi) {
    G *gp = getg();
    bool goexit = gp && gp->panics && gp->panics->goexit;
    w->lastWasMain = false;
    if (!put(w, fakePC(ra, goexit ? kGoexitFn : kGopanic)))
      return _URC_END_OF_STACK;
    return _URC_NO_REASON;
  }
  // A function whose prologue grew the stack runs again above
  // __morestack: its frame below, stopped in the prologue, is not a call.
  if (isMorestackPC(pc)) {
    w->grown = true;
    return _URC_NO_REASON;
  }
  if (w->grown || callsMorestack(ra)) {
    w->grown = false;
    if (findFunc(pc))
      return _URC_NO_REASON;
  }
  Frame chain[kMaxChain];
  int n = chainAt(pc, chain, kMaxChain);
  if (n == 0) {
    if (w->lastWasMain && !w->sawMain) {
      w->sawMain = true;
      put(w, fakePC(ra, kRuntimeMain));
    }
    w->lastWasMain = false;
    return w->full ? _URC_END_OF_STACK : _URC_NO_REASON;
  }
  for (int d = 0; d < n; d++)
    if (!put(w, d == 0 ? ra : fakePC(ra, d)))
      return _URC_END_OF_STACK;
  w->lastWasMain = isMainMain(chain[n - 1]);
  return _URC_NO_REASON;
}

} // namespace

const uint8_t *selfExe(size_t *size) {
  // Mapped once for the process; two threads racing here map twice and the
  // loser unmaps its copy.
  static std::atomic<const uint8_t *> image{nullptr};
  static std::atomic<size_t> imageSize{0};
  if (const uint8_t *p = image.load(std::memory_order_acquire)) {
    *size = imageSize.load(std::memory_order_relaxed);
    return p;
  }
  int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return nullptr;
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_size < long(sizeof(Elf64_Ehdr))) {
    close(fd);
    return nullptr;
  }
  size_t n = size_t(st.st_size);
  void *map = mmap(nullptr, n, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED)
    return nullptr;
  auto *base = static_cast<const uint8_t *>(map);
  auto *eh = reinterpret_cast<const Elf64_Ehdr *>(base);
  if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
      eh->e_shoff + uint64_t(eh->e_shnum) * sizeof(Elf64_Shdr) > n) {
    munmap(map, n);
    return nullptr;
  }
  imageSize.store(n, std::memory_order_relaxed);
  const uint8_t *expected = nullptr;
  if (!image.compare_exchange_strong(expected, base, std::memory_order_acq_rel)) {
    munmap(map, n);
    base = expected;
  }
  *size = n;
  return base;
}

bool symtabReady() {
  int s = tablesState.load(std::memory_order_acquire);
  if (s == 2)
    return true;
  int expect = 0;
  if (tablesState.compare_exchange_strong(expect, 1)) {
    initFakes();
    buildTables();
    tablesState.store(2, std::memory_order_release);
    return true;
  }
  while (tablesState.load(std::memory_order_acquire) != 2)
    sched_yield();
  return true;
}

bool isMorestackPC(uintptr_t pc) { return pc >= T.morestackLo && pc < T.morestackHi; }

bool symtabTryReady() {
  int s = tablesState.load(std::memory_order_acquire);
  if (s == 1)
    return false;
  return symtabReady();
}

int pcFrames(uintptr_t pc, Frame *out, int max) {
  if (tablesState.load(std::memory_order_acquire) != 2)
    return 0;
  return chainAt(pc, out, max);
}

int64_t callers(int64_t skip, uintptr_t *buf, int64_t max) {
  symtabReady();
  Walk w{skip < 0 ? 0 : skip, buf, max, 0, false, false, false, false, 0};
  if (max > 0)
    _Unwind_Backtrace(walkStep, &w);
  return w.n;
}

bool lookupPC(uintptr_t pc, bool retaddr, Frame *fr) {
  symtabReady();
  *fr = Frame{};
  if (const FakeEntry *e = fakeEntry(pc)) {
    fr->pc = fakes.base + (pc - fakes.base) / kFakeSlot * kFakeSlot;
    if (e->kind < 0) {
      Str s = mkstr(e->kind == kRuntimeMain ? "runtime.main"
                    : e->kind == kGopanic   ? "runtime.gopanic"
                    : e->kind == kGoexitFn  ? "runtime.Goexit"
                                            : "runtime.goexit");
      fr->name = s.p;
      fr->nameLen = s.n;
      fr->entry = e->kind == kGoexit ? T.gostartLo : 0;
      return true;
    }
    Frame chain[kMaxChain];
    int n = chainAt(e->ra - 1, chain, kMaxChain);
    if (e->kind >= n)
      return false;
    uintptr_t fpc = fr->pc;
    *fr = chain[e->kind];
    fr->pc = fpc;
    return true;
  }
  uintptr_t at = retaddr ? pc - 1 : pc;
  Frame chain[1];
  if (chainAt(at, chain, 1) == 0)
    return false;
  *fr = chain[0];
  fr->pc = at;
  return true;
}

} // namespace golite::rt

using namespace golite;
using namespace golite::rt;

extern "C" {

// lib/runtime's body-less helpers (Go functions: a leading closure
// context). Frame 0 of runtime.callers is the Go function that called it.
int64_t runtime_callers(void *, int64_t skip, uintptr_t *buf, int64_t max)
    __asm__("runtime.callers");
bool runtime_lookupPC(void *, uintptr_t pc, bool retaddr, FrameRecord *rec)
    __asm__("runtime.lookupPC");

// The unwinder and the first build of the tables need more than the red
// zone: both run on a segment with room (the walk goes through the switch
// frame as through __morestack's).
__attribute__((noinline)) int64_t runtime_callers(void *, int64_t skip, uintptr_t *buf,
                                                  int64_t max) {
  int64_t n = 0;
  withStack(deepStackBytes, [&] { n = callers(skip, buf, max); });
  return n;
}

bool runtime_lookupPC(void *, uintptr_t pc, bool retaddr, FrameRecord *rec) {
  Frame fr;
  bool ok = false;
  withStack(deepStackBytes, [&] { ok = lookupPC(pc, retaddr, &fr); });
  if (!ok)
    return false;
  rec->pc = fr.pc;
  rec->entry = fr.entry;
  rec->function = abi::GoString{reinterpret_cast<const uint8_t *>(fr.name), fr.nameLen};
  rec->file = abi::GoString{reinterpret_cast<const uint8_t *>(fr.file), fr.fileLen};
  rec->line = fr.line;
  rec->inlined = fr.inlined;
  return true;
}

} // extern "C"
