package runtime

import "math"

// Correctly rounded elementary functions.
//
// CPython calls the C library (glibc), whose pow, exp, log, sin, cos, atan2
// and hypot are correctly rounded in practice (errors below 0.52 ULP). Go's
// math package is not: math.Pow differs from glibc on most inputs with an
// integral exponent (1.05 ** 10), and the trigonometric functions on a
// quarter of inputs. The functions below evaluate in double-double
// arithmetic (about 100 significant bits, using math.FMA for exact products)
// and round once, which reproduces glibc's results except in cases that are
// astronomically close to a rounding boundary.

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func fastTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func ddAdd(x, y dd) dd {
	s := twoSum(x.hi, y.hi)
	t := twoSum(x.lo, y.lo)
	s.lo += t.hi
	s = fastTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return fastTwoSum(s.hi, s.lo)
}

func ddNeg(x dd) dd { return dd{-x.hi, -x.lo} }

func ddMul(x, y dd) dd {
	p := twoProd(x.hi, y.hi)
	p.lo += float64(x.hi*y.lo) + float64(x.lo*y.hi)
	return fastTwoSum(p.hi, p.lo)
}

func ddMulF(x dd, y float64) dd {
	p := twoProd(x.hi, y)
	p.lo += float64(x.lo * y)
	return fastTwoSum(p.hi, p.lo)
}

func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddAdd(x, ddNeg(ddMulF(y, q1)))
	q2 := r.hi / y.hi
	r = ddAdd(r, ddNeg(ddMulF(y, q2)))
	q3 := r.hi / y.hi
	q := fastTwoSum(q1, q2)
	return ddAdd(q, dd{q3, 0})
}

func ddSqrt(x dd) dd {
	if x.hi <= 0 {
		return dd{math.Sqrt(x.hi), 0}
	}
	s := math.Sqrt(x.hi)
	// One Newton step: s + (x - s*s) / (2s).
	r := ddAdd(x, ddNeg(twoProd(s, s)))
	return fastTwoSum(s, r.hi/(2*s))
}

// round returns hi + lo rounded to a float64.
func (x dd) round() float64 { return x.hi + x.lo }

var (
	ddLn2 = dd{0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56}
	// ln2c is the third part of ln 2 (ln2 ~ ddLn2.hi + ddLn2.lo + ln2c).
	ln2c  = 0x1.7b57a079a1934p-111
	ddPi  = dd{0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53}
	ddPi2 = dd{0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54}
	// pi2c is the third part of pi/2.
	pi2c = -0x1.f1976b7ed8fbcp-110
)

// ddExpParts returns exp(x) as a double-double m and a power of two k
// (exp(x) = m * 2**k), for finite x within the float range.
func ddExpParts(x dd) (dd, int) {
	k := math.Round(x.hi / ddLn2.hi)
	// r = x - k*ln2, with ln2 carried to three parts.
	r := ddAdd(x, ddNeg(twoProd(k, ddLn2.hi)))
	r = ddAdd(r, ddNeg(twoProd(k, ddLn2.lo)))
	r = ddAdd(r, dd{-k * ln2c, 0})
	// exp(r) = (exp(r / 2**10))**(2**10); expm1 by Taylor series.
	const sq = 10
	s := dd{math.Ldexp(r.hi, -sq), math.Ldexp(r.lo, -sq)}
	// expm1(s) = s + s^2/2! + ... (|s| < 4e-4: 9 terms reach 2**-110)
	term := s
	sum := s
	for n := 2; n <= 10; n++ {
		term = ddDiv(ddMul(term, s), dd{float64(n), 0})
		sum = ddAdd(sum, term)
	}
	// square: (1+e)^2 - 1 = 2e + e^2
	for i := 0; i < sq; i++ {
		sum = ddAdd(ddMulF(sum, 2), ddMul(sum, sum))
	}
	return ddAdd(dd{1, 0}, sum), int(k)
}

