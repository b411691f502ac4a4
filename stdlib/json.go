package stdlib

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/minipy/minipy/runtime"
)

// _json is the fast core of the json package (lib/json): a whole-value
// encoder and a scanner, both following CPython 3.11's output and error
// messages. The Python layer holds the public API and classes
// (JSONEncoder, JSONDecoder, JSONDecodeError) and passes their settings in.

func initJSONCore(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_json")
	addFuncs(m, []funcDef{
		{"encode", jsonEncodeFn},
		{"scan", jsonScanFn},
		{"encode_basestring_ascii", jsonBasestringFn("encode_basestring_ascii", true)},
		{"encode_basestring", jsonBasestringFn("encode_basestring", false)},
	})
	return m, nil
}

func init() { register("_json", initJSONCore) }

// ---- encoder ----

type jsonEncoder struct {
	ts            *runtime.ThreadState
	dflt          runtime.Object // default(o) callable
	indent        string
	hasIndent     bool
	keySep        string
	itemSep       string
	sortKeys      bool
	skipKeys      bool
	ensureASCII   bool
	allowNaN      bool
	checkCircular bool
	markers       map[runtime.Object]bool
	buf           strings.Builder
}

// jsonEncodeFn is _json.encode(o, default, indent, key_separator,
// item_separator, sort_keys, skipkeys, ensure_ascii, allow_nan,
// check_circular): the JSON text of o. indent is None or a str.
func jsonEncodeFn(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("encode", args, kwnames, 10, 10); err != nil {
		return nil, err
	}
	e := &jsonEncoder{ts: ts, dflt: args[1], markers: map[runtime.Object]bool{}}
	if !isNone(args[2]) {
		s, ok := asStr(args[2])
		if !ok {
			return nil, runtime.NewTypeError("indent must be a str or None")
		}
		e.indent, e.hasIndent = s, true
	}
	var ok bool
	if e.keySep, ok = asStr(args[3]); !ok {
		return nil, runtime.NewTypeError("make_encoder() argument 6 must be str, not %s", runtime.TypeName(args[3]))
	}
	if e.itemSep, ok = asStr(args[4]); !ok {
		return nil, runtime.NewTypeError("make_encoder() argument 7 must be str, not %s", runtime.TypeName(args[4]))
	}
	flags := []*bool{&e.sortKeys, &e.skipKeys, &e.ensureASCII, &e.allowNaN, &e.checkCircular}
	for i, p := range flags {
		b, err := runtime.Truth(ts, args[5+i])
		if err != nil {
			return nil, err
		}
		*p = b
	}
	if err := e.encode(args[0], 0); err != nil {
		return nil, err
	}
	return runtime.NewStr(e.buf.String()), nil
}

func (e *jsonEncoder) floatText(f float64) (string, error) {
	switch {
	case math.IsNaN(f):
		if !e.allowNaN {
			return "", runtime.NewValueError("Out of range float values are not JSON compliant")
		}
		return "NaN", nil
	case math.IsInf(f, 1):
		if !e.allowNaN {
			return "", runtime.NewValueError("Out of range float values are not JSON compliant")
		}
		return "Infinity", nil
	case math.IsInf(f, -1):
		if !e.allowNaN {
			return "", runtime.NewValueError("Out of range float values are not JSON compliant")
		}
		return "-Infinity", nil
	}
	return runtime.FloatRepr(f), nil
}

func (e *jsonEncoder) newline(level int) {
	e.buf.WriteByte('\n')
	for i := 0; i < level; i++ {
		e.buf.WriteString(e.indent)
	}
}

func (e *jsonEncoder) enter(o runtime.Object) error {
	if !e.checkCircular {
		return nil
	}
	if e.markers[o] {
		return runtime.NewValueError("Circular reference detected")
	}
	e.markers[o] = true
	return nil
}

func (e *jsonEncoder) leave(o runtime.Object) {
	if e.checkCircular {
		delete(e.markers, o)
	}
}

