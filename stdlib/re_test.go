package stdlib

import (
	"strings"
	"testing"
)

// reCompileTest compiles a str pattern for the engine tests.
func reCompileTest(t testing.TB, pattern string, flags int) *reProg {
	t.Helper()
	parsed, _, err := parseRegex([]rune(pattern), true, flags)
	if err != nil {
		t.Fatalf("parse %q: %s at %d", pattern, err.msg, err.pos)
	}
	prog, err := compileRegex(parsed, true)
	if err != nil {
		t.Fatalf("compile %q: %s", pattern, err.msg)
	}
	return prog
}

// reFindAll returns the spans of all matches, with re.finditer's rules.
func reFindAll(prog *reProg, s string) [][2]int {
	m := newReMachine[byte](prog, nil)
	var out [][2]int
	must := false
	subject := []byte(s)
	for cur := 0; cur <= len(s); {
		slots, _, ok := reRun(m, subject, len(subject), cur, 1, must)
		if !ok {
			break
		}
		out = append(out, [2]int{slots[0], slots[1]})
		must = slots[0] == slots[1]
		cur = slots[1]
	}
	return out
}

func TestReEngineSpans(t *testing.T) {
	cases := []struct {
		pattern, subject string
		want             [][2]int
	}{
		{`x*`, "abxd", [][2]int{{0, 0}, {1, 1}, {2, 3}, {3, 3}, {4, 4}}},
		{`\w+`, "ab cd", [][2]int{{0, 2}, {3, 5}}},
		{`(?<=a)b`, "abcb", [][2]int{{1, 2}}},
		{`(a|ab)(c|bcd)(d*)`, "abcd", [][2]int{{0, 4}}},
		{`(?>a|ab)c`, "abc", nil},
		{`a++a`, "aaa", nil},
		{`(a)(?(1)b|c)`, "ab c", [][2]int{{0, 2}}},
	}
	for _, c := range cases {
		got := reFindAll(reCompileTest(t, c.pattern, 0), c.subject)
		if len(got) != len(c.want) {
			t.Errorf("%q on %q: got %v, want %v", c.pattern, c.subject, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q on %q: got %v, want %v", c.pattern, c.subject, got, c.want)
				break
			}
		}
	}
}

// Long subjects and deep backtracking use the explicit stack, not Go's.
func TestReEngineLongSubject(t *testing.T) {
	s := strings.Repeat("ab", 500000) + "c"
	got := reFindAll(reCompileTest(t, `(?:a|b)*c`, 0), s)
	if len(got) != 1 || got[0] != [2]int{0, len(s)} {
		t.Fatalf("got %v", got)
	}
	got = reFindAll(reCompileTest(t, `(?:(a)|b)*?c`, 0), s)
	if len(got) != 1 || got[0] != [2]int{0, len(s)} {
		t.Fatalf("lazy: got %v", got)
	}
}

func BenchmarkReFindWords(b *testing.B) {
	text := strings.Repeat("The quick brown fox jumps over the lazy dog; 12345 hello@example.com ", 200)
	prog := reCompileTest(b, `[\w.]+@[\w.]+|\b[A-Za-z]+\b`, 0)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		reFindAll(prog, text)
	}
}

func BenchmarkReSearchLines(b *testing.B) {
	lines := strings.Split(strings.Repeat("2024-01-02 12:34:56 INFO user=alice action=login ok\n", 500), "\n")
	prog := reCompileTest(b, `(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (\w+) user=(?P<user>\w+)`, 0)
	m := newReMachine[byte](prog, nil)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			reRun(m, []byte(l), len(l), 0, 1, false)
		}
	}
}

func TestReCaseFixes(t *testing.T) {
	pairs := [][2]rune{{'i', 0x131}, {'s', 0x17f}, {0xb5, 0x3bc}, {0x3b8, 0x3d1}, {0x390, 0x1fd3}, {0x3c3, 0x3c2}}
	for _, p := range pairs {
		found := false
		for _, f := range reFixes(p[0], true) {
			found = found || f == p[1]
		}
		if !found {
			t.Errorf("%U and %U should be equal ignoring case: fixes %U", p[0], p[1], reFixes(p[0], true))
		}
	}
	if f := reFixes('a', true); len(f) != 0 {
		t.Errorf("fixes of a: %U", f)
	}
}
