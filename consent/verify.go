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
// Verify returns the ledger's [Head]; a nil sequence is an empty ledger.
// Removing whole records from the end leaves a valid, shorter chain that no
// check of the chain alone can reveal: use [VerifyAgainst] with a Head saved
// earlier.
func Verify(events iter.Seq2[Event, error]) (Head, error) {
	return verifyWith(events, func(*Event) error { return nil })
}

// VerifyAgainst verifies a whole ledger like [Verify] and also checks it
// against saved, a Head taken from it earlier ([Store.Head], or Verify's
// result) and kept where whoever can write the ledger cannot change it: a
// log shipped elsewhere, another system's database. The record
// saved.Seq must still be there with the hash saved.Hash. That catches the
// two kinds of tampering a chain cannot show by itself: whole records
// removed from the end (the ledger now ends before saved.Seq), and the
// ledger rewritten and re-chained from some record on (record saved.Seq has
// another hash). Both are a [*CorruptError] wrapping [ErrChainBroken]. The
// zero saved Head checks nothing more than Verify.
//
// Save a fresh Head regularly (after each append, or every minute): records
// appended after the last saved Head can still be removed unnoticed.
func VerifyAgainst(events iter.Seq2[Event, error], saved Head) (Head, error) {
	head, err := verifyWith(events, func(e *Event) error { return checkSaved(saved, e) })
	if err != nil {
		return head, err
	}
	if head.Seq < saved.Seq {
		return head, shortOfSaved(head, saved)
	}
	return head, nil
}

// checkSaved reports whether e contradicts saved.
func checkSaved(saved Head, e *Event) error {
	if saved.Seq != 0 && e.Seq == saved.Seq && e.Hash != saved.Hash {
		return &CorruptError{Offset: -1, Seq: e.Seq - 1, Err: ErrChainBroken,
			Reason: "record " + strconv.FormatUint(e.Seq, 10) + " differs from the saved head: the ledger was rewritten"}
	}
	return nil
}

func shortOfSaved(head, saved Head) *CorruptError {
	return &CorruptError{Offset: -1, Seq: head.Seq, Err: ErrChainBroken,
		Reason: "ledger ends before record " + strconv.FormatUint(saved.Seq, 10) +
			" of the saved head: records were removed from the end"}
}

func verifyWith(events iter.Seq2[Event, error], extra func(*Event) error) (Head, error) {
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
		if err := extra(&e); err != nil {
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
