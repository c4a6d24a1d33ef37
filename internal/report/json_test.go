package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// encodingJSON is what the command line wrote before AppendIndent: an Encoder with indentation
// and no HTML escaping.
func encodingJSON(t *testing.T, r *Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// AppendIndent writes what encoding/json writes, byte for byte, for reports of every shape:
// no file, a file with no finding, findings with every optional field or none, errors, and
// strings that need escaping (quotes, controls, HTML, U+2028, invalid UTF-8, emoji).
func TestAppendIndent(t *testing.T) {
	set := claims.Default()
	paths, _ := filepath.Glob("../../claims/testdata/eval/*/drafts/*.txt")
	if len(paths) == 0 {
		t.Fatal("no drafts")
	}
	var files []File
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := CheckShared(set, p, string(data), claims.Options{})
		files = append(files, f)
	}
	odd := "Mexico sent \"25\" <b>&</b> \\ cartel\tmembers\x01\x1f\u2028\u2029 in Aug\xff. 🇲🇽 Martínez 26.\r\n"
	f, _ := CheckShared(set, "odd \"name\"\n.txt", odd, claims.Options{})
	f.Findings = append(f.Findings, claims.Finding{Text: odd, Message: odd, Expected: "\b\f", Source: "<>&"})
	files = append(files, f, File{Findings: []claims.Finding{}}, File{Path: "e", Findings: []claims.Finding{}, Errors: []string{"a", odd}})
	reports := []Report{
		{ClaimSet: Of(set), Files: files},
		{ClaimSet: Of(set), Files: []File{}},
		{ClaimSet: ClaimSet{ID: odd}},
		{ClaimSet: Of(set), Files: []File{{Path: "nil"}}},
	}
	for i := range reports {
		want := encodingJSON(t, &reports[i])
		got := AppendIndent(nil, &reports[i])
		if !bytes.Equal(want, got) {
			n := 0
			for n < len(want) && n < len(got) && want[n] == got[n] {
				n++
			}
			t.Errorf("report %d: differs at byte %d:\nwant …%q…\n got …%q…", i, n, want[max(0, n-80):min(len(want), n+80)], got[max(0, n-80):min(len(got), n+80)])
		}
	}
	if !strings.Contains(string(AppendIndent(nil, &reports[0])), `\u2028`) {
		t.Error("the odd strings were not written")
	}
}

// AppendString escapes any bytes as encoding/json does.
func TestAppendStringAnyBytes(t *testing.T) {
	alphabet := []string{"a", "\"", "\\", "<", "&", "\x00", "\x1f", "\x7f", "\xff", "\xc3", "\xc3\xa9", "\xe2\x80\xa8", "\xe2\x80", "\xf0\x9f\x87\xb2", "\n", "\t"}
	seed := uint32(1)
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		for k := 0; k < n%9; k++ {
			seed = seed*1664525 + 1013904223
			sb.WriteString(alphabet[seed>>16%uint32(len(alphabet))])
		}
		s := sb.String()
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
		if got := AppendString(nil, s); !bytes.Equal(want, got) {
			t.Fatalf("AppendString(%q) = %s, want %s", s, got, want)
		}
	}
}

// WriteIndent writes what AppendIndent appends, in pieces.
func TestWriteIndent(t *testing.T) {
	set := claims.Default()
	text := strings.Repeat("Mexico sent 25 alleged cartel members to the United States on Tuesday, Aug. 12, 2025.\n\n", 3000)
	f, _ := CheckShared(set, "big", text, claims.Options{})
	r := Report{ClaimSet: Of(set), Files: []File{f, f}}
	var buf bytes.Buffer
	if err := WriteIndent(&buf, &r); err != nil {
		t.Fatal(err)
	}
	if want := encodingJSON(t, &r); !bytes.Equal(want, buf.Bytes()) {
		t.Errorf("WriteIndent differs from encoding/json (%d bytes, want %d)", buf.Len(), len(want))
	}
}

// plain8 agrees with the plain reading of each byte, for every byte at every place.
func TestPlain8(t *testing.T) {
	plain := func(c byte) bool { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\' }
	for _, fill := range []byte{'a', ' ', '~', '!', '#', '[', ']'} {
		for pos := range 8 {
			for c := range 256 {
				s := []byte(strings.Repeat(string(fill), 8))
				s[pos] = byte(c)
				if got, want := plain8(string(s)), plain(byte(c)); got != want {
					t.Errorf("plain8(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}
