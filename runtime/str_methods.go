package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file gives str its slots and methods (CPython's Objects/unicodeobject.c).
// Text is UTF-8 in Str.S; positions are code points.

// asStr views a str or an instance of a str subclass as *Str.
func asStr(o Object) (*Str, bool) {
	switch v := o.(type) {
	case *Str:
		return v, true
	case *Instance:
		if s, ok := v.Base.(*Str); ok {
			return s, true
		}
	}
	return nil, false
}

// StrFromObject is str(o) as a new str object.
func StrFromObject(ts *ThreadState, o Object) (Object, error) {
	switch v := o.(type) {
	case *Str:
		return Xref(v), nil
	case *Int:
		return NewStrInt(v), nil
	}
	s, err := StrOf(ts, o)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

// strNew is str(object=”) / str(object=b”, encoding='utf-8', errors='strict').
func strNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(args) == 1 && len(kwnames) == 0 {
		return StrFromObject(ts, args[0])
	}
	return strNewArgs(ts, args, kwnames)
}

func strNewArgs(ts *ThreadState, args []Object, kwnames []string) (Object, error) {
	var obj, enc, errs Object
	if err := UnpackArgs(ts, "str", args, kwnames, "object?", &obj, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if obj == nil && enc == nil && errs == nil {
		return NewStr(""), nil
	}
	if enc == nil && errs == nil {
		return StrFromObject(ts, obj)
	}
	encoding, errors := "utf-8", "strict"
	if enc != nil {
		s, ok := asStr(enc)
		if !ok {
			return nil, NewTypeError("str() argument 'encoding' must be str, not %s", TypeName(enc))
		}
		encoding = s.S
	}
	if errs != nil {
		s, ok := asStr(errs)
		if !ok {
			return nil, NewTypeError("str() argument 'errors' must be str, not %s", TypeName(errs))
		}
		errors = s.S
	}
	if obj == nil {
		return NewStr(""), nil
	}
	b, ok := bytesData(obj)
	if !ok {
		if _, isStr := asStr(obj); isStr {
			return nil, NewTypeError("decoding str is not supported")
		}
		return nil, NewTypeError("decoding to str: need a bytes-like object, %s found", TypeName(obj))
	}
	return Decode(b, encoding, errors)
}

// newStrRunes makes a str from code points.
func newStrRunes(r []rune) *Str { return NewStr(string(r)) }

func strCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	x, ok1 := asStr(a)
	y, ok2 := asStr(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return NewBool(cmpResult(strings.Compare(x.S, y.S), op)), nil
}

func strGetItem(ts *ThreadState, self, key Object) (Object, error) {
	s := self.(*Str)
	if sl, ok := key.(*Slice); ok {
		n := s.Len()
		start, _, step, cnt, err := SliceIndices(ts, sl, n)
		if err != nil {
			return nil, err
		}
		if cnt <= 0 {
			return NewStr(""), nil
		}
		if step == 1 {
			if start == 0 && cnt == n {
				return Xref(s), nil
			}
			return NewStr(s.Slice(start, start+cnt)), nil
		}
		if s.IsASCII() {
			buf := make([]byte, cnt)
			for i, j := 0, start; i < cnt; i, j = i+1, j+step {
				buf[i] = s.S[j]
			}
			return NewStr(string(buf)), nil
		}
		rs := s.Runes()
		out := make([]rune, cnt)
		for i, j := 0, start; i < cnt; i, j = i+1, j+step {
			out[i] = rs[j]
		}
		return newStrRunes(out), nil
	}
	if !isIndexable(key) {
		return nil, NewTypeError("string indices must be integers, not '%s'", TypeName(key))
	}
	i, ok, err := seqIndex(ts, key, s.Len())
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewIndexError("string index out of range")
	}
	return NewStr(s.At(i)), nil
}

func strContains(ts *ThreadState, self, item Object) (bool, error) {
	s := self.(*Str)
	sub, ok := asStr(item)
	if !ok {
		return false, NewTypeError("'in <string>' requires string as left operand, not %s", TypeName(item))
	}
	return strings.Contains(s.S, sub.S), nil
}

// repeatCount converts the count of a sequence repetition.
func repeatCount(ts *ThreadState, n Object) (int, error) {
	i, err := Index(ts, n)
	if err != nil {
		return 0, err
	}
	defer Decref(i)
	if i.Big != nil {
		if i.Big.Sign() < 0 {
			return 0, nil
		}
		return 0, NewOverflowError("cannot fit 'int' into an index-sized integer")
	}
	if i.V < 0 {
		return 0, nil
	}
	return int(i.V), nil
}

// checkRepeatSize guards seq * n against absurd sizes.
func checkRepeatSize(itemLen, n int) error {
	if itemLen > 0 && n > (1<<40)/itemLen {
		return NewExceptionf(MemoryErrorType, "")
	}
	return nil
}

func strBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	switch op {
	case OpAdd:
		x, ok1 := asStr(a)
		y, ok2 := asStr(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		if len(x.S) == 0 {
			return NewStr(y.S), nil
		}
		if len(y.S) == 0 {
			return NewStr(x.S), nil
		}
		return NewStr(x.S + y.S), nil
	case OpMul:
		s, ok := asStr(a)
		n := b
		if !ok {
			s, ok = asStr(b)
			n = a
		}
		if !ok {
			return NotImplemented, nil
		}
		if _, isInt := asInt(n); !isInt {
			return NotImplemented, nil
		}
		cnt, err := repeatCount(ts, n)
		if err != nil {
			return nil, err
		}
		if err := checkRepeatSize(len(s.S), cnt); err != nil {
			return nil, err
		}
		return NewStr(strings.Repeat(s.S, cnt)), nil
	case OpMod:
		s, ok := asStr(a)
		if !ok {
			return NotImplemented, nil
		}
		r, err := PercentFormat(ts, s.S, b)
		if err != nil {
			return nil, err
		}
		return NewStr(r), nil
	}
	return NotImplemented, nil
}

// seqFallback produces CPython's sequence behaviour after the numeric slots
// declined: concatenation errors ("can only concatenate str (not "int") to
// str"), repetition by objects with __index__ and its error, and list +=
// iterable. ok is false when no sequence rule applies.
func seqFallback(ts *ThreadState, op BinOp, a, b Object, inplace bool) (r Object, err error, ok bool) {
	isSeq := func(o Object) bool {
		switch Unwrap(o).(type) {
		case *Str, *List, *Tuple, *Bytes, *ByteArray:
			return true
		}
		return false
	}
	switch op {
	case OpAdd:
		if !isSeq(a) {
			return nil, nil, false
		}
		switch x := Unwrap(a).(type) {
		case *Str:
			return nil, NewTypeError("can only concatenate str (not \"%s\") to str", TypeName(b)), true
		case *List:
			if inplace {
				if err := listExtend(ts, x, b); err != nil {
					return nil, err, true
				}
				return Xref(a), nil, true
			}
			return nil, NewTypeError("can only concatenate list (not \"%s\") to list", TypeName(b)), true
		case *Tuple:
			return nil, NewTypeError("can only concatenate tuple (not \"%s\") to tuple", TypeName(b)), true
		case *Bytes:
			return nil, NewTypeError("can't concat %s to bytes", TypeName(b)), true
		case *ByteArray:
			if inplace {
				data, ok := bytesData(b)
				if !ok {
					return nil, NewTypeError("can't concat %s to bytearray", TypeName(b)), true
				}
				x.B = append(x.B, data...)
				return Xref(a), nil, true
			}
			return nil, NewTypeError("can't concat %s to bytearray", TypeName(b)), true
		}
	case OpMul:
		seq, n := a, b
		if !isSeq(seq) {
			seq, n = b, a
			if !isSeq(seq) {
				return nil, nil, false
			}
		}
		if !isIndexable(n) {
			return nil, NewTypeError("can't multiply sequence by non-int of type '%s'", TypeName(n)), true
		}
		cnt, err := repeatCount(ts, n)
		if err != nil {
			return nil, err, true
		}
		count := NewInt(int64(cnt))
		defer Decref(count)
		if inplace && seq == a {
			r, err := InplaceOp(ts, OpMul, seq, count)
			return r, err, true
		}
		r, err := BinaryOp(ts, OpMul, seq, count)
		return r, err, true
	}
	return nil, nil, false
}

func strIter(ts *ThreadState, self Object) (Object, error) {
	return newStrIterator(self.(*Str)), nil
}

// ---- argument helpers ----

// adjustIndices is ADJUST_INDICES from CPython's stringlib.
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// optIndex converts an optional start/end argument (None means absent).
func optIndex(ts *ThreadState, o Object, dflt int) (int, error) {
	if o == nil || o == None {
		return dflt, nil
	}
	return sliceIndex(ts, o)
}

// subArgs parses (sub[, start[, end]]) for find/count/index and friends.
func subArgs(ts *ThreadState, fname string, args []Object, kwnames []string, n int) (sub Object, start, end int, err error) {
	var so, eo Object
	if err = UnpackTuple(ts, fname, args, kwnames, 1, &sub, &so, &eo); err != nil {
		return
	}
	if start, err = optIndex(ts, so, 0); err != nil {
		return
	}
	if end, err = optIndex(ts, eo, n); err != nil {
		return
	}
	return
}

func mustStr(o Object) (*Str, error) {
	s, ok := asStr(o)
	if !ok {
		return nil, NewTypeError("must be str, not %s", TypeName(o))
	}
	return s, nil
}

// runeOffset converts a byte offset within s.Slice(start, ...) to a code
// point index.
func runeIndexOf(hay string, byteOff int) int {
	return utf8.RuneCountInString(hay[:byteOff])
}

// strFind is str.find/rfind on code points; -1 when absent.
func strFind(s *Str, sub *Str, start, end int, reverse bool) int {
	n := s.Len()
	start, end = adjustIndices(start, end, n)
	subLen := sub.Len()
	if end-start < subLen {
		return -1
	}
	hay := s.Slice(start, end)
	var i int
	if reverse {
		i = strings.LastIndex(hay, sub.S)
	} else {
		i = strings.Index(hay, sub.S)
	}
	if i < 0 {
		return -1
	}
	if s.IsASCII() {
		return start + i
	}
	return start + runeIndexOf(hay, i)
}

func strCount(s *Str, sub *Str, start, end int) int {
	n := s.Len()
	start, end = adjustIndices(start, end, n)
	if end-start < sub.Len() {
		return 0
	}
	if sub.S == "" {
		return end - start + 1
	}
	return strings.Count(s.Slice(start, end), sub.S)
}

// tailMatch is CPython's tailmatch for startswith/endswith.
func tailMatch(s *Str, sub *Str, start, end int, suffix bool) bool {
	n := s.Len()
	start, end = adjustIndices(start, end, n)
	subLen := sub.Len()
	end -= subLen
	if end < start {
		return false
	}
	if subLen == 0 {
		return true
	}
	if suffix {
		return s.Slice(end, end+subLen) == sub.S
	}
	return s.Slice(start, start+subLen) == sub.S
}

// ---- character classes ----

// isPySpace is Py_UNICODE_ISSPACE.
func isPySpace(r rune) bool {
	if r < 128 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

// isLineBreak is Py_UNICODE_ISLINEBREAK.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }

// isDigitRune approximates Unicode Numeric_Type=Digit|Decimal.
func isDigitRune(r rune) bool {
	if isDecimalRune(r) {
		return true
	}
	switch {
	case r == 0xb2 || r == 0xb3 || r == 0xb9 || r == 0x2070:
		return true
	case r >= 0x2074 && r <= 0x2079, r >= 0x2080 && r <= 0x2089:
		return true
	case r >= 0x2460 && r <= 0x2468, r >= 0x2474 && r <= 0x247c, r >= 0x2488 && r <= 0x2490:
		return true
	case r == 0x24ea, r >= 0x24f5 && r <= 0x24fd, r == 0x24ff:
		return true
	case r >= 0x2776 && r <= 0x277e, r >= 0x2780 && r <= 0x2788, r >= 0x278a && r <= 0x2792:
		return true
	case r >= 0x1369 && r <= 0x1371, r == 0x19da, r >= 0x1f100 && r <= 0x1f10a:
		return true
	}
	return false
}

// isNumericRune approximates Unicode Numeric_Type != None.
func isNumericRune(r rune) bool {
	if unicode.IsNumber(r) {
		return true
	}
	switch r {
	case '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '億', '兆', '零', '壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟', '萬', '亿':
		return true
	}
	return false
}

func isUpperRune(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }
func isLowerRune(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }
func isTitleRune(r rune) bool { return unicode.IsTitle(r) }
func isCasedRune(r rune) bool { return isUpperRune(r) || isLowerRune(r) || isTitleRune(r) }

// isCaseIgnorable approximates the Case_Ignorable property (for final sigma).
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xb7, 0x2019:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// ---- case mapping (full mappings for the common special cases) ----

var upperSpecial = map[rune]string{
	'ß': "SS", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
	'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ",
}

var titleSpecial = map[rune]string{
	'ß': "Ss", 'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl", 'ﬅ': "St", 'ﬆ': "St",
	'ŉ': "ʼN", 'և': "Եւ",
}

func appendUpper(b []rune, r rune) []rune {
	if r < 128 {
		if 'a' <= r && r <= 'z' {
			r -= 32
		}
		return append(b, r)
	}
	if s, ok := upperSpecial[r]; ok {
		return append(b, []rune(s)...)
	}
	return append(b, unicode.ToUpper(r))
}

func appendTitle(b []rune, r rune) []rune {
	if s, ok := titleSpecial[r]; ok {
		return append(b, []rune(s)...)
	}
	return append(b, unicode.ToTitle(r))
}

// appendLower lowercases rs[i], applying the final-sigma rule.
func appendLower(b []rune, rs []rune, i int) []rune {
	r := rs[i]
	if r < 128 {
		if 'A' <= r && r <= 'Z' {
			r += 32
		}
		return append(b, r)
	}
	switch r {
	case 'İ':
		return append(b, 'i', 0x307)
	case 'Σ':
		if finalSigma(rs, i) {
			return append(b, 'ς')
		}
		return append(b, 'σ')
	}
	return append(b, unicode.ToLower(r))
}

func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCasedRune(rs[j]) {
		return false
	}
	k := i + 1
	for k < len(rs) && isCaseIgnorable(rs[k]) {
		k++
	}
	return k == len(rs) || !isCasedRune(rs[k])
}

func strUpper(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToUpper(s)
	}
	var out []rune
	for _, r := range s {
		out = appendUpper(out, r)
	}
	return string(out)
}

