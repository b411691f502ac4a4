package stdlib

import (
	"math"
	"math/big"
	"strconv"
	"sync"

	"github.com/minipy/minipy/runtime"
)

// _struct: packing Python values into C struct layouts (lib/struct.py
// re-exports it). A format is parsed once into items (code, count, offset)
// and cached; native mode ('@', the default) uses the sizes and alignment
// of linux/amd64 (and darwin/arm64: the same LP64 layout), the other
// byte-order prefixes the standard sizes without alignment.

var structErrorType = runtime.NewExceptionType("error", "struct", "", runtime.ExceptionType)

type structItem struct {
	code   byte
	count  int // repeat count, or the length for 's' and 'p'
	offset int
	size   int // size of one value
}

type structFormat struct {
	format string
	little bool
	native bool
	size   int
	nvals  int
	items  []structItem
}

var nativeSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
	'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
var standardSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
	'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}

var (
	structCacheMu sync.Mutex
	structCache   = map[string]*structFormat{}
)

func structErr(format string, a ...any) error {
	return runtime.NewExceptionf(structErrorType, format, a...)
}

func parseStructFormat(f string) (*structFormat, error) {
	structCacheMu.Lock()
	sf := structCache[f]
	structCacheMu.Unlock()
	if sf != nil {
		return sf, nil
	}
	sf = &structFormat{format: f, little: true, native: true}
	i := 0
	if len(f) > 0 {
		switch f[0] {
		case '@':
			i = 1
		case '=':
			sf.native, i = false, 1
		case '<':
			sf.native, i = false, 1
		case '>', '!':
			sf.native, sf.little, i = false, false, 1
		}
	}
	sizes := standardSizes
	if sf.native {
		sizes = nativeSizes
	}
	off := 0
	for i < len(f) {
		c := f[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		count, hasCount := 1, false
		if c >= '0' && c <= '9' {
			j := i
			for j < len(f) && f[j] >= '0' && f[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(f[i:j])
			if err != nil || n > math.MaxInt32 {
				return nil, structErr("total struct size too long")
			}
			if j >= len(f) {
				return nil, structErr("repeat count given without format specifier")
			}
			count, hasCount, i = n, true, j
			c = f[i]
		}
		_ = hasCount
		size, ok := sizes[c]
		if !ok {
			return nil, structErr("bad char in struct format")
		}
		if sf.native && size > 1 && c != 's' && c != 'p' {
			off = (off + size - 1) / size * size
		}
		it := structItem{code: c, count: count, offset: off, size: size}
		switch c {
		case 's', 'p':
			off += count
			sf.nvals++
		case 'x':
			off += count
		default:
			off += count * size
			sf.nvals += count
		}
		if off < 0 || off > math.MaxInt32 {
			return nil, structErr("total struct size too long")
		}
		if c != 'x' {
			sf.items = append(sf.items, it)
		}
		i++
	}
	sf.size = off
	structCacheMu.Lock()
	if len(structCache) > 1000 {
		structCache = map[string]*structFormat{}
	}
	structCache[f] = sf
	structCacheMu.Unlock()
	return sf, nil
}

func formatArg(o runtime.Object) (string, error) {
	if s, ok := asStr(o); ok {
		return s, nil
	}
	if b, ok := runtime.Unwrap(o).(*runtime.Bytes); ok {
		return string(b.B), nil
	}
	return "", runtime.NewTypeError("Struct() argument 1 must be a str or bytes object, not %s", runtime.TypeName(o))
}

func (sf *structFormat) put(b []byte, size int, v uint64) {
	if sf.little {
		for k := 0; k < size; k++ {
			b[k] = byte(v >> (8 * k))
		}
	} else {
		for k := 0; k < size; k++ {
			b[size-1-k] = byte(v >> (8 * k))
		}
	}
}

func (sf *structFormat) get(b []byte, size int) uint64 {
	var v uint64
	if sf.little {
		for k := size - 1; k >= 0; k-- {
			v = v<<8 | uint64(b[k])
		}
	} else {
		for k := 0; k < size; k++ {
			v = v<<8 | uint64(b[k])
		}
	}
	return v
}

var (
	bigMinInt64  = big.NewInt(math.MinInt64)
	bigMaxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

// packInt converts an integer argument for code c, with CPython's errors.
func (sf *structFormat) packInt(ts *runtime.ThreadState, c byte, size int, o runtime.Object) (uint64, error) {
	if _, isFloat := o.(*runtime.Float); isFloat || o.Type().Index == nil {
		if _, ok := runtime.Unwrap(o).(*runtime.Int); !ok {
			if _, ok := o.(*runtime.Bool); !ok {
				return 0, structErr("required argument is not an integer")
			}
		}
	}
	iv, err := runtime.Index(ts, o)
	if err != nil {
		return 0, err
	}
	defer runtime.Decref(iv)
	b := iv.BigValue()
	signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
	rangeErr := func() error {
		switch c {
		case 'b':
			return structErr("byte format requires -128 <= number <= 127")
		case 'B':
			return structErr("ubyte format requires 0 <= number <= 255")
		case 'h':
			return structErr("short format requires -32768 <= number <= 32767")
		case 'H':
			return structErr("ushort format requires 0 <= number <= 65535")
		}
		if size == 4 {
			if signed {
				return structErr("'%c' format requires -2147483648 <= number <= 2147483647", c)
			}
			if b.Sign() < 0 {
				return structErr("argument out of range")
			}
			return structErr("'%c' format requires 0 <= number <= 4294967295", c)
		}
		if c == 'P' || (!sf.native && !sf.little) {
			return structErr("int too large to convert")
		}
		return structErr("argument out of range")
	}
	if c == 'P' {
		if b.Cmp(bigMinInt64) < 0 || b.Cmp(bigMaxUint64) > 0 {
			return 0, rangeErr()
		}
		if b.Sign() < 0 {
			return uint64(b.Int64()), nil
		}
		return b.Uint64(), nil
	}
	bits := uint(size * 8)
	if signed {
		lo := new(big.Int).Lsh(big.NewInt(-1), bits-1)
		hi := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
		if b.Cmp(lo) < 0 || b.Cmp(hi) > 0 {
			return 0, rangeErr()
		}
		return uint64(b.Int64()), nil
	}
	hi := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
	if b.Sign() < 0 || b.Cmp(hi) > 0 {
		return 0, rangeErr()
	}
	return b.Uint64(), nil
}

func packFloatArg(ts *runtime.ThreadState, o runtime.Object) (float64, error) {
	switch o.(type) {
	case *runtime.Float, *runtime.Int, *runtime.Bool:
	default:
		if o.Type().Lookup("__float__") == nil && o.Type().Index == nil {
			if _, ok := runtime.Unwrap(o).(*runtime.Float); !ok {
				return 0, structErr("required argument is not a float")
			}
		}
	}
	return runtime.AsFloat(ts, o)
}

func floatToHalf(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	}
	f := math.Abs(x)
	if f == 0 {
		return sign, true
	}
	_, exp := math.Frexp(f)
	e := exp - 1 // f = 1.m * 2^e
	if e < -14 {
		r := math.RoundToEven(math.Ldexp(f, 24))
		return sign | uint16(r), true
	}
	r := math.RoundToEven(math.Ldexp(f, 10-e))
	if r == 2048 {
		r = 1024
		e++
	}
	if e > 15 {
		return 0, false
	}
	return sign | uint16(e+15)<<10 | uint16(r-1024), true
}

func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 31
	mant := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(mant, -24)
	case 31:
		if mant != 0 {
			return math.NaN()
		}
		return math.Inf(int(sign))
	}
	return sign * math.Ldexp(1024+mant, exp-25)
}

