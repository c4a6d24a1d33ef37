package bundle

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// whatwg1252 is HTML's windows-1252 decoder for the bytes 0x80–0x9F (the WHATWG Encoding
// Standard's index-windows-1252); every other byte is the code point of the same value.
var whatwg1252 = [32]rune{
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
}

// browserText is what a browser's textContent gives for bytes written as the text of a
// <script> element in a page read as windows-1252: decoded byte by byte, then the HTML
// parser's changes (CR LF and CR become LF; NUL becomes U+FFFD in a script's text).
func browserText(t *testing.T, b []byte) []rune {
	t.Helper()
	if i := bytes.Index(bytes.ToLower(b), []byte("</script")); i >= 0 {
		t.Fatalf("the data holds </script at %d", i)
	}
	if i := bytes.Index(b, []byte("<!--")); i >= 0 {
		t.Fatalf("the data holds <!-- at %d", i)
	}
	var out []rune
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '\r':
			out = append(out, '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		case c == 0:
			out = append(out, 0xFFFD)
		case c >= 0x80 && c < 0xA0:
			out = append(out, whatwg1252[c-0x80])
		default:
			out = append(out, rune(c))
		}
	}
	return out
}

// unescape1252 is web/engine.js's decoder, in Go.
func unescape1252(t *testing.T, text []rune) []byte {
	t.Helper()
	byteOf := map[rune]byte{}
	for c := 0; c < 256; c++ {
		if c < 0x80 || c >= 0xA0 {
			byteOf[rune(c)] = byte(c)
		}
	}
	for i, r := range whatwg1252 {
		byteOf[r] = byte(0x80 + i)
	}
	if len(byteOf) != 256 {
		t.Fatalf("the windows-1252 table maps %d characters, want 256 (a bijection)", len(byteOf))
	}
	var out []byte
	for i := 0; i < len(text); i++ {
		b, ok := byteOf[text[i]]
		if !ok {
			t.Fatalf("character %U at %d is no byte", text[i], i)
		}
		if b == escape1252 {
			i++
			b = byte(text[i]) ^ 0x40
		}
		out = append(out, b)
	}
	return out
}

func testInputs() map[string][]byte {
	all := make([]byte, 0, 1024)
	for i := range 1024 {
		all = append(all, byte(i))
	}
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 1<<16)
	for i := range random {
		random[i] = byte(r.Uint32())
	}
	return map[string][]byte{
		"empty":       nil,
		"every byte":  all,
		"specials":    []byte("\r\n\r\x00<</script><!--&amp;==\r"),
		"random":      random,
		"gzip":        Gzip(random),
		"one byte":    {0xff},
		"seven bytes": {1, 2, 3, 4, 5, 6, 7},
	}
}

// Escape1252's output, read by a browser as windows-1252 and decoded as web/engine.js does,
// gives the bytes back, and holds nothing that could end its element.
func TestEscape1252(t *testing.T) {
	for name, in := range testInputs() {
		t.Run(name, func(t *testing.T) {
			enc := Escape1252(in)
			if bytes.ContainsAny(enc, "\x00\r<") {
				t.Fatalf("Escape1252 left a NUL, CR or <")
			}
			got := unescape1252(t, browserText(t, enc))
			if !bytes.Equal(got, in) {
				t.Errorf("round trip of %d bytes gives %d bytes, different", len(in), len(got))
			}
		})
	}
	// Escaped bytes cost two: some 1.6% of random data.
	in := testInputs()["random"]
	if grow := float64(len(Escape1252(in)))/float64(len(in)) - 1; grow > 0.02 {
		t.Errorf("Escape1252 grows random data by %.1f%%; want about 1.6%%", 100*grow)
	}
}

// unpack123 is web/engine.js's decoder, in Go, with its checks.
func unpack123(text []byte) ([]byte, error) {
	var digit [128]int
	for c := range digit {
		digit[c] = -1
	}
	for d, c := range pack123Digits {
		digit[c] = d
	}
	if len(text)%7 == 1 {
		return nil, errors.New("a block of one digit")
	}
	var out []byte
	for i := 0; i < len(text); {
		k := min(7, len(text)-i)
		v := 0.0 // JavaScript's numbers: exact below 2⁵³
		for range k {
			c := text[i]
			if c >= 0x80 || digit[c] < 0 {
				return nil, fmt.Errorf("character %d at %d", c, i)
			}
			v = v*123 + float64(digit[c])
			i++
		}
		block := make([]byte, k-1)
		for b := k - 2; b >= 0; b-- {
			block[b] = byte(math.Mod(v, 256))
			v = math.Floor(v / 256)
		}
		if v != 0 {
			return nil, fmt.Errorf("block at %d out of range", i-k)
		}
		out = append(out, block...)
	}
	return out, nil
}

