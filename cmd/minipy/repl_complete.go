package main

// Tab completion for the REPL, after CPython's rlcompleter: keywords, names
// in __main__ and builtins, and attributes after a dotted name. Callables get
// "(" appended.

import (
	"sort"
	"strings"
	"unicode"

	"github.com/minipy/minipy/lexer"
	rt "github.com/minipy/minipy/runtime"
)

// indent is what Tab inserts when there is no word to complete. (rlcompleter
// inserts a tab character; readline would mis-measure it, and spaces are what
// the rest of the block is usually indented with.)
const indent = "    "

// completer runs on readline's goroutine, so it takes the GIL, with a thread
// state of its own, before it touches Python objects. The main thread waits
// at the prompt with the GIL released, so completion does not wait for it;
// other Python threads keep running between completions.
type completer struct {
	in   *rt.Interpreter
	ts   *rt.ThreadState // made at the first completion
	main *rt.Dict
}

func newCompleter(in *rt.Interpreter, main *rt.Dict) *completer {
	return &completer{in: in, main: main}
}

// threadState returns the completer's thread state. It is not listed among
// the interpreter's threads: it runs no Python thread of its own.
func (c *completer) threadState() *rt.ThreadState {
	if c.ts == nil {
		c.ts = c.in.NewThreadState()
		c.ts.Name = "completer"
		c.in.RemoveThread(c.ts)
	}
	return c.ts
}

// Do implements readline.AutoCompleter: the candidates' endings after the
// word before the cursor, and the length of that word's last part.
func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	start := pos
	for start > 0 && isWordRune(line[start-1]) {
		start--
	}
	word := string(line[start:pos])
	if word == "" {
		return [][]rune{[]rune(indent)}, 0
	}
	ts := c.threadState()
	c.in.GIL.Acquire(ts)
	defer c.in.GIL.Release(ts)
	matches, prefix := c.complete(word)
	out := make([][]rune, len(matches))
	for i, m := range matches {
		out[i] = []rune(m[len(prefix):])
	}
	return out, len([]rune(prefix))
}

func isWordRune(r rune) bool {
	return r == '_' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// complete returns the completions of word (each a full name, possibly with
// "(", " " or ":" added) and the part of word they all extend. The GIL is
// held.
func (c *completer) complete(word string) (matches []string, prefix string) {
	if i := strings.LastIndexByte(word, '.'); i >= 0 {
		return c.attrMatches(word[:i], word[i+1:]), word[i+1:]
	}
	return c.globalMatches(word), word
}

// globalMatches completes a plain name: keywords, then __main__, then
// builtins.
func (c *completer) globalMatches(text string) []string {
	seen := map[string]bool{}
	var out []string
	for kw := range lexer.Keywords {
		if !strings.HasPrefix(kw, text) {
			continue
		}
		seen[kw] = true
		switch kw {
		case "finally", "try":
			kw += ":"
		case "False", "None", "True", "break", "continue", "pass", "else":
		default:
			kw += " "
		}
		out = append(out, kw)
	}
	for _, ns := range []*rt.Dict{c.main, c.in.Builtins.Dict} {
		keys, values := ns.Items()
		for i, k := range keys {
			s, ok := k.(*rt.Str)
			if !ok || seen[s.S] || !strings.HasPrefix(s.S, text) {
				continue
			}
			seen[s.S] = true
			out = append(out, callablePostfix(values[i], s.S))
		}
	}
	sort.Strings(out)
	return out
}

// attrMatches completes expr.attr where expr is a dotted name. Attributes
// starting with "_" are offered only when attr starts with "_" (and "__"
// only after "__"), unless nothing else matches.
func (c *completer) attrMatches(expr, attr string) []string {
	obj := c.evalDotted(expr)
	if obj == nil {
		return nil
	}
	defer rt.Decref(obj)
	names, err := rt.Dir(c.ts, obj)
	if err != nil {
		c.clear(err)
		return nil
	}
	words := map[string]bool{"__class__": true}
	for _, n := range names {
		words[n] = true
	}
	delete(words, "__builtins__")
	noprefix := ""
	switch attr {
	case "":
		noprefix = "_"
	case "_":
		noprefix = "__"
	}
	var out []string
	for {
		for w := range words {
			if !strings.HasPrefix(w, attr) || noprefix != "" && strings.HasPrefix(w, noprefix) {
				continue
			}
			out = append(out, c.attrPostfix(obj, w))
		}
		if len(out) > 0 || noprefix == "" {
			break
		}
		if noprefix == "_" {
			noprefix = "__"
		} else {
			noprefix = ""
		}
	}
	sort.Strings(out)
	return out
}

// attrPostfix is name, with "(" when obj.name is callable. Properties are
// not evaluated.
func (c *completer) attrPostfix(obj rt.Object, name string) string {
	if _, ok := obj.Type().Lookup(name).(*rt.Property); ok {
		return name
	}
	v, err := rt.GetAttrStr(c.ts, obj, name)
	if err != nil {
		c.clear(err)
		return name
	}
	defer rt.Decref(v)
	return callablePostfix(v, name)
}

// evalDotted looks up a dotted name (a.b.c) in __main__ and builtins; it
// returns a new reference, or nil.
func (c *completer) evalDotted(expr string) rt.Object {
	parts := strings.Split(expr, ".")
	for _, p := range parts {
		if p == "" || !isIdentifier(p) {
			return nil
		}
	}
	obj := c.main.GetStr(parts[0])
	if obj == nil {
		obj = c.in.Builtins.Dict.GetStr(parts[0])
	}
	if obj == nil {
		return nil
	}
	rt.Incref(obj)
	for _, p := range parts[1:] {
		next, err := rt.GetAttrStr(c.ts, obj, p)
		rt.Decref(obj)
		if err != nil {
			c.clear(err)
			return nil
		}
		obj = next
	}
	return obj
}

// clear drops an exception raised during completion.
func (c *completer) clear(err error) {
	if e, ok := err.(*rt.Exception); ok {
		rt.Decref(e)
	}
}

func callablePostfix(v rt.Object, name string) string {
	if v != nil && v.Type().Call != nil {
		return name + "("
	}
	return name
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}
