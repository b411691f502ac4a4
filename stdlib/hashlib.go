package stdlib

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"strings"
	"sync"

	"github.com/minipy/minipy/runtime"
)

// _hashlib: message digests over Go's crypto packages. hashlib.py builds the
// public API (md5(), sha256(), new(), file_digest ...) on top. A HASH
// object keeps a Go hash.Hash; copy() clones it through its binary
// marshalling. Large updates of immutable bytes run with the GIL released,
// as in CPython; the object's mutex keeps two threads from updating at once.

type hashAlgo struct {
	name      string
	newHash   func() hash.Hash
	blockSize int
	xof       bool // SHAKE: digest(length)
}

func newSHAKE128() hash.Hash { return shakeHash{sha3.NewSHAKE128()} }
func newSHAKE256() hash.Hash { return shakeHash{sha3.NewSHAKE256()} }

// shakeHash adapts a SHAKE to hash.Hash (Sum is never used for it).
type shakeHash struct{ *sha3.SHAKE }

func (s shakeHash) Sum(b []byte) []byte { return b }
func (s shakeHash) Size() int           { return 0 }

var hashAlgos = map[string]*hashAlgo{
	"md5":        {"md5", md5.New, 64, false},
	"sha1":       {"sha1", sha1.New, 64, false},
	"sha224":     {"sha224", sha256.New224, 64, false},
	"sha256":     {"sha256", sha256.New, 64, false},
	"sha384":     {"sha384", sha512.New384, 128, false},
	"sha512":     {"sha512", sha512.New, 128, false},
	"sha512_224": {"sha512_224", sha512.New512_224, 128, false},
	"sha512_256": {"sha512_256", sha512.New512_256, 128, false},
	"sha3_224":   {"sha3_224", func() hash.Hash { return sha3.New224() }, 144, false},
	"sha3_256":   {"sha3_256", func() hash.Hash { return sha3.New256() }, 136, false},
	"sha3_384":   {"sha3_384", func() hash.Hash { return sha3.New384() }, 104, false},
	"sha3_512":   {"sha3_512", func() hash.Hash { return sha3.New512() }, 72, false},
	"shake_128":  {"shake_128", newSHAKE128, 168, true},
	"shake_256":  {"shake_256", newSHAKE256, 136, true},
	"blake2b":    {"blake2b", func() hash.Hash { return newBlake2b(blake2Params{digestSize: 64, fanout: 1, depth: 1}) }, 128, false},
	"blake2s":    {"blake2s", func() hash.Hash { return newBlake2s(blake2Params{digestSize: 32, fanout: 1, depth: 1}) }, 64, false},
}

// hashAliases are the other spellings new() accepts (OpenSSL's names).
var hashAliases = map[string]string{"sha512-224": "sha512_224", "sha512-256": "sha512_256",
	"sha3-224": "sha3_224", "sha3-256": "sha3_256", "sha3-384": "sha3_384", "sha3-512": "sha3_512",
	"shake128": "shake_128", "shake256": "shake_256"}

func lookupHash(name string) *hashAlgo {
	n := strings.ToLower(name)
	if a, ok := hashAliases[n]; ok {
		n = a
	}
	return hashAlgos[n]
}

type hashObject struct {
	runtime.Header
	mu   sync.Mutex
	algo *hashAlgo
	h    hash.Hash
}

func (h *hashObject) Type() *runtime.Type {
	switch {
	case h.algo.xof:
		return hashXOFType
	case h.algo.name == "blake2b":
		return blake2bType
	case h.algo.name == "blake2s":
		return blake2sType
	}
	return hashType
}

// hashData is the bytes of a bytes-like argument, with CPython's errors.
func hashData(o runtime.Object) ([]byte, bool, error) {
	switch v := runtime.Unwrap(o).(type) {
	case *runtime.Bytes:
		return v.B, true, nil
	case *runtime.ByteArray:
		return v.B, false, nil
	case *runtime.Str:
		return nil, false, runtime.NewTypeError("Strings must be encoded before hashing")
	}
	return nil, false, runtime.NewTypeError("object supporting the buffer API required")
}

func (h *hashObject) update(ts *runtime.ThreadState, o runtime.Object) error {
	data, immutable, err := hashData(o)
	if err != nil {
		return err
	}
	if immutable && len(data) >= 2048 {
		ts.AllowThreads(func() {
			h.mu.Lock()
			h.h.Write(data)
			h.mu.Unlock()
		})
		return nil
	}
	h.mu.Lock()
	h.h.Write(data)
	h.mu.Unlock()
	return nil
}

