package runtime

import "testing"

// TestRefcountBalance evaluates expressions that pass a tracked object X
// through the built-in types and checks that its reference count returns to
// where it was: every operation must give back exactly the references it
// took.
func TestRefcountBalance(t *testing.T) {
	exprs := []string{
		"X", "[X]", "(X,)", "{X}", "{X: X}", "[X, X][0]", "(X, 1)[0:1]", "[X][::-1]",
		"[X].index(X)", "[X, X].count(X)", "X in [X]", "X in (X,)", "X in {X}", "X in {X: 1}",
		"(l := [X]).append(X) or l", "(l := [X]).extend([X, X]) or l", "(l := [X]).insert(0, X) or l",
		"(l := [X, 1]).remove(X) or l", "[X, 2].pop(0)", "[X].copy()", "(l := [X, 2]).reverse() or l",
		"sorted([X, X])", "sorted([X, 'a'], key=len)", "sorted([X, 'b'], reverse=True)",
		"[X] + [X]", "[X] * 3", "(X,) * 2", "(X,) + (X,)", "(l := [X]).__iadd__((X,))", "(l := [X]).__imul__(2)",
		"(l := [X, X, X]).__setitem__(slice(0, 2), [X]) or l", "(l := [X, X, X]).__delitem__(slice(None, None, 2)) or l",
		"(l := [X, X, X]).__setitem__(slice(None, None, 2), [1, 2]) or l", "(l := [X, X]).clear() or l",
		"{X: X}.get(X)", "{X: X}.get(1, X)", "(d := {}).setdefault(X, X)", "{X: X}.pop(X)", "{X: X}.popitem()",
		"(d := {X: 1}).update({X: X}) or d", "(d := {}).update([(X, X)]) or d", "dict.fromkeys([X], X)",
		"{X: X}.copy()", "list({X: X}.items())", "list({X: X}.keys())", "list({X: X}.values())",
		"{X: X}.keys() & {X}", "{X: X}.keys() | {X}", "{X: X}.items() ^ {X: 1}.items()", "{X: X} | {X: 1}",
		"list(reversed({X: X}))", "repr({X: [X]})", "{X: X} == {X: X}",
		"{X} | {X, 1}", "{X} & {X}", "{X, 1} - {X}", "{X} ^ {1}", "(s := {X}).add(X) or s", "(s := {X}).discard(X) or s",
		"(s := {X}).pop()", "frozenset([X])", "hash(frozenset([X]))", "{X}.union([X])", "{X, 1}.intersection([X])",
		"{X}.difference([X])", "{X}.symmetric_difference([X, 2])", "(s := {X}).update([X]) or s",
		"(s := {X, 1}).intersection_update([X]) or s", "(s := {X}).symmetric_difference_update({X}) or s", "sorted({X, 'a'})",
		"list(enumerate([X]))", "list(zip([X], [X]))", "list(map(len, [X]))", "list(filter(None, [X]))",
		"list(reversed([X]))", "list(reversed((X,)))", "list(iter([X]))", "list(iter(iter([X]).__next__, 0))",
		"tuple([X])", "list((X,))", "set([X])", "str(X)", "repr(X)", "X.upper()", "X.split()", "X.join([X, X])",
		"'{}{}'.format(X, X)", "'%s%r' % (X, X)", "format(X, '>20')", "X[1:3]", "X * 2", "X + X",
		"[X].__contains__(X)", "isinstance(X, (int, str))", "property(X).fget", "staticmethod(X).__func__",
		"classmethod(X).__func__", "Exception(X).args", "str(KeyError(X))", "KeyError(X)",
		"OSError(2, X, X).filename", "str(OSError(2, X, X))", "slice(X, X).start", "(X, X) == (X, X)",
		"[X] < [X]", "{X: X}.keys() == {X}", "list({X}.__iter__())", "max if False else [X][-1]",
		"[X][5]", "{}[X]", "{X: 1}.pop(2)", "sorted([X, 1])", "[X].index(2)",
	}
	ts := newTestTS()
	x := NewStr("tracked string object")
	testBuiltins()
	for _, src := range exprs {
		n, err := parseExpr(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		env := &evalEnv{vars: map[string]Object{"X": x}}
		before := RefCount(x)
		v, err := n(ts, env)
		Decref(v)
		if e, ok := err.(*Exception); ok {
			Decref(e)
		}
		for k, o := range env.vars {
			if k != "X" {
				Decref(o)
			}
		}
		if after := RefCount(x); after != before {
			t.Errorf("%s: refcount %d -> %d", src, before, after)
		}
	}
}