func strLower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := range rs {
		out = appendLower(out, rs, i)
	}
	return string(out)
}

func strCasefold(s string) string {
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		switch r {
		case 'ß':
			out = append(out, 's', 's')
		case 'ς':
			out = append(out, 'σ')
		case 'ſ':
			out = append(out, 's')
		case 'ﬀ', 'ﬁ', 'ﬂ', 'ﬃ', 'ﬄ', 'ﬅ', 'ﬆ':
			out = append(out, []rune(strings.ToLower(upperSpecial[r]))...)
		default:
			if r == 'Σ' {
				out = append(out, 'σ')
			} else {
				out = appendLower(out, rs, i)
			}
		}
	}
	return string(out)
}

func strTitle(s string) string {
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	prevCased := false
	for i, r := range rs {
		if prevCased {
			out = appendLower(out, rs, i)
		} else {
			out = appendTitle(out, r)
		}
		prevCased = isCasedRune(r)
	}
	return string(out)
}

func strCapitalize(s string) string {
	rs := []rune(s)
	if len(rs) == 0 {
		return ""
	}
	out := appendTitle(make([]rune, 0, len(rs)), rs[0])
	for i := 1; i < len(rs); i++ {
		out = appendLower(out, rs, i)
	}
	return string(out)
}

func strSwapcase(s string) string {
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		switch {
		case isUpperRune(r):
			out = appendLower(out, rs, i)
		case isLowerRune(r):
			out = appendUpper(out, r)
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

// ---- splitting ----

// splitWhitespace is str.split() with no separator.
func splitWhitespace(s string, maxsplit int) []string {
	var out []string
	i := 0
	n := len(s)
	for {
		for i < n {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isPySpace(r) {
				break
			}
			i += size
		}
		if i >= n {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, s[i:])
			break
		}
		j := i
		for j < n {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isPySpace(r) {
				break
			}
			j += size
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func rsplitWhitespace(s string, maxsplit int) []string {
	var out []string
	j := len(s)
	for {
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			if !isPySpace(r) {
				break
			}
			j -= size
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if isPySpace(r) {
				break
			}
			i -= size
		}
		out = append(out, s[i:j])
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func splitSep(s, sep string, maxsplit int) []string {
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	return strings.SplitN(s, sep, maxsplit+1)
}

func rsplitSep(s, sep string, maxsplit int) []string {
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	var out []string
	for len(out) < maxsplit {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
	}
	out = append(out, s)
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func strList(parts []string) *List {
	items := make([]Object, len(parts))
	for i, p := range parts {
		items[i] = NewStr(p)
	}
	return NewList(items)
}

func splitLines(s string, keepends bool) []string {
	var out []string
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isLineBreak(r) {
				break
			}
			j += size
		}
		eol := j
		if j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			j += size
			if r == '\r' && j < len(s) && s[j] == '\n' {
				j++
			}
			if keepends {
				eol = j
			}
		}
		out = append(out, s[i:eol])
		i = j
	}
	return out
}

// ---- padding ----

func fillChar(o Object) (rune, error) {
	if o == nil {
		return ' ', nil
	}
	s, ok := asStr(o)
	if !ok {
		return 0, NewTypeError("The fill character must be a unicode character, not %s", TypeName(o))
	}
	if s.Len() != 1 {
		return 0, NewTypeError("The fill character must be exactly one character long")
	}
	r, _ := utf8.DecodeRuneInString(s.S)
	return r, nil
}

func padStr(s string, left, right int, fill rune) string {
	if left <= 0 && right <= 0 {
		return s
	}
	f := string(fill)
	var b strings.Builder
	if left > 0 {
		b.WriteString(strings.Repeat(f, left))
	}
	b.WriteString(s)
	if right > 0 {
		b.WriteString(strings.Repeat(f, right))
	}
	return b.String()
}

func expandTabs(s string, tabsize int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// ---- stripping ----

func stripStr(s string, chars Object, left, right bool, fname string) (string, error) {
	if chars == nil || chars == None {
		if left {
			s = strings.TrimLeftFunc(s, isPySpace)
		}
		if right {
			s = strings.TrimRightFunc(s, isPySpace)
		}
		return s, nil
	}
	cs, ok := asStr(chars)
	if !ok {
		return "", NewTypeError("%s arg must be None or str", fname)
	}
	if left {
		s = strings.TrimLeft(s, cs.S)
	}
	if right {
		s = strings.TrimRight(s, cs.S)
	}
	return s, nil
}

// JoinStrings is str.join: the items of iterable must be str.
func JoinStrings(ts *ThreadState, sep string, iterable Object) (string, error) {
	var items []Object
	switch v := iterable.(type) {
	case *List:
		items = copyRefs(v.Items)
	case *Tuple:
		items = copyRefs(v.Items)
	default:
		if iterable.Type().Iter == nil && iterable.Type().GetItem == nil {
			return "", NewTypeError("can only join an iterable")
		}
		var err error
		items, err = ToSlice(ts, iterable)
		if err != nil {
			return "", err
		}
	}
	defer DecrefAll(items)
	size := 0
	for i, x := range items {
		s, ok := asStr(x)
		if !ok {
			return "", NewTypeError("sequence item %d: expected str instance, %s found", i, TypeName(x))
		}
		size += len(s.S) + len(sep)
	}
	var b strings.Builder
	b.Grow(size)
	for i, x := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		s, _ := asStr(x)
		b.WriteString(s.S)
	}
	return b.String(), nil
}

func strReplace(s, old, new string, count int) string {
	if count < 0 {
		count = -1
	}
	if old == "" {
		rs := []rune(s)
		var b strings.Builder
		n := 0
		for i, r := range rs {
			if count < 0 || n < count {
				b.WriteString(new)
				n++
			}
			b.WriteRune(r)
			_ = i
		}
		if count < 0 || n < count {
			b.WriteString(new)
		}
		return b.String()
	}
	return strings.Replace(s, old, new, count)
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if !(r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)) {
				return false
			}
			continue
		}
		if !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Nl, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || r == 0xb7) {
			return false
		}
	}
	return true
}

