; Hand-compiled Go, following the scheme in runtime/runtime.def:
;
; func g() { panic("boom") }
; func f() (r int) {
;     defer func() {
;         if x := recover(); x != nil { println("recovered:", x.(string)); r = 42 }
;     }()
;     g()
;     return 1
; }
; func h() { println("h recovers:", recover().(string)) }   // via thunk: defer h()
; func k() { defer h(); panic("thunk") }
; func idx() {
;     defer func() { println("recovered:", recover().(error).Error()) }()
;     _ = []int{1, 2, 3}[5]
; }
; type T int; func (T) Error() string { return "T.Error" }
; func main() {
;     println(f()); k(); println("after k"); idx()
;     println("static itab reused:", <getitab(error, T) == &itab:main.T,error>)
;     panic("final")
; }

target triple = "x86_64-pc-linux-gnu"

%GoString = type { ptr, i64 }
%Eface = type { ptr, ptr }

@"type:string" = external global i8
@str.boom = private constant [4 x i8] c"boom"
@str.thunk = private constant [5 x i8] c"thunk"
@str.final = private constant [5 x i8] c"final"
@str.recovered = private constant [10 x i8] c"recovered:"
@str.hrec = private constant [11 x i8] c"h recovers:"
@str.afterk = private constant [7 x i8] c"after k"
@val.boom = private constant %GoString { ptr @str.boom, i64 4 }
@val.thunk = private constant %GoString { ptr @str.thunk, i64 5 }
@val.final = private constant %GoString { ptr @str.final, i64 5 }

declare void @"runtime.gopanic"(ptr, ptr) noreturn
declare %Eface @"runtime.gorecover"(ptr, ptr)
declare void @"runtime.deferproc"(ptr, ptr)
declare void @"runtime.deferprocThunk"(ptr, ptr)
declare void @"runtime.deferreturn"(ptr)
declare zeroext i1 @"runtime.deferlp"(ptr, ptr)
declare void @"runtime.printlock"()
declare void @"runtime.printunlock"()
declare void @"runtime.printstring"(ptr, i64)
declare void @"runtime.printint"(i64)
declare void @"runtime.printsp"()
declare void @"runtime.printnl"()
declare ptr @"runtime.newobject"(ptr)
declare ptr @llvm.frameaddress.p0(i32)
declare ptr @"runtime.getitab"(ptr, ptr, i1 zeroext)
declare void @"runtime.panicIndex"(i64, i64) noreturn
declare void @"runtime.printbool"(i1 zeroext)

%TypeDesc = type { i64, i64, i32, i8, i8, i8, i8, ptr, ptr, ptr, ptr, ptr, i64, ptr, i64, ptr, i64 }
@"type:func() string" = external global i8
@name.Error = private constant [6 x i8] c"Error\00"
@str.error = private constant [6 x i8] c"error\00"
@str.mainT = private constant [7 x i8] c"main.T\00"
@str.main = private constant [5 x i8] c"main\00"
@imethods.error = private constant [1 x { ptr, ptr }] [{ ptr, ptr } { ptr @name.Error, ptr @"type:func() string" }]
@gcdata.eface = private constant [1 x i8] c"\03"
@"type:error" = linkonce_odr constant %TypeDesc { i64 16, i64 16, i32 0, i8 2, i8 8, i8 8, i8 20,
    ptr @gcdata.eface, ptr @str.error, ptr null, ptr null, ptr null, i64 0, ptr @imethods.error, i64 1, ptr null, i64 0 }
@methods.T = private constant [1 x { ptr, ptr, ptr }] [{ ptr, ptr, ptr } { ptr @name.Error, ptr @"type:func() string", ptr @"main.T.Error" }]
@"type:main.T" = linkonce_odr constant %TypeDesc { i64 8, i64 0, i32 0, i8 7, i8 8, i8 8, i8 2,
    ptr null, ptr @str.mainT, ptr @str.main, ptr null, ptr null, i64 0, ptr null, i64 0, ptr @methods.T, i64 1 }
