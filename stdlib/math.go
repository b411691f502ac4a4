package stdlib

import (
	"math"
	"math/big"

	"github.com/minipy/minipy/runtime"
)

// The math module. Real-valued functions follow CPython's mathmodule.c:
// arguments go through float conversion ("must be real number, not str"), a
// NaN result from a non-NaN argument is "ValueError: math domain error", an
// infinite result from a finite argument is "OverflowError: math range error"
// (or a domain error for poles). The elementary functions themselves are in
// libm.go, written to give the correctly rounded results glibc gives CPython.

func initMath(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("math")
	setNew(m, "__doc__", runtime.NewStr("This module provides access to the mathematical functions\ndefined by the C standard."))
	for name, v := range map[string]float64{"pi": math.Pi, "e": math.E, "tau": 2 * math.Pi, "inf": math.Inf(1), "nan": math.NaN()} {
		setNew(m, name, runtime.NewFloat(v))
	}
	addFuncs(m, []funcDef{
		{"sqrt", math1("sqrt", mSqrt, poleIsDomain)},
		{"exp", math1("exp", mExp, canOverflow)},
		{"exp2", math1("exp2", mExp2, canOverflow)},
		{"expm1", math1("expm1", mExpm1, canOverflow)},
		{"log1p", math1("log1p", mLog1p, poleIsDomain)},
		{"cbrt", math1("cbrt", mCbrt, poleIsDomain)},
		{"sin", math1("sin", mSin, poleIsDomain)},
		{"cos", math1("cos", mCos, poleIsDomain)},
		{"tan", math1("tan", mTan, poleIsDomain)},
		{"asin", math1("asin", mAsin, poleIsDomain)},
		{"acos", math1("acos", mAcos, poleIsDomain)},
		{"atan", math1("atan", mAtan, poleIsDomain)},
		{"sinh", math1("sinh", mSinh, canOverflow)},
		{"cosh", math1("cosh", mCosh, canOverflow)},
		{"tanh", math1("tanh", mTanh, poleIsDomain)},
		{"asinh", math1("asinh", mAsinh, poleIsDomain)},
		{"acosh", math1("acosh", mAcosh, poleIsDomain)},
		{"atanh", math1("atanh", mAtanh, poleIsDomain)},
		{"erf", math1("erf", math.Erf, poleIsDomain)},
		{"erfc", math1("erfc", math.Erfc, poleIsDomain)},
		{"gamma", math1("gamma", mGamma, canOverflow)},
		{"lgamma", math1("lgamma", mLgamma, canOverflow)},
		{"fabs", math1("fabs", math.Abs, poleIsDomain)},
		{"degrees", math1("degrees", func(x float64) float64 { return x * (180.0 / math.Pi) }, noCheck)},
		{"radians", math1("radians", func(x float64) float64 { return x * (math.Pi / 180.0) }, noCheck)},
		{"log", mathLog},
		{"log2", mathLogN("log2", mLog2)},
		{"log10", mathLogN("log10", mLog10)},
		{"pow", mathPow},
		{"atan2", math2("atan2", mAtan2)},
		{"fmod", mathFmod},
		{"remainder", mathRemainder},
		{"copysign", math2("copysign", math.Copysign)},
		{"nextafter", math2("nextafter", math.Nextafter)},
		{"ldexp", mathLdexp},
		{"frexp", mathFrexp},
		{"modf", mathModf},
		{"ulp", mathUlp},
		{"floor", mathFloorCeil("floor", "__floor__", math.Floor)},
		{"ceil", mathFloorCeil("ceil", "__ceil__", math.Ceil)},
		{"trunc", mathTrunc},
		{"isfinite", mathPredicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })},
		{"isinf", mathPredicate("isinf", func(x float64) bool { return math.IsInf(x, 0) })},
		{"isnan", mathPredicate("isnan", math.IsNaN)},
		{"isclose", mathIsclose},
		{"hypot", mathHypot},
		{"dist", mathDist},
		{"fsum", mathFsum},
		{"prod", mathProd},
		{"factorial", mathFactorial},
		{"isqrt", mathIsqrt},
		{"gcd", mathGcdLcm("gcd", false)},
		{"lcm", mathGcdLcm("lcm", true)},
		{"comb", mathComb},
		{"perm", mathPerm},
	})
	return m, nil
}

