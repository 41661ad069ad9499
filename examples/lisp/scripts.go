// The scripts that main runs, embedded as string constants.

package main

type script struct {
	name string
	src  string
}

var scripts = []script{
	{"arithmetic", arithmeticScript},
	{"lists", listsScript},
	{"closures", closuresScript},
	{"strings-and-tables", tablesScript},
	{"macros", macrosScript},
	{"quasiquote", quasiScript},
	{"errors", errorsScript},
	{"objects", objectsScript},
	{"self-test", selfTestScript},
}

const arithmeticScript = `
(print "sum" (+ 1 2 3 4 5) "product" (* 1 2 3 4 5) "neg" (- 10) (- 10 3 2))
(print "quotient" (quotient 17 5) (quotient -17 5) "remainder" (remainder -17 5) "modulo" (modulo -17 5) (modulo 17 -5))
(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
(print "20! =" (fact 20))
(print "30! =" (fact 30))
(print "50! =" (fact 50))
(print "2^100 =" (expt 2 100))
(print "2^62 - 1 + 1 =" (+ (- (expt 2 62) 1) 1))
(print "big - big =" (- (expt 10 30) (+ (expt 10 30) 1)))
(print "big quotient" (quotient (fact 25) 1000000) (remainder (fact 25) 1000007))
(print "compare" (< 1 2 3) (< 1 3 2) (>= (expt 3 50) (expt 2 79)) (= (fact 22) (* 22 (fact 21))))
(print "min/max" (min 4 2 8) (max 4 2 8) (abs -7) (abs (- (expt 2 70))))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(print "fib 15 =" (fib 15))
(define (fib-iter n) (let loop ((a 0) (b 1) (i 0)) (if (= i n) a (loop b (+ a b) (+ i 1)))))
(print "fib 90 =" (fib-iter 90) "fib 150 =" (fib-iter 150))
(print "even/odd" (even? 10) (odd? 10) (even? (expt 2 80)))
(print "numbers" (number->string (expt 7 30)) (string->number "-123") (string->number "12a"))
(print (quotient 1 0))
`

const listsScript = `
(define xs (list 5 3 8 1 9 2))
(print "xs" xs "length" (length xs))
(print "car/cdr" (car xs) (cdr xs) (cadr xs))
(print "reverse" (reverse xs))
(print "append" (append '(1 2) '(3) '() '(4 5)))
(print "map" (map (lambda (x) (* x x)) xs))
(print "filter" (filter odd? xs))
(print "foldl" (foldl + 0 xs) (foldl (lambda (acc x) (cons x acc)) '() xs))
(print "sort" (sort xs <) (sort xs >))
(print "sort strings" (sort '("pear" "apple" "fig") string<?))
(print "range" (range 5) (range 2 10 3) (range 5 0 -2))
(print "list-ref" (list-ref xs 2))
(print "assoc" (assoc 'b '((a 1) (b 2))) (assoc 'z '((a 1))))
(print "member" (member 8 xs) (member 7 xs))
(print "dotted" (cons 1 2) '(1 2 . 3) (list? '(1 2)) (list? (cons 1 2)))
(print "apply" (apply + 1 2 '(3 4)) (apply max xs))
(print "nested" '((1 2) (3 (4 5)) ()))
(print "equal" (equal? '(1 (2 3)) (list 1 (list 2 3))) (eq? '(1) '(1)) (eq? 'a 'a))
(define (flatten x)
  (cond ((null? x) '())
        ((pair? x) (append (flatten (car x)) (flatten (cdr x))))
        (else (list x))))
(print "flatten" (flatten '(1 (2 (3 4)) ((5)) 6)))
(define (qsort l)
  (if (null? l) '()
      (let ((p (car l)) (rest (cdr l)))
        (append (qsort (filter (lambda (x) (< x p)) rest))
                (list p)
                (qsort (filter (lambda (x) (>= x p)) rest))))))
(print "qsort" (qsort '(3 1 4 1 5 9 2 6 5 3 5)))
(print "vector" [1 2 3] (vector-ref [10 20 30] 1) (vector->list (list->vector '(a b))))
(define v (make-vector 3 0))
(vector-set! v 0 'x)
(vector-push! v 'y)
(print "vector ops" v (vector-length v))
(print "list-ref error next")
(list-ref xs 10)
`

