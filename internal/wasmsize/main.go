// Command wasmsize tells what the bytes of a Go WebAssembly build are: its sections, the code of
// each package or function (from the name section, so build without -ldflags=-s), and what the
// data section holds (type data and strings, the parts of the pclntab, noptrdata, data). Every
// figure is given raw and gzipped (gzip -9, each part compressed alone, so the parts add up to
// more than the whole file gzipped).
//
//	GOOS=js GOARCH=wasm go build -trimpath -o app.wasm ./wasm
//	go run ./internal/wasmsize [-n 40] [-funcs PREFIX] app.wasm
//
// With -funcs, functions whose names start with PREFIX are listed one by one (names as the
// linker writes them: github.com_claimcheck_claimcheck_claims.__matcher_.quantity); the others
// are summed by package.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	n := flag.Int("n", 40, "how many packages or functions to list")
	funcs := flag.String("funcs", "", "list functions with this prefix one by one")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-n N] [-funcs PREFIX] file.wasm")
		os.Exit(2)
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err == nil {
		err = report(b, *n, *funcs)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

func gz(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

// reader reads LEB128 numbers and bytes from a section.
type reader struct {
	b []byte
	i int
}

func (r *reader) uleb() int {
	var v uint64
	for s := uint(0); ; s += 7 {
		c := r.b[r.i]
		r.i++
		v |= uint64(c&0x7f) << s
		if c&0x80 == 0 {
			return int(v)
		}
	}
}

func (r *reader) bytes(n int) []byte {
	r.i += n
	return r.b[r.i-n : r.i]
}

var sectionNames = map[byte]string{0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
	6: "global", 7: "export", 9: "element", 10: "code", 11: "data"}

func report(b []byte, top int, prefix string) (err error) {
	defer func() {
		if recover() != nil {
			err = errors.New("not a WebAssembly file this tool can read")
		}
	}()
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return errors.New("not a WebAssembly file")
	}
	var code, data []byte
	imports := 0
	names := map[int]string{}
	r := &reader{b: b, i: 8}
	fmt.Printf("%-12s %10s %10s\n", "section", "raw", "gz")
	for r.i < len(b) {
		id := r.b[r.i]
		r.i++
		sec := r.bytes(r.uleb())
		name := sectionNames[id]
		s := &reader{b: sec}
		switch id {
		case 0:
			name = string(s.bytes(s.uleb()))
			if name == "name" {
				readNames(s, names)
			}
		case 2:
			imports = countFuncImports(s)
		case 10:
			code = sec
		case 11:
			data = sec
		}
		fmt.Printf("%-12s %10d %10d\n", name, len(sec), gz(sec))
	}
	fmt.Printf("%-12s %10d %10d\n\n", "file", len(b), gz(b))
	if len(names) == 0 {
		fmt.Println("no name section: build without -ldflags=-s for code by package")
	} else {
		codeByName(code, names, imports, top, prefix)
	}
	return dataParts(data)
}

func readNames(s *reader, names map[int]string) {
	for s.i < len(s.b) {
		sub := s.b[s.i]
		s.i++
		body := s.bytes(s.uleb())
		if sub != 1 { // function names
			continue
		}
		f := &reader{b: body}
		for n := f.uleb(); n > 0; n-- {
			idx := f.uleb()
			names[idx] = string(f.bytes(f.uleb()))
		}
	}
}

func countFuncImports(s *reader) int {
	n := 0
	for k := s.uleb(); k > 0; k-- {
		s.bytes(s.uleb()) // module
		s.bytes(s.uleb()) // field
		kind := s.b[s.i]
		s.i++
		switch kind {
		case 0: // function
			s.uleb()
			n++
		case 1: // table
			s.i++
			if f := s.b[s.i]; f&1 != 0 {
				s.i++
				s.uleb()
				s.uleb()
			} else {
				s.i++
				s.uleb()
			}
		case 2: // memory
			f := s.b[s.i]
			s.i++
			s.uleb()
			if f&1 != 0 {
				s.uleb()
			}
		case 3: // global
			s.i += 2
		}
	}
	return n
}

// codeByName sums function bodies by package, or lists those whose name starts with prefix.
func codeByName(code []byte, names map[int]string, imports, top int, prefix string) {
	type part struct {
		name string
		code []byte
	}
	parts := map[string]*part{}
	r := &reader{b: code}
	for k, n := 0, r.uleb(); k < n; k++ {
		body := r.bytes(r.uleb())
		name := names[imports+k]
		key := name
		if prefix == "" || !strings.HasPrefix(name, prefix) {
			key = pkgOf(name)
		}
		p := parts[key]
		if p == nil {
			p = &part{name: key}
			parts[key] = p
		}
		p.code = append(p.code, body...)
	}
	list := make([]*part, 0, len(parts))
	for _, p := range parts {
		list = append(list, p)
	}
	sort.Slice(list, func(i, j int) bool { return len(list[i].code) > len(list[j].code) })
	fmt.Printf("%10s %10s  code by package or function\n", "raw", "gz")
	for _, p := range list[:min(top, len(list))] {
		fmt.Printf("%10d %10d  %s\n", len(p.code), gz(p.code), p.name)
	}
	fmt.Println()
}

// pkgOf returns the package of a function name as the linker writes it, with the slashes of
// the import path made underscores: github.com_claimcheck_claimcheck_claims.__matcher_.quantity
// is in github.com_claimcheck_claimcheck_claims, runtime.mallocgc in runtime.
func pkgOf(name string) string {
	i := strings.Index(name, ".")
	if i < 0 {
		return name
	}
	for _, tld := range []string{"com_", "org_", "net_", "io_", "in_", "dev_"} {
		if strings.HasPrefix(name[i+1:], tld) { // the dot of a domain name
			if j := strings.Index(name[i+1:], "."); j >= 0 {
				return name[:i+1+j]
			}
			return name
		}
	}
	return name[:i]
}

// dataParts rebuilds linear memory from the data segments, finds the runtime's moduledata
// through the pclntab header, and reports the regions it delimits.
func dataParts(sec []byte) error {
	r := &reader{b: sec}
	var mem []byte
	for n := r.uleb(); n > 0; n-- {
		r.uleb() // flags: an active segment of memory 0
		if r.b[r.i] != 0x41 {
			return errors.New("data segment offset is not an i32.const")
		}
		r.i++
		off := 0
		for s := uint(0); ; s += 7 { // signed LEB128; Go's offsets are positive
			c := r.b[r.i]
			r.i++
			off |= int(c&0x7f) << s
			if c&0x80 == 0 {
				break
			}
		}
		r.i++ // end
		seg := r.bytes(r.uleb())
		if end := off + len(seg); end > len(mem) {
			mem = append(mem, make([]byte, end-len(mem))...)
		}
		copy(mem[off:], seg)
	}
	ph := bytes.Index(mem, []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}) // pcHeader: magic, minLC 1, ptrSize 8
	if ph < 0 {
		return errors.New("no pclntab header in the data")
	}
	var want [8]byte
	binary.LittleEndian.PutUint64(want[:], uint64(ph))
	md := -1
	for o := 0; o+8 <= len(mem); o += 8 {
		if bytes.Equal(mem[o:o+8], want[:]) {
			md = o // moduledata starts with its pointer to the pcHeader
			break
		}
	}
	if md < 0 {
		return errors.New("no moduledata in the data")
	}
	word := func(k int) int { return int(binary.LittleEndian.Uint64(mem[md+8*k:])) }
	// Fields of runtime.moduledata, in words: pcHeader 0; funcnametab 1-3; cutab 4-6; filetab
	// 7-9; pctab 10-12; pclntable 13-15; ftab 16-18; findfunctab 19; minpc, maxpc 20-21; text,
	// etext 22-23; noptrdata, enoptrdata 24-25; data, edata 26-27; bss… 28-31; covctrs 32-33;
	// end, gcdata, gcbss 34-36; types, etypes 37-38; rodata 39; gofunc 40; epclntab 41.
	regions := []struct {
		name  string
		start int
	}{
		{"rodata: types, strings, other read-only data", word(39)},
		{"pclntab header", ph},
		{"pclntab: function names", word(1)},
		{"pclntab: compilation units", word(4)},
		{"pclntab: file names", word(7)},
		{"pclntab: pc tables (sp, file, line, inlining)", word(10)},
		{"pclntab: function table", word(13)},
		{"funcdata (go:func.*: stack maps, inline trees)", word(40)},
		{"after epclntab", word(41)},
		{"noptrdata", word(24)},
		{"data", word(26)},
		{"end of data", word(27)},
	}
	sort.SliceStable(regions, func(i, j int) bool { return regions[i].start < regions[j].start })
	fmt.Printf("%10s %10s  data section by region (in memory, gaps of zeros included)\n", "raw", "gz")
	for i := 0; i+1 < len(regions); i++ {
		lo, hi := regions[i].start, min(regions[i+1].start, len(mem))
		if lo >= hi {
			continue
		}
		fmt.Printf("%10d %10d  %s\n", hi-lo, gz(mem[lo:hi]), regions[i].name)
	}
	return nil
}