func strPredicate(name string, pred func(s string) bool) func(t *Type) {
	return func(t *Type) {
		addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			if err := NoArgs("str."+name, args, kwnames); err != nil {
				return nil, err
			}
			return NewBool(pred(self.(*Str).S)), nil
		})
	}
}

func allRunes(pred func(rune) bool) func(s string) bool {
	return func(s string) bool {
		if s == "" {
			return false
		}
		for _, r := range s {
			if !pred(r) {
				return false
			}
		}
		return true
	}
}

func strIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if isLowerRune(r) || isTitleRune(r) {
			return false
		}
		if !cased && isUpperRune(r) {
			cased = true
		}
	}
	return cased
}

func strIsLower(s string) bool {
	cased := false
	for _, r := range s {
		if isUpperRune(r) || isTitleRune(r) {
			return false
		}
		if !cased && isLowerRune(r) {
			cased = true
		}
	}
	return cased
}

func strIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		if isUpperRune(r) || isTitleRune(r) {
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		} else if isLowerRune(r) {
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		} else {
			prevCased = false
		}
	}
	return cased
}

// strMethod is a str method that takes the receiver as *Str.
type strMethod func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error)

func addStrMethod(t *Type, name string, fn strMethod) {
	addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return fn(ts, self.(*Str), args, kwnames)
	})
}