const closuresScript = `
(define (make-counter)
  (let ((n 0))
    (lambda () (set! n (+ n 1)) n)))
(define c1 (make-counter))
(define c2 (make-counter))
(c1) (c1)
(print "counters" (c1) (c2))
(define (compose . fs)
  (if (null? fs) (lambda (x) x)
      (lambda (x) ((car fs) ((apply compose (cdr fs)) x)))))
(define inc (lambda (x) (+ x 1)))
(define dbl (lambda (x) (* x 2)))
(print "compose" ((compose inc dbl) 5) ((compose dbl inc) 5) ((compose) 7))
(define (curry f x) (lambda (y) (f x y)))
(print "curry" (map (curry * 3) '(1 2 3)))
(define (count-down n) (if (= n 0) 'done (count-down (- n 1))))
(print "tail calls" (count-down 100000))
(define (sum-list l acc) (if (null? l) acc (sum-list (cdr l) (+ acc (car l)))))
(print "sum 1..1000" (sum-list (range 1 1001) 0))
(letrec ((ev? (lambda (n) (if (= n 0) #t (od? (- n 1)))))
         (od? (lambda (n) (if (= n 0) #f (ev? (- n 1))))))
  (print "mutual" (ev? 1000) (od? 7)))
(let* ((a 1) (b (+ a 1)) (c (* b 10)))
  (print "let*" a b c))
(define (variadic a . rest) (list a rest))
(print "variadic" (variadic 1) (variadic 1 2 3))
(define adders (map (lambda (n) (lambda (x) (+ x n))) '(1 10 100)))
(print "adders" (map (lambda (f) (f 5)) adders))
(define x 'global)
(define (show-x) x)
(let ((x 'local)) (print "lexical scope" (show-x) x))
(define (deep n) (if (= n 0) 0 (+ 1 (deep (- n 1)))))
(print "deep 5000" (deep 5000))
(print "too deep next")
(deep 20000)
(print "after too deep" (deep 10))
(print "procedures" car count-down (lambda (x) x) (procedure? car) (procedure? 'car))
`

const tablesScript = `
(define text "the quick brown fox jumps over the lazy dog the fox")
(define words (string-split text " "))
(print "words" (length words))
(define freq (make-hash))
(for-each (lambda (w) (hash-set! freq w (+ 1 (hash-ref freq w 0)))) words)
(print "distinct" (hash-count freq))
(for-each (lambda (k) (print k (hash-ref freq k))) (hash-keys freq))
(print "table" freq)
(hash-remove! freq "the")
(print "has the?" (hash-has? freq "the") "has fox?" (hash-has? freq "fox"))
(print "join" (string-join (sort (hash-keys freq) string<?) ","))
(print "upcase" (string-upcase "Hello, World"))
(print "substring" (substring "hello world" 6) (substring "hello" 1 3))
(print "unicode" (string-length "héllo 世界") (substring "héllo 世界" 6 8))
(print "chars" (string->list "abc") (char-code "A") (code-char 955))
(print "repr" (repr "a\"b") (repr '(1 "two" three)))
(define (caesar s k)
  (string-join
    (map (lambda (ch)
           (let ((c (char-code ch)))
             (if (and (>= c 97) (<= c 122))
                 (code-char (+ 97 (modulo (+ (- c 97) k) 26)))
                 ch)))
         (string->list s))
    ""))
(print "caesar" (caesar "hello, world" 3) (caesar (caesar "round trip" 13) 13))
(define h (make-hash))
(hash-set! h '(1 2) "list key")
(hash-set! h 42 "int key")
(hash-set! h 'sym "symbol key")
(print "mixed keys" (hash-ref h (list 1 2)) (hash-ref h 42) (hash-ref h 'sym))
(print "missing key next")
(hash-ref h 'nope)
(print "substring error next")
(substring "abc" 2 9)
`

