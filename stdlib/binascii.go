package stdlib

import (
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"math/big"

	"github.com/minipy/minipy/runtime"
)

// binascii: the byte-level codecs the base64 module (lib/base64.py) and
// programs use directly: base64 lines, hex, CRC-32, with CPython's errors.

var (
	binasciiErrorType      = runtime.NewExceptionType("Error", "binascii", "", runtime.ValueErrorType)
	binasciiIncompleteType = runtime.NewExceptionType("Incomplete", "binascii", "", runtime.ExceptionType)
)

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64Values = func() [256]int8 {
	var t [256]int8
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(b64Alphabet); i++ {
		t[b64Alphabet[i]] = int8(i)
	}
	return t
}()

// asciiData is the bytes of a bytes-like object or of an ASCII-only str
// (the decoders accept both).
func asciiData(o runtime.Object) ([]byte, error) {
	if s, ok := asStr(o); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, runtime.NewValueError("string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	switch v := runtime.Unwrap(o).(type) {
	case *runtime.Bytes:
		return v.B, nil
	case *runtime.ByteArray:
		return v.B, nil
	}
	return nil, runtime.NewTypeError("argument should be bytes, buffer or ASCII string, not '%s'", runtime.TypeName(o))
}

func binB2aBase64(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var data, newline runtime.Object
	if err := runtime.UnpackArgs(ts, "b2a_base64", args, kwnames, "data", &data, "*", "newline?", &newline); err != nil {
		return nil, err
	}
	b, err := bytesLike(data)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, (len(b)+2)/3*4+1)
	for i := 0; i < len(b); i += 3 {
		var n uint32
		k := len(b) - i
		if k > 3 {
			k = 3
		}
		for j := 0; j < 3; j++ {
			n <<= 8
			if j < k {
				n |= uint32(b[i+j])
			}
		}
		for j := 0; j < 4; j++ {
			if j <= k {
				out = append(out, b64Alphabet[(n>>(18-6*j))&63])
			} else {
				out = append(out, '=')
			}
		}
	}
	nl := true
	if newline != nil {
		if nl, err = runtime.Truth(ts, newline); err != nil {
			return nil, err
		}
	}
	if nl {
		out = append(out, '\n')
	}
	return runtime.NewBytes(out), nil
}

func binA2bBase64(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var data, strictArg runtime.Object
	if err := runtime.UnpackArgs(ts, "a2b_base64", args, kwnames, "data", &data, "*", "strict_mode?", &strictArg); err != nil {
		return nil, err
	}
	b, err := asciiData(data)
	if err != nil {
		return nil, err
	}
	strict := false
	if strictArg != nil {
		if strict, err = runtime.Truth(ts, strictArg); err != nil {
			return nil, err
		}
	}
	out, msg := decodeBase64(b, strict)
	if msg != "" {
		return nil, runtime.NewExceptionf(binasciiErrorType, "%s", msg)
	}
	return runtime.NewBytes(out), nil
}

// decodeBase64 follows binascii: characters outside the alphabet are
// skipped (an error in strict mode), and decoding ends at the padding that
// completes a group.
func decodeBase64(b []byte, strict bool) ([]byte, string) {
	out := make([]byte, 0, len(b)/4*3+3)
	pos, pads, count := 0, 0, 0
	var left byte
	padStarted := false
	if strict && len(b) > 0 && b[0] == '=' {
		return nil, "Leading padding not allowed"
	}
	for i, c := range b {
		if c == '=' {
			padStarted = true
			pads++
			if pos >= 2 && pos+pads >= 4 {
				if strict && i+1 < len(b) {
					return nil, "Excess data after padding"
				}
				return out, ""
			}
			continue
		}
		v := b64Values[c]
		if v < 0 {
			if strict {
				return nil, "Only base64 data is allowed"
			}
			continue
		}
		if strict && padStarted {
			return nil, "Discontinuous padding not allowed"
		}
		pads = 0
		count++
		switch pos {
		case 0:
			left = byte(v)
			pos = 1
		case 1:
			out = append(out, left<<2|byte(v)>>4)
			left = byte(v) & 0xf
			pos = 2
		case 2:
			out = append(out, left<<4|byte(v)>>2)
			left = byte(v) & 3
			pos = 3
		case 3:
			out = append(out, left<<6|byte(v))
			pos = 0
		}
	}
	if pos != 0 {
		if pos == 1 {
			return nil, fmt.Sprintf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", count)
		}
		return nil, "Incorrect padding"
	}
	return out, ""
}

