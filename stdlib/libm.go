package stdlib

import (
	"math"
	"math/big"
	"sync"
)

// The elementary functions behind the math module.
//
// CPython calls the C library, and glibc's exp, log, pow, sin, cos, tan, atan
// and friends return the correctly rounded result in practically every case,
// while Go's math package is only faithful (within one ulp): for random
// arguments Go's math.Sin differs from glibc in about a quarter of the cases
// and math.Pow in half of them, so `print(math.sin(x))` would show different
// digits. The functions here compute in double-double arithmetic (about 106
// bits), starting from Go's result and refining it with one Newton step where
// that is simplest, then round once, which reproduces the correctly rounded
// value. Gamma and lgamma are CPython's own Lanczos code (mathmodule.c)
// rather than the C library's.

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func ddNeg(a dd) dd             { return dd{-a.hi, -a.lo} }
func ddSub(a, b dd) dd          { return ddAdd(a, ddNeg(b)) }
func ddAddF(a dd, b float64) dd { return ddAdd(a, dd{b, 0}) }

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return quickTwoSum(p.hi, p.lo)
}

func ddMulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return quickTwoSum(p.hi, p.lo)
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddSub(a, ddMulF(b, q1))
	q2 := r.hi / b.hi
	r = ddSub(r, ddMulF(b, q2))
	q3 := r.hi / b.hi
	return ddAddF(quickTwoSum(q1, q2), q3)
}

func ddSqrt(a dd) dd {
	if a.hi <= 0 {
		return dd{math.Sqrt(a.hi), 0}
	}
	s := math.Sqrt(a.hi)
	// One Newton step: s + (a - s*s) / (2s).
	r := ddSub(a, twoProd(s, s))
	return ddAddF(dd{s, 0}, r.hi/(2*s))
}

func (a dd) float() float64 { return a.hi + a.lo }

// ddScale multiplies by 2**e (exact unless the result leaves the normal
// range).
func ddScale(a dd, e int) dd { return dd{math.Ldexp(a.hi, e), math.Ldexp(a.lo, e)} }

var (
	ddLn2   = dd{0.6931471805599453, 2.3190468138462996e-17}
	ddLn10  = dd{2.302585092994046, -2.1707562233822494e-16}
	ddPi    = dd{3.141592653589793, 1.2246467991473532e-16}
	ddPiO2  = dd{1.5707963267948966, 6.123233995736766e-17}
	ddPiO4  = dd{0.7853981633974483, 3.061616997868383e-17}
	ddOne   = dd{1, 0}
	invFact [40]dd
)

func init() {
	f := ddOne
	invFact[0] = ddOne
	for i := 1; i < len(invFact); i++ {
		f = ddMulF(f, float64(i))
		invFact[i] = ddDiv(ddOne, f)
	}
}

// ddExpSmall is exp(r) for |r| <= 0.36 (r already reduced by ln2).
func ddExpSmall(r dd) dd {
	// Reduce further by 2**-10, sum the Taylor series, square ten times.
	s := ddScale(r, -10)
	sum := ddOne
	term := ddOne
	for i := 1; i < 12; i++ {
		term = ddMul(term, s)
		sum = ddAdd(sum, ddMul(term, invFact[i]))
	}
	for i := 0; i < 10; i++ {
		sum = ddMul(sum, sum)
	}
	return sum
}

// ddExp is exp(x) as a double-double mantissa and a power of two: the value
// is m * 2**k. The caller applies the scaling, so that results near the ends
// of the float range round once.
func ddExp(x dd) (m dd, k int) {
	kf := math.Round(x.hi / ddLn2.hi)
	r := ddSub(x, ddMulF(ddLn2, kf))
	return ddExpSmall(r), int(kf)
}

// ddExpFloat rounds m * 2**k to a float.
func ddExpFloat(m dd, k int) float64 {
	if k > -1000 {
		return math.Ldexp(m.float(), k)
	}
	// Deep in the subnormal range: scale in two steps so the final rounding
	// happens once, at the subnormal precision.
	return math.Ldexp(math.Ldexp(m.hi, k+200)+math.Ldexp(m.lo, k+200), -200)
}

func mExp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 709.782712893384:
		return math.Inf(1)
	case x < -745.1332191019412:
		return 0
	case math.Abs(x) < 1e-300:
		return 1 + x
	}
	m, k := ddExp(dd{x, 0})
	return ddExpFloat(m, k)
}