const macrosScript = `
(defmacro my-unless (c . body) (list 'if c #f (cons 'begin body)))
(print "my-unless" (my-unless #f 'ran) (my-unless #t 'ran))
(defmacro swap! (a b)
  (let ((tmp (gensym)))
    (list 'let (list (list tmp a)) (list 'set! a b) (list 'set! b tmp))))
(define p 1)
(define q 2)
(swap! p q)
(print "swap!" p q)
(print "expand" (macroexpand '(swap! x y)))
(defmacro for (var from to . body)
  (list 'let 'loop (list (list var from))
        (list 'when (list '< var to)
              (cons 'begin body)
              (list 'loop (list '+ var 1)))))
(define total 0)
(for i 0 10 (set! total (+ total i)))
(print "for" total)
(define n 0)
(while (< n 5) (set! n (+ n 1)))
(print "while" n)
(print "case" (case 3 ((1 2) 'low) ((3 4) 'mid) (else 'high)) (case 'z ((a) 1) (else 'other)))
(print "cond =>" (cond ((assoc 'b '((a 1) (b 2)))) (else 'none)))
(print "and/or" (and 1 2 3) (and 1 #f 3) (or #f #f) (or #f 2) (and) (or))
(print "when/unless" (when (> 2 1) 'yes) (unless (> 2 1) 'no))
(print "eval" (eval (list '+ 1 2 3)))
`

const quasiScript = "(define x 42)\n" +
	"(define ys '(1 2 3))\n" +
	"(print \"quasi\" `(x is ,x))\n" +
	"(print \"splice\" `(start ,@ys end))\n" +
	"(print \"nested\" `((a ,x) (b ,@(map (lambda (y) (* y y)) ys))))\n" +
	"(print \"dotted\" `(1 . ,x))\n" +
	"(print \"vector\" `[1 ,x])\n" +
	"(print \"quote forms\" ''a '`(b ,c ,@d))\n" +
	"(defmacro my-inc! (v) `(set! ,v (+ ,v 1)))\n" +
	"(my-inc! x)\n" +
	"(print \"my-inc!\" x)\n"

const errorsScript = `
(print "try ok" (try (+ 1 2) (catch e (list 'caught e))))
(print "try error" (try (error "bad thing" 42) (catch e (list 'caught e))))
(print "raise value" (try (raise '(code 7)) (catch e (car (cdr e)))))
(print "unbound" (try undefined-var (catch e e)))
(print "arity" (try ((lambda (a b) a) 1) (catch e e)))
(print "type" (try (+ 1 "two") (catch e e)))
(print "not procedure" (try (5 3) (catch e e)))
(print "go runtime index" (try (vector-ref [1 2 3] 5) (catch e e)))
(print "go runtime assert" (try (let* ((1 2)) 3) (catch e e)))
(define (safe-div a b) (try (quotient a b) (catch e 'div-error)))
(print "safe-div" (safe-div 10 2) (safe-div 1 0))
(define log '())
(define (risky n)
  (try
    (begin
      (set! log (cons (list 'start n) log))
      (when (odd? n) (error "odd" n))
      (* n 10))
    (catch e (set! log (cons (list 'failed n) log)) -1)))
(print "risky" (map risky '(1 2 3 4)))
(print "log" (reverse log))
(print "nested try" (try (try (error "inner") (catch e (error (string-append "outer(" e ")")))) (catch e e)))
(error "uncaught at top level" 'x)
(print "still running after error")
(car '())
(undefined-function 1 2)
(print "syntax" (try (if) (catch e e)))
`

