package compiler

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/minipy/minipy/parser/pyrepr"
)

// constRepr formats a constant the way Python's repr() does (the
// disassembler and the annotation unparser need it).
func constRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case *big.Int:
		return x.String()
	case float64:
		return pyrepr.Float(x, true)
	case complex128:
		return pyrepr.Complex(x)
	case string:
		return pyrepr.Str(x)
	case Bytes:
		return pyrepr.Bytes(x)
	case []byte:
		return pyrepr.Bytes(x)
	case EllipsisConst:
		return "Ellipsis"
	case ConstTuple:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = constRepr(e)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *Code:
		return fmt.Sprintf("<code object %s, file %q, line %d>", x.Name, x.Filename, x.FirstLine)
	}
	return fmt.Sprintf("<%T>", v)
}