// ddExp is exp(x) rounded to float64, with overflow and underflow.
func expDD(x dd) float64 {
	if x.hi > 709.8 {
		return math.Inf(1)
	}
	if x.hi < -745.2 {
		return 0
	}
	m, k := ddExpParts(x)
	if k < -1021 {
		// Subnormal result: scale in two steps so the final rounding is
		// the only one.
		return math.Ldexp(math.Ldexp(m.hi, k+600)+math.Ldexp(m.lo, k+600), -600)
	}
	return math.Ldexp(m.round(), k)
}

// ddLog is log(x) in double-double for x > 0 finite.
func ddLog(x dd) dd {
	l0 := math.Log(x.hi)
	if x.hi == 1 && x.lo == 0 {
		return dd{0, 0}
	}
	// Newton step on exp(l) = x: l1 = l0 + x*exp(-l0) - 1.
	m, k := ddExpParts(dd{-l0, 0})
	m = dd{math.Ldexp(m.hi, k), math.Ldexp(m.lo, k)}
	t := ddAdd(ddMul(x, m), dd{-1, 0})
	return ddAdd(dd{l0, 0}, t)
}

// ExpFloat is a correctly rounded exp(x).
func ExpFloat(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x == 0:
		return 1
	}
	return expDD(dd{x, 0})
}

// LogFloat is a correctly rounded natural logarithm.
func LogFloat(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 1) || x <= 0 {
		return math.Log(x)
	}
	if x < 0x1p-1022 {
		// Subnormal: scale up first.
		l := ddLog(dd{x * 0x1p54, 0})
		return ddAdd(l, ddNeg(ddMulF(ddLn2, 54))).round()
	}
	return ddLog(dd{x, 0}).round()
}

func isOddInteger(y float64) bool {
	if math.Abs(y) >= 1<<53 {
		return false
	}
	i := math.Trunc(y)
	return i == y && math.Mod(i, 2) != 0
}

// PowFloat is a correctly rounded x**y with C99 semantics for special
// values (the caller handles Python's errors).
func PowFloat(x, y float64) float64 {
	switch {
	case y == 0:
		return 1
	case x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case math.IsInf(y, 0) || math.IsInf(x, 0) || x == 0:
		return math.Pow(x, y)
	case y == 1:
		return x
	case y == 0.5 && x > 0:
		return math.Sqrt(x)
	case y == 2:
		return x * x
	case y == -1:
		return 1 / x
	}
	neg := false
	if x < 0 {
		if math.Trunc(y) != y {
			return math.NaN()
		}
		neg = isOddInteger(y)
		x = -x
	}
	var r float64
	if x < 0x1p-1022 {
		l := ddLog(dd{x * 0x1p54, 0})
		l = ddAdd(l, ddNeg(ddMulF(ddLn2, 54)))
		r = expDD(ddMulF(l, y))
	} else {
		r = expDD(ddMulF(ddLog(dd{x, 0}), y))
	}
	if neg {
		return -r
	}
	return r
}

// HypotFloat is a correctly rounded sqrt(x*x + y*y).
func HypotFloat(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Inf(1)
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	x, y = math.Abs(x), math.Abs(y)
	if x < y {
		x, y = y, x
	}
	if x == 0 {
		return 0
	}
	// Scale to avoid overflow and underflow.
	_, e := math.Frexp(x)
	sx, sy := math.Ldexp(x, -e), math.Ldexp(y, -e)
	s := ddAdd(twoProd(sx, sx), twoProd(sy, sy))
	return math.Ldexp(ddSqrt(s).round(), e)
}

