package compiler

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/minipy/minipy/parser/ast"
)

// Disassemble writes a listing of c in the style of CPython's dis module:
// source line, jump-target marker (>>), instruction index, opcode name,
// argument and its meaning in parentheses, then the exception table, then
// the code objects nested in c's constants.
func Disassemble(w io.Writer, c *Code) error {
	var b strings.Builder
	disassemble(&b, c)
	for _, nested := range nestedCodes(c) {
		fmt.Fprintf(&b, "\nDisassembly of %s:\n", constRepr(nested))
		disassemble(&b, nested)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// nestedCodes returns the code objects in c's constants, recursively, in
// the order CPython's dis visits them.
func nestedCodes(c *Code) []*Code {
	var out []*Code
	for _, k := range c.Consts {
		if inner, ok := k.(*Code); ok {
			out = append(out, inner)
			out = append(out, nestedCodes(inner)...)
		}
	}
	return out
}

func disassemble(b *strings.Builder, c *Code) {
	targets := map[int]bool{}
	for _, in := range c.Instrs {
		if in.Op().Info().Jump {
			targets[in.Arg()] = true
		}
	}
	for _, e := range c.ExcTable {
		targets[e.Target] = true
	}
	offsetWidth := len(fmt.Sprint(len(c.Instrs)))
	if offsetWidth < 4 {
		offsetWidth = 4
	}
	lastLine := int32(-1)
	for pc, in := range c.Instrs {
		line := "   "
		if pc < len(c.Lines) && c.Lines[pc] != lastLine {
			lastLine = c.Lines[pc]
			if pc > 0 {
				b.WriteString("\n")
			}
			line = fmt.Sprintf("%3d", lastLine)
		}
		marker := "  "
		if targets[pc] {
			marker = ">>"
		}
		fields := fmt.Sprintf("%s    %s %*d %-20s", line, marker, offsetWidth, pc, in.Op())
		info := in.Op().Info()
		if info.HasArg {
			fields += fmt.Sprintf(" %5d", in.Arg())
			if r := argRepr(c, in); r != "" {
				fields += " (" + r + ")"
			}
		}
		b.WriteString(strings.TrimRight(fields, " "))
		b.WriteString("\n")
	}
	if len(c.ExcTable) > 0 {
		b.WriteString("ExceptionTable:\n")
		for _, e := range c.ExcTable {
			fmt.Fprintf(b, "  %d to %d -> %d [%d]\n", e.Start, e.End-1, e.Target, e.Depth)
		}
	}
}

var binaryOpNames = func() []string {
	names := make([]string, 2*InplaceBase)
	for op := ast.Add; op <= ast.FloorDiv; op++ {
		names[op] = op.String()
		names[int(op)+InplaceBase] = op.String() + "="
	}
	return names
}()

// cellName returns the name of cell index i.
func cellName(c *Code, i int) string {
	if i < len(c.CellVars) {
		return c.CellVars[i]
	}
	if j := i - len(c.CellVars); j < len(c.FreeVars) {
		return c.FreeVars[j]
	}
	return "?"
}

func index[T any](list []T, i int, f func(T) string) string {
	if i < 0 || i >= len(list) {
		return "?"
	}
	return f(list[i])
}

func ident(s string) string { return s }

// argRepr explains an instruction's argument.
func argRepr(c *Code, in Instr) string {
	arg := in.Arg()
	switch op := in.Op(); op {
	case LOAD_CONST, KW_NAMES:
		return index(c.Consts, arg, constRepr)
	case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
		return index(c.Names, arg, ident)
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		return index(c.VarNames, arg, ident)
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
		return cellName(c, arg)
	case COMPARE_OP:
		if arg >= 0 && arg < len(ast.CmpOpSymbols) {
			return ast.CmpOpSymbols[arg]
		}
	case IS_OP:
		if arg != 0 {
			return "is not"
		}
		return "is"
	case CONTAINS_OP:
		if arg != 0 {
			return "not in"
		}
		return "in"
	case BINARY_OP:
		if arg >= 0 && arg < len(binaryOpNames) {
			return binaryOpNames[arg]
		}
	case FORMAT_VALUE:
		parts := []string{}
		switch arg & 3 {
		case 1:
			parts = append(parts, "str")
		case 2:
			parts = append(parts, "repr")
		case 3:
			parts = append(parts, "ascii")
		}
		if arg&4 != 0 {
			parts = append(parts, "with format")
		}
		return strings.Join(parts, ", ")
	case MAKE_FUNCTION:
		parts := []string{}
		for i, name := range []string{"defaults", "kwdefaults", "annotations", "closure"} {
			if arg&(1<<i) != 0 {
				parts = append(parts, name)
			}
		}
		return strings.Join(parts, ", ")
	default:
		if op.Info().Jump {
			return fmt.Sprintf("to %d", arg)
		}
	}
	return ""
}

// Compact returns a one-line listing of c's own instructions (not of nested
// code objects), for tests: instructions separated by "; ", arguments shown
// by meaning (constants by repr, names, jump targets as labels L1, L2, ...
// placed before their instruction), then one " | Lstart-Lend->Ltarget/depth"
// per exception-table row (the end is exclusive).
//
//	RESUME 0; LOAD_NAME x; GET_ITER; L1: FOR_ITER L2; STORE_NAME y; JUMP_BACKWARD L1; L2: LOAD_CONST None; RETURN_VALUE
func Compact(c *Code) string {
	var positions []int
	seen := map[int]bool{}
	mark := func(pc int) {
		if !seen[pc] {
			seen[pc] = true
			positions = append(positions, pc)
		}
	}
	for _, in := range c.Instrs {
		if in.Op().Info().Jump {
			mark(in.Arg())
		}
	}
	for _, e := range c.ExcTable {
		mark(e.Start)
		mark(e.End)
		mark(e.Target)
	}
	sort.Ints(positions)
	labels := map[int]string{}
	for i, pc := range positions {
		labels[pc] = fmt.Sprintf("L%d", i+1)
	}
	var parts []string
	for pc, in := range c.Instrs {
		s := in.Op().String()
		if in.Op().Info().HasArg {
			arg := in.Arg()
			switch {
			case in.Op().Info().Jump:
				s += " " + labels[arg]
			default:
				if r := compactArg(c, in); r != "" {
					s += " " + r
				} else {
					s += fmt.Sprintf(" %d", arg)
				}
			}
		}
		if l, ok := labels[pc]; ok {
			s = l + ": " + s
		}
		parts = append(parts, s)
	}
	if l, ok := labels[len(c.Instrs)]; ok {
		parts = append(parts, l+":")
	}
	out := strings.Join(parts, "; ")
	for _, e := range c.ExcTable {
		out += fmt.Sprintf(" | %s-%s->%s/%d", labels[e.Start], labels[e.End], labels[e.Target], e.Depth)
	}
	return out
}

func compactArg(c *Code, in Instr) string {
	switch in.Op() {
	case LOAD_CONST, KW_NAMES:
		if k, ok := c.Consts[in.Arg()].(*Code); ok {
			return "<code " + k.Name + ">"
		}
	case IS_OP, CONTAINS_OP, FORMAT_VALUE, MAKE_FUNCTION:
		return ""
	}
	return argRepr(c, in)
}
