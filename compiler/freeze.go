package compiler

import (
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"hash/fnv"
	"io"
	"math/big"
	"reflect"
	"sync"
)

// Frozen code: the compiled form of a module, stored so that the Python
// modules built into minipy (stdlib/lib) need not be parsed at every start,
// as CPython 3.11 freezes its start-up modules. Parsing threading.py makes
// about 7 MB of short-lived garbage; decoding its frozen code a small
// fraction of that.
//
// A frozen module records the hash of the source it was compiled from and
// the compiler's Fingerprint; the importer uses it only when both match, so
// an edited module or a changed instruction set falls back to compiling the
// source. Changes to what the compiler emits for the same source are caught
// by vm's TestFrozenModules, which also rewrites the files:
//
//	go test ./vm -run TestFrozenModules -update

// SourceHash hashes a module's source text.
func SourceHash(src string) uint64 {
	h := fnv.New64a()
	io.WriteString(h, src)
	return h.Sum64()
}

// Fingerprint identifies what frozen code depends on besides the source:
// the instruction set (names in opcode order, so renumbering changes it)
// and the fields of Code.
var Fingerprint = sync.OnceValue(func() uint64 {
	h := fnv.New64a()
	io.WriteString(h, "minipy frozen code v1\n")
	for i, info := range opcodeInfo {
		fmt.Fprintf(h, "%d %s %v %v\n", i, info.Name, info.HasArg, info.Jump)
	}
	t := reflect.TypeOf(Code{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Fprintf(h, "%s %s\n", f.Name, f.Type)
	}
	return h.Sum64()
})

// registerGob names the constant types for gob, on first use rather than
// at start-up.
var registerGob = sync.OnceFunc(func() {
	gob.Register(Bytes(nil))
	gob.Register(EllipsisConst{})
	gob.Register(ConstTuple(nil))
	gob.Register(&Code{})
	gob.Register(new(big.Int))
})

// MarshalBinary lets gob carry the `...` constant (a struct without fields).
func (EllipsisConst) MarshalBinary() ([]byte, error) { return []byte{}, nil }

// UnmarshalBinary is MarshalBinary's inverse.
func (*EllipsisConst) UnmarshalBinary([]byte) error { return nil }

// A frozen module is a 16-byte header, the Fingerprint and the SourceHash
// (little-endian), then the gob encoding of its *Code.

// WriteFrozen writes code compiled from src as a frozen module.
func WriteFrozen(w io.Writer, src string, code *Code) error {
	var hdr [16]byte
	binary.LittleEndian.PutUint64(hdr[:8], Fingerprint())
	binary.LittleEndian.PutUint64(hdr[8:], SourceHash(src))
	if _, err := w.Write(hdr[:]); err != nil {
		return err
	}
	registerGob()
	return gob.NewEncoder(w).Encode(code)
}

// ReadFrozen reads a frozen module. It returns nil, without decoding, when
// the module was frozen from another source or for another instruction set.
func ReadFrozen(r io.Reader, src string) (*Code, error) {
	var hdr [16]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, err
	}
	if binary.LittleEndian.Uint64(hdr[:8]) != Fingerprint() || binary.LittleEndian.Uint64(hdr[8:]) != SourceHash(src) {
		return nil, nil
	}
	registerGob()
	var code *Code
	if err := gob.NewDecoder(r).Decode(&code); err != nil {
		return nil, err
	}
	return code, nil
}