@"itab:main.T,error" = linkonce_odr constant { ptr, ptr, i32, i32, [1 x ptr] } { ptr @"type:error", ptr @"type:main.T", i32 0, i32 0, [1 x ptr] [ptr @"main.T.Error"] }
@itablist = private constant [1 x ptr] [ptr @"itab:main.T,error"], section "golite_itabs"
@llvm.used = appending global [1 x ptr] [ptr @itablist], section "llvm.metadata"
@str.TError = private constant [7 x i8] c"T.Error"
@str.static = private constant [19 x i8] c"static itab reused:"

define %GoString @"main.T.Error"(ptr %ctx, ptr %recv) #0 {
  ret %GoString { ptr @str.TError, i64 7 }
}

define void @"main.idx.func1"(ptr %ctx) #0 {
  %fa1 = call ptr @llvm.frameaddress.p0(i32 1)
  %fa2 = call ptr @llvm.frameaddress.p0(i32 2)
  %e = call %Eface @"runtime.gorecover"(ptr %fa1, ptr %fa2)
  %t = extractvalue %Eface %e, 0
  %d = extractvalue %Eface %e, 1
  %tab = call ptr @"runtime.getitab"(ptr @"type:error", ptr %t, i1 false)
  %fp = getelementptr i8, ptr %tab, i64 24
  %fn = load ptr, ptr %fp
  %s = call %GoString %fn(ptr null, ptr %d)
  %sp = extractvalue %GoString %s, 0
  %sl = extractvalue %GoString %s, 1
  call void @"runtime.printlock"()
  call void @"runtime.printstring"(ptr @str.recovered, i64 10)
  call void @"runtime.printsp"()
  call void @"runtime.printstring"(ptr %sp, i64 %sl)
  call void @"runtime.printnl"()
  call void @"runtime.printunlock"()
  ret void
}

define void @"main.idx"(ptr %ctx) #0 personality ptr @__gcc_personality_v0 {
  %token = alloca i8
  %clo = alloca { ptr }
  store ptr @"main.idx.func1", ptr %clo
  call void @"runtime.deferproc"(ptr %token, ptr %clo)
  invoke void @"runtime.panicIndex"(i64 5, i64 3) to label %cont unwind label %lpad
cont:
  unreachable
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  %exc = extractvalue { ptr, i32 } %lp, 0
  %ok = call zeroext i1 @"runtime.deferlp"(ptr %token, ptr %exc)
  br i1 %ok, label %recovered, label %resume
recovered:
  call void @"runtime.deferreturn"(ptr %token)
  ret void
resume:
  resume { ptr, i32 } %lp
}
declare i32 @__gcc_personality_v0(...)

define void @"__golite_init"() #0 { ret void }

define void @"main.g"(ptr %ctx) #0 {
  call void @"runtime.gopanic"(ptr @"type:string", ptr @val.boom)
  unreachable
}

; the deferred closure of f: { fn, &r }
define void @"main.f.func1"(ptr %ctx) #0 {
  %fa1 = call ptr @llvm.frameaddress.p0(i32 1)
  %fa2 = call ptr @llvm.frameaddress.p0(i32 2)
  %e = call %Eface @"runtime.gorecover"(ptr %fa1, ptr %fa2)
  %t = extractvalue %Eface %e, 0
  %isnil = icmp eq ptr %t, null
  br i1 %isnil, label %done, label %rec
rec:
  %d = extractvalue %Eface %e, 1
  %s = load %GoString, ptr %d
  %sp = extractvalue %GoString %s, 0
  %sl = extractvalue %GoString %s, 1
  call void @"runtime.printlock"()
  call void @"runtime.printstring"(ptr @str.recovered, i64 10)
  call void @"runtime.printsp"()
  call void @"runtime.printstring"(ptr %sp, i64 %sl)
  call void @"runtime.printnl"()
  call void @"runtime.printunlock"()
  %rpp = getelementptr { ptr, ptr }, ptr %ctx, i32 0, i32 1
  %rp = load ptr, ptr %rpp
  store i64 42, ptr %rp
  br label %done
done:
  ret void
}

