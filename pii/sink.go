package pii

import (
	"errors"
	"strconv"
)

// Sink is where a value goes when it leaves the process. One struct tag can choose a
// different treatment for each sink, so one type yields a log view, an API view, an export
// and an analytics record.
//
// The zero Sink is [SinkLog]. Any value not declared below is not a sink: [Redactor.Redact]
// rejects it with [ErrUnknownSink] and [Redactor.RedactString] returns the marker.
type Sink uint8

// The sinks. The tag option name of each is given in quotes.
const (
	SinkLog       Sink = iota // "log": log lines, traces, error reports
	SinkAPI                   // "api": responses to API clients and user interfaces
	SinkExport                // "export": files and messages leaving the service, backups
	SinkAnalytics             // "analytics": analytics and data-warehouse records

	numSinks = iota
)

var sinkNames = [numSinks]string{"log", "api", "export", "analytics"}

// ErrUnknownSink is returned for a [Sink] that is not declared, or by [ParseSink] for an
// unknown name.
var ErrUnknownSink = errors.New("pii: unknown sink")

// ParseSink returns the sink named name: "log", "api", "export" or "analytics".
func ParseSink(name string) (Sink, error) {
	for s, n := range sinkNames {
		if n == name {
			return Sink(s), nil
		}
	}
	return 0, ErrUnknownSink
}

// Sinks returns every sink, in declaration order.
func Sinks() []Sink { return []Sink{SinkLog, SinkAPI, SinkExport, SinkAnalytics} }

// Valid reports whether s is one of the declared sinks.
func (s Sink) Valid() bool { return s < numSinks }

// String returns the sink's tag option name, or "Sink(N)" for an invalid sink.
func (s Sink) String() string {
	if !s.Valid() {
		return "Sink(" + strconv.Itoa(int(s)) + ")"
	}
	return sinkNames[s]
}
