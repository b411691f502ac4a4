package tests

// The tests run a minipy binary built by TestMain, which go test's result
// cache cannot see: importing the packages the binary is made of makes a
// change to any of them invalidate the cached results.
import (
	_ "github.com/minipy/minipy/compiler"
	_ "github.com/minipy/minipy/lexer"
	_ "github.com/minipy/minipy/parser"
	_ "github.com/minipy/minipy/runtime"
	_ "github.com/minipy/minipy/stdlib"
	_ "github.com/minipy/minipy/vm"
)
