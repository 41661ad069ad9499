// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Channel types and the <- association rules.
// CHECK: File p @45:1
// CHECK-NEXT:   GenDecl var @47:1
// CHECK-NEXT:     ValueSpec a @47:5
// CHECK-NEXT:       type: ChanType chan @47:7
// CHECK-NEXT:         Ident int @47:12
// CHECK-NEXT:   GenDecl var @48:1
// CHECK-NEXT:     ValueSpec b @48:5
// CHECK-NEXT:       type: ChanType chan<- @48:7
// CHECK-NEXT:         Ident int @48:14
// CHECK-NEXT:   GenDecl var @49:1
// CHECK-NEXT:     ValueSpec c @49:5
// CHECK-NEXT:       type: ChanType <-chan @49:7
// CHECK-NEXT:         Ident int @49:14
// CHECK-NEXT:   GenDecl var @50:1
// CHECK-NEXT:     ValueSpec d @50:5
// CHECK-NEXT:       type: ChanType chan<- @50:7
// CHECK-NEXT:         ChanType chan @50:14
// CHECK-NEXT:           Ident int @50:19
// CHECK-NEXT:   GenDecl var @51:1
// CHECK-NEXT:     ValueSpec e @51:5
// CHECK-NEXT:       type: ChanType chan @51:7
// CHECK-NEXT:         ParenExpr @51:12
// CHECK-NEXT:           ChanType <-chan @51:13
// CHECK-NEXT:             Ident int @51:20
// CHECK-NEXT:   GenDecl var @52:1
// CHECK-NEXT:     ValueSpec f @52:5
// CHECK-NEXT:       type: ChanType <-chan @52:7
// CHECK-NEXT:         ChanType <-chan @52:14
// CHECK-NEXT:           Ident int @52:21
// CHECK-NEXT:   GenDecl var @53:1
// CHECK-NEXT:     ValueSpec g @53:5
// CHECK-NEXT:       type: ChanType chan<- @53:7
// CHECK-NEXT:         ChanType <-chan @53:14
// CHECK-NEXT:           Ident int @53:21
// CHECK-NEXT:   GenDecl var @54:1
// CHECK-NEXT:     ValueSpec h @54:5
// CHECK-NEXT:       value: UnaryExpr <- @54:9
// CHECK-NEXT:         CallExpr @54:11
// CHECK-NEXT:           fun: ChanType chan @54:11
// CHECK-NEXT:             Ident int @54:16
// CHECK-NEXT:           Ident nil @54:20
package p

var a chan int
var b chan<- int
var c <-chan int
var d chan<- chan int
var e chan (<-chan int)
var f <-chan <-chan int
var g chan<- <-chan int
var h = <-chan int(nil)