define i64 @"main.f"(ptr %ctx) #0 personality ptr @__gcc_personality_v0 {
  %token = alloca i8
  %r = alloca i64
  store i64 0, ptr %r
  %clo = alloca { ptr, ptr }
  store ptr @"main.f.func1", ptr %clo
  %rpp = getelementptr { ptr, ptr }, ptr %clo, i32 0, i32 1
  store ptr %r, ptr %rpp
  call void @"runtime.deferproc"(ptr %token, ptr %clo)
  invoke void @"main.g"(ptr null) to label %cont unwind label %lpad
cont:
  store i64 1, ptr %r
  call void @"runtime.deferreturn"(ptr %token)
  %v = load i64, ptr %r
  ret i64 %v
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  %exc = extractvalue { ptr, i32 } %lp, 0
  %ok = call zeroext i1 @"runtime.deferlp"(ptr %token, ptr %exc)
  br i1 %ok, label %recovered, label %resume
recovered:
  call void @"runtime.deferreturn"(ptr %token)
  %v2 = load i64, ptr %r
  ret i64 %v2
resume:
  resume { ptr, i32 } %lp
}

define void @"main.h"(ptr %ctx) #0 {
  %fa1 = call ptr @llvm.frameaddress.p0(i32 1)
  %fa2 = call ptr @llvm.frameaddress.p0(i32 2)
  %e = call %Eface @"runtime.gorecover"(ptr %fa1, ptr %fa2)
  %d = extractvalue %Eface %e, 1
  %s = load %GoString, ptr %d
  %sp = extractvalue %GoString %s, 0
  %sl = extractvalue %GoString %s, 1
  call void @"runtime.printlock"()
  call void @"runtime.printstring"(ptr @str.hrec, i64 11)
  call void @"runtime.printsp"()
  call void @"runtime.printstring"(ptr %sp, i64 %sl)
  call void @"runtime.printnl"()
  call void @"runtime.printunlock"()
  ret void
}

define void @"main.k.thunk1"(ptr %ctx) #1 {
  call void @"main.h"(ptr null)
  ret void
}

define void @"main.k"(ptr %ctx) #0 personality ptr @__gcc_personality_v0 {
  %token = alloca i8
  %clo = alloca { ptr }
  store ptr @"main.k.thunk1", ptr %clo
  call void @"runtime.deferprocThunk"(ptr %token, ptr %clo)
  invoke void @"runtime.gopanic"(ptr @"type:string", ptr @val.thunk) to label %cont unwind label %lpad
cont:
  unreachable
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  %exc = extractvalue { ptr, i32 } %lp, 0
  %ok = call zeroext i1 @"runtime.deferlp"(ptr %token, ptr %exc)
  br i1 %ok, label %recovered, label %resume
recovered:
  call void @"runtime.deferreturn"(ptr %token)
  ret void
resume:
  resume { ptr, i32 } %lp
}

define void @"main.main"(ptr %ctx) #0 {
  %v = call i64 @"main.f"(ptr null)
  call void @"runtime.printlock"()
  call void @"runtime.printint"(i64 %v)
  call void @"runtime.printnl"()
  call void @"runtime.printunlock"()
  call void @"main.k"(ptr null)
  call void @"runtime.printlock"()
  call void @"runtime.printstring"(ptr @str.afterk, i64 7)
  call void @"runtime.printnl"()
  call void @"runtime.printunlock"()
  call void @"main.idx"(ptr null)
  %tab = call ptr @"runtime.getitab"(ptr @"type:error", ptr @"type:main.T", i1 false)
  %same = icmp eq ptr %tab, @"itab:main.T,error"
  call void @"runtime.printlock"()
  call void @"runtime.printstring"(ptr @str.static, i64 19)
  call void @"runtime.printsp"()
  call void @"runtime.printbool"(i1 %same)
  call void @"runtime.printnl"()
  call void @"runtime.printunlock"()
  call void @"runtime.gopanic"(ptr @"type:string", ptr @val.final)
  unreachable
}

attributes #0 = { noinline "frame-pointer"="all" uwtable }
attributes #1 = { noinline "frame-pointer"="all" uwtable "disable-tail-calls"="true" }