func domainError() error { return runtime.NewValueError("math domain error") }
func rangeError() error  { return runtime.NewOverflowError("math range error") }

// checkResult applies CPython's is_error/math_1 rules to r = f(x).
func checkResult(x, r float64, overflow bool) error {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if overflow {
			return rangeError()
		}
		return domainError()
	}
	return nil
}

// How math1 checks a result: an infinite result from a finite argument is a
// domain error (poles, e.g. gamma(0)), a range error (overflow), or returned
// as it is (degrees and radians, as in CPython).
const (
	poleIsDomain = iota
	canOverflow
	noCheck
)

// math1 wraps a one-argument real function (METH_O).
func math1(name string, f func(float64) float64, mode int) runtime.BuiltinFn {
	qual := "math." + name
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		a, err := runtime.OneArg(qual, args, kwnames)
		if err != nil {
			return nil, err
		}
		x, err := runtime.AsFloat(ts, a)
		if err != nil {
			return nil, err
		}
		r := f(x)
		if mode != noCheck {
			if err := checkResult(x, r, mode == canOverflow); err != nil {
				return nil, err
			}
		}
		return runtime.NewFloat(r), nil
	}
}

// math2 wraps a two-argument real function.
// floatPair unpacks the two float arguments of the function qual.
func floatPair(ts *runtime.ThreadState, qual string, args []runtime.Object, kwnames []string) (x, y float64, err error) {
	if err = posArgs(qual, args, kwnames, 2, 2); err != nil {
		return
	}
	if x, err = runtime.AsFloat(ts, args[0]); err != nil {
		return
	}
	y, err = runtime.AsFloat(ts, args[1])
	return
}

func math2(name string, f func(float64, float64) float64) runtime.BuiltinFn {
	qual := "math." + name
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		x, y, err := floatPair(ts, qual, args, kwnames)
		if err != nil {
			return nil, err
		}
		r := f(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return nil, domainError()
		}
		return runtime.NewFloat(r), nil
	}
}

func mathPredicate(name string, f func(float64) bool) runtime.BuiltinFn {
	qual := "math." + name
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		a, err := runtime.OneArg(qual, args, kwnames)
		if err != nil {
			return nil, err
		}
		x, err := runtime.AsFloat(ts, a)
		if err != nil {
			return nil, err
		}
		return runtime.NewBool(f(x)), nil
	}
}

// ---- logarithms ----

// logOf computes f(x) for an int or float argument: ints too large for a
// float are split into mantissa and exponent (CPython's loghelper), so
// math.log(10**1000) works.
func logOf(ts *runtime.ThreadState, o runtime.Object, f func(float64) float64) (float64, error) {
	if i, ok := intValue(o); ok {
		if i.Sign() <= 0 {
			return 0, domainError()
		}
		if x, err := i.Float(); err == nil {
			return f(x), nil
		}
		mant := new(big.Float).SetPrec(64)
		e := new(big.Float).SetInt(i.BigValue()).MantExp(mant)
		m, _ := mant.Float64()
		return f(m) + f(2.0)*float64(e), nil
	}
	x, err := runtime.AsFloat(ts, o)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, domainError()
	}
	return f(x), nil
}

func mathLog(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoKeywords("math.log", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, runtime.NewTypeError("math.log requires 1 to 2 arguments")
	}
	num, err := logOf(ts, args[0], mLog)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return runtime.NewFloat(num), nil
	}
	den, err := logOf(ts, args[1], mLog)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, runtime.NewZeroDivisionError("float division by zero")
	}
	return runtime.NewFloat(num / den), nil
}

func mathLogN(name string, f func(float64) float64) runtime.BuiltinFn {
	qual := "math." + name
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		a, err := runtime.OneArg(qual, args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := logOf(ts, a, f)
		if err != nil {
			return nil, err
		}
		return runtime.NewFloat(r), nil
	}
}

// ---- pow, fmod, remainder, ldexp, frexp, modf, ulp ----

