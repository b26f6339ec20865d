package consent_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/clootrack/privacy/consent"
	"github.com/clootrack/privacy/consent/consenttest"
)

// The file store is the embedded, durable ledger: appends return once
// fsynced, reopening recovers and verifies the whole chain.
func ExampleOpenFileStore() {
	dir, _ := os.MkdirTemp("", "consent")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "consent.ledger")

	store, err := consent.OpenFileStore(path, nil)
	if err != nil {
		panic(err)
	}
	ledger, _ := consent.NewLedger(nil, store, &consent.LedgerOptions{
		Now: consenttest.Fixed(consenttest.Epoch()), Entropy: consenttest.Entropy(1)})
	ctx := context.Background()
	for _, name := range []string{"a1", "b2", "c3"} {
		_, err := ledger.Grant(ctx, consent.Choice{Subject: consent.MustSubject(name),
			Purposes: []consent.PurposeID{consent.PurposeAnalytics}, Mechanism: consent.MechanismAPI})
		if err != nil {
			panic(err)
		}
	}
	store.Close()

	store, err = consent.OpenFileStore(path, nil)
	if err != nil {
		panic(err)
	}
	defer store.Close()
	head, err := consent.Verify(store.Events(ctx, 0))
	fmt.Println(store.Recovery().Records, head.Seq, err)
	// Output:
	// 3 3 <nil>
}
