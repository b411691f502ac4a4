// Command minipy runs Python 3.11-subset programs with a real GIL.
//
//	minipy script.py [args]   run a script
//	minipy -c CODE [args]     run a string
//	minipy -m MODULE [args]   run a module as __main__
//	minipy - [args]           read the program from stdin
//	minipy                    REPL on a terminal; the program from stdin otherwise
//	minipy -X dis script.py   print the script's (or -c command's) bytecode
//	minipy -X cpuprofile=FILE script.py   write a Go CPU profile of the run
//	minipy -X memprofile=FILE script.py   write a Go allocation profile of the run
//	minipy --version
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	goruntime "runtime"
	"runtime/pprof"
	"strings"
	"syscall"

	"github.com/minipy/minipy/compiler"
	"github.com/minipy/minipy/parser"
	"github.com/minipy/minipy/runtime"
	"github.com/minipy/minipy/stdlib"
	"github.com/minipy/minipy/vm"
)

// Version is minipy's own version.
const Version = "0.1.0"

func main() {
	// Reference counting frees most objects at once; Go's collector only
	// returns their memory (see gctune.go).
	startGCTuner()
	status := run(os.Args[1:])
	reportMemory()
	os.Exit(status)
}

type options struct {
	command, module string
	script          string
	args            []string
	interactive     bool
	xopts           []string
	stdin           bool
}

func usage() int {
	fmt.Fprintln(os.Stderr, "usage: minipy [-c cmd | -m mod | file | -] [arg] ...")
	return 2
}

func parseArgs(argv []string) (*options, int) {
	o := &options{}
	for i := 0; i < len(argv); i++ {
		a := argv[i]
		switch {
		case a == "--version" || a == "-V":
			fmt.Printf("minipy %s (Python 3.11 subset)\n", Version)
			return nil, 0
		case a == "-h" || a == "--help":
			usage()
			return nil, 0
		case a == "-c":
			if i+1 >= len(argv) {
				fmt.Fprintln(os.Stderr, "Argument expected for the -c option")
				return nil, 2
			}
			o.command = argv[i+1]
			o.args = append([]string{"-c"}, argv[i+2:]...)
			return o, -1
		case a == "-m":
			if i+1 >= len(argv) {
				fmt.Fprintln(os.Stderr, "Argument expected for the -m option")
				return nil, 2
			}
			o.module = argv[i+1]
			o.args = append([]string{argv[i+1]}, argv[i+2:]...)
			return o, -1
		case a == "-i":
			o.interactive = true
		case a == "-u" || a == "-B" || a == "-S" || a == "-E" || a == "-s":
			// accepted for compatibility
		case a == "-X":
			if i+1 >= len(argv) {
				return nil, usage()
			}
			o.xopts = append(o.xopts, argv[i+1])
			i++
		case strings.HasPrefix(a, "-X"):
			o.xopts = append(o.xopts, a[2:])
		case a == "-":
			o.stdin = true
			o.args = append([]string{"-"}, argv[i+1:]...)
			return o, -1
		case strings.HasPrefix(a, "-") && len(a) > 1:
			fmt.Fprintf(os.Stderr, "Unknown option: %s\n", a)
			return nil, usage()
		default:
			o.script = a
			o.args = argv[i:]
			return o, -1
		}
	}
	o.args = []string{""}
	return o, -1
}

func hasX(o *options, name string) bool {
	for _, x := range o.xopts {
		if x == name {
			return true
		}
	}
	return false
}

// xValue returns the value of a `-X name=value` option, or "".
func xValue(o *options, name string) string {
	for _, x := range o.xopts {
		if v, ok := strings.CutPrefix(x, name+"="); ok {
			return v
		}
	}
	return ""
}

