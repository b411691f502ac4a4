package runtime

import (
	"math"
	"testing"
)

// Expected values recorded from CPython 3.11 (glibc's libm).
func TestLibm(t *testing.T) {
	cases := []struct {
		name string
		got  float64
		want float64
	}{
		{"1.05**10", PowFloat(1.05, 10), 1.628894626777442},
		{"8**(1/3)", PowFloat(8, 1.0/3), 2.0},
		{"2**0.5", PowFloat(2, 0.5), 1.4142135623730951},
		{"1.1**100", PowFloat(1.1, 100), 13780.61233982238},
		{"0.5**1074", PowFloat(0.5, 1074), 5e-324},
		{"10**-5", PowFloat(10, -5), 1e-05},
		{"(-2)**3", PowFloat(-2, 3), -8},
		{"3.7**2.9", PowFloat(3.7, 2.9), 44.44112044491851},
		{"exp(1)", ExpFloat(1), 2.718281828459045},
		{"exp(-745)", ExpFloat(-745), 5e-324},
		{"log(10)", LogFloat(10), 2.302585092994046},
		{"log(1e-310)", LogFloat(1e-310), -713.8013788281542},
		{"cos(pi/2)", CosFloat(math.Pi / 2), 6.123233995736766e-17},
		{"sin(1e6)", SinFloat(1e6), -0.34999350217129294},
		{"sin(pi/3)", SinFloat(1.0471975511965976), 0.8660254037844386},
		{"cos(pi/3)", CosFloat(1.0471975511965976), 0.5000000000000001},
		{"atan2(1, 2)", Atan2Float(1, 2), 0.4636476090008061},
		{"atan2(-1, -2)", Atan2Float(-1, -2), -2.677945044588987},
		{"hypot(3, 4)", HypotFloat(3, 4), 5},
		{"hypot(1e300, 1e300)", HypotFloat(1e300, 1e300), 1.4142135623730952e+300},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}