func (e *jsonEncoder) encode(o runtime.Object, level int) error {
	base := runtime.Unwrap(o)
	switch v := base.(type) {
	case *runtime.Str:
		writeJSONString(&e.buf, v.S, e.ensureASCII)
		return nil
	case *runtime.NoneType:
		e.buf.WriteString("null")
		return nil
	case *runtime.Bool:
		if v.V {
			e.buf.WriteString("true")
		} else {
			e.buf.WriteString("false")
		}
		return nil
	case *runtime.Int:
		e.buf.WriteString(v.String())
		return nil
	case *runtime.Float:
		s, err := e.floatText(v.V)
		if err != nil {
			return err
		}
		e.buf.WriteString(s)
		return nil
	case *runtime.List:
		return e.encodeArray(o, v.Items, level)
	case *runtime.Tuple:
		return e.encodeArray(o, v.Items, level)
	case *runtime.Dict:
		return e.encodeDict(o, v, level)
	}
	if err := e.enter(o); err != nil {
		return err
	}
	r, err := runtime.Call(e.ts, e.dflt, []runtime.Object{o}, nil)
	if err != nil {
		return err
	}
	defer runtime.Decref(r)
	if err := e.ts.EnterRecursive(" while encoding a JSON object"); err != nil {
		return err
	}
	err = e.encode(r, level)
	e.ts.LeaveRecursive()
	if err != nil {
		return err
	}
	e.leave(o)
	return nil
}

func (e *jsonEncoder) encodeArray(o runtime.Object, items []runtime.Object, level int) error {
	if len(items) == 0 {
		e.buf.WriteString("[]")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	if err := e.ts.EnterRecursive(" while encoding a JSON object"); err != nil {
		return err
	}
	defer e.ts.LeaveRecursive()
	e.buf.WriteByte('[')
	if e.hasIndent {
		level++
		e.newline(level)
	}
	// items may change under a default() callback: index each time.
	for i := 0; i < len(items); i++ {
		if i > 0 {
			e.buf.WriteString(e.itemSep)
			if e.hasIndent {
				e.newline(level)
			}
		}
		x := items[i]
		runtime.Incref(x)
		err := e.encode(x, level)
		runtime.Decref(x)
		if err != nil {
			return err
		}
		items = jsonItems(o)
	}
	if e.hasIndent {
		level--
		e.newline(level)
	}
	e.buf.WriteByte(']')
	e.leave(o)
	return nil
}

func jsonItems(o runtime.Object) []runtime.Object {
	switch v := runtime.Unwrap(o).(type) {
	case *runtime.List:
		return v.Items
	case *runtime.Tuple:
		return v.Items
	}
	return nil
}

// keyText converts a dict key as JSON requires; skip reports a key dropped
// by skipkeys.
func (e *jsonEncoder) keyText(k runtime.Object) (s string, skip bool, err error) {
	switch v := runtime.Unwrap(k).(type) {
	case *runtime.Str:
		return v.S, false, nil
	case *runtime.Float:
		s, err := e.floatText(v.V)
		return s, false, err
	case *runtime.Bool:
		if v.V {
			return "true", false, nil
		}
		return "false", false, nil
	case *runtime.NoneType:
		return "null", false, nil
	case *runtime.Int:
		return v.String(), false, nil
	}
	if e.skipKeys {
		return "", true, nil
	}
	return "", false, runtime.NewTypeError("keys must be str, int, float, bool or None, not %s", runtime.TypeName(k))
}

func (e *jsonEncoder) encodeDict(o runtime.Object, d *runtime.Dict, level int) error {
	if d.Len() == 0 {
		e.buf.WriteString("{}")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	if err := e.ts.EnterRecursive(" while encoding a JSON object"); err != nil {
		return err
	}
	defer e.ts.LeaveRecursive()
	keys, values := d.Items()
	for i := range keys {
		runtime.Incref(keys[i])
		runtime.Incref(values[i])
	}
	defer func() {
		for i := range keys {
			runtime.Decref(keys[i])
			runtime.Decref(values[i])
		}
	}()
	if e.sortKeys {
		pairs := make([]runtime.Object, len(keys))
		for i := range keys {
			runtime.Incref(keys[i])
			runtime.Incref(values[i])
			pairs[i] = runtime.NewTuple([]runtime.Object{keys[i], values[i]})
		}
		l := runtime.NewList(pairs)
		defer runtime.Decref(l)
		if err := runtime.SortList(e.ts, l, nil, false); err != nil {
			return err
		}
		for i, p := range l.Items {
			t := p.(*runtime.Tuple)
			keys[i], values[i] = t.Items[0], t.Items[1]
		}
	}
	e.buf.WriteByte('{')
	if e.hasIndent {
		level++
		e.newline(level)
	}
	first := true
	for i, k := range keys {
		ks, skip, err := e.keyText(k)
		if err != nil {
			return err
		}
		if skip {
			continue
		}
		if !first {
			e.buf.WriteString(e.itemSep)
			if e.hasIndent {
				e.newline(level)
			}
		}
		first = false
		writeJSONString(&e.buf, ks, e.ensureASCII)
		e.buf.WriteString(e.keySep)
		if err := e.encode(values[i], level); err != nil {
			return err
		}
	}
	if e.hasIndent {
		level--
		e.newline(level)
	}
	e.buf.WriteByte('}')
	e.leave(o)
	return nil
}

const hexDigits = "0123456789abcdef"

func writeU(b *strings.Builder, r rune) {
	b.WriteString(`\u`)
	b.WriteByte(hexDigits[(r>>12)&15])
	b.WriteByte(hexDigits[(r>>8)&15])
	b.WriteByte(hexDigits[(r>>4)&15])
	b.WriteByte(hexDigits[r&15])
}

// writeJSONString writes s as a JSON string literal: with ensureASCII every
// non-printable-ASCII character becomes \uXXXX (astral ones a surrogate
// pair), as CPython's encode_basestring_ascii does.
func writeJSONString(b *strings.Builder, s string, ensureASCII bool) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				writeU(b, r)
			case r < 0x7f || !ensureASCII:
				b.WriteRune(r)
			case r >= 0x10000:
				v := r - 0x10000
				writeU(b, 0xd800|((v>>10)&0x3ff))
				writeU(b, 0xdc00|(v&0x3ff))
			default:
				writeU(b, r)
			}
		}
	}
	b.WriteByte('"')
}