func run(argv []string) int {
	o, status := parseArgs(argv)
	if o == nil {
		return status
	}
	if file := xValue(o, "cpuprofile"); file != "" {
		f, err := os.Create(file)
		if err != nil {
			fmt.Fprintln(os.Stderr, "minipy:", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "minipy:", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	if file := xValue(o, "memprofile"); file != "" {
		// Every allocation is sampled; the profile (alloc_space, inuse_space)
		// is written when the program ends.
		goruntime.MemProfileRate = 1
		defer func() {
			f, err := os.Create(file)
			if err != nil {
				fmt.Fprintln(os.Stderr, "minipy:", err)
				return
			}
			defer f.Close()
			if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
				fmt.Fprintln(os.Stderr, "minipy:", err)
			}
		}()
	}
	if hasX(o, "dis") && (o.script != "" || o.command != "") {
		if o.command != "" {
			return disassemble("<string>", []byte(o.command))
		}
		src, err := os.ReadFile(o.script)
		if err != nil {
			fmt.Fprintf(os.Stderr, "minipy: can't open file '%s': %v\n", o.script, err)
			return 2
		}
		return disassemble(o.script, src)
	}
	path := []string{""}
	script := o.script
	if script != "" {
		// As in CPython 3.9+: __file__, tracebacks and sys.path[0] use the
		// script's absolute path (sys.argv[0] stays as typed).
		if abs, err := filepath.Abs(script); err == nil {
			script = abs
		}
		path[0] = filepath.Dir(script)
	} else {
		cwd, _ := os.Getwd()
		path[0] = cwd
	}
	machine, err := vm.New(o.args, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "minipy: cannot start:", err)
		return 1
	}
	ts := machine.Thread()
	in := machine.Interp()
	// Ctrl-C raises KeyboardInterrupt in the main thread (signal.default_int_handler).
	in.CatchSignal(int(syscall.SIGINT))
	code := 0
	switch {
	case o.interactive && (o.command != "" || o.script != ""):
		runForInspect(machine, o)
		code = interact(machine, false)
	case o.command != "":
		code = machine.RunMain(ts, o.command, "<string>")
	case o.module != "":
		code = machine.RunModule(ts, o.module)
	case o.script != "":
		code = machine.RunMainFile(script)
	case !o.stdin && (o.interactive || stdinIsTerminal()):
		// The REPL alone, with its banner.
		return machine.Shutdown(ts, interact(machine, true), stdlib.RunAtexit,
			func() { stdlib.FlushStdStreams(in) })
	default:
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintln(os.Stderr, "minipy:", err)
			return 1
		}
		code = machine.RunMain(ts, string(src), "<stdin>")
	}
	if o.interactive && o.module != "" {
		code = interact(machine, false)
	}
	return machine.Shutdown(ts, code, stdlib.RunAtexit, func() { stdlib.FlushStdStreams(in) })
}

// runForInspect runs the -c command or the script of `minipy -i`: an
// uncaught exception, SystemExit included, is printed and the REPL opens
// anyway, as in CPython (even when the script cannot be read).
func runForInspect(machine *vm.VM, o *options) {
	ts := machine.Thread()
	src, name := o.command, "<string>"
	if o.script != "" {
		data, err := os.ReadFile(o.script)
		if err != nil {
			machine.RunMainFile(o.script) // prints CPython's message
			return
		}
		src, name = string(data), o.script
		file := runtime.NewStr(o.script)
		machine.Main.Dict.SetStr("__file__", file)
		runtime.Decref(file)
	}
	_, err := machine.RunSource(ts, src, name, "exec", machine.Main.Dict, machine.Main.Dict)
	if e, ok := err.(*runtime.Exception); ok {
		machine.PrintException(ts, e)
		runtime.Decref(e)
	}
}

// disassemble prints the bytecode of src (`-X dis`).
func disassemble(file string, src []byte) int {
	mod, err := parser.ParseFile(file, src)
	if err != nil {
		if se, ok := err.(*parser.SyntaxError); ok {
			fmt.Fprint(os.Stderr, se.Format())
			return 1
		}
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	code, err := compiler.Compile(mod, file, compiler.Exec)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	compiler.Disassemble(os.Stdout, code)
	return 0
}
