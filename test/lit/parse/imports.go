// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Import forms: single, grouped, named, dot and blank.
// CHECK: File p @12:1
// CHECK-NEXT:   GenDecl import @14:1
// CHECK-NEXT:     ImportSpec "fmt" @14:8
// CHECK-NEXT:   GenDecl import (grouped) @15:1
// CHECK-NEXT:     ImportSpec "os" @16:2
// CHECK-NEXT:     ImportSpec str "strings" @17:2
// CHECK-NEXT:     ImportSpec . "math" @18:2
// CHECK-NEXT:     ImportSpec _ "unsafe" @19:2
package p

import "fmt"
import (
	"os"
	str "strings"
	. "math"
	_ "unsafe"
)
