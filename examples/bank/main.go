// Command bank simulates a bank whose accounts are updated by many tellers
// at once. Each account has its own mutex; a transfer locks the two accounts
// in a fixed order so that two opposite transfers cannot deadlock. However
// the tellers interleave, no money is created or lost, and since every
// transfer succeeds, the final balances are the same on every run.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	id      int
	owner   string
	balance int64
	history int
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[int]*Account
	nextID   int
}

var ErrNoAccount = errors.New("no such account")

type InsufficientFunds struct {
	Account int
	Need    int64
	Have    int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("account %d: insufficient funds: need %d, have %d", e.Account, e.Need, e.Have)
}

func NewBank() *Bank { return &Bank{accounts: make(map[int]*Account), nextID: 100} }

func (b *Bank) Open(owner string, deposit int64) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	id := b.nextID
	b.nextID++
	b.accounts[id] = &Account{id: id, owner: owner, balance: deposit}
	return id
}

func (b *Bank) account(id int) (*Account, error) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %d: %w", id, ErrNoAccount)
	}
	return a, nil
}

// Transfer moves amount from one account to another.
func (b *Bank) Transfer(from, to int, amount int64) error {
	src, err := b.account(from)
	if err != nil {
		return err
	}
	dst, err := b.account(to)
	if err != nil {
		return err
	}
	first, second := src, dst
	if second.id < first.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	if second != first {
		second.mu.Lock()
		defer second.mu.Unlock()
	}
	if src.balance < amount {
		return &InsufficientFunds{Account: from, Need: amount, Have: src.balance}
	}
	src.balance -= amount
	dst.balance += amount
	src.history++
	dst.history++
	return nil
}

func (b *Bank) Total() int64 {
	b.mu.RLock()
	defer b.mu.RUnlock()
	var sum int64
	for _, a := range b.accounts {
		a.mu.Lock()
		sum += a.balance
		a.mu.Unlock()
	}
	return sum
}

func main() {
	bank := NewBank()
	owners := []string{"ada", "brian", "carol", "dennis", "edsger", "frances", "grace", "ken"}
	var ids []int
	for i, o := range owners {
		ids = append(ids, bank.Open(o, int64(10000+1000*i)))
	}
	before := bank.Total()

	// Each teller moves money around a ring of accounts, back and forth,
	// in amounts small enough that no balance ever runs dry.
	const tellers = 16
	const rounds = 2000
	var wg sync.WaitGroup
	for t := 0; t < tellers; t++ {
		wg.Add(1)
		go func(t int) {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				from := ids[(t+r)%len(ids)]
				to := ids[(t+3*r+1)%len(ids)]
				amount := int64(1 + (t*r)%5)
				if err := bank.Transfer(from, to, amount); err != nil {
					panic(err)
				}
				if err := bank.Transfer(to, from, amount); err != nil {
					panic(err)
				}
			}
		}(t)
	}
	wg.Wait()

	// Errors the bank reports, checked with errors.Is and errors.As.
	err := bank.Transfer(ids[0], 999, 1)
	fmt.Println("transfer to 999:", err, "| no account:", errors.Is(err, ErrNoAccount))
	err = bank.Transfer(ids[1], ids[2], 1<<40)
	var insuf *InsufficientFunds
	if errors.As(err, &insuf) {
		fmt.Printf("big transfer: %v (short by %d)\n", err, insuf.Need-insuf.Have)
	}
	// A one-way transfer settles a debt.
	if err := bank.Transfer(ids[7], ids[0], 2500); err != nil {
		panic(err)
	}

	var accts []*Account
	for _, id := range ids {
		a, _ := bank.account(id)
		accts = append(accts, a)
	}
	sort.Slice(accts, func(i, j int) bool {
		if accts[i].balance != accts[j].balance {
			return accts[i].balance > accts[j].balance
		}
		return accts[i].id < accts[j].id
	})
	fmt.Println(strings.Repeat("-", 34))
	fmt.Printf("%-4s %-8s %10s %9s\n", "id", "owner", "balance", "moves")
	for _, a := range accts {
		fmt.Printf("%-4d %-8s %10d %9d\n", a.id, a.owner, a.balance, a.history)
	}
	fmt.Println(strings.Repeat("-", 34))
	fmt.Printf("total before %d, after %d, conserved: %t\n", before, bank.Total(), before == bank.Total())
}