// pack writes the values into buf (len == sf.size).
func (sf *structFormat) pack(ts *runtime.ThreadState, buf []byte, vals []runtime.Object) error {
	k := 0
	for _, it := range sf.items {
		switch it.code {
		case 's', 'p':
			v := vals[k]
			k++
			data, ok := runtime.BytesData(v)
			if !ok {
				return structErr("argument for '%c' must be a bytes object", it.code)
			}
			dst := buf[it.offset : it.offset+it.count]
			if it.code == 's' {
				copy(dst, data)
				continue
			}
			if it.count == 0 {
				continue
			}
			n := len(data)
			if n > it.count-1 {
				n = it.count - 1
			}
			copy(dst[1:], data[:n])
			if n > 255 {
				n = 255
			}
			dst[0] = byte(n)
			continue
		}
		for r := 0; r < it.count; r++ {
			v := vals[k]
			k++
			at := buf[it.offset+r*it.size:]
			switch it.code {
			case 'c':
				data, ok := runtime.BytesData(v)
				if !ok || len(data) != 1 {
					return structErr("char format requires a bytes object of length 1")
				}
				at[0] = data[0]
			case '?':
				t, err := runtime.Truth(ts, v)
				if err != nil {
					return err
				}
				at[0] = 0
				if t {
					at[0] = 1
				}
			case 'e':
				f, err := packFloatArg(ts, v)
				if err != nil {
					return err
				}
				h, ok := floatToHalf(f)
				if !ok {
					return runtime.NewOverflowError("float too large to pack with e format")
				}
				sf.put(at, 2, uint64(h))
			case 'f':
				f, err := packFloatArg(ts, v)
				if err != nil {
					return err
				}
				y := float32(f)
				if math.IsInf(float64(y), 0) && !math.IsInf(f, 0) {
					return runtime.NewOverflowError("float too large to pack with f format")
				}
				sf.put(at, 4, uint64(math.Float32bits(y)))
			case 'd':
				f, err := packFloatArg(ts, v)
				if err != nil {
					return err
				}
				sf.put(at, 8, math.Float64bits(f))
			default:
				u, err := sf.packInt(ts, it.code, it.size, v)
				if err != nil {
					return err
				}
				sf.put(at, it.size, u)
			}
		}
	}
	return nil
}

