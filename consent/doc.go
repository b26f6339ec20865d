// Package consent answers "may I use this subject's data for this purpose,
// now?" with a decision that explains itself, and keeps the proof.
//
// It holds a controller's purposes and prohibitions ([Catalog], [Policy]),
// an append-only, hash-chained record of what each subject granted, refused
// or withdrew ([Event], [Store], [FileStore]), the rules that turn that
// record and the law into a [Decision] ([State]) and the browser signals GPC
// and DNT ([Signals]). [ClootrackCatalog] is the Clootrack privacy policy as
// data.
//
// The package imports only package jurisdiction from this module: the law
// (regimes, ages of digital consent, opt-out signals) comes from there.
package consent
