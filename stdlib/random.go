package stdlib

import (
	"crypto/rand"
	"crypto/sha512"
	"math/big"

	"github.com/minipy/minipy/runtime"
)

// _random is the core of the random module: the Mersenne Twister MT19937
// with CPython's seeding (init_by_array over the 32-bit words of abs(seed))
// and its 53-bit random() and getrandbits(). Everything else (randrange,
// choice, gauss, ...) is Python in lib/random.py, which subclasses
// _random.Random, so that seeded sequences follow CPython's own algorithms.

const (
	mtN         = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
)

type mtRandom struct {
	runtime.Header
	state [mtN]uint32
	index int
}

func (r *mtRandom) Type() *runtime.Type { return mtRandomType }

func (r *mtRandom) initGenrand(s uint32) {
	mt := &r.state
	mt[0] = s
	for i := 1; i < mtN; i++ {
		mt[i] = 1812433253*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	r.index = mtN
}

// initByArray seeds from a key of 32-bit words (the reference algorithm of
// Matsumoto and Nishimura, as CPython uses it).
func (r *mtRandom) initByArray(key []uint32) {
	mt := &r.state
	r.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

func (r *mtRandom) uint32() uint32 {
	mt := &r.state
	if r.index >= mtN {
		var kk int
		mag := [2]uint32{0, mtMatrixA}
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (mt[kk] & mtUpperMask) | (mt[kk+1] & mtLowerMask)
			mt[kk] = mt[kk+mtM] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (mt[kk] & mtUpperMask) | (mt[kk+1] & mtLowerMask)
			mt[kk] = mt[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (mt[mtN-1] & mtUpperMask) | (mt[0] & mtLowerMask)
		mt[mtN-1] = mt[mtM-1] ^ (y >> 1) ^ mag[y&1]
		r.index = 0
	}
	y := mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float53 is random(): 53 random bits scaled into [0, 1).
func (r *mtRandom) float53() float64 {
	a := r.uint32() >> 5
	b := r.uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedObject seeds from None (entropy), an int (its absolute value) or any
// other hashable object (its hash, taken as unsigned).
func (r *mtRandom) seedObject(ts *runtime.ThreadState, arg runtime.Object) error {
	if isNone(arg) {
		var buf [mtN * 4]byte
		if _, err := rand.Read(buf[:]); err != nil {
			return runtime.NewOSError("%v", err)
		}
		key := make([]uint32, mtN)
		for i := range key {
			key[i] = uint32(buf[4*i]) | uint32(buf[4*i+1])<<8 | uint32(buf[4*i+2])<<16 | uint32(buf[4*i+3])<<24
		}
		r.initByArray(key)
		return nil
	}
	var n *big.Int
	if i, ok := runtime.Unwrap(arg).(*runtime.Int); ok {
		n = new(big.Int).Abs(i.BigValue())
	} else {
		h, err := runtime.Hash(ts, arg)
		if err != nil {
			return err
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	var key []uint32
	for _, w := range n.Bits() {
		key = append(key, uint32(w))
		if bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
	return nil
}

const bitsPerWord = 32 << (^uint(0) >> 63)

// getrandbits returns a k-bit random int, filled from the least significant
// 32-bit word upwards; a partial top word keeps the high bits of its draw.
func (r *mtRandom) getrandbits(k int) runtime.Object {
	if k <= 32 {
		return runtime.NewInt(int64(r.uint32() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i++ {
		w := r.uint32()
		if k < 32 {
			w >>= 32 - k
		}
		k -= 32
		// big-endian byte order for big.Int.SetBytes: word i is the i-th from the end.
		p := (words - 1 - i) * 4
		buf[p], buf[p+1], buf[p+2], buf[p+3] = byte(w>>24), byte(w>>16), byte(w>>8), byte(w)
	}
	return runtime.NewBigInt(new(big.Int).SetBytes(buf))
}

func asMT(self runtime.Object) (*mtRandom, error) {
	if r, ok := runtime.Unwrap(self).(*mtRandom); ok {
		return r, nil
	}
	return nil, runtime.NewTypeError("descriptor requires a '_random.Random' object but received a '%s'", runtime.TypeName(self))
}

var mtRandomType = func() *runtime.Type {
	t := newType("_random", "Random", nil)
	t.Flags |= runtime.FlagBaseType
	t.Doc = "Random() -> create a random number generator with its own internal state."
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		r := newObject(&mtRandom{})
		r.initGenrand(19650218)
		return r, nil
	}
	t.Init = func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) error {
		r, err := asMT(self)
		if err != nil {
			return err
		}
		if _, exact := self.(*mtRandom); exact {
			if err := runtime.NoKeywords("Random", kwnames); err != nil {
				return err
			}
		}
		npos := nposOf(args, kwnames)
		if npos > 1 {
			return runtime.NewTypeError("Random() requires 0 or 1 argument")
		}
		var arg runtime.Object
		if npos == 1 {
			arg = args[0]
		}
		return r.seedObject(ts, arg)
	}
	t.Dealloc = func(runtime.Object) {}
	addMethods(t, []method{
		{name: "random", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			r, err := asMT(self)
			if err != nil {
				return nil, err
			}
			if err := runtime.NoArgs("random", args, kwnames); err != nil {
				return nil, err
			}
			return runtime.NewFloat(r.float53()), nil
		}},
		{name: "seed", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			r, err := asMT(self)
			if err != nil {
				return nil, err
			}
			var arg runtime.Object
			if err := runtime.UnpackTuple(ts, "seed", args, kwnames, 0, &arg); err != nil {
				return nil, err
			}
			if err := r.seedObject(ts, arg); err != nil {
				return nil, err
			}
			return runtime.None, nil
		}},
		{name: "getrandbits", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			r, err := asMT(self)
			if err != nil {
				return nil, err
			}
			x, err := runtime.OneArg("getrandbits", args, kwnames)
			if err != nil {
				return nil, err
			}
			k, err := runtime.AsSsize(ts, x)
			if err != nil {
				return nil, err
			}
			if k < 0 {
				return nil, runtime.NewValueError("number of bits must be non-negative")
			}
			if k == 0 {
				return runtime.NewInt(0), nil
			}
			return r.getrandbits(k), nil
		}},
		{name: "getstate", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			r, err := asMT(self)
			if err != nil {
				return nil, err
			}
			if err := runtime.NoArgs("getstate", args, kwnames); err != nil {
				return nil, err
			}
			items := make([]runtime.Object, mtN+1)
			for i, w := range r.state {
				items[i] = runtime.NewInt(int64(w))
			}
			items[mtN] = runtime.NewInt(int64(r.index))
			return runtime.NewTuple(items), nil
		}},
		{name: "setstate", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			r, err := asMT(self)
			if err != nil {
				return nil, err
			}
			x, err := runtime.OneArg("setstate", args, kwnames)
			if err != nil {
				return nil, err
			}
			tup, ok := runtime.Unwrap(x).(*runtime.Tuple)
			if !ok {
				return nil, runtime.NewTypeError("state vector must be a tuple")
			}
			items := tup.Items
			if len(items) != mtN+1 {
				return nil, runtime.NewValueError("state vector is the wrong size")
			}
			var st [mtN]uint32
			for i := 0; i < mtN; i++ {
				v, ok := runtime.Unwrap(items[i]).(*runtime.Int)
				if !ok {
					return nil, runtime.NewTypeError("'%s' object cannot be interpreted as an integer", runtime.TypeName(items[i]))
				}
				b := v.BigValue()
				if b.Sign() < 0 || b.BitLen() > 64 {
					return nil, runtime.NewOverflowError("Python int too large to convert to C unsigned long")
				}
				st[i] = uint32(b.Uint64())
			}
			idx, err := runtime.AsSsize(ts, items[mtN])
			if err != nil {
				return nil, err
			}
			if idx < 0 || idx > mtN {
				return nil, runtime.NewValueError("invalid state")
			}
			r.state = st
			r.index = idx
			return runtime.None, nil
		}},
	})
	return t.Ready()
}()

func initRandomCore(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_random")
	m.Set("Random", mtRandomType)
	addFuncs(m, []funcDef{
		// _sha512(data) is the SHA-512 digest, for random.seed's version 2
		// seeding of str and bytes.
		{"_sha512", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			x, err := runtime.OneArg("_sha512", args, kwnames)
			if err != nil {
				return nil, err
			}
			var data []byte
			switch v := runtime.Unwrap(x).(type) {
			case *runtime.Bytes:
				data = v.B
			case *runtime.ByteArray:
				data = v.B
			default:
				return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", runtime.TypeName(x))
			}
			sum := sha512.Sum512(data)
			return runtime.NewBytes(sum[:]), nil
		}},
	})
	return m, nil
}

func init() { register("_random", initRandomCore) }
