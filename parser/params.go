package parser

import (
	"fmt"

	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser/ast"
)

// parameters parses the parameter list of a def (up to the closing ')') or
// of a lambda (up to the ':'); the closing token is not consumed. Lambda
// parameters take no annotations. The checks are CPython's
// invalid_parameters, invalid_star_etc and invalid_kwds rules, plus the
// duplicate-name check that CPython makes in its symbol table pass (reported
// only if the whole file parses).
func (p *parser) parameters(lambda bool) *ast.Arguments {
	args := &ast.Arguments{}
	closer := ")"
	if lambda {
		closer = ":"
	}
	var plain []*ast.Arg
	sawDefault, sawSlash, sawStar, sawKwarg := false, false, false, false
	var names []*ast.Arg
	for !p.isOp(closer) {
		t := p.tok()
		if sawKwarg && (t.Type == lexer.Name || isOpTok(t, "*") || isOpTok(t, "**") || isOpTok(t, "/")) {
			p.failTok(p.pos, "arguments cannot follow var-keyword argument")
		}
		switch {
		case isOpTok(t, "/"):
			switch {
			case sawSlash:
				p.failTok(p.pos, "/ may appear only once")
			case sawStar:
				p.failTok(p.pos, "/ must be ahead of *")
			case len(plain) == 0:
				p.failTok(p.pos, "invalid syntax")
			}
			p.pos++
			sawSlash = true
			args.PosOnly = plain
			plain = nil
		case isOpTok(t, "*"):
			if sawStar {
				p.failTok(p.pos, "* argument may appear only once")
			}
			star := p.pos
			p.pos++
			sawStar = true
			if p.isOp(",") || p.isOp(closer) {
				// A bare '*' must be followed by keyword-only parameters.
				if p.isOp(closer) || isOpTok(p.peek(1), closer) || isOpTok(p.peek(1), "**") {
					if lambda {
						at := p.pos
						if p.isOp(",") {
							at++
						}
						p.failTok(at, "named arguments must follow bare *")
					}
					p.failTok(star, "named arguments must follow bare *")
				}
			} else {
				args.Vararg = p.param(lambda, true)
				names = append(names, args.Vararg)
				if p.isOp("=") {
					p.failTok(p.pos, "var-positional argument cannot have default value")
				}
			}
		case isOpTok(t, "**"):
			p.pos++
			args.Kwarg = p.param(lambda, false)
			names = append(names, args.Kwarg)
			if p.isOp("=") {
				p.failTok(p.pos, "var-keyword argument cannot have default value")
			}
			sawKwarg = true
		default:
			start := p.pos
			a := p.param(lambda, false)
			names = append(names, a)
			var def ast.Expr
			if p.isOp("=") {
				p.pos++
				def = p.expression()
			}
			switch {
			case sawStar:
				args.KwOnly = append(args.KwOnly, a)
				args.KwDefaults = append(args.KwDefaults, def)
			case def != nil:
				plain = append(plain, a)
				args.Defaults = append(args.Defaults, def)
				sawDefault = true
			default:
				if sawDefault {
					p.failRange(start, p.pos, "non-default argument follows default argument")
				}
				plain = append(plain, a)
			}
		}
		if !p.isOp(",") {
			break
		}
		p.pos++
	}
	args.Args = plain
	p.checkDuplicates(names)
	return args
}

// param parses one parameter name with its annotation (def only). For *args
// the annotation may be starred (PEP 646).
func (p *parser) param(lambda, starAnnotation bool) *ast.Arg {
	t := p.tok()
	if t.Type != lexer.Name {
		p.failTok(p.pos, "invalid syntax")
	}
	p.pos++
	a := &ast.Arg{Pos: p.at(t), Name: t.Value}
	if !lambda && p.isOp(":") {
		p.pos++
		if starAnnotation && p.isOp("*") {
			a.Annotation = p.starExpression()
		} else {
			a.Annotation = p.expression()
		}
	}
	p.setEnd(&a.Pos, p.pos)
	return a
}

// checkDuplicates records a deferred error for a repeated parameter name.
func (p *parser) checkDuplicates(args []*ast.Arg) {
	if p.deferred != nil || p.noInvalid {
		return
	}
	for i, a := range args {
		for _, b := range args[:i] {
			if a.Name == b.Name {
				i := p.tokAt(a.Pos)
				p.deferred = p.newError(fmt.Sprintf("duplicate argument '%s' in function definition", a.Name), i, i+1)
				p.deferred.MsgOnly = true // a symbol-table error in CPython
				return
			}
		}
	}
}
