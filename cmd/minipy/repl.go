package main

// The interactive loop, independent of the terminal: it reads lines through a
// lineReader, decides with the lexer and the parser when a statement is
// complete, runs it in __main__ and prints results and tracebacks the way
// CPython 3.11's REPL does.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"syscall"

	"github.com/chzyer/readline"

	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser"
	rt "github.com/minipy/minipy/runtime"
	"github.com/minipy/minipy/stdlib"
	"github.com/minipy/minipy/vm"
)

// stdinName is the file name of code typed at the prompt.
const stdinName = "<stdin>"

// errInterrupt is what a lineReader returns when the user presses Ctrl-C.
var errInterrupt = errors.New("interrupted")

// lineReader reads the user's input. ReadLine is called without the GIL; it
// must not touch Python objects.
type lineReader interface {
	// ReadLine shows prompt and returns one line without its newline, io.EOF
	// at the end of input (Ctrl-D) or errInterrupt (Ctrl-C). A result
	// holding several lines separated by "\n" is a block recalled from the
	// history: it is run whole; more is the prompt shown before its
	// continuation lines when the reader redraws it.
	ReadLine(prompt, more string) (string, error)
	// AddHistory records one complete statement (possibly several lines).
	AddHistory(entry string)
}

// repl is one interactive session in the __main__ module.
type repl struct {
	vm *vm.VM
	ts *rt.ThreadState
	in *rt.Interpreter
	rd lineReader

	// lines holds the statement being typed; block is set when it is a
	// compound statement, which ends on an empty line.
	lines []string
	block bool
}

func newREPL(machine *vm.VM, rd lineReader) *repl {
	return &repl{vm: machine, ts: machine.Thread(), in: machine.Interp(), rd: rd}
}

// banner is what the REPL prints first (to stderr, as CPython does).
func banner() string {
	return fmt.Sprintf("minipy %s (Python 3.11 subset) on %s\n"+
		"Type \"help\" for more information.\n",
		Version, runtime.GOOS)
}

// run reads and runs statements until the end of input or SystemExit, and
// returns the exit status. The caller holds the GIL.
func (r *repl) run() int {
	for {
		ps1, ps2 := r.prompt("ps1"), r.prompt("ps2")
		p := ps1
		if len(r.lines) > 0 {
			p = ps2
		}
		r.flush()
		var line string
		var err error
		r.ts.AllowThreads(func() { line, err = r.rd.ReadLine(p, ps2) })
		if err == nil && r.in.GIL.Breaker.Load()&rt.BreakSignal != 0 {
			// A signal arrived while the prompt waited (kill -INT): it
			// interrupts the input, as Ctrl-C does.
			if serr := r.in.RunSignalHandlers(r.ts); serr != nil {
				r.reset()
				if status, done := r.report(serr); done {
					return status
				}
				continue
			}
		}
		switch {
		case err == errInterrupt:
			r.reset()
			if status, done := r.report(rt.NewException(rt.KeyboardInterruptType)); done {
				return status
			}
			continue
		case err == io.EOF:
			if len(r.lines) > 0 {
				// Ctrl-D on a continuation line ends the statement.
				if status, done := r.finish(); done {
					return status
				}
				continue
			}
			return 0
		case err != nil:
			r.vm.PrintException(r.ts, rt.NewExceptionf(rt.OSErrorType, "%v", err))
			return 1
		}
		if status, done := r.feedText(line); done {
			return status
		}
	}
}

// prompt is str(sys.ps1) or str(sys.ps2), "" when unset.
func (r *repl) prompt(name string) string {
	o := r.in.Sys.Dict.GetStr(name)
	if o == nil {
		return ""
	}
	s, err := rt.StrOf(r.ts, o)
	if err != nil {
		r.report(err)
		return ""
	}
	return s
}

// flush flushes sys.stdout and sys.stderr before a prompt.
func (r *repl) flush() {
	for _, name := range []string{"stderr", "stdout"} {
		f := r.in.Sys.Dict.GetStr(name)
		if f == nil || f == rt.None {
			continue
		}
		res, err := rt.CallMethod(r.ts, f, "flush")
		rt.Decref(res)
		if e, ok := err.(*rt.Exception); ok {
			rt.Decref(e)
		}
	}
}

func (r *repl) reset() {
	r.lines, r.block = nil, false
}

// feedText takes what the reader returned: one line, or a recalled block of
// several, which is complete as it stands.
func (r *repl) feedText(text string) (int, bool) {
	if !strings.Contains(text, "\n") {
		return r.feed(text)
	}
	for _, line := range strings.Split(text, "\n") {
		if status, done := r.feed(line); done {
			return status, true
		}
	}
	if r.block && len(r.lines) > 0 {
		return r.finish()
	}
	return 0, false
}