func setupStr(t *Type) {
	t.New = strNew
	t.Init = noInit
	t.Compare = strCompare
	t.GetItem = strGetItem
	t.Contains = strContains
	t.Binary = strBinary
	t.Iter = strIter
	t.Len = func(ts *ThreadState, o Object) (int, error) { return o.(*Str).Len(), nil }
	t.Format = strFormatSlot
	t.Doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str"

	caseMethod := func(name string, f func(string) string) {
		addStrMethod(t, name, func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
			if err := NoArgs("str."+name, args, kwnames); err != nil {
				return nil, err
			}
			return NewStr(f(s.S)), nil
		})
	}
	caseMethod("upper", strUpper)
	caseMethod("lower", strLower)
	caseMethod("casefold", strCasefold)
	caseMethod("title", strTitle)
	caseMethod("capitalize", strCapitalize)
	caseMethod("swapcase", strSwapcase)

	strPredicate("isdigit", allRunes(isDigitRune))(t)
	strPredicate("isdecimal", allRunes(isDecimalRune))(t)
	strPredicate("isnumeric", allRunes(isNumericRune))(t)
	strPredicate("isalpha", allRunes(unicode.IsLetter))(t)
	strPredicate("isalnum", allRunes(func(r rune) bool {
		return unicode.IsLetter(r) || isNumericRune(r) || isDigitRune(r)
	}))(t)
	strPredicate("isspace", allRunes(isPySpace))(t)
	strPredicate("isupper", strIsUpper)(t)
	strPredicate("islower", strIsLower)(t)
	strPredicate("istitle", strIsTitle)(t)
	strPredicate("isidentifier", isIdentifier)(t)
	strPredicate("isprintable", func(s string) bool {
		for _, r := range s {
			if !isPrintable(r) {
				return false
			}
		}
		return true
	})(t)
	strPredicate("isascii", func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return false
			}
		}
		return true
	})(t)

	for _, name := range []string{"find", "rfind", "index", "rindex"} {
		name := name
		reverse := name[0] == 'r'
		raise := strings.HasSuffix(name, "index")
		addStrMethod(t, name, func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
			subo, start, end, err := subArgs(ts, "str."+name, args, kwnames, s.Len())
			if err != nil {
				return nil, err
			}
			sub, err := mustStr(subo)
			if err != nil {
				return nil, err
			}
			i := strFind(s, sub, start, end, reverse)
			if i < 0 && raise {
				return nil, NewValueError("substring not found")
			}
			return NewInt(int64(i)), nil
		})
	}
	addStrMethod(t, "count", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		subo, start, end, err := subArgs(ts, "str.count", args, kwnames, s.Len())
		if err != nil {
			return nil, err
		}
		sub, err := mustStr(subo)
		if err != nil {
			return nil, err
		}
		return NewInt(int64(strCount(s, sub, start, end))), nil
	})
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		suffix := name == "endswith"
		addStrMethod(t, name, func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
			subo, start, end, err := subArgs(ts, "str."+name, args, kwnames, s.Len())
			if err != nil {
				return nil, err
			}
			if tup, ok := subo.(*Tuple); ok {
				for _, x := range tup.Items {
					sub, ok := asStr(x)
					if !ok {
						return nil, NewTypeError("tuple for %s must only contain str, not %s", name, TypeName(x))
					}
					if tailMatch(s, sub, start, end, suffix) {
						return True, nil
					}
				}
				return False, nil
			}
			sub, ok := asStr(subo)
			if !ok {
				return nil, NewTypeError("%s first arg must be str or a tuple of str, not %s", name, TypeName(subo))
			}
			return NewBool(tailMatch(s, sub, start, end, suffix)), nil
		})
	}
	for _, name := range []string{"split", "rsplit"} {
		name := name
		addStrMethod(t, name, func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
			var sepo Object = None
			maxsplit := -1
			if err := UnpackArgs(ts, name, args, kwnames, "sep?", &sepo, "maxsplit?", &maxsplit); err != nil {
				return nil, err
			}
			if sepo == None {
				if name == "split" {
					return strList(splitWhitespace(s.S, maxsplit)), nil
				}
				return strList(rsplitWhitespace(s.S, maxsplit)), nil
			}
			sep, ok := asStr(sepo)
			if !ok {
				return nil, NewTypeError("must be str or None, not %s", TypeName(sepo))
			}
			if sep.S == "" {
				return nil, NewValueError("empty separator")
			}
			if name == "split" {
				return strList(splitSep(s.S, sep.S, maxsplit)), nil
			}
			return strList(rsplitSep(s.S, sep.S, maxsplit)), nil
		})
	}
	addStrMethod(t, "splitlines", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		keepends := 0
		if err := UnpackArgs(ts, "splitlines", args, kwnames, "keepends?", &keepends); err != nil {
			return nil, err
		}
		return strList(splitLines(s.S, keepends != 0)), nil
	})
	addStrMethod(t, "join", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		it, err := OneArg("str.join", args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := JoinStrings(ts, s.S, it)
		if err != nil {
			return nil, err
		}
		return NewStr(r), nil
	})
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		left := name != "rstrip"
		right := name != "lstrip"
		addStrMethod(t, name, func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
			var chars Object
			if err := UnpackPositional(ts, "str."+name, args, kwnames, 0, &chars); err != nil {
				return nil, err
			}
			r, err := stripStr(s.S, chars, left, right, name)
			if err != nil {
				return nil, err
			}
			if len(r) == len(s.S) {
				return Xref(s), nil
			}
			return NewStr(r), nil
		})
	}
	addStrMethod(t, "replace", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		var old, new string
		count := -1
		if err := UnpackPositional(ts, "str.replace", args, kwnames, 2, &old, &new, &count); err != nil {
			return nil, err
		}
		return NewStr(strReplace(s.S, old, new, count)), nil
	})
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		addStrMethod(t, name, func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
			var width int
			var fillo Object
			if err := UnpackPositional(ts, "str."+name, args, kwnames, 1, &width, &fillo); err != nil {
				return nil, err
			}
			fill, err := fillChar(fillo)
			if err != nil {
				return nil, err
			}
			n := s.Len()
			if width <= n {
				return Xref(s), nil
			}
			marg := width - n
			switch name {
			case "ljust":
				return NewStr(padStr(s.S, 0, marg, fill)), nil
			case "rjust":
				return NewStr(padStr(s.S, marg, 0, fill)), nil
			}
			left := marg/2 + (marg & width & 1)
			return NewStr(padStr(s.S, left, marg-left, fill)), nil
		})
	}
	addStrMethod(t, "zfill", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		wo, err := OneArg("str.zfill", args, kwnames)
		if err != nil {
			return nil, err
		}
		width, err := AsSsize(ts, wo)
		if err != nil {
			return nil, err
		}
		n := s.Len()
		if width <= n {
			return Xref(s), nil
		}
		fill := strings.Repeat("0", width-n)
		if len(s.S) > 0 && (s.S[0] == '+' || s.S[0] == '-') {
			return NewStr(s.S[:1] + fill + s.S[1:]), nil
		}
		return NewStr(fill + s.S), nil
	})
	addStrMethod(t, "expandtabs", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		tabsize := 8
		if err := UnpackArgs(ts, "expandtabs", args, kwnames, "tabsize?", &tabsize); err != nil {
			return nil, err
		}
		return NewStr(expandTabs(s.S, tabsize)), nil
	})
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		addStrMethod(t, name, func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
			so, err := OneArg("str."+name, args, kwnames)
			if err != nil {
				return nil, err
			}
			sep, err := mustStr(so)
			if err != nil {
				return nil, err
			}
			if sep.S == "" {
				return nil, NewValueError("empty separator")
			}
			var i int
			if name == "partition" {
				i = strings.Index(s.S, sep.S)
			} else {
				i = strings.LastIndex(s.S, sep.S)
			}
			if i < 0 {
				if name == "partition" {
					return NewTuple([]Object{Xref(s), NewStr(""), NewStr("")}), nil
				}
				return NewTuple([]Object{NewStr(""), NewStr(""), Xref(s)}), nil
			}
			return NewTuple([]Object{NewStr(s.S[:i]), Xref(sep), NewStr(s.S[i+len(sep.S):])}), nil
		})
	}
	for _, name := range []string{"removeprefix", "removesuffix"} {
		name := name
		addStrMethod(t, name, func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
			po, err := OneArg("str."+name, args, kwnames)
			if err != nil {
				return nil, err
			}
			p, ok := asStr(po)
			if !ok {
				return nil, NewTypeError("%s() argument must be str, not %s", name, TypeName(po))
			}
			if name == "removeprefix" && strings.HasPrefix(s.S, p.S) {
				return NewStr(s.S[len(p.S):]), nil
			}
			if name == "removesuffix" && p.S != "" && strings.HasSuffix(s.S, p.S) {
				return NewStr(s.S[:len(s.S)-len(p.S)]), nil
			}
			return Xref(s), nil
		})
	}
	addStrMethod(t, "encode", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		encoding, errors := "utf-8", "strict"
		if err := UnpackArgs(ts, "encode", args, kwnames, "encoding?", &encoding, "errors?", &errors); err != nil {
			return nil, err
		}
		b, err := Encode(s.S, encoding, errors)
		if err != nil {
			return nil, err
		}
		return NewBytes(b), nil
	})
	addStrMethod(t, "format", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		npos := len(args) - len(kwnames)
		var kw *Dict
		if len(kwnames) > 0 {
			kw = NewDict()
			defer Decref(kw)
			for i, k := range kwnames {
				kw.SetStr(k, args[npos+i])
			}
		}
		var m Object
		if kw != nil {
			m = kw
		}
		r, err := StrFormat(ts, s.S, args[:npos], m)
		if err != nil {
			return nil, err
		}
		return NewStr(r), nil
	})
	addStrMethod(t, "format_map", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		m, err := OneArg("str.format_map", args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := StrFormat(ts, s.S, nil, m)
		if err != nil {
			return nil, err
		}
		return NewStr(r), nil
	})
	addStaticMethod(t, "maketrans", strMaketrans)
	addStrMethod(t, "translate", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		table, err := OneArg("str.translate", args, kwnames)
		if err != nil {
			return nil, err
		}
		return strTranslate(ts, s, table)
	})
	addStrMethod(t, "__getnewargs__", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		return NewTuple([]Object{NewStr(s.S)}), nil
	})
	addStrMethod(t, "__sizeof__", func(ts *ThreadState, s *Str, args []Object, kwnames []string) (Object, error) {
		return NewInt(int64(49 + len(s.S))), nil
	})
}