func mathPow(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, y, err := floatPair(ts, "math.pow", args, kwnames)
	if err != nil {
		return nil, err
	}
	finite := !math.IsInf(x, 0) && !math.IsNaN(x) && !math.IsInf(y, 0) && !math.IsNaN(y)
	var r float64
	switch {
	case !finite:
		// C99 Annex F special values, as CPython spells them out.
		switch {
		case math.IsNaN(x):
			if y == 0 {
				r = 1
			} else {
				r = x
			}
		case math.IsNaN(y):
			if x == 1 {
				r = 1
			} else {
				r = y
			}
		default:
			r = math.Pow(x, y)
		}
		return runtime.NewFloat(r), nil
	case x == 0 && y < 0:
		return nil, domainError()
	}
	r = mPow(x, y)
	if math.IsNaN(r) {
		return nil, domainError()
	}
	if math.IsInf(r, 0) {
		return nil, rangeError()
	}
	return runtime.NewFloat(r), nil
}

func mathFmod(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, y, err := floatPair(ts, "math.fmod", args, kwnames)
	if err != nil {
		return nil, err
	}
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return runtime.NewFloat(x), nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return nil, domainError()
	}
	return runtime.NewFloat(r), nil
}

func mathRemainder(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, y, err := floatPair(ts, "math.remainder", args, kwnames)
	if err != nil {
		return nil, err
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return runtime.NewFloat(math.NaN()), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return nil, domainError()
	}
	if math.IsInf(y, 0) {
		return runtime.NewFloat(x), nil
	}
	return runtime.NewFloat(math.Remainder(x, y)), nil
}

func mathLdexp(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("math.ldexp", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	x, err := runtime.AsFloat(ts, args[0])
	if err != nil {
		return nil, err
	}
	i, ok := intValue(args[1])
	if !ok {
		return nil, runtime.NewTypeError("Expected an int as second argument to ldexp.")
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return runtime.NewFloat(x), nil
	}
	e, small := i.Int64()
	if !small || e > 1<<20 || e < -(1<<20) {
		if i.Sign() < 0 {
			return runtime.NewFloat(math.Copysign(0, x)), nil
		}
		return nil, rangeError()
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return nil, rangeError()
	}
	return runtime.NewFloat(r), nil
}

func mathFrexp(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("math.frexp", args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := runtime.AsFloat(ts, a)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return tupleOf(runtime.NewFloat(x), runtime.NewInt(0)), nil
	}
	m, e := math.Frexp(x)
	return tupleOf(runtime.NewFloat(m), runtime.NewInt(int64(e))), nil
}

func mathModf(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("math.modf", args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := runtime.AsFloat(ts, a)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) {
		return tupleOf(runtime.NewFloat(math.Copysign(0, x)), runtime.NewFloat(x)), nil
	}
	if math.IsNaN(x) {
		return tupleOf(runtime.NewFloat(x), runtime.NewFloat(x)), nil
	}
	ip, frac := math.Modf(x)
	return tupleOf(runtime.NewFloat(math.Copysign(frac, x)), runtime.NewFloat(ip)), nil
}

func mathUlp(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("math.ulp", args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := runtime.AsFloat(ts, a)
	if err != nil {
		return nil, err
	}
	switch {
	case math.IsNaN(x):
		return runtime.NewFloat(x), nil
	case math.IsInf(x, 0):
		return runtime.NewFloat(math.Inf(1)), nil
	}
	x = math.Abs(x)
	next := math.Nextafter(x, math.Inf(1))
	if math.IsInf(next, 0) {
		prev := math.Nextafter(x, 0)
		return runtime.NewFloat(x - prev), nil
	}
	return runtime.NewFloat(next - x), nil
}

// ---- floor, ceil, trunc ----

func mathFloorCeil(name, dunder string, f func(float64) float64) runtime.BuiltinFn {
	qual := "math." + name
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		a, err := runtime.OneArg(qual, args, kwnames)
		if err != nil {
			return nil, err
		}
		switch v := a.(type) {
		case *runtime.Float:
			return runtime.FloatToInt(f(v.V))
		case *runtime.Int:
			return runtime.Xref(v), nil
		}
		if r, found, err := runtime.CallDunder(ts, a, dunder); found {
			return r, err
		}
		x, err := runtime.AsFloat(ts, a)
		if err != nil {
			return nil, err
		}
		return runtime.FloatToInt(f(x))
	}
}

func mathTrunc(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("math.trunc", args, kwnames)
	if err != nil {
		return nil, err
	}
	switch v := a.(type) {
	case *runtime.Float:
		return runtime.FloatToInt(v.V)
	case *runtime.Int:
		return runtime.Xref(v), nil
	case *runtime.Bool:
		i, _ := intValue(v)
		return i, nil
	}
	if r, found, err := runtime.CallDunder(ts, a, "__trunc__"); found {
		return r, err
	}
	return nil, runtime.NewTypeError("type %s doesn't define __trunc__ method", runtime.TypeName(a))
}

// ---- isclose, hypot, dist ----

func mathIsclose(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var ao, bo, relo, abso runtime.Object
	if err := runtime.UnpackArgs(ts, "isclose", args, kwnames, "a", &ao, "b", &bo, "*", "rel_tol?", &relo, "abs_tol?", &abso); err != nil {
		return nil, err
	}
	vals := []float64{0, 0, 1e-09, 0}
	for i, o := range []runtime.Object{ao, bo, relo, abso} {
		if o == nil {
			continue
		}
		f, err := runtime.AsFloat(ts, o)
		if err != nil {
			return nil, err
		}
		vals[i] = f
	}
	a, b, rel, abs := vals[0], vals[1], vals[2], vals[3]
	if rel < 0 || abs < 0 {
		return nil, runtime.NewValueError("tolerances must be non-negative")
	}
	if a == b {
		return runtime.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return runtime.False, nil
	}
	diff := math.Abs(b - a)
	return runtime.NewBool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}

// vectorNorm is CPython's vector_norm: the Euclidean norm with scaling and
// a correction step, accurate to within one ulp.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	if math.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return math.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	_, maxE := math.Frexp(max)
	if maxE < -1023 {
		for i := range vec {
			vec[i] /= 2.2250738585072014e-308
		}
		return 2.2250738585072014e-308 * vectorNorm(vec, max/2.2250738585072014e-308, foundNaN)
	}
	scale := math.Ldexp(1.0, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range vec {
		x *= scale
		prHi := x * x
		prLo := math.FMA(x, x, -prHi)
		smHi := csum + prHi
		smLo := (csum - smHi) + prHi
		csum = smHi
		frac1 += prLo
		frac2 += smLo
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2))
	prHi := -h * h
	prLo := math.FMA(-h, h, -prHi)
	smHi := csum + prHi
	smLo := (csum - smHi) + prHi
	csum = smHi
	frac1 += prLo
	frac2 += smLo
	x := csum - 1.0 + (frac1 + frac2)
	h += x / (2.0 * h)
	return h / scale
}

