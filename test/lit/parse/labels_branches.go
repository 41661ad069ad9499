// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Labeled statements, goto, labeled break/continue.
// CHECK: File p @19:1
// CHECK-NEXT:   FuncDecl f @21:1
// CHECK-NEXT:     FuncType @21:1
// CHECK-NEXT:       params: FieldList @21:7
// CHECK-NEXT:     body: BlockStmt @21:10
// CHECK-NEXT:       LabeledStmt outer @22:1
// CHECK-NEXT:         ForStmt @23:2
// CHECK-NEXT:           body: BlockStmt @23:6
// CHECK-NEXT:             ForStmt @24:3
// CHECK-NEXT:               body: BlockStmt @24:7
// CHECK-NEXT:                 BranchStmt continue outer @25:4
// CHECK-NEXT:             BranchStmt break outer @27:3
// CHECK-NEXT:       BranchStmt goto end @29:2
// CHECK-NEXT:       LabeledStmt end @30:1
// CHECK-NEXT:         EmptyStmt implicit @31:1
package p

func f() {
outer:
	for {
		for {
			continue outer
		}
		break outer
	}
	goto end
end:
}