func mExp2(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x >= 1024:
		return math.Inf(1)
	case x < -1075:
		return 0
	case x == math.Trunc(x):
		return math.Ldexp(1, int(x))
	}
	m, k := ddExp(ddMulF(ddLn2, x))
	return ddExpFloat(m, k)
}

// ddExpm1 is exp(x) - 1 with full precision for small x.
func ddExpm1(x dd) dd {
	if math.Abs(x.hi) < 0.5 {
		sum := dd{}
		term := ddOne
		for i := 1; i < 30; i++ {
			term = ddMul(term, x)
			t := ddMul(term, invFact[i])
			sum = ddAdd(sum, t)
			if math.Abs(t.hi) < 1e-34*math.Abs(sum.hi) {
				break
			}
		}
		return sum
	}
	m, k := ddExp(x)
	return ddAddF(ddScale(m, k), -1)
}

// ddLog is log(a) for a > 0 (finite): a = m * 2**e with m in [sqrt(1/2),
// sqrt(2)), log(m) by one Newton step on exp from Go's estimate.
func ddLog(a dd) dd {
	m, e := math.Frexp(a.hi)
	lo := math.Ldexp(a.lo, -e)
	if m < math.Sqrt2/2 {
		m *= 2
		lo *= 2
		e--
	}
	x := quickTwoSum(m, lo)
	y0 := math.Log(x.hi)
	// y = y0 + x*exp(-y0) - 1
	em, ek := ddExp(dd{-y0, 0})
	t := ddAddF(ddMul(x, ddScale(em, ek)), -1)
	y := ddAdd(dd{y0, 0}, t)
	return ddAdd(y, ddMulF(ddLn2, float64(e)))
}

// logArg checks a log argument; ok is false when the answer is special.
func logSpecial(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x):
		return x, true
	case x < 0:
		return math.NaN(), true
	case x == 0:
		return math.Inf(-1), true
	case math.IsInf(x, 1):
		return x, true
	}
	return 0, false
}

func mLog(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	if x == 1 {
		return 0
	}
	return ddLog(dd{x, 0}).float()
}

func mLog2(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	if m, e := math.Frexp(x); m == 0.5 {
		return float64(e - 1)
	}
	return ddDiv(ddLog(dd{x, 0}), ddLn2).float()
}

// mPow is pow(x, y) for finite x and y (the special values are handled by
// the caller): exp(y * log|x|) in double-double.
func mPow(x, y float64) float64 {
	if y == 0 || x == 1 {
		return 1
	}
	if x == 0 {
		// pow(±0, y): zero or infinity, negative only for -0 and odd y.
		r := 0.0
		if y < 0 {
			r = math.Inf(1)
		}
		if math.Signbit(x) && y == math.Trunc(y) && math.Abs(y) < 1<<53 && math.Mod(y, 2) != 0 {
			r = -r
		}
		return r
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		neg = math.Abs(y) < 1<<53 && math.Mod(y, 2) != 0
		x = -x
	}
	if y == 1 {
		if neg {
			return -x
		}
		return x
	}
	if y == 2 {
		r := x * x
		if neg {
			r = -r
		}
		return r
	}
	z := ddMulF(ddLog(dd{x, 0}), y)
	var r float64
	switch {
	case z.hi > 709.8:
		r = math.Inf(1)
	case z.hi < -745.2:
		r = 0
	default:
		m, k := ddExp(z)
		r = ddExpFloat(m, k)
	}
	if neg {
		r = -r
	}
	return r
}

func mSqrt(x float64) float64 { return math.Sqrt(x) }

// cbrtFactor is 2**(n/3) for n = -2..2, computed as glibc's table is.
var cbrtFactor = func() [5]float64 {
	cbrt2, sqrCbrt2 := 1.2599210498948731648, 1.5874010519681994748
	return [5]float64{1.0 / sqrCbrt2, 1.0 / cbrt2, 1.0, cbrt2, sqrCbrt2}
}()