const objectsScript = `
(define (make-account owner balance)
  (define history '())
  (define (record! what amount) (set! history (cons (list what amount) history)))
  (lambda (msg . args)
    (case msg
      ((owner) owner)
      ((balance) balance)
      ((deposit)
       (set! balance (+ balance (car args)))
       (record! 'deposit (car args))
       balance)
      ((withdraw)
       (if (> (car args) balance)
           (error "insufficient funds" owner balance)
           (begin (set! balance (- balance (car args)))
                  (record! 'withdraw (car args))
                  balance)))
      ((history) (reverse history))
      (else (error "unknown message" msg)))))
(define alice (make-account "alice" 100))
(define bob (make-account "bob" 20))
(alice 'deposit 50)
(alice 'withdraw 30)
(print "alice" (alice 'balance) (alice 'history))
(print "bob overdraw" (try (bob 'withdraw 50) (catch e e)))
(define (transfer from to amount)
  (try (begin (from 'withdraw amount) (to 'deposit amount) 'ok)
       (catch e (list 'failed e))))
(print "transfer" (transfer alice bob 70) (alice 'balance) (bob 'balance))
(print "transfer again" (transfer alice bob 70))
(print "unknown" (try (alice 'close) (catch e e)))
(define (make-queue) (let ((front '()) (back '()))
  (lambda (op . args)
    (cond ((eq? op 'push) (set! back (cons (car args) back)))
          ((eq? op 'pop)
           (when (null? front) (set! front (reverse back)) (set! back '()))
           (if (null? front) (error "empty queue")
               (let ((x (car front))) (set! front (cdr front)) x)))
          ((eq? op 'size) (+ (length front) (length back)))))))
(define qq (make-queue))
(for-each (lambda (i) (qq 'push i)) (range 1 6))
(print "queue" (qq 'pop) (qq 'pop) (qq 'size))
(qq 'push 6)
(print "queue drain" (map (lambda (i) (qq 'pop)) (range 4)) (qq 'size))
(print "empty pop" (try (qq 'pop) (catch e e)))
(define registry (make-hash))
(define (register! name ctor) (hash-set! registry name ctor))
(register! 'square (lambda (s) (lambda (m) (case m ((area) (* s s)) ((name) "square")))))
(register! 'rect (lambda (w h) (lambda (m) (case m ((area) (* w h)) ((name) "rect")))))
(define shapes (list ((hash-ref registry 'square) 4) ((hash-ref registry 'rect) 2 7)))
(for-each (lambda (s) (print (s 'name) (s 'area))) shapes)
(print "total area" (foldl + 0 (map (lambda (s) (s 'area)) shapes)))
(print "registry" (hash-keys registry))
`

const selfTestScript = `
(define passed 0)
(define failed 0)
(define (check name got want)
  (if (equal? got want)
      (set! passed (+ passed 1))
      (begin (set! failed (+ failed 1))
             (print "FAIL" name "got" (repr got) "want" (repr want)))))
(check "add" (+ 2 2) 4)
(check "big" (* (expt 10 20) (expt 10 20)) (expt 10 40))
(check "string" (string-append "a" "b") "ab")
(check "list" (map car '((1 2) (3 4))) '(1 3))
(check "sort" (sort '(3 2 1) <) '(1 2 3))
(check "hash" (let ((h (make-hash))) (hash-set! h 1 2) (hash-ref h 1)) 2)
(check "closure" (let ((f (let ((n 10)) (lambda () n)))) (f)) 10)
(check "quasi" (let ((v 5)) (list 'a v)) '(a 5))
(check "deliberate failure" (+ 1 1) 3)
(check "split" (string-split "a,b,,c" ",") '("a" "b" "" "c"))
(check "modulo" (map (lambda (x) (modulo x 3)) '(-4 -3 -1 0 1 5)) '(2 0 2 0 1 2))
(check "fact" (let loop ((n 10) (acc 1)) (if (= n 0) acc (loop (- n 1) (* acc n)))) 3628800)
(print "self-test:" passed "passed," failed "failed")
`

// vmProgram is run both by the bytecode VM and by the interpreter.
const vmProgram = `
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (fact-iter n acc) (if (= n 0) acc (fact-iter (- n 1) (* acc n))))
(define (gcd a b) (if (= b 0) a (gcd b (remainder a b))))
(define (collatz n steps)
  (if (= n 1) steps
      (if (= (remainder n 2) 0)
          (collatz (quotient n 2) (+ steps 1))
          (collatz (+ (* 3 n) 1) (+ steps 1)))))
(define (prime? n d)
  (if (> (* d d) n) #t
      (if (= (remainder n d) 0) #f (prime? n (+ d 1)))))
(define (count-primes-from i n acc)
  (if (> i n) acc
      (count-primes-from (+ i 1) n (if (prime? i 2) (+ acc 1) acc))))
(define (count-primes n) (count-primes-from 2 n 0))
(define (sum-to n acc) (if (= n 0) acc (sum-to (- n 1) (+ acc n))))
(define (ackermann m n)
  (if (= m 0) (+ n 1)
      (if (= n 0) (ackermann (- m 1) 1)
          (ackermann (- m 1) (ackermann m (- n 1))))))
(define (safe-div a b) (let ((q (quotient a b))) (+ q 0)))
`
