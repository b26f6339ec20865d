//go:build !race

package pii_test

// propertySeeds is the number of random cases the property test runs.
const propertySeeds = 60