// clone copies the running state into a fresh hash of the same algorithm.
func (h *hashObject) clone() (hash.Hash, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if cl, ok := h.h.(interface{ Clone() hash.Hash }); ok {
		return cl.Clone(), nil
	}
	c := h.algo.newHash()
	var src, dst any = h.h, c
	if s, ok := h.h.(shakeHash); ok {
		src, dst = s.SHAKE, c.(shakeHash).SHAKE
	}
	state, err := src.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return nil, runtime.NewValueError("%v", err)
	}
	if err := dst.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
		return nil, runtime.NewValueError("%v", err)
	}
	return c, nil
}

func (h *hashObject) digest(ts *runtime.ThreadState, args []runtime.Object, kwnames []string, name string) ([]byte, error) {
	if !h.algo.xof {
		if err := runtime.NoArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		h.mu.Lock()
		defer h.mu.Unlock()
		return h.h.Sum(nil), nil
	}
	var lenArg runtime.Object
	if err := runtime.UnpackArgs(ts, name, args, kwnames, "length", &lenArg); err != nil {
		return nil, err
	}
	n, err := runtime.AsSsize(ts, lenArg)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, runtime.NewValueError("negative digest length")
	}
	c, err := h.clone()
	if err != nil {
		return nil, err
	}
	out := make([]byte, n)
	c.(shakeHash).Read(out)
	return out, nil
}

func asHash(self runtime.Object) (*hashObject, error) {
	if h, ok := runtime.Unwrap(self).(*hashObject); ok {
		return h, nil
	}
	return nil, runtime.NewTypeError("descriptor requires a '_hashlib.HASH' object but received a '%s'", runtime.TypeName(self))
}

func makeHashType(module, name string) *runtime.Type {
	t := newType(module, name, nil)
	t.Dealloc = func(runtime.Object) {}
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		h, err := asHash(self)
		if err != nil {
			return "", err
		}
		if module == "_blake2" {
			return fmt.Sprintf("<_blake2.%s object at 0x%x>", name, runtime.Id(self)), nil
		}
		return fmt.Sprintf("<%s _hashlib.%s object @ 0x%x>", h.algo.name, name, runtime.Id(self)), nil
	}
	addMethods(t, []method{
		{name: "update", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			h, err := asHash(self)
			if err != nil {
				return nil, err
			}
			var data runtime.Object
			if err := runtime.UnpackArgs(ts, "update", args, kwnames, "obj", &data); err != nil {
				return nil, err
			}
			if err := h.update(ts, data); err != nil {
				return nil, err
			}
			return runtime.None, nil
		}},
		{name: "digest", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			h, err := asHash(self)
			if err != nil {
				return nil, err
			}
			d, err := h.digest(ts, args, kwnames, "digest")
			if err != nil {
				return nil, err
			}
			return runtime.NewBytes(d), nil
		}},
		{name: "hexdigest", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			h, err := asHash(self)
			if err != nil {
				return nil, err
			}
			d, err := h.digest(ts, args, kwnames, "hexdigest")
			if err != nil {
				return nil, err
			}
			return runtime.NewStr(hex.EncodeToString(d)), nil
		}},
		{name: "copy", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			h, err := asHash(self)
			if err != nil {
				return nil, err
			}
			if err := runtime.NoArgs("copy", args, kwnames); err != nil {
				return nil, err
			}
			c, err := h.clone()
			if err != nil {
				return nil, err
			}
			return newObject(&hashObject{algo: h.algo, h: c}), nil
		}},
	})
	addGetters(t, []getter{
		{name: "name", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			h, err := asHash(self)
			if err != nil {
				return nil, err
			}
			return runtime.NewStr(h.algo.name), nil
		}},
		{name: "digest_size", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			h, err := asHash(self)
			if err != nil {
				return nil, err
			}
			return runtime.NewInt(int64(h.h.Size())), nil
		}},
		{name: "block_size", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			h, err := asHash(self)
			if err != nil {
				return nil, err
			}
			return runtime.NewInt(int64(h.algo.blockSize)), nil
		}},
	})
	return t.Ready()
}

var (
	hashType    = makeHashType("_hashlib", "HASH")
	hashXOFType = makeHashType("_hashlib", "HASHXOF")
	blake2bType = makeHashType("_blake2", "blake2b")
	blake2sType = makeHashType("_blake2", "blake2s")
)

