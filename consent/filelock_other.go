//go:build !unix

package consent

import "os"

// lockFile is a no-op where advisory locks are not available: the caller
// must make sure only one FileStore opens a ledger file.
func lockFile(f *os.File) error { return nil }

func unlockFile(f *os.File) error { return nil }
