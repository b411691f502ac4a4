package stdlib

import (
	"math/rand"
	"testing"
)

func TestReRandomNoPanic(t *testing.T) {
	alphabet := []rune(`ab()[]{}?*+|^$\.-:=!<>P#0123456789,dDwWsSbBAZxuUN&~éK` + "\n ")
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 50000; i++ {
		n := rng.Intn(12)
		pat := make([]rune, n)
		for j := range pat {
			pat[j] = alphabet[rng.Intn(len(alphabet))]
		}
		flags := []int{0, reIgnoreCase, reVerbose, reASCII | reIgnoreCase, reMultiline | reDotAll}[rng.Intn(5)]
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("pattern %q flags %d: panic %v", string(pat), flags, r)
				}
			}()
			parsed, _, err := parseRegex(pat, true, flags)
			if err != nil {
				return
			}
			prog, err := compileRegex(parsed, true)
			if err != nil {
				return
			}
			for _, s := range []string{"", "ab", "aab(b)\n", "é{1}K"} {
				reFindAll(prog, s)
				m := newReMachine[rune](prog, nil)
				reRun(m, []rune(s), len([]rune(s)), 0, 2, false)
			}
		}()
	}
}