// mCbrt is glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which is not
// correctly rounded (cbrt(27) is 3.0000000000000004), so it is reproduced
// operation by operation; the float64 conversions keep Go from fusing
// multiply-adds.
func mCbrt(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x + x
	}
	xm, xe := math.Frexp(math.Abs(x))
	u := float64(0.354895765043919860 + float64((1.50819193781584896+float64((-2.11499494167371287+
		float64((2.44693122563534430+float64((-1.83469277483613086+
			float64((0.784932344976639262-float64(0.145263899385486377*xm))*xm))*xm))*xm))*xm))*xm))
	t2 := float64(float64(u*u) * u)
	ym := float64(float64(u*float64(t2+float64(2.0*xm))) / float64(float64(2.0*t2)+xm) * cbrtFactor[2+xe%3])
	if x <= 0 {
		ym = -ym
	}
	return math.Ldexp(ym, xe/3)
}

// ---- trigonometry ----

var (
	bigPiOnce sync.Once
	bigPiO2   *big.Float
)

const bigPiPrec = 1400

// bigHalfPi is pi/2 to 1400 bits (Machin's formula), for reducing huge
// arguments.
func bigHalfPi() *big.Float {
	bigPiOnce.Do(func() {
		atanInv := func(n int64) *big.Float {
			// atan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
			x := new(big.Float).SetPrec(bigPiPrec).Quo(big.NewFloat(1).SetPrec(bigPiPrec), big.NewFloat(float64(n)).SetPrec(bigPiPrec))
			n2 := new(big.Float).SetPrec(bigPiPrec).SetInt64(n * n)
			sum := new(big.Float).SetPrec(bigPiPrec).Set(x)
			term := new(big.Float).SetPrec(bigPiPrec).Set(x)
			eps := new(big.Float).SetPrec(bigPiPrec).SetMantExp(big.NewFloat(1), -bigPiPrec-10)
			for k := int64(1); ; k++ {
				term.Quo(term, n2)
				t := new(big.Float).SetPrec(bigPiPrec).Quo(term, new(big.Float).SetPrec(bigPiPrec).SetInt64(2*k+1))
				if k%2 == 1 {
					sum.Sub(sum, t)
				} else {
					sum.Add(sum, t)
				}
				if t.Cmp(eps) < 0 {
					break
				}
			}
			return sum
		}
		// pi/4 = 4 atan(1/5) - atan(1/239)
		a := atanInv(5)
		a.Mul(a, big.NewFloat(4).SetPrec(bigPiPrec))
		a.Sub(a, atanInv(239))
		bigPiO2 = a.Mul(a, big.NewFloat(2).SetPrec(bigPiPrec))
	})
	return bigPiO2
}

// Three-part pi/2 for Cody-Waite reduction of moderate arguments.
const (
	pio2a = 1.5707963267948966
	pio2b = 6.123233995736766e-17
	pio2c = -1.4973849048591698e-33
)

// reduceHalfPi returns r and n with x = n*pi/2 + r, |r| <= pi/4.
func reduceHalfPi(x float64) (dd, int) {
	if math.Abs(x) <= math.Pi/4 {
		return dd{x, 0}, 0
	}
	if math.Abs(x) < 1e6 {
		k := math.Round(x / pio2a)
		r := ddSub(dd{x, 0}, twoProd(k, pio2a))
		r = ddSub(r, twoProd(k, pio2b))
		r = ddSub(r, twoProd(k, pio2c))
		return r, int(int64(k) & 3)
	}
	bx := new(big.Float).SetPrec(bigPiPrec).SetFloat64(x)
	q := new(big.Float).SetPrec(bigPiPrec).Quo(bx, bigHalfPi())
	// Round q to the nearest integer.
	qi, _ := new(big.Float).SetPrec(bigPiPrec).Add(q, big.NewFloat(math.Copysign(0.5, x))).Int(nil)
	rb := new(big.Float).SetPrec(bigPiPrec).SetInt(qi)
	rb.Mul(rb, bigHalfPi())
	rb.Sub(bx, rb)
	hi, _ := rb.Float64()
	lo, _ := new(big.Float).SetPrec(bigPiPrec).Sub(rb, new(big.Float).SetFloat64(hi)).Float64()
	n := new(big.Int).And(qi, big.NewInt(3)).Int64()
	return dd{hi, lo}, int(n)
}

