package lexer

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkTokenize tokenizes the parser's test programs (tutorial-style
// code) ten times over.
func BenchmarkTokenize(b *testing.B) {
	files, _ := filepath.Glob("../parser/testdata/*/*.py")
	var buf bytes.Buffer
	for i := 0; i < 10; i++ {
		for _, name := range files {
			src, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			buf.Write(src)
			buf.WriteByte('\n')
		}
	}
	src := buf.Bytes()
	lines := bytes.Count(src, []byte("\n"))
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if f := Tokenize("bench.py", src); f.Err != nil {
			b.Fatal(f.Err)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
