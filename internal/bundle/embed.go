package bundle

// The single file and the widget carry the engine inside them, compressed with gzip (which the
// browser inflates with DecompressionStream, and whose CRC-32 catches any damage). How the
// compressed bytes are written is what decides whether the files fit their budget of 1 MB:
//
//   - claimcheck.html declares <meta charset="windows-1252">, a single-byte encoding that maps
//     every byte to one character and back (HTML's windows-1252 decoder maps 0x80–0x9F to
//     specific code points and the five bytes it leaves undefined to U+0081, U+008D, U+008F,
//     U+0090 and U+009D). So the gzip bytes go almost raw into a
//     <script type="application/octet-stream"> element: only the bytes that the HTML parser would
//     change or that could end the element are escaped (see Escape1252), some 1.6% of them. The
//     rest of the page is pure ASCII (character references in HTML, \u escapes in the script,
//     CSS escapes in the style), so it reads the same in windows-1252 as it was written.
//   - claimcheck-widget.js is fetched by pages of any encoding (a classic script is decoded with
//     its page's encoding unless its server says otherwise), so it is pure ASCII, and the engine
//     is a JavaScript string of ASCII characters, each a digit of base 123, seven of them for six
//     bytes of the gzip stream (see Pack123): 7/6 of the compressed size, against 4/3 for base64.
//
// web/engine.js holds the matching decoders (inflateEmbedded).

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"unicode/utf8"
)

// Gzip compresses data as small as gzip can be: with zopfli (Debian's package, which make
// site-deps installs) when it is on the PATH, some 5% smaller than compress/gzip's best, which
// is what lets the widget fit its megabyte; else with compress/gzip, saying so on standard
// error. Either way the header is empty (no name, no time), so the same input gives the same
// bytes. Results are kept, as the single file and the widget compress the same engine.
func Gzip(data []byte) []byte {
	key := sha256.Sum256(data)
	gzipMu.Lock()
	defer gzipMu.Unlock()
	if z, ok := gzipped[key]; ok {
		return z
	}
	z, err := zopfli(data)
	if err != nil {
		fmt.Fprintf(os.Stderr, "bundle: %v; compressing the engine with compress/gzip instead, some 5%% larger (make site-deps installs zopfli)\n", err)
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		w.Write(data)
		w.Close()
		z = b.Bytes()
	}
	gzipped[key] = z
	return z
}

var (
	gzipMu  sync.Mutex
	gzipped = map[[sha256.Size]byte][]byte{}
)

