package consent

import (
	"iter"
	"strconv"
)

// Verify checks a whole ledger, read in order from its first record: that
// sequence numbers run 1, 2, 3… without a gap, that each record's Prev is
// the previous record's Hash, and that each Hash is the SHA-256 of the
// record's canonical encoding. Any change to a record, and any removal,
// insertion or reordering of records, breaks one of these and is reported
// as a [*CorruptError] wrapping [ErrChainBroken]. An error yielded by
// events is returned as it is.
//
// Verify returns the ledger's [Head]; a nil sequence is an empty ledger. Removing records from the end leaves
// a valid, shorter chain; to detect that, compare the Head with one saved
// earlier.
func Verify(events iter.Seq2[Event, error]) (Head, error) {
	var head Head
	if events == nil {
		return head, nil
	}
	for e, err := range events {
		if err != nil {
			return head, err
		}
		if err := verifyNext(head, &e); err != nil {
			return head, err
		}
		head = Head{Seq: e.Seq, Hash: e.Hash}
	}
	return head, nil
}

// verifyNext checks that e correctly follows head.
func verifyNext(head Head, e *Event) error {
	broken := func(reason string) error {
		return &CorruptError{Offset: -1, Seq: head.Seq, Reason: reason, Err: ErrChainBroken}
	}
	if e.Seq != head.Seq+1 {
		return broken("record " + strconv.FormatUint(e.Seq, 10) + " out of sequence")
	}
	if e.Prev != head.Hash {
		return broken("previous hash does not match")
	}
	body, err := appendBody(nil, e)
	if err != nil {
		return broken("record cannot be encoded")
	}
	if hashBody(body) != e.Hash {
		return broken("record hash does not match its content")
	}
	return nil
}
