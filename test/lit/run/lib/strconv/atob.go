// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// strconv: ParseBool's accepted spellings and its error, FormatBool and
// AppendBool.

package main

import "strconv"

func main() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE",
		"false", "False", "tRue", "yes", "", " true"} {
		b, err := strconv.ParseBool(s)
		if err != nil {
			println(b, err.Error(), err.(*strconv.NumError).Err == strconv.ErrSyntax)
		} else {
			println(b, strconv.FormatBool(b), string(strconv.AppendBool([]byte("b="), b)))
		}
	}
}

// CHECK: true true b=true
// CHECK-NEXT: true true b=true
// CHECK-NEXT: true true b=true
// CHECK-NEXT: true true b=true
// CHECK-NEXT: true true b=true
// CHECK-NEXT: true true b=true
// CHECK-NEXT: false false b=false
// CHECK-NEXT: false false b=false
// CHECK-NEXT: false false b=false
// CHECK-NEXT: false false b=false
// CHECK-NEXT: false false b=false
// CHECK-NEXT: false false b=false
// CHECK-NEXT: false strconv.ParseBool: parsing "tRue": invalid syntax true
// CHECK-NEXT: false strconv.ParseBool: parsing "yes": invalid syntax true
// CHECK-NEXT: false strconv.ParseBool: parsing "": invalid syntax true
// CHECK-NEXT: false strconv.ParseBool: parsing " true": invalid syntax true