// ddSinCosSmall returns sin(r) and cos(r) for |r| <= pi/4.
func ddSinCosSmall(r dd) (dd, dd) {
	r2 := ddMul(r, r)
	sin := r
	cos := ddOne
	term := r // r^(2k+1)/(2k+1)! built incrementally
	cterm := ddOne
	for k := 1; k < 16; k++ {
		term = ddMul(term, r2)
		cterm = ddMul(cterm, r2)
		s := ddMul(term, invFact[2*k+1])
		c := ddMul(cterm, invFact[2*k])
		if k%2 == 1 {
			sin = ddSub(sin, s)
			cos = ddSub(cos, c)
		} else {
			sin = ddAdd(sin, s)
			cos = ddAdd(cos, c)
		}
		if math.Abs(c.hi) < 1e-36 {
			break
		}
	}
	return sin, cos
}

// ddSinCos returns sin(x) and cos(x).
func ddSinCos(x float64) (dd, dd) {
	r, n := reduceHalfPi(x)
	s, c := ddSinCosSmall(r)
	switch n {
	case 1:
		return c, ddNeg(s)
	case 2:
		return ddNeg(s), ddNeg(c)
	case 3:
		return ddNeg(c), s
	}
	return s, c
}

func mSin(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if math.Abs(x) < 1e-8 {
		// sin(x) = x - x^3/6: the correction is below half an ulp.
		if math.Abs(x) < 1e-300 {
			return x
		}
		return ddSub(dd{x, 0}, ddMulF(ddMulF(twoProd(x, x), x), 1.0/6)).float()
	}
	s, _ := ddSinCos(x)
	return s.float()
}

func mCos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	_, c := ddSinCos(x)
	return c.float()
}

func mTan(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if math.Abs(x) < 1e-300 {
		return x
	}
	s, c := ddSinCos(x)
	return ddDiv(s, c).float()
}

// ddAtan is atan(t) for t >= 0.
func ddAtan(t dd) dd {
	if t.hi == 0 {
		return t
	}
	if t.hi > 1 {
		return ddSub(ddPiO2, ddAtan(ddDiv(ddOne, t)))
	}
	y0 := math.Atan(t.hi)
	s, c := ddSinCosSmall(dd{y0, 0})
	// y = y0 + (t*cos(y0) - sin(y0)) * cos(y0)
	d := ddSub(ddMul(t, c), s)
	return ddAdd(dd{y0, 0}, ddMul(d, c))
}

func mAtan(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Copysign(math.Pi/2, x)
	case math.Abs(x) < 1e-300:
		return x
	}
	r := ddAtan(dd{math.Abs(x), 0}).float()
	return math.Copysign(r, x)
}

func mAtan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	ratio := math.Abs(y) / math.Abs(x)
	var a dd
	switch {
	case math.IsInf(ratio, 0):
		a = ddPiO2
	case ratio < 1e-300:
		a = dd{ratio, 0}
	default:
		a = ddAtan(ddDiv(dd{math.Abs(y), 0}, dd{math.Abs(x), 0}))
	}
	if x < 0 {
		a = ddSub(ddPi, a)
	}
	return math.Copysign(a.float(), y)
}

// ddAsin is asin(x) for 0 <= x <= 1.
func ddAsin(x dd) dd {
	if x.hi > 0.5 {
		// asin(x) = pi/2 - 2 asin(sqrt((1-x)/2))
		h := ddScale(ddSub(ddOne, x), -1)
		return ddSub(ddPiO2, ddScale(ddAsin(ddSqrt(h)), 1))
	}
	if x.hi == 0 {
		return x
	}
	y0 := math.Asin(x.hi)
	s, c := ddSinCosSmall(dd{y0, 0})
	return ddAdd(dd{y0, 0}, ddDiv(ddSub(x, s), c))
}

func mAsin(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case math.Abs(x) < 1e-300:
		return x
	}
	return math.Copysign(ddAsin(dd{math.Abs(x), 0}).float(), x)
}

func mAcos(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case x == 1:
		return 0
	}
	var r dd
	switch {
	case x > 0.5:
		r = ddScale(ddAsin(ddSqrt(ddScale(ddSub(ddOne, dd{x, 0}), -1))), 1)
	case x < -0.5:
		r = ddSub(ddPi, ddScale(ddAsin(ddSqrt(ddScale(ddAdd(ddOne, dd{x, 0}), -1))), 1))
	case x >= 0:
		r = ddSub(ddPiO2, ddAsin(dd{x, 0}))
	default:
		r = ddAdd(ddPiO2, ddAsin(dd{-x, 0}))
	}
	return r.float()
}

