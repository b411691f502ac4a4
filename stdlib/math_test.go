package stdlib

import (
	"math"
	"strings"
	"testing"

	"github.com/minipy/minipy/runtime"
)

// Values and messages recorded from CPython 3.11.7 on Linux (glibc 2.36):
// the float results must match to the last bit, since print(math.sin(1))
// shows all of them.
func TestMathValues(t *testing.T) {
	ti := newTestInterp(t, "")
	big1000 := vbig("1" + strings.Repeat("0", 1000))
	cases := []struct {
		fn   string
		args []runtime.Object
		want string
	}{
		{"sqrt", args(vf(2)), "1.4142135623730951"},
		{"sqrt", args(vi(16)), "4.0"},
		{"exp", args(vf(1)), "2.718281828459045"},
		{"exp", args(vf(-1.5)), "0.22313016014842982"},
		{"exp", args(vf(10)), "22026.465794806718"},
		{"log", args(vf(10)), "2.302585092994046"},
		{"log", args(vf(2)), "0.6931471805599453"},
		{"log", args(vi(100), vi(10)), "2.0"},
		{"log", args(vi(8), vi(2)), "3.0"},
		{"log", args(big1000), "2302.585092994045"},
		{"log", args(big1000, vi(10)), "999.9999999999997"},
		{"log2", args(vf(3)), "1.584962500721156"},
		{"log2", args(vi(1024)), "10.0"},
		{"log10", args(vf(3)), "0.47712125471966244"},
		{"log10", args(vi(1000)), "3.0"},
		{"log10", args(vf(12345.678)), "4.091514945509202"},
		{"log1p", args(vf(1e-10)), "9.999999999500001e-11"},
		{"log1p", args(vf(1.5)), "0.9162907318741551"},
		{"expm1", args(vf(1e-10)), "1.00000000005e-10"},
		{"expm1", args(vf(0.5)), "0.6487212707001282"},
		{"sin", args(vf(1)), "0.8414709848078965"},
		{"cos", args(vf(1)), "0.5403023058681398"},
		{"tan", args(vf(1)), "1.5574077246549023"},
		{"sin", args(vf(3)), "0.1411200080598672"},
		{"cos", args(vf(1e6)), "0.9367521275331447"},
		{"sin", args(vf(1e22)), "-0.8522008497671888"},
		{"asin", args(vf(0.5)), "0.5235987755982989"},
		{"acos", args(vf(0.5)), "1.0471975511965979"},
		{"atan", args(vf(1)), "0.7853981633974483"},
		{"atan", args(vf(10)), "1.4711276743037347"},
		{"atan2", args(vf(1), vf(-1)), "2.356194490192345"},
		{"atan2", args(vf(math.Copysign(0, -1)), vf(-1)), "-3.141592653589793"},
		{"sinh", args(vf(1)), "1.1752011936438014"},
		{"cosh", args(vf(1)), "1.5430806348152437"},
		{"tanh", args(vf(0.5)), "0.46211715726000974"},
		{"asinh", args(vf(1)), "0.881373587019543"},
		{"acosh", args(vf(2)), "1.3169578969248166"},
		{"atanh", args(vf(0.5)), "0.5493061443340548"},
		{"pow", args(vf(2), vf(0.5)), "1.4142135623730951"},
		{"pow", args(vi(2), vi(10)), "1024.0"},
		{"pow", args(vi(-2), vi(3)), "-8.0"},
		{"pow", args(vf(1.5), vf(2.5)), "2.7556759606310752"},
		{"pow", args(vi(10), vi(-2)), "0.01"},
		{"cbrt", args(vf(27)), "3.0000000000000004"},
		{"cbrt", args(vf(2)), "1.2599210498948734"},
		{"exp2", args(vi(10)), "1024.0"},
		{"exp2", args(vf(0.5)), "1.4142135623730951"},
		{"gamma", args(vf(5)), "24.0"},
		{"gamma", args(vf(0.5)), "1.7724538509055159"},
		{"gamma", args(vf(-1.5)), "2.3632718012073544"},
		{"lgamma", args(vf(10)), "12.801827480081467"},
		{"lgamma", args(vf(0.5)), "0.5723649429247004"},
		{"erf", args(vf(0.5)), "0.5204998778130465"},
		{"erfc", args(vf(0.5)), "0.4795001221869535"},
		{"hypot", args(vi(3), vi(4)), "5.0"},
		{"hypot", args(vi(1), vi(2), vi(3)), "3.7416573867739413"},
		{"hypot", args(vf(1e308), vf(1e308)), "1.4142135623730951e+308"},
		{"dist", args(vtuple(vi(0), vi(0)), vtuple(vi(3), vi(4))), "5.0"},
		{"degrees", args(vf(math.Pi)), "180.0"},
		{"radians", args(vi(180)), "3.141592653589793"},
		{"fsum", args(runtime.NewList(repeat(vf(0.1), 10))), "1.0"},
		{"fsum", args(vlist(vf(1e100), vf(1), vf(-1e100), vf(1e-100), vf(1e50), vf(-1), vf(-1e50))), "1e-100"},
		{"fmod", args(vi(-7), vi(3)), "-1.0"},
		{"remainder", args(vi(10), vi(3)), "1.0"},
		{"copysign", args(vi(1), vf(math.Copysign(0, -1))), "-1.0"},
		{"ldexp", args(vf(1.5), vi(4)), "24.0"},
		{"frexp", args(vf(8)), "(0.5, 4)"},
		{"modf", args(vf(-3.5)), "(-0.5, -3.0)"},
		{"ulp", args(vf(1)), "2.220446049250313e-16"},
		{"nextafter", args(vi(1), vi(2)), "1.0000000000000002"},
		{"floor", args(vf(1.5)), "1"},
		{"ceil", args(vf(-1.5)), "-1"},
		{"trunc", args(vf(-1.5)), "-1"},
		{"floor", args(vf(-0.5)), "-1"},
		{"floor", args(vbig("1000000000000000000000000000000")), "1000000000000000000000000000000"},
		{"ceil", args(vf(9223372036854775808)), "9223372036854775808"},
		{"factorial", args(vi(20)), "2432902008176640000"},
		{"factorial", args(vi(25)), "15511210043330985984000000"},
		{"isqrt", args(vbig("10000000000000000000000000000000000000000")), "100000000000000000000"},
		{"gcd", args(vi(12), vi(18), vi(24)), "6"},
		{"gcd", nil, "0"},
		{"lcm", args(vi(4), vi(6)), "12"},
		{"lcm", args(vi(0), vi(5)), "0"},
		{"comb", args(vi(10), vi(3)), "120"},
		{"comb", args(vi(5), vi(7)), "0"},
		{"perm", args(vi(5), vi(2)), "20"},
		{"perm", args(vi(5)), "120"},
		{"prod", args(vlist(vi(1), vi(2), vi(3), vi(4))), "24"},
		{"prod", args(vlist(vs("a"), vi(2))), "'aa'"},
		{"isclose", args(vf(1), vf(1.0000000001)), "True"},
		{"isfinite", args(vf(math.Inf(1))), "False"},
		{"isinf", args(vf(math.Inf(-1))), "True"},
		{"isnan", args(vf(math.NaN())), "True"},
		{"fabs", args(vi(-3)), "3.0"},
		{"sqrt", args(vf(math.Copysign(0, -1))), "-0.0"},
		{"pow", args(vf(math.NaN()), vi(0)), "1.0"},
		{"pow", args(vf(0), vf(math.Inf(-1))), "inf"},
		{"pow", args(vf(math.Copysign(0, -1)), vi(3)), "-0.0"},
		{"gamma", args(vf(-200.5)), "-0.0"},
		{"expm1", args(vi(-1000)), "-1.0"},
		{"exp", args(vi(-1000)), "0.0"},
		{"ldexp", args(vf(1), vi(-1100)), "0.0"},
	}
	for _, c := range cases {
		got := ti.result(ti.call("math", c.fn, c.args))
		if got != c.want {
			t.Errorf("math.%s%s = %s, want %s", c.fn, ti.repr(runtime.NewTuple(c.args)), got, c.want)
		}
	}
	for name, want := range map[string]string{"pi": "3.141592653589793", "e": "2.718281828459045", "tau": "6.283185307179586", "inf": "inf", "nan": "nan"} {
		ti.expect("math."+name, ti.repr(ti.attr("math", name)), want)
	}
}