func TestPack123(t *testing.T) {
	if len(pack123Digits) != 123 {
		t.Fatalf("%d digits", len(pack123Digits))
	}
	inputs := testInputs()
	for n := range 14 { // every length of a last block, twice
		inputs[fmt.Sprintf("%d bytes of 0xff", n)] = bytes.Repeat([]byte{0xff}, n)
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			text := Pack123(in)
			// A string literal's body as it is: no character it cannot hold, none that starts
			// an escape, nothing but ASCII.
			if i := bytes.IndexFunc(text, func(r rune) bool { return r == 0 || r == '\n' || r == '\r' || r == '"' || r == '\\' || r >= 0x80 }); i >= 0 {
				t.Fatalf("character %q at %d", text[i], i)
			}
			got, err := unpack123(text)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, in) {
				t.Errorf("round trip of %d bytes gives %d bytes, different", len(in), len(got))
			}
		})
	}
	in := inputs["random"]
	if r := float64(len(Pack123(in))) / float64(len(in)); r > 7.0/6+0.001 {
		t.Errorf("Pack123 writes %.4f bytes a byte of random data; want 7/6 (base64: 1.333)", r)
	}
	// A damaged string is refused, not decoded into other bytes.
	for _, bad := range []string{"\"abcdef", "abcdef\n", "abc\\de", "abcdef\x00", "abcde\u00e9", "a", "\x7f\x7f\x7f\x7f\x7f\x7f\x7f"} {
		if _, err := unpack123([]byte(bad)); err == nil {
			t.Errorf("%q decoded", bad)
		}
	}
}

func TestASCII(t *testing.T) {
	const src = "a “b” é 😀 —"
	tests := []struct {
		name string
		f    func(string, []byte) ([]byte, error)
		want string
	}{
		{"js", asciiJS, `a \u201cb\u201d \u00e9 \ud83d\ude00 \u2014`},
		{"css", asciiCSS, `a \201c b\201d  \e9  \1f600  \2014 `},
		{"html", asciiHTML, `a &#x201c;b&#x201d; &#xe9; &#x1f600; &#x2014;`},
	}
	for _, tt := range tests {
		got, err := tt.f("x", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, string(got)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	if _, err := asciiJS("x.js", []byte("a\xffb")); err == nil || !strings.Contains(err.Error(), "x.js: invalid UTF-8 at byte 1") {
		t.Errorf("asciiJS of invalid UTF-8: %v", err)
	}
}

// The artifacts of the stand-in site: the single file is ASCII but for the engine, which reads
// back; the widget is ASCII and carries the engine; the lite widget names the served engine.
func TestArtifacts(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a WebAssembly program")
	}
	s, err := Assemble(Config{Root: "testdata/site"})
	if err != nil {
		t.Fatal(err)
	}
	single, err := s.SingleFile()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)<script type="application/octet-stream" id="claimcheck-engine-data" data-encoding="windows-1252">(.*?)</script><script>`).FindSubmatchIndex(single)
	if m == nil {
		t.Fatalf("claimcheck.html has no engine data element before its script:\n%.3000s", single)
	}
	if i := firstNonASCII(single[:m[2]]); i >= 0 {
		t.Errorf("claimcheck.html: non-ASCII byte at %d, before the engine: %q", i, single[max(0, i-40):i+10])
	}
	if i := firstNonASCII(single[m[3]:]); i >= 0 {
		t.Errorf("claimcheck.html: non-ASCII byte after the engine: %q", single[m[3]+max(0, i-40):m[3]+i+10])
	}
	zr, err := gzip.NewReader(bytes.NewReader(unescape1252(t, browserText(t, single[m[2]:m[3]]))))
	if err != nil {
		t.Fatal(err)
	}
	engine, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(engine, s.Engine) {
		t.Errorf("the engine read back from claimcheck.html differs (%v)", err)
	}
	page := string(single)
	for _, want := range []string{`<meta charset=windows-1252>`, `<link rel=icon href=data:image/svg+xml;base64,`,
		`&#xb7;`, "<style>#draft{", "standInReady"} {
		if !strings.Contains(page, want) {
			t.Errorf("claimcheck.html has no %q", want)
		}
	}
	for _, gone := range []string{"web/", "claimcheck.wasm", "charset=utf-8", "<claimcheck-slot", "<script defer"} {
		if strings.Contains(page, gone) {
			t.Errorf("claimcheck.html still has %q", gone)
		}
	}

	widget, err := s.Widget()
	if err != nil {
		t.Fatal(err)
	}
	if i := firstNonASCII(widget); i >= 0 {
		t.Errorf("claimcheck-widget.js: non-ASCII byte at %d", i)
	}
	w := string(widget)
	if !strings.Contains(w, `\u201c\u00e9\u201d`) || strings.Contains(w, "__CLAIMCHECK_") {
		t.Errorf("claimcheck-widget.js: escapes or placeholders wrong:\n%.2000s", w)
	}
	packed := Pack123(Gzip(s.Engine))
	if !strings.Contains(w, `const `) || !strings.Contains(w, `="`+string(packed)+`"`) {
		t.Errorf("claimcheck-widget.js does not hold the engine packed by Pack123")
	}

	lite, err := s.WidgetLite("assets/claimcheck.0123456789.wasm")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(lite), `"assets/claimcheck.0123456789.wasm"`) || len(lite) > 20000 {
		t.Errorf("claimcheck-widget-lite.js (%d bytes) does not name its engine:\n%s", len(lite), lite)
	}
}
