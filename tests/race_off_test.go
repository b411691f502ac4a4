//go:build !race

package tests

// raceEnabled is true when the tests run under -race; the binary under test
// is then built with the race detector too.
const raceEnabled = false