func (sf *structFormat) unpack(data []byte) runtime.Object {
	out := make([]runtime.Object, 0, sf.nvals)
	for _, it := range sf.items {
		switch it.code {
		case 's':
			out = append(out, runtime.NewBytes(append([]byte(nil), data[it.offset:it.offset+it.count]...)))
			continue
		case 'p':
			if it.count == 0 {
				out = append(out, runtime.NewBytes(nil))
				continue
			}
			n := int(data[it.offset])
			if n > it.count-1 {
				n = it.count - 1
			}
			out = append(out, runtime.NewBytes(append([]byte(nil), data[it.offset+1:it.offset+1+n]...)))
			continue
		}
		for r := 0; r < it.count; r++ {
			at := data[it.offset+r*it.size:]
			var v runtime.Object
			switch it.code {
			case 'c':
				v = runtime.NewBytes([]byte{at[0]})
			case '?':
				v = runtime.NewBool(at[0] != 0)
			case 'e':
				v = runtime.NewFloat(halfToFloat(uint16(sf.get(at, 2))))
			case 'f':
				v = runtime.NewFloat(float64(math.Float32frombits(uint32(sf.get(at, 4)))))
			case 'd':
				v = runtime.NewFloat(math.Float64frombits(sf.get(at, 8)))
			case 'b', 'h', 'i', 'l', 'q', 'n':
				u := sf.get(at, it.size)
				shift := 64 - 8*uint(it.size)
				v = runtime.NewInt(int64(u<<shift) >> shift)
			default:
				u := sf.get(at, it.size)
				if u > math.MaxInt64 {
					v = runtime.NewBigInt(new(big.Int).SetUint64(u))
				} else {
					v = runtime.NewInt(int64(u))
				}
			}
			out = append(out, v)
		}
	}
	return runtime.NewTuple(out)
}

func (sf *structFormat) packCall(ts *runtime.ThreadState, vals []runtime.Object, kwnames []string) (runtime.Object, error) {
	if len(kwnames) > 0 {
		return nil, runtime.NewTypeError("pack() takes no keyword arguments")
	}
	if len(vals) != sf.nvals {
		return nil, structErr("pack expected %d items for packing (got %d)", sf.nvals, len(vals))
	}
	buf := make([]byte, sf.size)
	if err := sf.pack(ts, buf, vals); err != nil {
		return nil, err
	}
	return runtime.NewBytes(buf), nil
}

func (sf *structFormat) unpackCall(ts *runtime.ThreadState, bufArg runtime.Object) (runtime.Object, error) {
	data, err := bytesLike(bufArg)
	if err != nil {
		return nil, err
	}
	if len(data) != sf.size {
		return nil, structErr("unpack requires a buffer of %d bytes", sf.size)
	}
	return sf.unpack(data), nil
}

func (sf *structFormat) unpackFromCall(ts *runtime.ThreadState, bufArg, offArg runtime.Object) (runtime.Object, error) {
	data, err := bytesLike(bufArg)
	if err != nil {
		return nil, err
	}
	off := 0
	if offArg != nil {
		if off, err = runtime.AsSsize(ts, offArg); err != nil {
			return nil, err
		}
	}
	if off < 0 {
		if off+len(data) < 0 {
			return nil, structErr("offset %d out of range for %d-byte buffer", off, len(data))
		}
		off += len(data)
	}
	if len(data)-off < sf.size {
		return nil, structErr("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
			sf.size+off, sf.size, off, len(data))
	}
	return sf.unpack(data[off : off+sf.size]), nil
}