// feed adds one line to the statement being typed and runs the statement
// when it is complete. It reports whether the session must end, and with
// which status.
func (r *repl) feed(line string) (int, bool) {
	if len(r.lines) == 0 {
		if isBlankOrComment(line) {
			return 0, false
		}
		r.block = startsBlock(line)
	} else if r.block && line == "" {
		// An empty line ends a compound statement (and is part of it, for
		// the line numbers of errors found at its end).
		r.lines = append(r.lines, line)
		return r.finish()
	}
	r.lines = append(r.lines, line)
	src := r.source()
	if !lexer.Complete(src) {
		return 0, false
	}
	if _, err := parser.ParseFile(stdinName, []byte(src)); err != nil {
		var se *parser.SyntaxError
		if errors.As(err, &se) && se.Incomplete {
			return 0, false
		}
		// A definite error: report it at once, as CPython does.
		return r.finish()
	}
	if r.block {
		return 0, false
	}
	return r.finish()
}

func (r *repl) source() string { return strings.Join(r.lines, "\n") + "\n" }

// finish compiles and runs the statement typed so far.
func (r *repl) finish() (int, bool) {
	src := r.source()
	entry := strings.TrimRight(strings.Join(r.lines, "\n"), "\n")
	r.reset()
	if entry != "" {
		r.rd.AddHistory(entry)
	}
	code, err := r.vm.Compile(r.ts, src, stdinName, "single")
	// CPython shows no source lines for <stdin> in tracebacks.
	r.in.RegisterSource(stdinName, "")
	if err != nil {
		return r.report(err)
	}
	res, err := r.vm.RunCode(r.ts, code, r.vm.Main.Dict, r.vm.Main.Dict)
	rt.Decref(code)
	rt.Decref(res)
	if err != nil {
		return r.report(err)
	}
	return 0, false
}

// report prints an uncaught exception and keeps the session going, or ends
// it on SystemExit.
func (r *repl) report(err error) (int, bool) {
	e, ok := err.(*rt.Exception)
	if !ok {
		e = rt.NewSystemError("internal error: %v", err)
	}
	if e.IsInstance(rt.SystemExitType) {
		return r.vm.Finish(r.ts, e), true
	}
	sys := r.in.Sys
	sys.Set("last_type", e.Type())
	sys.Set("last_value", e)
	if e.Traceback != nil {
		sys.Set("last_traceback", e.Traceback)
	} else {
		sys.Set("last_traceback", rt.None)
	}
	r.vm.PrintException(r.ts, e)
	rt.Decref(e)
	return 0, false
}

// isBlankOrComment reports a line that holds no statement; at the primary
// prompt it just brings the prompt back.
func isBlankOrComment(line string) bool {
	s := strings.TrimLeft(line, " \t\f")
	return s == "" || s[0] == '#'
}

// startsBlock reports whether line begins a compound statement (or a
// decorator): such a statement ends only on an empty line, even when written
// on one line ("if x: print(x)").
func startsBlock(line string) bool {
	s := strings.TrimLeft(line, " \t\f")
	if strings.HasPrefix(s, "@") {
		return true
	}
	end := 0
	for end < len(s) && (s[end] == '_' || s[end] >= 'a' && s[end] <= 'z' || s[end] >= 'A' && s[end] <= 'Z' || s[end] >= '0' && s[end] <= '9') {
		end++
	}
	switch s[:end] {
	case "if", "while", "for", "try", "with", "def", "class", "async":
		return true
	case "match": // a soft keyword: "match x:" but not "match = 1"
		return strings.HasSuffix(strings.TrimRight(s, " \t"), ":")
	}
	return false
}

// stdinIsTerminal reports whether standard input is a terminal.
func stdinIsTerminal() bool { return readline.IsTerminal(int(os.Stdin.Fd())) }

// interact runs the REPL in __main__ after the program (if any) and returns
// the exit status. On a terminal it edits lines with readline; otherwise it
// reads plain lines and shows its prompts on stderr, as CPython does.
func interact(machine *vm.VM, showBanner bool) int {
	in := machine.Interp()
	stdlib.SetInteractive(in)
	// Ctrl-C while code runs raises KeyboardInterrupt (runtime/signals.go).
	in.CatchSignal(int(syscall.SIGINT))
	var rd lineReader
	if readline.DefaultIsTerminal() && readline.IsTerminal(int(os.Stdout.Fd())) {
		tr, err := newTTYReader(newCompleter(in, machine.Main.Dict))
		if err == nil {
			defer tr.Close()
			stdlib.FlushStdStreams(in)
			stdlib.RedirectStdStreams(in, tr.out, tr.err)
			in.Stdout, in.Stderr = tr.out, tr.err
			rd = tr
		}
	}
	if rd == nil {
		rd = &plainReader{r: bufio.NewReader(os.Stdin), prompt: os.Stderr}
	}
	if showBanner {
		io.WriteString(in.Stderr, banner())
	}
	return newREPL(machine, rd).run()
}