func TestMathErrors(t *testing.T) {
	ti := newTestInterp(t, "")
	inf := vf(math.Inf(1))
	cases := []struct {
		fn   string
		args []runtime.Object
		want string
	}{
		{"sqrt", nil, "TypeError: math.sqrt() takes exactly one argument (0 given)"},
		{"sqrt", args(vs("a")), "TypeError: must be real number, not str"},
		{"sqrt", args(vi(-1)), "ValueError: math domain error"},
		{"log", nil, "TypeError: math.log requires 1 to 2 arguments"},
		{"log", args(vi(0)), "ValueError: math domain error"},
		{"log", args(vi(10), vi(1)), "ZeroDivisionError: float division by zero"},
		{"log", args(vs("a")), "TypeError: must be real number, not str"},
		{"exp", args(vi(1000)), "OverflowError: math range error"},
		{"exp", args(vbig("1" + strings.Repeat("0", 400))), "OverflowError: int too large to convert to float"},
		{"pow", args(vi(0), vi(-1)), "ValueError: math domain error"},
		{"pow", args(vi(-1), vf(0.5)), "ValueError: math domain error"},
		{"pow", args(vi(10), vi(400)), "OverflowError: math range error"},
		{"factorial", args(vi(-1)), "ValueError: factorial() not defined for negative values"},
		{"factorial", args(vf(5)), "TypeError: 'float' object cannot be interpreted as an integer"},
		{"isqrt", args(vi(-1)), "ValueError: isqrt() argument must be nonnegative"},
		{"gcd", args(vf(1.5)), "TypeError: 'float' object cannot be interpreted as an integer"},
		{"comb", args(vi(5), vi(-1)), "ValueError: k must be a non-negative integer"},
		{"comb", args(vi(-5), vi(1)), "ValueError: n must be a non-negative integer"},
		{"comb", args(vi(5)), "TypeError: comb expected 2 arguments, got 1"},
		{"fsum", args(vlist(inf, vf(math.Inf(-1)))), "ValueError: -inf + inf in fsum"},
		{"fsum", args(vlist(vf(1e308), vf(1e308))), "OverflowError: intermediate overflow in fsum"},
		{"floor", args(inf), "OverflowError: cannot convert float infinity to integer"},
		{"floor", args(vf(math.NaN())), "ValueError: cannot convert float NaN to integer"},
		{"floor", args(vs("a")), "TypeError: must be real number, not str"},
		{"trunc", args(vs("a")), "TypeError: type str doesn't define __trunc__ method"},
		{"fmod", args(vi(1), vi(0)), "ValueError: math domain error"},
		{"fmod", args(inf, vi(1)), "ValueError: math domain error"},
		{"ldexp", args(vi(1), vi(2000)), "OverflowError: math range error"},
		{"ldexp", args(vi(1), vf(2)), "TypeError: Expected an int as second argument to ldexp."},
		{"isclose", args(vi(1), vi(2), vi(3)), "TypeError: isclose() takes exactly 2 positional arguments (3 given)"},
		{"dist", args(vlist(vi(1), vi(2)), vlist(vi(1))), "ValueError: both points must have the same number of dimensions"},
		{"prod", args(vlist(vi(1)), vi(3)), "TypeError: prod() takes exactly 1 positional argument (2 given)"},
		{"remainder", args(vi(1), vi(0)), "ValueError: math domain error"},
		{"acos", args(vi(2)), "ValueError: math domain error"},
		{"cosh", args(vi(1000)), "OverflowError: math range error"},
		{"gamma", args(vi(0)), "ValueError: math domain error"},
		{"gamma", args(vi(-1)), "ValueError: math domain error"},
		{"gamma", args(vi(200)), "OverflowError: math range error"},
		{"lgamma", args(vi(0)), "ValueError: math domain error"},
		{"log1p", args(vi(-1)), "ValueError: math domain error"},
		{"atanh", args(vi(1)), "ValueError: math domain error"},
		{"sin", args(inf), "ValueError: math domain error"},
		{"exp2", args(vi(1024)), "OverflowError: math range error"},
	}
	for _, c := range cases {
		got := ti.result(ti.call("math", c.fn, c.args))
		if got != c.want {
			t.Errorf("math.%s%s:\n got  %s\n want %s", c.fn, ti.repr(runtime.NewTuple(c.args)), got, c.want)
		}
	}
	ti.expect("isclose(rel_tol=-1)", ti.result(ti.call("math", "isclose", args(vi(1), vi(2)), "rel_tol", vi(-1))),
		"ValueError: tolerances must be non-negative")
	ti.expect("prod(start=2)", ti.result(ti.call("math", "prod", args(vlist(vi(1), vi(2), vi(3))), "start", vi(2))), "12")
	ti.expect("sqrt(x=1)", ti.result(ti.call("math", "sqrt", nil, "x", vi(1))), "TypeError: math.sqrt() takes no keyword arguments")
}

