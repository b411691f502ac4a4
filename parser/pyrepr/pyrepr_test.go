package pyrepr

import (
	"math"
	"testing"
)

// The expected texts are CPython 3.11's repr() of the same values.
func TestRepr(t *testing.T) {
	cases := []struct{ got, want string }{
		{Float(0.1, true), "0.1"},
		{Float(1e16, true), "1e+16"},
		{Float(1e-5, true), "1e-05"},
		{Float(123.0, true), "123.0"},
		{Float(math.Copysign(0, -1), true), "-0.0"},
		{Float(math.Inf(-1), true), "-inf"},
		{Complex(complex(0, 2)), "2j"},
		{Complex(complex(1, -2.5)), "(1-2.5j)"},
		{Str("it's"), `"it's"`},
		{Str("a'\"\\\n\x7f\u00e9\u2028"), `'a\'"\\\n\x7fé\u2028'`},
		{Bytes([]byte("a'\x00\xff")), `b"a'\x00\xff"`},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
}
