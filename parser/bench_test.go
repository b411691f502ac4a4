package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// benchSource concatenates the listings and benchmark programs (tutorial-
// style code, about 1,100 lines) ten times.
func benchSource(b *testing.B) ([]byte, int) {
	files, _ := filepath.Glob("testdata/*/*.py")
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
	return buf.Bytes(), bytes.Count(buf.Bytes(), []byte("\n"))
}

// BenchmarkParseFile reports the parse speed in lines per second.
func BenchmarkParseFile(b *testing.B) {
	src, lines := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
