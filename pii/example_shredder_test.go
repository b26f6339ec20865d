package pii_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/clootrack/privacy/pii"
)

// Crypto-shredding (§16.1): each subject's data is sealed under the subject's own key in a
// durable keyring. Forgetting the subject destroys the key, so every copy of the sealed data,
// in the database or in a backup, can no longer be opened.
func ExampleShredder_Forget() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "keyring")
	defer os.RemoveAll(dir)

	// In production the master key comes from a KMS or secret manager, never from the
	// keyring file's own backups.
	master, _ := pii.NewMasterKey("2026-01", bytes.Repeat([]byte{0x42}, 32))
	keys, err := pii.OpenFileKeyring(filepath.Join(dir, "keys"), master, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	shredder, _ := pii.NewShredder(keys, nil)

	token, _ := shredder.Seal(ctx, "user-42", []byte("ann@example.com"), []byte("users.email"))
	backup := token // a copy that ends up in last night's backup

	email, _ := shredder.Open(ctx, "user-42", token, []byte("users.email"))
	fmt.Println(string(email))

	_ = shredder.Forget(ctx, "user-42")
	_, err = shredder.Open(ctx, "user-42", backup, []byte("users.email"))
	fmt.Println(errors.Is(err, pii.ErrSubjectForgotten))
	// Output:
	// ann@example.com
	// true
}

// Rotating a subject's data key: new seals use the new version, old tokens still open until
// they are re-sealed, and then the old version can be retired.
func ExampleShredder_Reseal() {
	ctx := context.Background()
	keys := pii.NewMemoryKeyring(nil)
	shredder, _ := pii.NewShredder(keys, nil)

	old, _ := shredder.Seal(ctx, "user-42", []byte("4111 1111 1111 1111"), nil)
	_, _ = keys.Rotate(ctx, "user-42")
	fresh, _ := shredder.Reseal(ctx, "user-42", old, nil)
	_ = keys.RetireBefore(ctx, "user-42", 2)

	_, err := shredder.Open(ctx, "user-42", old, nil)
	fmt.Println(errors.Is(err, pii.ErrKeyVersion))
	card, _ := shredder.Open(ctx, "user-42", fresh, nil)
	fmt.Println(string(card))
	// Output:
	// true
	// 4111 1111 1111 1111
}
