package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const (
	clean = "MEXICO CITY, Aug. 13, 2025 — Mexico sent 26 alleged cartel members to the United States on Tuesday.\n"
	wrong = "MEXICO CITY, Aug. 13, 2025 — Mexico sent 25 alleged cartel members to the United States on Tuesday.\n"
)

// write puts a file in a fresh directory and returns its path.
func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runCLI(stdin string, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	badSet := write(t, "bad.json", "{\n  \"version\": 1,\n  \"id\": \"x\",\n  \"claims\": [\n    {\"id\": \"a\", \"kind\": \"tally\"}\n  ]\n}\n")
	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantCode   int
		wantStderr string // a part of standard error
	}{
		{"clean draft", clean, nil, 0, "<stdin>: 0 errors"},
		{"error finding", wrong, nil, 1, "<stdin>: 1 error"},
		{"check word", wrong, []string{"check", "-"}, 1, "1 error"},
		{"unknown flag", clean, []string{"-nope"}, 2, "flag provided but not defined: -nope"},
		{"bad format", clean, []string{"-format", "xml"}, 2, `-format must be text or json, not "xml"`},
		{"bad dateline", clean, []string{"-dateline", "2025-02-30"}, 2, `-dateline must be a date YYYY-MM-DD, not "2025-02-30"`},
		{"unreadable file", "", []string{filepath.Join(t.TempDir(), "missing.txt")}, 2, "cannot read"},
		{"bad claim set", clean, []string{"-claims", badSet}, 2, "bad.json:5:"},
		{"missing claim set", clean, []string{"-claims", filepath.Join(t.TempDir(), "none.json")}, 2, "cannot read claim set"},
		{"invalid UTF-8", "Mexico sent 26 \xff people in August.\n", nil, 2, "<stdin>:1:16: invalid UTF-8 (byte 0xff)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(tt.stdin, tt.args...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("claimcheck %q: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.wantCode, tt.wantStderr)
			}
		})
	}
}

func TestTextFormat(t *testing.T) {
	p := write(t, "draft.txt", wrong)
	code, out, _ := runCLI("", p)
	want := p + ":1:44: error: 26 people were sent from Mexico to the US in the August 2025 transfer"
	if code != 1 || !strings.HasPrefix(out, want) || strings.Count(out, "\n") != 1 {
		t.Errorf("got exit %d and\n%s\nwant exit 1 and one line starting\n%s", code, out, want)
	}
}

// The JSON contract of DESIGN.md: exactly these keys, findings sorted, spans on the input.
func TestJSONShape(t *testing.T) {
	a := write(t, "a.txt", wrong)
	b := write(t, "b.txt", "Martínez said 🇲🇽 the tariff was 25%.\n")
	code, out, _ := runCLI("", "-format", "json", a, b)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("%v in\n%s", err, out)
	}
	if diff := cmp.Diff([]string{"claimSet", "files"}, keys(raw)); diff != "" {
		t.Errorf("top-level keys (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"asOf", "id", "title"}, keys(raw["claimSet"].(map[string]any))); diff != "" {
		t.Errorf("claimSet keys (-want +got):\n%s", diff)
	}
	allowed := map[string]bool{"verdict": true, "severity": true, "kind": true, "start": true, "end": true, "start16": true, "end16": true,
		"line": true, "column": true, "text": true, "expected": true, "suggestion": true, "claim": true, "message": true, "source": true}
	var rep struct {
		Files []struct {
			Path     string `json:"path"`
			Findings []struct {
				Verdict, Severity, Kind, Text, Expected, Suggestion, Claim, Message, Source string
				Start, End, Start16, End16, Line, Column                                    int
			} `json:"findings"`
		} `json:"files"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	inputs := map[string]string{a: wrong, b: "Martínez said 🇲🇽 the tariff was 25%.\n"}
	var paths []string
	for i, f := range rep.Files {
		paths = append(paths, f.Path)
		for k := range raw["files"].([]any)[i].(map[string]any)["findings"].([]any) {
			for key := range raw["files"].([]any)[i].(map[string]any)["findings"].([]any)[k].(map[string]any) {
				if !allowed[key] {
					t.Errorf("unexpected key %q in a finding", key)
				}
			}
		}
		text := inputs[f.Path]
		for j, fd := range f.Findings {
			if text[fd.Start:fd.End] != fd.Text {
				t.Errorf("%s: finding %d: text %q, input has %q", f.Path, j, fd.Text, text[fd.Start:fd.End])
			}
			if j > 0 && fd.Start < f.Findings[j-1].Start {
				t.Errorf("%s: findings not sorted by start", f.Path)
			}
			if fd.Verdict == "" || fd.Severity == "" || fd.Kind == "" || fd.Message == "" || fd.Line < 1 || fd.Column < 1 {
				t.Errorf("%s: finding %d incomplete: %+v", f.Path, j, fd)
			}
		}
	}
	if diff := cmp.Diff([]string{a, b}, paths); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
	// The emoji and the accent make UTF-16 offsets differ from byte offsets in b.
	last := rep.Files[1].Findings[len(rep.Files[1].Findings)-1]
	type span struct {
		Text                       string
		Start, End, Start16, End16 int
	}
	if diff := cmp.Diff(span{"25%", 39, 42, 34, 37}, span{last.Text, last.Start, last.End, last.Start16, last.End16}); diff != "" {
		t.Errorf("last finding of b (-want +got):\n%s", diff)
	}
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// -dateline decides what "on Tuesday" means.
func TestDateline(t *testing.T) {
	draft := "Mexico sent 26 alleged cartel members to the United States on Tuesday.\n"
	for _, tt := range []struct {
		dateline string
		want     int
	}{{"2025-08-14", 0}, {"2025-08-21", 1}} {
		code, out, _ := runCLI(draft, "-dateline", tt.dateline)
		if code != tt.want {
			t.Errorf("-dateline %s: exit %d, want %d\n%s", tt.dateline, code, tt.want, out)
		}
	}
}

// A claim set from a file replaces the built-in one.
func TestCustomClaimSet(t *testing.T) {
	set := filepath.Join("..", "..", "claims", "testdata", "eval", "council", "claimset.json")
	code, out, _ := runCLI("The Riverton City Council voted on Tuesday to raise the property tax by 4.5 percent.\n", "-claims", set, "-format", "json")
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if code != 1 || rep.ClaimSet.ID != "council-budget-2026" {
		t.Fatalf("exit %d, claim set %q; want 1 and council-budget-2026\n%s", code, rep.ClaimSet.ID, out)
	}
}

// The built binary behaves as run does, end to end.
func TestBinary(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "claimcheck")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-format", "json")
	cmd.Stdin = strings.NewReader(wrong)
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v, want status 1", err)
	}
	var rep jsonReport
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Files) != 1 || rep.Files[0].Path != "<stdin>" {
		t.Fatalf("files: %+v", rep.Files)
	}
}