// hashNew is _hashlib.new(name, data=b”, *, usedforsecurity=True).
func hashNew(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if len(args)-len(kwnames) >= 1 {
		if s, ok := asStr(args[0]); ok {
			if a := lookupHash(s); a != nil && (a.name == "blake2b" || a.name == "blake2s") {
				return blake2New(a.name)(ts, args[1:], kwnames)
			}
		}
	}
	var name, data, usedFor runtime.Object
	if err := runtime.UnpackArgs(ts, "new", args, kwnames, "name", &name, "data?", &data, "*", "usedforsecurity?", &usedFor); err != nil {
		return nil, err
	}
	s, ok := asStr(name)
	if !ok {
		return nil, runtime.NewTypeError("new() argument 'name' must be str, not %s", runtime.TypeName(name))
	}
	algo := lookupHash(s)
	if algo == nil {
		return nil, runtime.NewValueError("unsupported hash type %s", s)
	}
	h := newObject(&hashObject{algo: algo, h: algo.newHash()})
	if data != nil {
		if err := h.update(ts, data); err != nil {
			runtime.Decref(h)
			return nil, err
		}
	}
	return h, nil
}

// hashPBKDF2 is pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None).
func hashPBKDF2(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var name, pw, salt, iters, dklen runtime.Object
	if err := runtime.UnpackArgs(ts, "pbkdf2_hmac", args, kwnames, "hash_name", &name, "password", &pw, "salt", &salt,
		"iterations", &iters, "dklen?", &dklen); err != nil {
		return nil, err
	}
	s, ok := asStr(name)
	if !ok {
		return nil, runtime.NewTypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s", runtime.TypeName(name))
	}
	algo := lookupHash(s)
	if algo == nil || algo.xof {
		return nil, runtime.NewValueError("unsupported hash type %s", s)
	}
	p, err := bytesLike(pw)
	if err != nil {
		return nil, err
	}
	sa, err := bytesLike(salt)
	if err != nil {
		return nil, err
	}
	n, err := runtime.AsSsize(ts, iters)
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, runtime.NewValueError("iteration value must be greater than 0.")
	}
	size := algo.newHash().Size()
	if !isNone(dklen) {
		if size, err = runtime.AsSsize(ts, dklen); err != nil {
			return nil, err
		}
		if size < 1 {
			return nil, runtime.NewValueError("key length must be greater than 0.")
		}
	}
	pass := string(p)
	saltCopy := append([]byte(nil), sa...)
	var key []byte
	ts.AllowThreads(func() { key, err = pbkdf2.Key(algo.newHash, pass, saltCopy, n, size) })
	if err != nil {
		return nil, runtime.NewValueError("%v", err)
	}
	return runtime.NewBytes(key), nil
}

// hashHMACDigest is hmac_digest(key, msg, digest): one-shot HMAC.
func hashHMACDigest(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var key, msg, name runtime.Object
	if err := runtime.UnpackArgs(ts, "hmac_digest", args, kwnames, "key", &key, "msg", &msg, "digest", &name); err != nil {
		return nil, err
	}
	s, ok := asStr(name)
	algo := lookupHash(s)
	if !ok || algo == nil || algo.xof {
		return nil, runtime.NewValueError("unsupported hash type %s", s)
	}
	k, err := bytesLike(key)
	if err != nil {
		return nil, err
	}
	m, err := bytesLike(msg)
	if err != nil {
		return nil, err
	}
	mac := hmac.New(algo.newHash, k)
	mac.Write(m)
	return runtime.NewBytes(mac.Sum(nil)), nil
}

// hashCompareDigest is compare_digest(a, b): constant-time equality of two
// ASCII strs or two bytes-like objects.
func hashCompareDigest(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var a, b runtime.Object
	if err := runtime.UnpackArgs(ts, "compare_digest", args, kwnames, "a", &a, "b", &b); err != nil {
		return nil, err
	}
	sa, aStr := asStr(a)
	sb, bStr := asStr(b)
	var x, y []byte
	switch {
	case aStr && bStr:
		for _, s := range []string{sa, sb} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return nil, runtime.NewTypeError("comparing strings with non-ASCII characters is not supported")
				}
			}
		}
		x, y = []byte(sa), []byte(sb)
	default:
		// CPython tries the buffer protocol on both: an error names the
		// first that has none, unless neither has one.
		var errA, errB error
		x, errA = bytesLike(a)
		y, errB = bytesLike(b)
		if errA != nil && errB != nil {
			return nil, runtime.NewTypeError("unsupported operand types(s) or combination of types: '%s' and '%s'", runtime.TypeName(a), runtime.TypeName(b))
		}
		if errA != nil {
			return nil, errA
		}
		if errB != nil {
			return nil, errB
		}
	}
	return runtime.NewBool(subtle.ConstantTimeCompare(x, y) == 1), nil
}

func initHashlib(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_hashlib")
	m.Set("HASH", hashType)
	m.Set("HASHXOF", hashXOFType)
	addFuncs(m, []funcDef{
		{"new", hashNew},
		{"pbkdf2_hmac", hashPBKDF2},
		{"hmac_digest", hashHMACDigest},
		{"compare_digest", hashCompareDigest},
		{"blake2b", blake2New("blake2b")},
		{"blake2s", blake2New("blake2s")},
	})
	names := make([]string, 0, len(hashAlgos))
	for n := range hashAlgos {
		names = append(names, n)
	}
	setNew(m, "_algorithms", tupleOfStrings(names))
	return m, nil
}