func jsonBasestringFn(name string, ascii bool) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		x, err := runtime.OneArg(name, args, kwnames)
		if err != nil {
			return nil, err
		}
		s, ok := asStr(x)
		if !ok {
			return nil, runtime.NewTypeError("first argument must be a string, not %s", runtime.TypeName(x))
		}
		var b strings.Builder
		writeJSONString(&b, s, ascii)
		return runtime.NewStr(b.String()), nil
	}
}

// ---- scanner ----

type jsonScanner struct {
	ts          *runtime.ThreadState
	doc         runtime.Object
	s           []rune
	strict      bool
	objectHook  runtime.Object
	pairsHook   runtime.Object
	parseFloat  runtime.Object
	parseInt    runtime.Object
	parseConst  runtime.Object
	errCls      runtime.Object
	memo        map[string]*runtime.Str
	stopAtValue bool
}

// errAt raises errCls(msg, doc, pos) (JSONDecodeError).
func (sc *jsonScanner) errAt(msg string, pos int) error {
	m := runtime.NewStr(msg)
	p := runtime.NewInt(int64(pos))
	r, err := runtime.Call(sc.ts, sc.errCls, []runtime.Object{m, sc.doc, p}, nil)
	runtime.Decref(m)
	runtime.Decref(p)
	if err != nil {
		return err
	}
	if exc, ok := r.(*runtime.Exception); ok {
		return exc
	}
	runtime.Decref(r)
	return runtime.NewTypeError("exceptions must derive from BaseException")
}

