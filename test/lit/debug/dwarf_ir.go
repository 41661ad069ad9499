// RUN: %golite build -gcflags='-N -l' -emit-llvm -o - %s | FileCheck %s
// REQUIRES: golite
// Debug information: a DW_LANG_Go compile unit, subprograms with Go names
// (functions, methods, function literals), parameters numbered from 1,
// locals, and Go type names (string as {str, len}, slices, named structs).

package main

type T struct{ a, b int }

func (t *T) Sum(k int) int { return t.a + t.b + k }

func main() {
	t := &T{1, 2}
	s := "x"
	xs := []byte(s)
	f := func() int { return len(xs) }
	println(t.Sum(3), f())
}

// CHECK-DAG: !DICompileUnit(language: DW_LANG_Go, file: ![[FILE:[0-9]+]], producer: "golite"
// CHECK-DAG: ![[FILE]] = !DIFile(filename: "dwarf_ir.go"
// CHECK-DAG: !DISubprogram(name: "main.main", linkageName: "main.main"
// CHECK-DAG: !DISubprogram(name: "main.(*T).Sum"
// CHECK-DAG: !DISubprogram(name: "main.main.func1"
// CHECK-DAG: !DILocalVariable(name: "t", arg: 1,
// CHECK-DAG: !DILocalVariable(name: "k", arg: 2,
// CHECK-DAG: !DILocalVariable(name: "s", scope:
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "string"
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "[]uint8"
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "main.T"
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_pointer_type, name: "*main.T"