func strMaketrans(ts *ThreadState, _ Object, args []Object, kwnames []string) (Object, error) {
	var x, y, z Object
	if err := UnpackPositional(ts, "str.maketrans", args, kwnames, 1, &x, &y, &z); err != nil {
		return nil, err
	}
	out := NewDict()
	if y == nil {
		d, ok := Unwrap(x).(*Dict)
		if !ok {
			Decref(out)
			return nil, NewTypeError("if you give only one argument to maketrans it must be a dict")
		}
		keys, values := d.Items()
		for i, k := range keys {
			var key Object
			if ks, ok := asStr(k); ok {
				if ks.Len() != 1 {
					Decref(out)
					return nil, NewValueError("string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(ks.S)
				key = NewInt(int64(r))
			} else if _, ok := asInt(k); ok {
				key = Xref(k)
			} else {
				Decref(out)
				return nil, NewTypeError("keys in translate table must be strings or integers")
			}
			err := out.SetItem(ts, key, values[i])
			Decref(key)
			if err != nil {
				Decref(out)
				return nil, err
			}
		}
		return out, nil
	}
	xs, ok := asStr(x)
	if !ok {
		Decref(out)
		return nil, NewTypeError("maketrans() argument 1 must be str, not %s", TypeName(x))
	}
	ys, ok := asStr(y)
	if !ok {
		Decref(out)
		return nil, NewTypeError("maketrans() argument 2 must be str, not %s", TypeName(y))
	}
	xr, yr := xs.Runes(), ys.Runes()
	if len(xr) != len(yr) {
		Decref(out)
		return nil, NewValueError("the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		k, v := NewInt(int64(xr[i])), NewInt(int64(yr[i]))
		out.SetItem(ts, k, v)
		Decref(k)
		Decref(v)
	}
	if z != nil {
		zs, ok := asStr(z)
		if !ok {
			Decref(out)
			return nil, NewTypeError("maketrans() argument 3 must be str, not %s", TypeName(z))
		}
		for _, r := range zs.Runes() {
			k := NewInt(int64(r))
			out.SetItem(ts, k, None)
			Decref(k)
		}
	}
	return out, nil
}

func strTranslate(ts *ThreadState, s *Str, table Object) (Object, error) {
	var b strings.Builder
	for _, r := range s.S {
		k := NewInt(int64(r))
		v, err := GetItem(ts, table, k)
		Decref(k)
		if err != nil {
			if ErrorMatches(err, LookupErrorType) {
				Decref(err.(*Exception))
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch x := Unwrap(v).(type) {
		case *NoneType:
		case *Int:
			if x.Big != nil || x.V < 0 || x.V > 0x10ffff {
				Decref(v)
				return nil, NewValueError("character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(x.V))
		case *Str:
			b.WriteString(x.S)
		default:
			Decref(v)
			return nil, NewTypeError("character mapping must return integer, None or str")
		}
		Decref(v)
	}
	return NewStr(b.String()), nil
}