// errNoValue marks "Expecting value" at a position, which the caller turns
// into the error at the right place (CPython's StopIteration).
type errNoValue struct{ pos int }

func (e *errNoValue) Error() string { return "Expecting value" }

// jsonScanFn is _json.scan(s, idx, strict, object_hook, object_pairs_hook,
// parse_float, parse_int, parse_constant, errcls) -> (value, end).
func jsonScanFn(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("scan", args, kwnames, 9, 9); err != nil {
		return nil, err
	}
	str, ok := runtime.Unwrap(args[0]).(*runtime.Str)
	if !ok {
		return nil, runtime.NewTypeError("first argument must be a string, not %s", runtime.TypeName(args[0]))
	}
	idx, err := runtime.AsSsize(ts, args[1])
	if err != nil {
		return nil, err
	}
	strict, err := runtime.Truth(ts, args[2])
	if err != nil {
		return nil, err
	}
	sc := &jsonScanner{ts: ts, doc: args[0], strict: strict, errCls: args[8], memo: map[string]*runtime.Str{}}
	hooks := []*runtime.Object{&sc.objectHook, &sc.pairsHook, &sc.parseFloat, &sc.parseInt, &sc.parseConst}
	for i, p := range hooks {
		if !isNone(args[3+i]) {
			*p = args[3+i]
		}
	}
	if str.IsASCII() {
		sc.s = make([]rune, len(str.S))
		for i := 0; i < len(str.S); i++ {
			sc.s[i] = rune(str.S[i])
		}
	} else {
		sc.s = str.Runes()
	}
	if idx < 0 {
		return nil, runtime.NewValueError("idx cannot be negative")
	}
	v, end, err := sc.value(idx)
	defer func() {
		for _, k := range sc.memo {
			runtime.Decref(k)
		}
	}()
	if err != nil {
		if nv, ok := err.(*errNoValue); ok {
			return nil, sc.errAt("Expecting value", nv.pos)
		}
		return nil, err
	}
	return runtime.NewTuple([]runtime.Object{v, runtime.NewInt(int64(end))}), nil
}