func mathHypot(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoKeywords("math.hypot", kwnames); err != nil {
		return nil, err
	}
	vec := make([]float64, len(args))
	max, nan := 0.0, false
	for i, a := range args {
		x, err := runtime.AsFloat(ts, a)
		if err != nil {
			return nil, err
		}
		x = math.Abs(x)
		vec[i] = x
		nan = nan || math.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return runtime.NewFloat(vectorNorm(vec, max, nan)), nil
}

func mathDist(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("math.dist", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	p, err := runtime.ToSlice(ts, args[0])
	if err != nil {
		return nil, err
	}
	defer runtime.DecrefAll(p)
	q, err := runtime.ToSlice(ts, args[1])
	if err != nil {
		return nil, err
	}
	defer runtime.DecrefAll(q)
	if len(p) != len(q) {
		return nil, runtime.NewValueError("both points must have the same number of dimensions")
	}
	vec := make([]float64, len(p))
	max, nan := 0.0, false
	for i := range p {
		x, err := runtime.AsFloat(ts, p[i])
		if err != nil {
			return nil, err
		}
		y, err := runtime.AsFloat(ts, q[i])
		if err != nil {
			return nil, err
		}
		d := math.Abs(x - y)
		vec[i] = d
		nan = nan || math.IsNaN(d)
		if d > max {
			max = d
		}
	}
	return runtime.NewFloat(vectorNorm(vec, max, nan)), nil
}

// ---- fsum and prod ----

// mathFsum is Shewchuk's exact summation, as CPython's math_fsum.
func mathFsum(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("math.fsum", args, kwnames)
	if err != nil {
		return nil, err
	}
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	err = runtime.Iterate(ts, a, func(item runtime.Object) (bool, error) {
		x, err := runtime.AsFloat(ts, item)
		if err != nil {
			return false, err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			yr := hi - x
			lo := y - yr
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					return false, runtime.NewOverflowError("intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if specialSum != 0 || math.IsNaN(specialSum) {
		if math.IsNaN(infSum) {
			return nil, runtime.NewValueError("-inf + inf in fsum")
		}
		return runtime.NewFloat(specialSum), nil
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return runtime.NewFloat(hi), nil
}

func mathProd(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var iterable, start runtime.Object
	if err := runtime.UnpackArgs(ts, "prod", args, kwnames, "iterable", &iterable, "/", "*", "start?", &start); err != nil {
		return nil, err
	}
	var result runtime.Object
	if start == nil {
		result = runtime.NewInt(1)
	} else {
		result = runtime.Xref(start)
	}
	err := runtime.Iterate(ts, iterable, func(item runtime.Object) (bool, error) {
		r, err := runtime.BinaryOp(ts, runtime.OpMul, result, item)
		if err != nil {
			return false, err
		}
		runtime.Decref(result)
		result = r
		return true, nil
	})
	if err != nil {
		runtime.Decref(result)
		return nil, err
	}
	return result, nil
}

// ---- integer functions ----

// intArg converts through __index__ ("'float' object cannot be interpreted
// as an integer").
func intArg(ts *runtime.ThreadState, o runtime.Object) (*big.Int, error) {
	i, err := runtime.Index(ts, o)
	if err != nil {
		return nil, err
	}
	defer runtime.Decref(i)
	return new(big.Int).Set(i.BigValue()), nil
}

func mathFactorial(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("math.factorial", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := intArg(ts, a)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, runtime.NewValueError("factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return nil, runtime.NewOverflowError("factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	v := n.Int64()
	if v < 2 {
		return runtime.NewInt(1), nil
	}
	return runtime.NewBigInt(new(big.Int).MulRange(1, v)), nil
}

func mathIsqrt(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("math.isqrt", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := intArg(ts, a)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, runtime.NewValueError("isqrt() argument must be nonnegative")
	}
	return runtime.NewBigInt(n.Sqrt(n)), nil
}

func mathGcdLcm(name string, lcm bool) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoKeywords("math."+name, kwnames); err != nil {
			return nil, err
		}
		acc := big.NewInt(0)
		if lcm {
			acc.SetInt64(1)
		}
		for _, a := range args {
			n, err := intArg(ts, a)
			if err != nil {
				return nil, err
			}
			n.Abs(n)
			if lcm {
				if acc.Sign() == 0 || n.Sign() == 0 {
					acc.SetInt64(0)
					continue
				}
				g := new(big.Int).GCD(nil, nil, acc, n)
				acc.Mul(acc, n.Quo(n, g))
			} else {
				acc.GCD(nil, nil, acc, n)
			}
		}
		return runtime.NewBigInt(acc), nil
	}
}

// combPermArgs reads the n and k of comb and perm.
func combPermArgs(ts *runtime.ThreadState, no, ko runtime.Object) (*big.Int, *big.Int, error) {
	n, err := intArg(ts, no)
	if err != nil {
		return nil, nil, err
	}
	k, err := intArg(ts, ko)
	if err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, runtime.NewValueError("n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, runtime.NewValueError("k must be a non-negative integer")
	}
	return n, k, nil
}

// fallingProduct is n * (n-1) * ... * (n-k+1).
func fallingProduct(n *big.Int, k int64) *big.Int {
	if n.IsInt64() {
		nv := n.Int64()
		return new(big.Int).MulRange(nv-k+1, nv)
	}
	r := big.NewInt(1)
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < k; i++ {
		r.Mul(r, f)
		f.Sub(f, one)
	}
	return r
}

func mathComb(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("math.comb", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	n, k, err := combPermArgs(ts, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return runtime.NewInt(0), nil
	}
	nk := new(big.Int).Sub(n, k)
	if nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return nil, runtime.NewOverflowError("min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	kv := k.Int64()
	if kv == 0 {
		return runtime.NewInt(1), nil
	}
	r := fallingProduct(n, kv)
	r.Quo(r, new(big.Int).MulRange(1, kv))
	return runtime.NewBigInt(r), nil
}

func mathPerm(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("math.perm", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 || args[1] == runtime.None {
		return mathFactorial(ts, args[:1], nil)
	}
	n, k, err := combPermArgs(ts, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return runtime.NewInt(0), nil
	}
	if !k.IsInt64() {
		return nil, runtime.NewOverflowError("k must not exceed %d", int64(math.MaxInt64))
	}
	if k.Sign() == 0 {
		return runtime.NewInt(1), nil
	}
	return runtime.NewBigInt(fallingProduct(n, k.Int64())), nil
}