// TestLibmSamples checks the elementary functions against CPython's results
// on a spread of arguments (sampled with python3 -c "import math, random").
func TestLibmSamples(t *testing.T) {
	cases := []struct {
		name string
		f    func(float64) float64
		x    float64
		want float64
	}{
		{"exp", mExp, 0.5, 1.6487212707001282},
		{"exp", mExp, 2.302585092994046, 10.000000000000002},
		{"exp", mExp, -745.1, 5e-324},
		{"log", mLog, 5e-324, -744.4400719213812},
		{"log", mLog, 1e308, 709.1962086421661},
		{"log", mLog, 3, 1.0986122886681098},
		{"log2", mLog2, 7, 2.807354922057604},
		{"log10", mLog10, 2, 0.3010299956639812},
		{"sin", mSin, 355, -3.014435335948845e-05},
		{"cos", mCos, 100, 0.8623188722876839},
		{"tan", mTan, 1.5707963267948966, 1.633123935319537e+16},
		{"cbrt", mCbrt, -8, -2},
		{"cbrt", mCbrt, 1e-300, 1e-100},
		{"atan", mAtan, 0.5, 0.4636476090008061},
		{"asin", mAsin, 0.9, 1.1197695149986342},
		{"acos", mAcos, -0.9, 2.6905658417935308},
		{"sinh", mSinh, 0.5, 0.5210953054937474},
		{"tanh", mTanh, 2, 0.9640275800758169},
		{"gamma", mGamma, 4.5, 11.631728396567446},
		{"lgamma", mLgamma, 100, 359.1342053695754},
	}
	for _, c := range cases {
		if got := c.f(c.x); got != c.want {
			t.Errorf("%s(%v) = %v, want %v", c.name, c.x, got, c.want)
		}
	}
	if got := mPow(1.0001, 10000); got != 2.7181459268249255 {
		t.Errorf("pow(1.0001, 10000) = %v", got)
	}
	if got := mAtan2(-1, -1); got != -2.356194490192345 {
		t.Errorf("atan2(-1, -1) = %v", got)
	}
}