func (sc *jsonScanner) skipWS(i int) int {
	for i < len(sc.s) {
		switch sc.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

func (sc *jsonScanner) hasWord(i int, w string) bool {
	if i+len(w) > len(sc.s) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if sc.s[i+j] != rune(w[j]) {
			return false
		}
	}
	return true
}

func (sc *jsonScanner) constant(name string, i int) (runtime.Object, int, error) {
	end := i + len(name)
	if sc.parseConst != nil {
		n := runtime.NewStr(name)
		defer runtime.Decref(n)
		r, err := runtime.Call(sc.ts, sc.parseConst, []runtime.Object{n}, nil)
		return r, end, err
	}
	switch name {
	case "NaN":
		return runtime.NewFloat(math.NaN()), end, nil
	case "Infinity":
		return runtime.NewFloat(math.Inf(1)), end, nil
	}
	return runtime.NewFloat(math.Inf(-1)), end, nil
}

// value scans one JSON value at i: (value, end). A missing value is an
// *errNoValue at i.
func (sc *jsonScanner) value(i int) (runtime.Object, int, error) {
	if i >= len(sc.s) {
		return nil, 0, &errNoValue{i}
	}
	switch c := sc.s[i]; {
	case c == '"':
		s, end, err := sc.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		return runtime.NewStr(s), end, nil
	case c == '{':
		if err := sc.ts.EnterRecursive(" while decoding a JSON object from a unicode string"); err != nil {
			return nil, 0, err
		}
		defer sc.ts.LeaveRecursive()
		return sc.object(i + 1)
	case c == '[':
		if err := sc.ts.EnterRecursive(" while decoding a JSON array from a unicode string"); err != nil {
			return nil, 0, err
		}
		defer sc.ts.LeaveRecursive()
		return sc.array(i + 1)
	case c == 'n' && sc.hasWord(i, "null"):
		return runtime.None, i + 4, nil
	case c == 't' && sc.hasWord(i, "true"):
		return runtime.True, i + 4, nil
	case c == 'f' && sc.hasWord(i, "false"):
		return runtime.False, i + 5, nil
	case c == 'N' && sc.hasWord(i, "NaN"):
		return sc.constant("NaN", i)
	case c == 'I' && sc.hasWord(i, "Infinity"):
		return sc.constant("Infinity", i)
	case c == '-' && sc.hasWord(i, "-Infinity"):
		return sc.constant("-Infinity", i)
	}
	return sc.number(i)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func (sc *jsonScanner) number(start int) (runtime.Object, int, error) {
	s := sc.s
	i := start
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	case i < len(s) && s[i] == '0':
		i++
	default:
		return nil, 0, &errNoValue{start}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := string(s[start:i])
	if isFloat {
		if sc.parseFloat != nil {
			t := runtime.NewStr(text)
			defer runtime.Decref(t)
			r, err := runtime.Call(sc.ts, sc.parseFloat, []runtime.Object{t}, nil)
			return r, i, err
		}
		f, _ := strconv.ParseFloat(text, 64)
		return runtime.NewFloat(f), i, nil
	}
	if sc.parseInt != nil {
		t := runtime.NewStr(text)
		defer runtime.Decref(t)
		r, err := runtime.Call(sc.ts, sc.parseInt, []runtime.Object{t}, nil)
		return r, i, err
	}
	if len(text) > 4300 {
		return nil, 0, runtime.NewValueError("Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", len(text))
	}
	v, ok := runtime.IntFromString(text, 10)
	if !ok {
		return nil, 0, &errNoValue{start}
	}
	return v, i, nil
}

func hexVal(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'f':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'F':
		return int(r-'A') + 10
	}
	return -1
}

// hex4 decodes the four hex digits at i, or -1.
func (sc *jsonScanner) hex4(i int) rune {
	var c rune
	for j := i; j < i+4; j++ {
		d := hexVal(sc.s[j])
		if d < 0 {
			return -1
		}
		c = c<<4 | rune(d)
	}
	return c
}

// str scans a string body from i (just after the opening quote): (text,
// index after the closing quote).
func (sc *jsonScanner) str(i int) (string, int, error) {
	s := sc.s
	begin := i - 1
	var b strings.Builder
	for {
		if i >= len(s) {
			return "", 0, sc.errAt("Unterminated string starting at", begin)
		}
		c := s[i]
		if c == '"' {
			return b.String(), i + 1, nil
		}
		if c != '\\' {
			if c < 0x20 && sc.strict {
				return "", 0, sc.errAt("Invalid control character at", i)
			}
			b.WriteRune(c)
			i++
			continue
		}
		i++
		if i >= len(s) {
			return "", 0, sc.errAt("Unterminated string starting at", begin)
		}
		c = s[i]
		if c != 'u' {
			var out rune
			switch c {
			case '"', '\\', '/':
				out = c
			case 'b':
				out = '\b'
			case 'f':
				out = '\f'
			case 'n':
				out = '\n'
			case 'r':
				out = '\r'
			case 't':
				out = '\t'
			default:
				return "", 0, sc.errAt("Invalid \\escape", i-1)
			}
			b.WriteRune(out)
			i++
			continue
		}
		// \uXXXX, and a following \uXXXX low surrogate joins a high one.
		i++
		if i+4 >= len(s) {
			return "", 0, sc.errAt("Invalid \\uXXXX escape", i-1)
		}
		r := sc.hex4(i)
		if r < 0 {
			return "", 0, sc.errAt("Invalid \\uXXXX escape", i-1)
		}
		i += 4
		if r >= 0xd800 && r <= 0xdbff && i+6 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
			r2 := sc.hex4(i + 2)
			if r2 < 0 {
				return "", 0, sc.errAt("Invalid \\uXXXX escape", i+1)
			}
			if r2 >= 0xdc00 && r2 <= 0xdfff {
				r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
				i += 6
			}
		}
		if r >= 0xd800 && r <= 0xdfff {
			r = utf8.RuneError // minipy's str has no lone surrogates
		}
		b.WriteRune(r)
	}
}

