//go:build race

package pii_test

// propertySeeds is the number of random cases the property test runs. The race detector
// makes each case about six times slower, so it runs fewer.
const propertySeeds = 10