// zopfli compresses data with the zopfli command (5 iterations: within 0.1% of 15, in a
// third of the time) into gzip's format.
func zopfli(data []byte) ([]byte, error) {
	bin, err := exec.LookPath("zopfli")
	if err != nil {
		return nil, errors.New("zopfli is not installed")
	}
	dir, err := os.MkdirTemp("", "claimcheck-zopfli-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "engine.wasm")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		return nil, err
	}
	var stderr bytes.Buffer
	cmd := exec.Command(bin, "--gzip", "--i5", "-c", in)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("zopfli: %v: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	// zopfli writes the name-less, time-less header gzip -n would; check, so a future version
	// that did not could not make the build vary.
	if len(out) < 10 || out[0] != 0x1f || out[1] != 0x8b || out[3] != 0 || !bytes.Equal(out[4:8], []byte{0, 0, 0, 0}) {
		return nil, errors.New("zopfli wrote an unexpected gzip header")
	}
	return out, nil
}

// escape1252 is the byte that starts an escape in Escape1252's output; the byte after it is the
// escaped byte XOR 0x40.
const escape1252 = '='

// Escape1252 writes data so that it survives as the text of a <script> element in a page read
// as windows-1252: the bytes the HTML parser would change (0x00 becomes U+FFFD, 0x0D and CR LF
// become LF) or that could end the element or start an escaped state ('<'), and the escape byte
// itself ('='), are written as '=' followed by the byte XOR 0x40 ('@', 'M', '|' and '}'). Every
// other byte is written as it is. '&' needs no escape: character references are not decoded in
// a script's text.
func Escape1252(data []byte) []byte {
	out := make([]byte, 0, len(data)+len(data)/50)
	for _, c := range data {
		switch c {
		case 0x00, '\r', '<', escape1252:
			out = append(out, escape1252, c^0x40)
		default:
			out = append(out, c)
		}
	}
	return out
}

// Pack123 writes data as the body of a JavaScript string literal (between double quotes) in base
// 123: each 6 bytes, read as a 48-bit number most significant byte first, become 7 digits,
// most significant first (123⁷ > 2⁴⁸), and a last block of k < 6 bytes becomes k+1 digits. The
// digits are the ASCII characters a string literal holds as they are: all of 0x01–0x7F but LF,
// CR, '"' and '\\' (pack123Digits), so nothing is escaped. That is 7/6 ≈ 1.167 characters a
// byte, against 8/7 plus 4% of escapes (1.19) for 7 bits a character and 4/3 for base64; a
// decoder reads ⌊n/7⌋·6 bytes from n characters, and r − 1 more when n mod 7 = r > 0 (r is
// never 1).
func Pack123(data []byte) []byte {
	out := make([]byte, 0, (len(data)+5)/6*7)
	var digits [7]byte
	for len(data) > 0 {
		k := min(len(data), 6)
		v := uint64(0)
		for _, c := range data[:k] {
			v = v<<8 | uint64(c)
		}
		data = data[k:]
		for i := k; i >= 0; i-- {
			digits[i] = pack123Digits[v%123]
			v /= 123
		}
		out = append(out, digits[:k+1]...)
	}
	return out
}

// pack123Digits are the digits of Pack123, 0 to 122.
var pack123Digits = func() []byte {
	var d []byte
	for c := byte(1); c < 0x80; c++ {
		if c != '\n' && c != '\r' && c != '"' && c != '\\' {
			d = append(d, c)
		}
	}
	return d
}()

// asciiJS escapes every non-ASCII character of a minified script as \uXXXX (a surrogate pair
// above U+FFFF), which means the same character in a string, a template, a regular expression
// and an identifier; the minifier has removed the comments. It fails on invalid UTF-8.
func asciiJS(name string, src []byte) ([]byte, error) {
	return asciiWith(name, src, func(b []byte, r rune) []byte {
		if r > 0xffff {
			r1, r2 := utf16Pair(r)
			return fmt.Appendf(b, `\u%04x\u%04x`, r1, r2)
		}
		return fmt.Appendf(b, `\u%04x`, r)
	})
}

// asciiCSS escapes every non-ASCII character of a minified style as a CSS escape (\HEX and a
// space, which ends the escape and is not part of the value), valid in strings and identifiers.
func asciiCSS(name string, src []byte) ([]byte, error) {
	return asciiWith(name, src, func(b []byte, r rune) []byte {
		return append(strconv.AppendInt(append(b, '\\'), int64(r), 16), ' ')
	})
}

// asciiHTML escapes every non-ASCII character of a page with no script or style text as a
// character reference (&#xHEX;), which means the same in text and attribute values.
func asciiHTML(name string, src []byte) ([]byte, error) {
	return asciiWith(name, src, func(b []byte, r rune) []byte {
		return fmt.Appendf(b, "&#x%x;", r)
	})
}

func asciiWith(name string, src []byte, esc func([]byte, rune) []byte) ([]byte, error) {
	out := make([]byte, 0, len(src)+len(src)/20)
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return nil, fmt.Errorf("%s: invalid UTF-8 at byte %d", name, i)
		}
		out = esc(out, r)
		i += n
	}
	return out, nil
}

func utf16Pair(r rune) (r1, r2 rune) {
	r -= 0x10000
	return 0xd800 + (r>>10)&0x3ff, 0xdc00 + r&0x3ff
}

// firstNonASCII is the offset of the first byte of b above 0x7F, or -1.
func firstNonASCII(b []byte) int {
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return i
		}
	}
	return -1
}