// ---- fdlibm-derived functions ----
//
// glibc computes expm1, log1p, log10, the hyperbolic functions and their
// inverses with Sun's fdlibm algorithms, which are not correctly rounded;
// they are reproduced here operation by operation (float64 conversions keep
// Go from fusing multiply-adds), calling glibc's exp and log (mExp, mLog) and
// fdlibm's expm1 and log1p (Go's math.Expm1 and math.Log1p are ports of
// them).

func highWord(x float64) uint32 { return uint32(math.Float64bits(x) >> 32) }
func lowWord(x float64) uint32  { return uint32(math.Float64bits(x)) }

func mExpm1(x float64) float64 { return math.Expm1(x) }
func mLog1p(x float64) float64 { return math.Log1p(x) }

// mLog10 is glibc's __ieee754_log10.
func mLog10(x float64) float64 {
	const (
		two54     = 1.80143985094819840000e+16
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	hx := int32(highWord(x))
	lx := lowWord(x)
	k := int32(0)
	if hx < 0x00100000 {
		if (uint32(hx)&0x7fffffff)|lx == 0 {
			return math.Inf(-1)
		}
		if hx < 0 {
			return math.NaN()
		}
		k -= 54
		x *= two54
		hx = int32(highWord(x))
	}
	if hx >= 0x7ff00000 {
		return x + x
	}
	k += (hx >> 20) - 1023
	i := int32((uint32(k) & 0x80000000) >> 31)
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | uint64(lowWord(x)))
	z := float64(y*log10_2lo) + float64(ivln10*mLog(x))
	return z + float64(y*log10_2hi)
}

// mSinh is fdlibm's __ieee754_sinh.
func mSinh(x float64) float64 {
	jx := int32(highWord(x))
	ix := jx & 0x7fffffff
	if ix >= 0x7ff00000 {
		return x + x
	}
	h := 0.5
	if jx < 0 {
		h = -h
	}
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3e300000 { // |x| < 2**-28
			return x
		}
		t := math.Expm1(math.Abs(x))
		if ix < 0x3ff00000 {
			return h * (float64(2.0*t) - float64(t*t)/(t+1))
		}
		return h * (t + t/(t+1))
	}
	if ix < 0x40862E42 { // |x| < log(maxdouble)
		return h * mExp(math.Abs(x))
	}
	lx := lowWord(x)
	if ix < 0x408633CE || (ix == 0x408633ce && lx <= 0x8fb9f87d) {
		w := mExp(0.5 * math.Abs(x))
		t := h * w
		return t * w
	}
	return x * 1.0e307
}

// mCosh is glibc's __ieee754_cosh.
func mCosh(x float64) float64 {
	ix := int32(highWord(x)) & 0x7fffffff
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3fd62e43 { // |x| < 0.5*ln2
			if ix < 0x3c800000 {
				return 1
			}
			t := math.Expm1(math.Abs(x))
			w := 1 + t
			return 1 + float64(t*t)/(w+w)
		}
		t := mExp(math.Abs(x))
		return float64(0.5*t) + 0.5/t
	}
	if ix < 0x40862e42 {
		return 0.5 * mExp(math.Abs(x))
	}
	lx := lowWord(x)
	if ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87d) {
		w := mExp(0.5 * math.Abs(x))
		t := 0.5 * w
		return t * w
	}
	if ix >= 0x7ff00000 {
		return x * x
	}
	return math.Inf(1)
}

// mTanh is fdlibm's __tanh.
func mTanh(x float64) float64 {
	jx := int32(highWord(x))
	ix := jx & 0x7fffffff
	if ix >= 0x7ff00000 {
		if math.IsNaN(x) {
			return x
		}
		return math.Copysign(1, x)
	}
	var z float64
	if ix < 0x40360000 { // |x| < 22
		if x == 0 {
			return x
		}
		if ix < 0x3c800000 { // |x| < 2**-55
			return x * (1 + x)
		}
		if ix >= 0x3ff00000 { // |x| >= 1
			t := math.Expm1(2 * math.Abs(x))
			z = 1 - 2/(t+2)
		} else {
			t := math.Expm1(-2 * math.Abs(x))
			z = -t / (t + 2)
		}
	} else {
		z = 1
	}
	if jx >= 0 {
		return z
	}
	return -z
}

