package stdlib

import "github.com/minipy/minipy/runtime"

// Python 3.11's keywords and soft keywords.
var (
	keywords = []string{"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
		"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
		"in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"}
	softKeywords = []string{"_", "case", "match"}
)

func initKeyword(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("keyword")
	setNew(m, "kwlist", listOfStrings(keywords))
	setNew(m, "softkwlist", listOfStrings(softKeywords))
	setNew(m, "__all__", listOfStrings([]string{"iskeyword", "issoftkeyword", "kwlist", "softkwlist"}))
	addFuncs(m, []funcDef{
		{"iskeyword", containsFunc("iskeyword", keywords)},
		{"issoftkeyword", containsFunc("issoftkeyword", softKeywords)},
	})
	return m, nil
}

// containsFunc is `name in words` (frozenset.__contains__ in CPython: any
// hashable argument is accepted; non-strings are never keywords).
func containsFunc(_ string, words []string) runtime.BuiltinFn {
	set := map[string]bool{}
	for _, w := range words {
		set[w] = true
	}
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		x, err := runtime.OneArg("frozenset.__contains__", args, kwnames)
		if err != nil {
			return nil, err
		}
		if s, ok := x.(*runtime.Str); ok {
			return runtime.NewBool(set[s.S]), nil
		}
		if _, err := runtime.Hash(ts, x); err != nil {
			return nil, err
		}
		return runtime.False, nil
	}
}