func (sc *jsonScanner) key(s string) *runtime.Str {
	if k, ok := sc.memo[s]; ok {
		runtime.Incref(k)
		return k
	}
	k := runtime.NewStr(s)
	runtime.Incref(k)
	sc.memo[s] = k
	return k
}

func (sc *jsonScanner) object(i int) (runtime.Object, int, error) {
	s := sc.s
	var keys, vals []runtime.Object
	release := func() {
		for j := range keys {
			runtime.Decref(keys[j])
			if j < len(vals) {
				runtime.Decref(vals[j])
			}
		}
	}
	i = sc.skipWS(i)
	if i >= len(s) || s[i] != '}' {
		for i < len(s) {
			if s[i] != '"' {
				release()
				return nil, 0, sc.errAt("Expecting property name enclosed in double quotes", i)
			}
			ks, next, err := sc.str(i + 1)
			if err != nil {
				release()
				return nil, 0, err
			}
			keys = append(keys, sc.key(ks))
			i = sc.skipWS(next)
			if i >= len(s) || s[i] != ':' {
				release()
				return nil, 0, sc.errAt("Expecting ':' delimiter", i)
			}
			i = sc.skipWS(i + 1)
			v, next, err := sc.value(i)
			if err != nil {
				release()
				if nv, ok := err.(*errNoValue); ok {
					return nil, 0, sc.errAt("Expecting value", nv.pos)
				}
				return nil, 0, err
			}
			vals = append(vals, v)
			i = sc.skipWS(next)
			if i < len(s) && s[i] == '}' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				release()
				return nil, 0, sc.errAt("Expecting ',' delimiter", i)
			}
			i = sc.skipWS(i + 1)
		}
		if i >= len(s) || s[i] != '}' {
			release()
			return nil, 0, sc.errAt("Expecting property name enclosed in double quotes", i)
		}
	}
	end := i + 1
	if sc.pairsHook != nil {
		pairs := make([]runtime.Object, len(keys))
		for j := range keys {
			pairs[j] = runtime.NewTuple([]runtime.Object{keys[j], vals[j]})
		}
		l := runtime.NewList(pairs)
		defer runtime.Decref(l)
		r, err := runtime.Call(sc.ts, sc.pairsHook, []runtime.Object{l}, nil)
		return r, end, err
	}
	d := runtime.NewDictSized(len(keys))
	for j := range keys {
		err := d.SetItem(sc.ts, keys[j], vals[j])
		if err != nil {
			release()
			runtime.Decref(d)
			return nil, 0, err
		}
	}
	release()
	if sc.objectHook != nil {
		defer runtime.Decref(d)
		r, err := runtime.Call(sc.ts, sc.objectHook, []runtime.Object{d}, nil)
		return r, end, err
	}
	return d, end, nil
}

func (sc *jsonScanner) array(i int) (runtime.Object, int, error) {
	s := sc.s
	l := runtime.NewList(nil)
	i = sc.skipWS(i)
	if i >= len(s) || s[i] != ']' {
		for i < len(s) {
			v, next, err := sc.value(i)
			if err != nil {
				runtime.Decref(l)
				if nv, ok := err.(*errNoValue); ok {
					return nil, 0, sc.errAt("Expecting value", nv.pos)
				}
				return nil, 0, err
			}
			l.Items = append(l.Items, v)
			i = sc.skipWS(next)
			if i < len(s) && s[i] == ']' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				runtime.Decref(l)
				return nil, 0, sc.errAt("Expecting ',' delimiter", i)
			}
			i = sc.skipWS(i + 1)
		}
		if i >= len(s) || s[i] != ']' {
			runtime.Decref(l)
			return nil, 0, sc.errAt("Expecting value", len(s))
		}
	}
	return l, i + 1, nil
}