// mAsinh is glibc's __asinh.
func mAsinh(x float64) float64 {
	const ln2 = 6.93147180559945286227e-01
	ix := int32(highWord(x)) & 0x7fffffff
	if ix < 0x3e300000 { // |x| < 2**-28
		return x
	}
	var w float64
	if ix > 0x41b00000 { // |x| > 2**28
		if ix >= 0x7ff00000 {
			return x + x
		}
		w = mLog(math.Abs(x)) + ln2
	} else {
		xa := math.Abs(x)
		if ix > 0x40000000 { // 2**28 > |x| > 2
			w = mLog(float64(2.0*xa) + 1/(math.Sqrt(float64(xa*xa)+1)+xa))
		} else {
			t := xa * xa
			w = math.Log1p(xa + t/(1+math.Sqrt(1+t)))
		}
	}
	return math.Copysign(w, x)
}

// mAcosh is glibc's __ieee754_acosh.
func mAcosh(x float64) float64 {
	const ln2 = 6.93147180559945286227e-01
	hx := int32(highWord(x))
	lx := lowWord(x)
	switch {
	case hx < 0x3ff00000: // x < 1
		return math.NaN()
	case hx >= 0x41b00000: // x > 2**28
		if hx >= 0x7ff00000 {
			return x + x
		}
		return mLog(x) + ln2
	case (uint32(hx-0x3ff00000) | lx) == 0:
		return 0
	case hx > 0x40000000: // 2**28 > x > 2
		t := x * x
		return mLog(float64(2.0*x) - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(float64(2.0*t)+float64(t*t)))
}

// mAtanh is glibc's __ieee754_atanh.
func mAtanh(x float64) float64 {
	xa := math.Abs(x)
	var t float64
	switch {
	case math.IsNaN(x):
		return x
	case xa < 0.5:
		if xa < 0x1p-28 {
			return x
		}
		t = xa + xa
		t = 0.5 * math.Log1p(t+float64(t*xa)/(1.0-xa))
	case xa < 1.0:
		t = 0.5 * math.Log1p((xa+xa)/(1.0-xa))
	case xa > 1.0:
		return math.NaN()
	default:
		return math.Copysign(math.Inf(1), x)
	}
	return math.Copysign(t, x)
}

// ---- gamma and lgamma: CPython's Lanczos implementation ----

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

var lanczosNum = [...]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [...]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

var gammaIntegral = [...]float64{
	1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
	3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
	1307674368000.0, 20922789888000.0, 355687428096000.0,
	6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
	51090942171709440000.0, 1124000727777607680000.0,
}

func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := 0; i < len(lanczosNum); i++ {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

func mSinpi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	n := int(math.Round(2.0 * y))
	var r float64
	switch n {
	case 0:
		r = mSin(math.Pi * y)
	case 1:
		r = mCos(math.Pi * (y - 0.5))
	case 2:
		r = mSin(math.Pi * (1.0 - y))
	case 3:
		r = -mCos(math.Pi * (y - 1.5))
	default:
		r = mSin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

// mGamma is CPython's m_tgamma; poles return NaN (a domain error).
func mGamma(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return x
	}
	if math.IsInf(x, -1) || x == 0 {
		return math.NaN()
	}
	if x == math.Floor(x) {
		if x < 0 {
			return math.NaN()
		}
		if x <= float64(len(gammaIntegral)) {
			return gammaIntegral[int(x)-1]
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return 1.0 / x
	}
	if absx > 200.0 {
		if x < 0.0 {
			return 0.0 / mSinpi(x)
		}
		return math.Inf(1)
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0.0 {
		r = -math.Pi / mSinpi(absx) / absx * mExp(y) / lanczosSum(absx)
		r -= z * r
		if absx < 140.0 {
			r /= mPow(y, absx-0.5)
		} else {
			sqrtpow := mPow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / mExp(y)
		r += z * r
		if absx < 140.0 {
			r *= mPow(y, absx-0.5)
		} else {
			sqrtpow := mPow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	return r
}

// mLgamma is CPython's m_lgamma; poles return NaN (a domain error).
func mLgamma(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Inf(1)
	}
	if x == math.Floor(x) && x <= 2.0 {
		if x <= 0.0 {
			return math.NaN()
		}
		return 0.0
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -mLog(absx)
	}
	r := mLog(lanczosSum(absx)) - lanczosG
	r += (absx - 0.5) * (mLog(absx+lanczosG-0.5) - 1)
	if x < 0.0 {
		r = logPi - mLog(math.Abs(mSinpi(absx))) - mLog(absx) - r
	}
	return r
}