func init() { register("_hashlib", initHashlib) }

// blake2New is blake2b/blake2s(data=b”, *, digest_size, key, salt, person,
// fanout, depth, leaf_size, node_offset, node_depth, inner_size,
// last_node, usedforsecurity) with CPython's checks.
func blake2New(variant string) runtime.BuiltinFn {
	maxSize, maxSalt, maxOffset := 64, 16, uint64(1<<64-1)
	if variant == "blake2s" {
		maxSize, maxSalt, maxOffset = 32, 8, 1<<48-1
	}
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var data, digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize, lastNode, usedFor runtime.Object
		if err := runtime.UnpackArgs(ts, variant, args, kwnames, "data?", &data, "*", "digest_size?", &digestSize, "key?", &key,
			"salt?", &salt, "person?", &person, "fanout?", &fanout, "depth?", &depth, "leaf_size?", &leafSize,
			"node_offset?", &nodeOffset, "node_depth?", &nodeDepth, "inner_size?", &innerSize, "last_node?", &lastNode,
			"usedforsecurity?", &usedFor); err != nil {
			return nil, err
		}
		p := blake2Params{digestSize: maxSize, fanout: 1, depth: 1}
		intArg := func(o runtime.Object, dst *int, lo, hi int, msg string) error {
			if o == nil {
				return nil
			}
			v, err := runtime.AsSsize(ts, o)
			if err != nil {
				return err
			}
			if v < lo || v > hi {
				return runtime.NewValueError("%s", msg)
			}
			*dst = v
			return nil
		}
		if err := intArg(digestSize, &p.digestSize, 1, maxSize, fmt.Sprintf("digest_size must be between 1 and %d bytes", maxSize)); err != nil {
			return nil, err
		}
		if err := intArg(fanout, &p.fanout, 0, 255, "fanout must be between 0 and 255"); err != nil {
			return nil, err
		}
		if err := intArg(depth, &p.depth, 1, 255, "depth must be between 1 and 255"); err != nil {
			return nil, err
		}
		if err := intArg(nodeDepth, &p.nodeDepth, 0, 255, "node_depth must be between 0 and 255"); err != nil {
			return nil, err
		}
		if err := intArg(innerSize, &p.innerSize, 0, maxSize, fmt.Sprintf("inner_size must be between 0 and is %d", maxSize)); err != nil {
			return nil, err
		}
		if leafSize != nil {
			v, err := runtime.AsSsize(ts, leafSize)
			if err != nil {
				return nil, err
			}
			if v < 0 {
				return nil, runtime.NewValueError("value must be positive")
			}
			if v > 1<<32-1 {
				return nil, runtime.NewOverflowError("leaf_size is too large")
			}
			p.leafSize = uint32(v)
		}
		if nodeOffset != nil {
			iv, ok := runtime.Unwrap(nodeOffset).(*runtime.Int)
			if !ok {
				return nil, runtime.NewTypeError("'%s' object cannot be interpreted as an integer", runtime.TypeName(nodeOffset))
			}
			b := iv.BigValue()
			if b.Sign() < 0 {
				return nil, runtime.NewValueError("value must be positive")
			}
			if b.BitLen() > 64 || b.Uint64() > maxOffset {
				return nil, runtime.NewOverflowError("node_offset is too large")
			}
			p.nodeOffset = b.Uint64()
		}
		for _, f := range []struct {
			o    runtime.Object
			dst  *[]byte
			max  int
			name string
		}{{key, &p.key, maxSize, "key"}, {salt, &p.salt, maxSalt, "salt"}, {person, &p.person, maxSalt, "person"}} {
			if f.o == nil {
				continue
			}
			b, err := bytesLike(f.o)
			if err != nil {
				return nil, err
			}
			if len(b) > f.max {
				return nil, runtime.NewValueError("maximum %s length is %d bytes", f.name, f.max)
			}
			*f.dst = append([]byte(nil), b...)
		}
		if lastNode != nil {
			t, err := runtime.Truth(ts, lastNode)
			if err != nil {
				return nil, err
			}
			p.lastNode = t
		}
		var h hash.Hash
		if variant == "blake2b" {
			h = newBlake2b(p)
		} else {
			h = newBlake2s(p)
		}
		obj := newObject(&hashObject{algo: hashAlgos[variant], h: h})
		if data != nil {
			if err := obj.update(ts, data); err != nil {
				runtime.Decref(obj)
				return nil, err
			}
		}
		return obj, nil
	}
}