func (sf *structFormat) packIntoCall(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if len(kwnames) > 0 {
		return nil, runtime.NewTypeError("pack_into() takes no keyword arguments")
	}
	if len(args) < 2 {
		if len(args) == 0 {
			return nil, runtime.NewTypeError("pack_into expected buffer argument")
		}
		return nil, runtime.NewTypeError("pack_into expected offset argument")
	}
	if len(args)-2 != sf.nvals {
		return nil, structErr("pack_into expected %d items for packing (got %d)", sf.nvals, len(args)-2)
	}
	ba, ok := runtime.Unwrap(args[0]).(*runtime.ByteArray)
	if !ok {
		if _, ro := runtime.Unwrap(args[0]).(*runtime.Bytes); ro {
			return nil, runtime.NewTypeError("argument must be read-write bytes-like object, not bytes")
		}
		return nil, runtime.NewTypeError("argument must be read-write bytes-like object, not %s", runtime.TypeName(args[0]))
	}
	off, err := runtime.AsSsize(ts, args[1])
	if err != nil {
		return nil, err
	}
	n := len(ba.B)
	if off < 0 {
		if off+sf.size > 0 {
			return nil, structErr("no space to pack %d bytes at offset %d", sf.size, off)
		}
		if off+n < 0 {
			return nil, structErr("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < sf.size {
		return nil, structErr("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)",
			sf.size+off, sf.size, off, n)
	}
	tmp := make([]byte, sf.size)
	if err := sf.pack(ts, tmp, args[2:]); err != nil {
		return nil, err
	}
	copy(ba.B[off:], tmp)
	return runtime.None, nil
}

// structIter is the iterator iter_unpack returns.
type structIter struct {
	runtime.Header
	sf   *structFormat
	data []byte
	pos  int
}

func (it *structIter) Type() *runtime.Type { return structIterType }

var structIterType = func() *runtime.Type {
	t := newType("_struct", "unpack_iterator", nil)
	t.Dealloc = func(runtime.Object) {}
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.Xref(self), nil
	}
	t.Next = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		it := self.(*structIter)
		if it.pos+it.sf.size > len(it.data) {
			return nil, nil
		}
		v := it.sf.unpack(it.data[it.pos : it.pos+it.sf.size])
		it.pos += it.sf.size
		return v, nil
	}
	addMethods(t, []method{{name: "__length_hint__", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		it := self.(*structIter)
		return runtime.NewInt(int64((len(it.data) - it.pos) / it.sf.size)), nil
	}}})
	return t.Ready()
}()

func (sf *structFormat) iterUnpackCall(ts *runtime.ThreadState, bufArg runtime.Object) (runtime.Object, error) {
	data, err := bytesLike(bufArg)
	if err != nil {
		return nil, err
	}
	if sf.size == 0 {
		return nil, structErr("cannot iteratively unpack with a struct of length 0")
	}
	if len(data)%sf.size != 0 {
		return nil, structErr("iterative unpacking requires a buffer of a multiple of %d bytes", sf.size)
	}
	return newObject(&structIter{sf: sf, data: append([]byte(nil), data...)}), nil
}

// structObject is a compiled Struct.
type structObject struct {
	runtime.Header
	sf *structFormat
}

func (s *structObject) Type() *runtime.Type { return structType }

func asStruct(self runtime.Object) (*structFormat, error) {
	if s, ok := runtime.Unwrap(self).(*structObject); ok && s.sf != nil {
		return s.sf, nil
	}
	return nil, runtime.NewTypeError("descriptor requires a '_struct.Struct' object but received a '%s'", runtime.TypeName(self))
}