func binHexlify(name string) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var data, sep, per runtime.Object
		if err := runtime.UnpackArgs(ts, name, args, kwnames, "data", &data, "sep?", &sep, "bytes_per_sep?", &per); err != nil {
			return nil, err
		}
		b, err := bytesLike(data)
		if err != nil {
			return nil, err
		}
		if isNone(sep) {
			return runtime.NewBytes([]byte(hex.EncodeToString(b))), nil
		}
		// With a separator, bytes.hex does the grouping.
		h, err := runtime.CallMethod(ts, runtime.NewBytes(b), "hex", sep, orInt(per, 1))
		if err != nil {
			return nil, err
		}
		defer runtime.Decref(h)
		s, _ := asStr(h)
		return runtime.NewBytes([]byte(s)), nil
	}
}

func orInt(o runtime.Object, d int64) runtime.Object {
	if o == nil {
		return runtime.NewInt(d)
	}
	return o
}

func binUnhexlify(name string) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var data runtime.Object
		if err := runtime.UnpackArgs(ts, name, args, kwnames, "hexstr", &data); err != nil {
			return nil, err
		}
		b, err := asciiData(data)
		if err != nil {
			return nil, err
		}
		if len(b)%2 != 0 {
			return nil, runtime.NewExceptionf(binasciiErrorType, "Odd-length string")
		}
		out := make([]byte, len(b)/2)
		if _, err := hex.Decode(out, b); err != nil {
			return nil, runtime.NewExceptionf(binasciiErrorType, "Non-hexadecimal digit found")
		}
		return runtime.NewBytes(out), nil
	}
}

func binCRC32(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var data, value runtime.Object
	if err := runtime.UnpackArgs(ts, "crc32", args, kwnames, "data", &data, "crc?", &value); err != nil {
		return nil, err
	}
	b, err := bytesLike(data)
	if err != nil {
		return nil, err
	}
	var start uint32
	if value != nil {
		v, ok := runtime.Unwrap(value).(*runtime.Int)
		if !ok {
			return nil, runtime.NewTypeError("'%s' object cannot be interpreted as an integer", runtime.TypeName(value))
		}
		// the value is taken modulo 2**32 (big.Int's And is two's complement)
		start = uint32(new(big.Int).And(v.BigValue(), big.NewInt(0xffffffff)).Uint64())
	}
	return runtime.NewInt(int64(crc32.Update(start, crc32.IEEETable, b))), nil
}

func binCRCHqx(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var data, value runtime.Object
	if err := runtime.UnpackArgs(ts, "crc_hqx", args, kwnames, "data", &data, "crc", &value); err != nil {
		return nil, err
	}
	b, err := bytesLike(data)
	if err != nil {
		return nil, err
	}
	v, err := runtime.AsSsize(ts, value)
	if err != nil {
		return nil, err
	}
	crc := uint16(v)
	for _, c := range b {
		crc ^= uint16(c) << 8
		for i := 0; i < 8; i++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return runtime.NewInt(int64(crc)), nil
}

func initBinascii(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("binascii")
	m.Set("Error", binasciiErrorType)
	m.Set("Incomplete", binasciiIncompleteType)
	addFuncs(m, []funcDef{
		{"b2a_base64", binB2aBase64},
		{"a2b_base64", binA2bBase64},
		{"hexlify", binHexlify("hexlify")},
		{"b2a_hex", binHexlify("b2a_hex")},
		{"unhexlify", binUnhexlify("unhexlify")},
		{"a2b_hex", binUnhexlify("a2b_hex")},
		{"crc32", binCRC32},
		{"crc_hqx", binCRCHqx},
	})
	return m, nil
}

func init() { register("binascii", initBinascii) }
