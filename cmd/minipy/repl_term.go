package main

// The REPL's terminal side: line editing and history through
// github.com/chzyer/readline, and the writer that lets other threads print
// while a prompt is showing.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/chzyer/readline"
	"github.com/chzyer/readline/runes"
)

// historySep stands for a line break inside a history entry: a multi-line
// block is kept, shown and recalled as one entry, one line long, and is split
// again when accepted.
const historySep = '↵'

// historyFile is ~/.minipy_history ("" when there is no home directory).
func historyFile() string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	return filepath.Join(home, ".minipy_history")
}

// ttyReader reads lines with readline on a terminal.
type ttyReader struct {
	rl       *readline.Instance
	out, err *promptWriter
}

// newTTYReader starts readline on the process's terminal. complete is the
// tab completer (it runs on readline's goroutine).
func newTTYReader(complete readline.AutoCompleter) (*ttyReader, error) {
	cfg := &readline.Config{
		HistoryFile:            historyFile(),
		HistoryLimit:           1000,
		DisableAutoSaveHistory: true,
		AutoComplete:           complete,
		InterruptPrompt:        "\n", // Ctrl-C: end the line; the REPL prints KeyboardInterrupt
		EOFPrompt:              "\n",
		Stdout:                 os.Stdout,
		Stderr:                 os.Stderr,
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, err
	}
	t := &ttyReader{rl: rl}
	t.out = &promptWriter{direct: os.Stdout, viaRL: rl.Stdout()}
	t.err = &promptWriter{direct: os.Stderr, viaRL: rl.Stderr()}
	return t, nil
}

// ReadLine implements lineReader.
func (t *ttyReader) ReadLine(prompt, more string) (string, error) {
	t.rl.SetPrompt(prompt)
	t.out.setActive(true)
	t.err.setActive(true)
	line, err := t.rl.Readline()
	t.err.setActive(false)
	t.out.setActive(false)
	switch {
	case err == readline.ErrInterrupt:
		return "", errInterrupt
	case err != nil:
		return "", err
	}
	if strings.ContainsRune(line, historySep) {
		lines := strings.Split(line, string(historySep))
		t.redraw(prompt, more, line, lines)
		line = strings.Join(lines, "\n")
	}
	return line, nil
}

// redraw replaces a recalled block, which readline showed on one line, by its
// lines each after its prompt, so the screen reads as if it had been typed.
func (t *ttyReader) redraw(prompt, more, shown string, lines []string) {
	cols := readline.GetScreenWidth()
	if cols <= 0 {
		return
	}
	w := runes.WidthAll([]rune(prompt + shown))
	rows := (w + cols - 1) / cols
	if rows < 1 {
		rows = 1
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\x1b[%dA\r\x1b[J", rows)
	for i, l := range lines {
		if i == 0 {
			b.WriteString(prompt)
		} else {
			b.WriteString(more)
		}
		b.WriteString(l)
		b.WriteString("\n")
	}
	os.Stdout.WriteString(b.String())
}

// AddHistory implements lineReader.
func (t *ttyReader) AddHistory(entry string) {
	t.rl.SaveHistory(strings.ReplaceAll(entry, "\n", string(historySep)))
}

// Close restores the terminal and closes the history file.
func (t *ttyReader) Close() { t.rl.Close() }

// promptWriter is where sys.stdout or sys.stderr write in a terminal session.
// While a prompt is showing, complete lines go through readline, which clears
// the line being edited, prints them and draws the prompt and the line again;
// a partial line is held until its end arrives or the prompt closes, so the
// redraw cannot overwrite it. Writes come from any thread, without the GIL.
type promptWriter struct {
	mu      sync.Mutex
	direct  io.Writer // the terminal
	viaRL   io.Writer // readline's writer for the same stream
	active  bool
	partial []byte
}

func (w *promptWriter) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.active {
		return w.direct.Write(b)
	}
	w.partial = append(w.partial, b...)
	if i := bytes.LastIndexByte(w.partial, '\n'); i >= 0 {
		_, err := w.viaRL.Write(w.partial[:i+1])
		w.partial = append(w.partial[:0], w.partial[i+1:]...)
		if err != nil {
			return 0, err
		}
	}
	return len(b), nil
}

// setActive tells the writer whether a prompt is showing.
func (w *promptWriter) setActive(on bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.active = on
	if !on && len(w.partial) > 0 {
		w.direct.Write(w.partial)
		w.partial = w.partial[:0]
	}
}

// plainReader reads lines from a stream that is not a terminal (minipy -i
// with a pipe): prompts go to stderr and nothing is echoed, as in CPython.
type plainReader struct {
	r      *bufio.Reader
	prompt io.Writer
}

func (p *plainReader) ReadLine(prompt, _ string) (string, error) {
	io.WriteString(p.prompt, prompt)
	line, err := p.r.ReadString('\n')
	if err == io.EOF && line != "" {
		err = nil
	}
	if err == io.EOF {
		io.WriteString(p.prompt, "\n")
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), err
}

func (p *plainReader) AddHistory(string) {}