var structType = func() *runtime.Type {
	t := newType("_struct", "Struct", nil)
	t.Flags |= runtime.FlagBaseType
	t.Dealloc = func(runtime.Object) {}
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var f runtime.Object
		if err := runtime.UnpackArgs(ts, "Struct", args, kwnames, "format", &f); err != nil {
			return nil, err
		}
		s, err := formatArg(f)
		if err != nil {
			return nil, err
		}
		sf, err := parseStructFormat(s)
		if err != nil {
			return nil, err
		}
		return newObject(&structObject{sf: sf}), nil
	}
	t.Init = func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) error {
		return nil
	}
	addMethods(t, []method{
		{name: "pack", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			sf, err := asStruct(self)
			if err != nil {
				return nil, err
			}
			return sf.packCall(ts, args, kwnames)
		}},
		{name: "unpack", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			sf, err := asStruct(self)
			if err != nil {
				return nil, err
			}
			b, err := runtime.OneArg("unpack", args, kwnames)
			if err != nil {
				return nil, err
			}
			return sf.unpackCall(ts, b)
		}},
		{name: "unpack_from", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			sf, err := asStruct(self)
			if err != nil {
				return nil, err
			}
			var b, off runtime.Object
			if err := runtime.UnpackArgs(ts, "unpack_from", args, kwnames, "buffer", &b, "offset?", &off); err != nil {
				return nil, err
			}
			return sf.unpackFromCall(ts, b, off)
		}},
		{name: "pack_into", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			sf, err := asStruct(self)
			if err != nil {
				return nil, err
			}
			return sf.packIntoCall(ts, args, kwnames)
		}},
		{name: "iter_unpack", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			sf, err := asStruct(self)
			if err != nil {
				return nil, err
			}
			b, err := runtime.OneArg("iter_unpack", args, kwnames)
			if err != nil {
				return nil, err
			}
			return sf.iterUnpackCall(ts, b)
		}},
	})
	addGetters(t, []getter{
		{name: "format", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			sf, err := asStruct(self)
			if err != nil {
				return nil, err
			}
			return runtime.NewStr(sf.format), nil
		}},
		{name: "size", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			sf, err := asStruct(self)
			if err != nil {
				return nil, err
			}
			return runtime.NewInt(int64(sf.size)), nil
		}},
	})
	return t.Ready()
}()

// fmtOf parses the format argument of the module-level functions.
func fmtOf(args []runtime.Object, name string) (*structFormat, error) {
	if len(args) == 0 {
		return nil, runtime.NewTypeError("%s expected at least 1 argument, got 0", name)
	}
	if s, ok := runtime.Unwrap(args[0]).(*structObject); ok {
		return s.sf, nil
	}
	f, err := formatArg(args[0])
	if err != nil {
		return nil, err
	}
	return parseStructFormat(f)
}

func initStruct(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_struct")
	m.Set("Struct", structType)
	m.Set("error", structErrorType)
	addFuncs(m, []funcDef{
		{"calcsize", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			f, err := runtime.OneArg("calcsize", args, kwnames)
			if err != nil {
				return nil, err
			}
			sf, err := fmtOf([]runtime.Object{f}, "calcsize")
			if err != nil {
				return nil, err
			}
			return runtime.NewInt(int64(sf.size)), nil
		}},
		{"pack", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			sf, err := fmtOf(args, "pack")
			if err != nil {
				return nil, err
			}
			return sf.packCall(ts, args[1:], kwnames)
		}},
		{"unpack", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if len(args) != 2 || len(kwnames) > 0 {
				return nil, runtime.NewTypeError("unpack expected 2 arguments, got %d", len(args))
			}
			sf, err := fmtOf(args, "unpack")
			if err != nil {
				return nil, err
			}
			return sf.unpackCall(ts, args[1])
		}},
		{"unpack_from", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			var f, b, off runtime.Object
			if err := runtime.UnpackArgs(ts, "unpack_from", args, kwnames, "format", &f, "/", "buffer", &b, "offset?", &off); err != nil {
				return nil, err
			}
			sf, err := fmtOf([]runtime.Object{f}, "unpack_from")
			if err != nil {
				return nil, err
			}
			return sf.unpackFromCall(ts, b, off)
		}},
		{"pack_into", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			sf, err := fmtOf(args, "pack_into")
			if err != nil {
				return nil, err
			}
			return sf.packIntoCall(ts, args[1:], kwnames)
		}},
		{"iter_unpack", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if len(args) != 2 || len(kwnames) > 0 {
				return nil, runtime.NewTypeError("iter_unpack expected 2 arguments, got %d", len(args))
			}
			sf, err := fmtOf(args, "iter_unpack")
			if err != nil {
				return nil, err
			}
			return sf.iterUnpackCall(ts, args[1])
		}},
		{"_clearcache", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			structCacheMu.Lock()
			structCache = map[string]*structFormat{}
			structCacheMu.Unlock()
			return runtime.None, nil
		}},
	})
	return m, nil
}

func init() { register("_struct", initStruct) }