// ddSinCosReduced computes sin and cos of a double-double |r| <= pi/4 by
// Taylor series.
func ddSinCosReduced(r dd) (dd, dd) {
	r2 := ddMul(r, r)
	// sin
	term := r
	sin := r
	for n := 3; n < 40; n += 2 {
		term = ddDiv(ddMul(term, r2), dd{float64((n - 1) * n), 0})
		if n%4 == 3 {
			sin = ddAdd(sin, ddNeg(term))
		} else {
			sin = ddAdd(sin, term)
		}
		if math.Abs(term.hi) < 1e-40 {
			break
		}
	}
	term = dd{1, 0}
	cos := dd{1, 0}
	for n := 2; n < 40; n += 2 {
		term = ddDiv(ddMul(term, r2), dd{float64((n - 1) * n), 0})
		if n%4 == 2 {
			cos = ddAdd(cos, ddNeg(term))
		} else {
			cos = ddAdd(cos, term)
		}
		if math.Abs(term.hi) < 1e-40 {
			break
		}
	}
	return sin, cos
}

// sinCos reduces x modulo pi/2; ok is false when |x| is too large for the
// double-double reduction.
func sinCos(x float64) (sin, cos float64, ok bool) {
	if math.Abs(x) > 1e8 {
		return 0, 0, false
	}
	q := math.Round(x / ddPi2.hi)
	r := ddAdd(dd{x, 0}, ddNeg(twoProd(q, ddPi2.hi)))
	r = ddAdd(r, ddNeg(twoProd(q, ddPi2.lo)))
	r = ddAdd(r, ddNeg(twoProd(q, pi2c)))
	s, c := ddSinCosReduced(r)
	switch int64(q) & 3 {
	case 0:
		return s.round(), c.round(), true
	case 1:
		return c.round(), -s.round(), true
	case 2:
		return -s.round(), -c.round(), true
	}
	return -c.round(), s.round(), true
}

// SinFloat is a correctly rounded sin(x).
func SinFloat(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Sin(x)
	}
	if s, _, ok := sinCos(x); ok {
		return s
	}
	return math.Sin(x)
}

// CosFloat is a correctly rounded cos(x).
func CosFloat(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Cos(x)
	}
	if _, c, ok := sinCos(x); ok {
		return c
	}
	return math.Cos(x)
}

// ddAtan is atan(t) for a double-double t >= 0.
func ddAtan(t dd) dd {
	invert := false
	if t.hi > 1 {
		t = ddDiv(dd{1, 0}, t)
		invert = true
	}
	// Halve the argument twice: atan(t) = 2 atan(t / (1 + sqrt(1 + t^2))).
	const halvings = 3
	for i := 0; i < halvings; i++ {
		t = ddDiv(t, ddAdd(dd{1, 0}, ddSqrt(ddAdd(dd{1, 0}, ddMul(t, t)))))
	}
	t2 := ddMul(t, t)
	term := t
	sum := t
	for n := 3; n < 200; n += 2 {
		term = ddMul(term, t2)
		q := ddDiv(term, dd{float64(n), 0})
		if n%4 == 3 {
			sum = ddAdd(sum, ddNeg(q))
		} else {
			sum = ddAdd(sum, q)
		}
		if math.Abs(q.hi) < 1e-40 {
			break
		}
	}
	sum = dd{math.Ldexp(sum.hi, halvings), math.Ldexp(sum.lo, halvings)}
	if invert {
		sum = ddAdd(ddPi2, ddNeg(sum))
	}
	return sum
}

// Atan2Float is a correctly rounded atan2(y, x).
func Atan2Float(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || y == 0 || x == 0 {
		return math.Atan2(y, x)
	}
	ay, ax := math.Abs(y), math.Abs(x)
	// t = ay/ax as a double-double
	t := ddDiv(dd{ay, 0}, dd{ax, 0})
	if t.hi > 1e300 || t.hi < 1e-300 {
		return math.Atan2(y, x)
	}
	a := ddAtan(t)
	if x < 0 {
		a = ddAdd(ddPi, ddNeg(a))
	}
	r := a.round()
	if y < 0 {
		r = -r
	}
	return r
}

// AtanFloat is a correctly rounded atan(x).
func AtanFloat(x float64) float64 {
	if math.IsNaN(x) || x == 0 {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Atan(x)
	}
	a := ddAtan(dd{math.Abs(x), 0}).round()
	if x < 0 {
		return -a
	}
	return a
}
