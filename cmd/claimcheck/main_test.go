package main

// The command is tested two ways. run(args, stdin, stdout, stderr) is the whole command without
// a process, so most tests call it directly: every exit status, every flag, the text and JSON
// outputs. TestMain also builds the binary once, into a temporary directory, for the few things
// only a real process shows (the exit status the shell sees, standard input from a pipe) and for
// BenchmarkCLI1MB. The drafts below are written for these tests; the facts they get right or
// wrong are those of the built-in claim set (claims/default.json).

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

const (
	// cleanDraft agrees with the built-in claim set on everything it states.
	cleanDraft = "Mexico handed 26 prisoners to U.S. authorities in August, its second such transfer of the year.\n"
	// wrongDraft gives the August count as 24; the fact sheet says 26.
	wrongDraft = "Mexico handed 24 prisoners to U.S. authorities in August, its second such transfer of the year.\n"
	// warnDraft spells a canonical name without its accents: a warning, never an error.
	warnDraft = "Among the prisoners handed over in August was Servando Gomez Martinez.\n"
	// quietDraft holds nothing checkable.
	quietDraft = "The weather in the capital was mild and the markets were calm.\n"
	// undatedDraft has a bare weekday and no dateline: "Tuesday" depends on the reference date.
	undatedDraft = "Mexico sent 26 alleged cartel members to the United States on Tuesday.\n"
)

// councilSet is the second, unrelated claim set of the evaluation corpus.
var councilSet = filepath.Join("..", "..", "claims", "testdata", "eval", "council", "claimset.json")

var (
	binPath  string // the command, built by TestMain
	buildErr error  // why it could not be built
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "claimcheck-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binPath = filepath.Join(dir, "claimcheck")
	if out, err := exec.Command("go", "build", "-buildvcs=false", "-o", binPath, ".").CombinedOutput(); err != nil {
		buildErr = fmt.Errorf("go build: %v\n%s", err, out)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// binary returns the path of the command built by TestMain.
func binary(tb testing.TB) string {
	tb.Helper()
	if buildErr != nil {
		tb.Fatal(buildErr)
	}
	return binPath
}

// result is what one invocation of the command produced.
type result struct {
	code           int
	stdout, stderr string
}

// runCLI calls run in-process with the given standard input.
func runCLI(stdin string, args ...string) result {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// execCLI runs the built binary with the given standard input.
func execCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("claimcheck %q: %v", args, err)
		}
		code = ee.ExitCode()
	}
	return result{code, out.String(), errb.String()}
}

// writeFile writes content to dir/name and returns the path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// The JSON contract of DESIGN.md, mirrored independently of the command's own types. Decoding
// with DisallowUnknownFields makes any key outside it an error.
type contractReport struct {
	ClaimSet contractClaimSet `json:"claimSet"`
	Files    []contractFile   `json:"files"`
}

type contractClaimSet struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	AsOf  string `json:"asOf"`
}

type contractFile struct {
	Path     string            `json:"path"`
	Findings []contractFinding `json:"findings"`
	Errors   []string          `json:"errors,omitempty"` // the command's addition: problems with the input
}

type contractFinding struct {
	Verdict    string `json:"verdict"`
	Severity   string `json:"severity"`
	Kind       string `json:"kind"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Start16    int    `json:"start16"`
	End16      int    `json:"end16"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	Text       string `json:"text"`
	Expected   string `json:"expected,omitempty"`
	Suggestion string `json:"suggestion,omitempty"`
	Claim      string `json:"claim,omitempty"`
	Message    string `json:"message"`
	Source     string `json:"source,omitempty"`
}

// decodeReport decodes -format json output strictly into the contract.
func decodeReport(t *testing.T, out string) contractReport {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var rep contractReport
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("output does not decode into the JSON contract: %v\n%s", err, out)
	}
	if dec.More() {
		t.Fatalf("more than one JSON value in the output:\n%s", out)
	}
	return rep
}

func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	clean := writeFile(t, dir, "clean.txt", cleanDraft)
	wrong := writeFile(t, dir, "wrong.txt", wrongDraft)
	warn := writeFile(t, dir, "warn.txt", warnDraft)
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		name       string
		args       []string
		stdin      string
		want       int
		wantStderr []string // parts of standard error, in any order
	}{
		{"clean file", []string{clean}, "", 0, []string{clean + ": 0 errors, 0 warnings"}},
		{"clean stdin", nil, cleanDraft, 0, []string{"<stdin>: 0 errors"}},
		{"nothing to check", nil, quietDraft, 0, []string{"<stdin>: 0 errors, 0 warnings, 0 confirmed, 0 unchecked"}},
		{"empty input", nil, "", 0, []string{"<stdin>: 0 errors"}},
		{"a warning is not an error", []string{warn}, "", 0, []string{"0 errors, 1 warning"}},
		{"error finding", []string{wrong}, "", 1, []string{wrong + ": 1 error"}},
		{"error finding as JSON", []string{"-format", "json", wrong}, "", 1, nil},
		{"one error among clean files", []string{clean, wrong, warn}, "", 1, nil},
		{"help", []string{"-h"}, "", 0, nil},
		{"unknown flag", []string{"-verbose", clean}, "", 2, []string{"flag provided but not defined: -verbose", "usage: claimcheck"}},
		{"flag without value", []string{"-claims"}, "", 2, []string{"flag needs an argument: -claims"}},
		{"bad format", []string{"-format", "yaml", clean}, "", 2, []string{`-format must be text or json, not "yaml"`}},
		{"format is case-sensitive", []string{"-format", "JSON", clean}, "", 2, []string{`not "JSON"`}},
		{"dateline not a date", []string{"-dateline", "yesterday", clean}, "", 2, []string{`-dateline must be a date YYYY-MM-DD, not "yesterday"`}},
		{"dateline not in the calendar", []string{"-dateline", "2025-02-29", clean}, "", 2, []string{`not "2025-02-29"`}},
		{"dateline without a day", []string{"-dateline", "2025-08", clean}, "", 2, []string{`not "2025-08"`}},
		{"dateline in another form", []string{"-dateline", "Aug. 14, 2025", clean}, "", 2, []string{`not "Aug. 14, 2025"`}},
		{"missing file", []string{missing}, "", 2, []string{"claimcheck: cannot read " + missing + ": no such file or directory"}},
		{"directory as a draft", []string{dir}, "", 2, []string{"claimcheck: cannot read " + dir + ": is a directory"}},
		{"missing file wins over an error finding", []string{wrong, missing}, "", 2, []string{wrong + ": 1 error", "cannot read " + missing}},
		{"missing claim set", []string{"-claims", missing, clean}, "", 2, []string{"claimcheck: cannot read claim set: open " + missing}},
		{"invalid UTF-8", nil, "Mexico handed 26 \xff prisoners over.\n", 2, []string{"<stdin>:1:18: invalid UTF-8 (byte 0xff)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runCLI(tt.stdin, tt.args...)
			if got.code != tt.want {
				t.Errorf("claimcheck %q: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", tt.args, got.code, tt.want, got.stdout, got.stderr)
			}
			for _, part := range tt.wantStderr {
				if !strings.Contains(got.stderr, part) {
					t.Errorf("claimcheck %q: standard error lacks %q:\n%s", tt.args, part, got.stderr)
				}
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		got := runCLI("", arg)
		if got.code != 0 || !strings.HasPrefix(got.stdout, "usage: claimcheck [check] [flags] [FILE|-]...\n") || got.stderr != "" {
			t.Errorf("claimcheck %s: exit %d, stdout %q, stderr %q; want 0 and the usage on standard output", arg, got.code, got.stdout, got.stderr)
		}
		for _, flag := range []string{"-claims", "-format", "-dateline", "-all", "Exit status"} {
			if !strings.Contains(got.stdout, flag) {
				t.Errorf("claimcheck %s: usage does not mention %s", arg, flag)
			}
		}
	}
}

// A bad claim set is reported with the file:line:column of every problem, and nothing is checked.
func TestBadClaimSet(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{`,
		`  "version": 1,`,
		`  "id": "two-mistakes",`,
		`  "title": "A set with two mistakes",`,
		`  "asOf": "2025-08-14",`,
		`  "sources": [{"id": "notes", "title": "Reporter's notes"}],`,
		`  "claims": [`,
		`    {"id": "boats", "kind": "count", "value": 3, "statement": "Three boats.", "source": "notes"},`,
		`    {"id": "crew", "kind": "headcount", "value": 4, "statement": "Four crew.", "source": "notes"},`,
		`    {"id": "ports", "kind": "count", "value": 5, "statement": "Five ports.", "source": "logbook"}`,
		`  ]`,
		`}`,
	}
	set := writeFile(t, dir, "mistakes.json", strings.Join(lines, "\n")+"\n")
	at := func(line int, needle string) string {
		return fmt.Sprintf("%s:%d:%d: ", set, line, strings.Index(lines[line-1], needle)+1)
	}
	got := runCLI(cleanDraft, "-claims", set)
	want := []string{
		at(9, `"headcount"`) + `claim "crew": unknown kind "headcount"`,
		at(10, `"logbook"`) + `claim "ports": source: "logbook" is not the id of any source`,
		"claimcheck: the claim set is invalid",
	}
	if got.code != 2 || got.stdout != "" {
		t.Errorf("exit %d, stdout %q; want 2 and nothing checked", got.code, got.stdout)
	}
	errLines := strings.Split(strings.TrimSuffix(got.stderr, "\n"), "\n")
	for i, w := range want {
		if i >= len(errLines) || !strings.HasPrefix(errLines[i], w) {
			t.Errorf("standard error line %d: want prefix %q; standard error:\n%s", i+1, w, got.stderr)
		}
	}

	// Malformed JSON is reported where it breaks.
	broken := writeFile(t, dir, "broken.json", "{\n  \"version\": 1,\n  \"id\": oops\n}\n")
	got = runCLI(cleanDraft, "-claims", broken)
	if prefix := broken + ":3:9: malformed JSON"; got.code != 2 || !strings.HasPrefix(got.stderr, prefix) {
		t.Errorf("malformed claim set: exit %d, stderr %q; want 2 and prefix %q", got.code, got.stderr, prefix)
	}
}

// The optional subcommand word changes nothing.
func TestCheckWord(t *testing.T) {
	p := writeFile(t, t.TempDir(), "wrong.txt", wrongDraft)
	for _, args := range [][]string{
		{p},
		{"-format", "json", p},
		{"-all", "-dateline", "2025-08-14", p},
		{}, // standard input
		{"-"},
	} {
		plain := runCLI(wrongDraft, args...)
		word := runCLI(wrongDraft, append([]string{"check"}, args...)...)
		if diff := cmp.Diff(plain, word, cmp.AllowUnexported(result{})); diff != "" {
			t.Errorf("claimcheck %q and claimcheck check %q differ (-plain +check):\n%s", args, args, diff)
		}
		if plain.code != 1 {
			t.Errorf("claimcheck %q: exit %d, want 1", args, plain.code)
		}
	}
}

// Standard input is read when no FILE is given and for "-", and is named "<stdin>".
func TestStdin(t *testing.T) {
	p := writeFile(t, t.TempDir(), "clean.txt", cleanDraft)
	tests := []struct {
		args      []string
		wantPaths []string
	}{
		{[]string{"-format", "json"}, []string{"<stdin>"}},
		{[]string{"-format", "json", "-"}, []string{"<stdin>"}},
		{[]string{"check", "-format", "json"}, []string{"<stdin>"}},
		{[]string{"-format", "json", p, "-"}, []string{p, "<stdin>"}},
		{[]string{"-format", "json", "-", p}, []string{"<stdin>", p}},
	}
	for _, tt := range tests {
		got := runCLI(wrongDraft, tt.args...)
		rep := decodeReport(t, got.stdout)
		var paths []string
		for _, f := range rep.Files {
			paths = append(paths, f.Path)
			if f.Path == "<stdin>" && (len(f.Findings) == 0 || f.Findings[0].Text != "24") {
				t.Errorf("claimcheck %q: standard input not checked: %+v", tt.args, f.Findings)
			}
		}
		if diff := cmp.Diff(tt.wantPaths, paths); diff != "" {
			t.Errorf("claimcheck %q: paths (-want +got):\n%s", tt.args, diff)
		}
		if got.code != 1 {
			t.Errorf("claimcheck %q: exit %d, want 1", tt.args, got.code)
		}
	}

	// Text output names standard input the same way.
	got := runCLI(wrongDraft)
	if !strings.HasPrefix(got.stdout, "<stdin>:1:15: error: ") {
		t.Errorf("text output for standard input:\n%s", got.stdout)
	}
}

// Several files are checked in order, each reported under its own path; the exit status is that
// of the worst.
func TestSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	clean := writeFile(t, dir, "clean.txt", cleanDraft)
	wrong := writeFile(t, dir, "wrong.txt", wrongDraft)
	warn := writeFile(t, dir, "warn.txt", warnDraft)
	missing := filepath.Join(dir, "missing.txt")

	got := runCLI("", clean, wrong, warn)
	if got.code != 1 {
		t.Errorf("exit %d, want 1", got.code)
	}
	var prefixes []string
	for _, line := range strings.Split(strings.TrimSuffix(got.stdout, "\n"), "\n") {
		prefixes = append(prefixes, strings.Join(strings.SplitN(line, ": ", 3)[:2], ": "))
	}
	want := []string{wrong + ":1:15: error", warn + ":1:47: warning"}
	if diff := cmp.Diff(want, prefixes); diff != "" {
		t.Errorf("text output (-want +got):\n%s\nfull output:\n%s", diff, got.stdout)
	}
	summaries := []string{
		clean + ": 0 errors, 0 warnings, 3 confirmed, 0 unchecked",
		wrong + ": 1 error, 0 warnings, 2 confirmed, 0 unchecked",
		warn + ": 0 errors, 1 warning, 1 confirmed, 0 unchecked",
	}
	if diff := cmp.Diff(summaries, strings.Split(strings.TrimSuffix(got.stderr, "\n"), "\n")); diff != "" {
		t.Errorf("summaries on standard error (-want +got):\n%s", diff)
	}

	// In JSON every FILE keeps its place, an unreadable one with its problem in errors.
	got = runCLI("", "-format", "json", wrong, missing, clean)
	rep := decodeReport(t, got.stdout)
	var paths []string
	for _, f := range rep.Files {
		paths = append(paths, f.Path)
	}
	if diff := cmp.Diff([]string{wrong, missing, clean}, paths); diff != "" {
		t.Errorf("JSON paths (-want +got):\n%s", diff)
	}
	if got.code != 2 || len(rep.Files) != 3 || len(rep.Files[1].Findings) != 0 ||
		!slices.Equal(rep.Files[1].Errors, []string{"cannot read " + missing + ": no such file or directory"}) {
		t.Errorf("exit %d, report %+v; want 2 and the missing file with its error", got.code, rep.Files)
	}
}

// -dateline decides which day a bare "on Tuesday" means; without it, the draft's own dateline or
// else the claim set's as-of date (2025-08-14, a Thursday) does.
func TestDateline(t *testing.T) {
	datelined := "WASHINGTON, Aug. 21, 2025 — " + undatedDraft
	tests := []struct {
		name     string
		draft    string
		args     []string
		want     int
		verdict  string
		severity string
		message  string // a part of the weekday finding's message
	}{
		{"as-of date", undatedDraft, nil, 0, "supports", "info", ""},
		{"same week", undatedDraft, []string{"-dateline", "2025-08-14"}, 0, "supports", "info", ""},
		{"the day after", undatedDraft, []string{"-dateline", "2025-08-13"}, 0, "supports", "info", ""},
		{"a week later", undatedDraft, []string{"-dateline", "2025-08-21"}, 1, "contradicts", "error", "in a story dated Thursday, 21 August 2025 means Tuesday, 19 August 2025"},
		{"a week earlier", undatedDraft, []string{"-dateline", "2025-08-07"}, 1, "contradicts", "error", "means Tuesday, 5 August 2025"},
		{"the draft's dateline", datelined, nil, 1, "contradicts", "error", "in a story dated Thursday, 21 August 2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runCLI(tt.draft, append([]string{"-format", "json"}, tt.args...)...)
			if got.code != tt.want {
				t.Errorf("exit %d, want %d", got.code, tt.want)
			}
			var weekdays []contractFinding
			for _, f := range decodeReport(t, got.stdout).Files[0].Findings {
				if f.Kind == "weekday" {
					weekdays = append(weekdays, f)
				}
			}
			if len(weekdays) != 1 {
				t.Fatalf("want one weekday finding, got %+v", weekdays)
			}
			f := weekdays[0]
			if f.Text != "Tuesday" || f.Verdict != tt.verdict || f.Severity != tt.severity || !strings.Contains(f.Message, tt.message) {
				t.Errorf("weekday finding %+v; want %s %s with %q", f, tt.verdict, tt.severity, tt.message)
			}
		})
	}
}

// -claims replaces the built-in set: the council's facts apply and the transfers' do not.
func TestCustomClaimSet(t *testing.T) {
	draft := "Riverton council members approved the budget on Tuesday. It lifts the property tax by 4.5% and pays for 12 new police officers.\n"
	got := runCLI(draft, "-claims", councilSet, "-format", "json")
	rep := decodeReport(t, got.stdout)
	wantSet := contractClaimSet{"council-budget-2026", "Riverton city council budget vote, 2026 (invented test story)", "2026-03-12"}
	if diff := cmp.Diff(wantSet, rep.ClaimSet); diff != "" {
		t.Errorf("claimSet (-want +got):\n%s", diff)
	}
	type judged struct{ Text, Verdict, Severity, Claim, Suggestion string }
	var gotJ []judged
	for _, f := range rep.Files[0].Findings {
		gotJ = append(gotJ, judged{f.Text, f.Verdict, f.Severity, f.Claim, f.Suggestion})
	}
	want := []judged{
		{"Tuesday", "supports", "info", "vote-date", ""},
		{"4.5%", "contradicts", "error", "property-tax-increase", "3.5%"},
		{"12", "supports", "info", "police-officers", ""},
	}
	if diff := cmp.Diff(want, gotJ); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if got.code != 1 {
		t.Errorf("exit %d, want 1", got.code)
	}

	// A draft about the transfers has nothing to contradict in the council's set.
	got = runCLI(wrongDraft, "-claims", councilSet)
	if got.code != 0 || got.stdout != "" {
		t.Errorf("transfer draft against the council set: exit %d, output %q; want 0 and no output", got.code, got.stdout)
	}
}

var textLine = regexp.MustCompile(`^(.+):([0-9]+):([0-9]+): (error|warning|supports|unknown): (.+)$`)

// Text output is file:line:col: severity: message, one finding per line, and says what the
// JSON says. Info findings are printed only with -all, labelled with their verdict.
func TestTextFormat(t *testing.T) {
	draft := wrongDraft + warnDraft + "In late July the two countries agreed to another 60 days of talks.\n"
	p := writeFile(t, t.TempDir(), "draft.txt", draft)
	rep := decodeReport(t, runCLI("", "-format", "json", p).stdout)
	for _, all := range []bool{false, true} {
		args := []string{p}
		if all {
			args = []string{"-all", p}
		}
		got := runCLI("", args...)
		if got.code != 1 {
			t.Errorf("claimcheck %q: exit %d, want 1", args, got.code)
		}
		var want []string
		for _, f := range rep.Files[0].Findings {
			label := f.Severity
			if f.Severity == "info" {
				if !all {
					continue
				}
				label = f.Verdict
			}
			msg := f.Message
			if f.Suggestion != "" {
				msg += " Suggest: " + strconv.Quote(f.Suggestion) + "."
			}
			switch {
			case f.Verdict == "contradicts" && f.Source != "":
				msg += " [" + f.Kind + ", " + f.Claim + "]"
			case f.Claim != "":
				msg += " [" + f.Kind + "]"
			}
			want = append(want, fmt.Sprintf("%s:%d:%d: %s: %s", p, f.Line, f.Column, label, msg))
		}
		lines := strings.Split(strings.TrimSuffix(got.stdout, "\n"), "\n")
		if diff := cmp.Diff(want, lines); diff != "" {
			t.Errorf("claimcheck %q (-want +got):\n%s", args, diff)
		}
		for _, line := range lines {
			if !textLine.MatchString(line) {
				t.Errorf("claimcheck %q: line %q is not file:line:col: severity: message", args, line)
			}
		}
	}

	// The count error, whole, as an editor reads it.
	want := p + `:1:15: error: 26 people were sent from Mexico to the US in the August 2025 transfer (fact sheet: US Justice Department statement, 12 Aug 2025); this says "24". Matched by "August". Suggest: "26". [count, aug-transfer-count]`
	if first, _, _ := strings.Cut(runCLI("", p).stdout, "\n"); first != want {
		t.Errorf("first line:\n got %s\nwant %s", first, want)
	}
}

// Keys of the JSON output, exactly: the contract of DESIGN.md.
var (
	topKeys      = []string{"claimSet", "files"}
	claimSetKeys = []string{"asOf", "id", "title"}
	fileKeys     = []string{"findings", "path"}
	findingKeys  = []string{"column", "end", "end16", "kind", "line", "message", "severity", "start", "start16", "text", "verdict"}
	optionalKeys = []string{"claim", "expected", "source", "suggestion"}
)

func sortedKeys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// checkJSONKeys asserts the exact key sets of a decoded report. A file may also carry errors
// when wantErrors is set.
func checkJSONKeys(t *testing.T, out string, wantErrors bool) {
	t.Helper()
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("%v in\n%s", err, out)
	}
	if diff := cmp.Diff(topKeys, sortedKeys(raw)); diff != "" {
		t.Errorf("top-level keys (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(claimSetKeys, sortedKeys(raw["claimSet"].(map[string]any))); diff != "" {
		t.Errorf("claimSet keys (-want +got):\n%s", diff)
	}
	wantFileKeys := fileKeys
	if wantErrors {
		wantFileKeys = []string{"errors", "findings", "path"}
	}
	files, ok := raw["files"].([]any)
	if !ok {
		t.Fatalf("files is %T, want an array", raw["files"])
	}
	for _, file := range files {
		file := file.(map[string]any)
		if diff := cmp.Diff(wantFileKeys, sortedKeys(file)); diff != "" {
			t.Errorf("keys of file %v (-want +got):\n%s", file["path"], diff)
		}
		findings, ok := file["findings"].([]any)
		if !ok {
			t.Errorf("findings of %v is %T, want an array (never null)", file["path"], file["findings"])
		}
		for _, f := range findings {
			f := f.(map[string]any)
			var required, optional []string
			for _, k := range sortedKeys(f) {
				if slices.Contains(optionalKeys, k) {
					optional = append(optional, k)
					if s, _ := f[k].(string); s == "" {
						t.Errorf("finding %v: optional key %q present but empty", f["text"], k)
					}
				} else {
					required = append(required, k)
				}
			}
			if diff := cmp.Diff(findingKeys, required); diff != "" {
				t.Errorf("finding %v: keys (-want +got):\n%s", f["text"], diff)
			}
			for _, k := range []string{"start", "end", "start16", "end16", "line", "column"} {
				if n, ok := f[k].(float64); !ok || n != float64(int(n)) || n < 0 {
					t.Errorf("finding %v: %s is %v, want a non-negative integer", f["text"], k, f[k])
				}
			}
		}
	}
}

// utf16Offset counts the UTF-16 code units of s[:off], an invalid byte as one unit (it becomes
// one U+FFFD).
func utf16Offset(s string, off int) int {
	n := 0
	for i := 0; i < off; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}

// checkSpans asserts what every finding says about its place in the input.
func checkSpans(t *testing.T, input string, fs []contractFinding) {
	t.Helper()
	verdicts := map[string][]string{"contradicts": {"error", "warning"}, "supports": {"info"}, "unknown": {"info"}}
	kinds := []string{"count", "date", "weekday", "year", "percent", "duration", "ordinal", "money", "name", "office", "attribution", "internal"}
	for i, f := range fs {
		if f.Start < 0 || f.Start > f.End || f.End > len(input) {
			t.Errorf("finding %d: span [%d, %d) outside the input of %d bytes", i, f.Start, f.End, len(input))
			continue
		}
		if i > 0 && f.Start < fs[i-1].Start {
			t.Errorf("finding %d (%q at %d) is before finding %d (%q at %d): not sorted by start", i, f.Text, f.Start, i-1, fs[i-1].Text, fs[i-1].Start)
		}
		// encoding/json writes each invalid byte as U+FFFD; a valid span is written as is.
		if want := strings.ToValidUTF8(input[f.Start:f.End], "\uFFFD"); utf8.ValidString(input[f.Start:f.End]) && f.Text != want {
			t.Errorf("finding %d: text %q, but input[%d:%d] is %q", i, f.Text, f.Start, f.End, want)
		}
		if !utf8.ValidString(input[f.Start:f.End]) {
			t.Errorf("finding %d: span %q holds invalid UTF-8", i, input[f.Start:f.End])
		}
		if s16, e16 := utf16Offset(input, f.Start), utf16Offset(input, f.End); f.Start16 != s16 || f.End16 != e16 {
			t.Errorf("finding %d (%q): UTF-16 span [%d, %d), want [%d, %d)", i, f.Text, f.Start16, f.End16, s16, e16)
		}
		line := 1 + strings.Count(input[:f.Start], "\n")
		col := f.Start - strings.LastIndexByte(input[:f.Start], '\n')
		if f.Line != line || f.Column != col {
			t.Errorf("finding %d (%q): at %d:%d, want %d:%d", i, f.Text, f.Line, f.Column, line, col)
		}
		if sevs, ok := verdicts[f.Verdict]; !ok || !slices.Contains(sevs, f.Severity) {
			t.Errorf("finding %d (%q): verdict %q with severity %q", i, f.Text, f.Verdict, f.Severity)
		}
		if !slices.Contains(kinds, f.Kind) {
			t.Errorf("finding %d (%q): kind %q is not documented", i, f.Text, f.Kind)
		}
		if f.Message == "" {
			t.Errorf("finding %d (%q): no message", i, f.Text)
		}
	}
}

func TestJSONShape(t *testing.T) {
	dir := t.TempDir()
	// Accents, curly quotes, an emoji (two UTF-16 units) and CJK before the findings, and a
	// CRLF line end, so that byte, UTF-16 and column counts all differ.
	multi := "“Martínez” 🚁 北京 — Mexico handed 24 prisoners to U.S. authorities in August.\r\nIt was the second such transfer.\n"
	inputs := map[string]string{
		writeFile(t, dir, "multi.txt", multi):                multi,
		writeFile(t, dir, "sample.txt", sampleDraft(t)):      sampleDraft(t),
		writeFile(t, dir, "quiet.txt", quietDraft):           quietDraft,
		writeFile(t, dir, "clean.txt", cleanDraft+warnDraft): cleanDraft + warnDraft,
	}
	var paths []string
	for p := range inputs {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	got := runCLI("", append([]string{"-format", "json"}, paths...)...)
	if got.code != 1 {
		t.Errorf("exit %d, want 1", got.code)
	}
	checkJSONKeys(t, got.stdout, false)
	rep := decodeReport(t, got.stdout)
	if rep.ClaimSet.ID != "mx-us-cartel-transfers-2025" || rep.ClaimSet.Title == "" || rep.ClaimSet.AsOf != "2025-08-14" {
		t.Errorf("claimSet %+v", rep.ClaimSet)
	}
	if len(rep.Files) != len(paths) {
		t.Fatalf("%d files in the report, want %d", len(rep.Files), len(paths))
	}
	for i, f := range rep.Files {
		if f.Path != paths[i] {
			t.Errorf("file %d: path %q, want %q", i, f.Path, paths[i])
		}
		checkSpans(t, inputs[f.Path], f.Findings)
	}

	// The multi-byte draft, finding by finding.
	want := []contractFinding{
		{Verdict: "contradicts", Severity: "error", Kind: "count", Start: 46, End: 48, Start16: 33, End16: 35, Line: 1, Column: 47,
			Text: "24", Expected: "26", Suggestion: "26", Claim: "aug-transfer-count", Source: "US Justice Department statement, 12 Aug 2025"},
		{Verdict: "supports", Severity: "info", Kind: "date", Start: 82, End: 88, Start16: 69, End16: 75, Line: 1, Column: 83,
			Text: "August", Expected: "Tuesday, 12 August 2025", Claim: "aug-transfer-date", Source: "UPI, 12 Aug 2025"},
		{Verdict: "supports", Severity: "info", Kind: "ordinal", Start: 102, End: 108, Start16: 89, End16: 95, Line: 2, Column: 12,
			Text: "second", Expected: "second", Claim: "aug-transfer-ordinal", Source: "Newsroom fact sheet (wire coverage, Aug 2025)"},
	}
	var gotMulti []contractFinding
	for _, f := range rep.Files[slices.Index(paths, filepath.Join(dir, "multi.txt"))].Findings {
		if f.Message == "" {
			t.Errorf("%q: empty message", f.Text)
		}
		f.Message = ""
		gotMulti = append(gotMulti, f)
	}
	if diff := cmp.Diff(want, gotMulti); diff != "" {
		t.Errorf("findings of %q (-want +got):\n%s", multi, diff)
	}
}

// sampleDraft is the repository's sample draft: several paragraphs, each kind of mistake.
func sampleDraft(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "claims", "testdata", "sample-draft.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Invalid UTF-8 is reported with its position and exit status 2; the draft is still checked, and
// every span stays on valid text.
func TestInvalidUTF8(t *testing.T) {
	draft := "Attorney General Pam Bondi said 26 prisoners came north in August.\n" +
		"Officials said \xffthe 24 prisoners flown in August \xe2\x82were the second such group. \xc3\n"
	for _, format := range []string{"text", "json"} {
		got := runCLI(draft, "-format", format)
		if got.code != 2 {
			t.Errorf("-format %s: exit %d, want 2", format, got.code)
		}
		if want := "<stdin>:2:16: invalid UTF-8 (byte 0xff); the draft was checked, but its encoding must be fixed\n"; !strings.HasPrefix(got.stderr, want) {
			t.Errorf("-format %s: standard error\n%s\nwant it to start with\n%s", format, got.stderr, want)
		}
		if format == "text" {
			if !strings.Contains(got.stdout, "<stdin>:2:21: error: ") || !utf8.ValidString(got.stdout) {
				t.Errorf("text output lacks the error on the second line, or is not valid UTF-8:\n%q", got.stdout)
			}
			continue
		}
		checkJSONKeys(t, got.stdout, true)
		rep := decodeReport(t, got.stdout)
		f := rep.Files[0]
		if !slices.Equal(f.Errors, []string{"<stdin>:2:16: invalid UTF-8 (byte 0xff); the draft was checked, but its encoding must be fixed"}) {
			t.Errorf("errors: %q", f.Errors)
		}
		checkSpans(t, draft, f.Findings)
		var texts []string
		for _, fd := range f.Findings {
			texts = append(texts, fd.Text)
		}
		for _, w := range []string{"24", "second"} {
			if !slices.Contains(texts, w) {
				t.Errorf("no finding on %q after the invalid bytes; findings: %q", w, texts)
			}
		}
	}

	// Bytes that are not text at all: no crash, every span inside the input.
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i*131 + i/7)
	}
	got := runCLI(string(junk), "-format", "json")
	if got.code != 2 {
		t.Errorf("binary junk: exit %d, want 2", got.code)
	}
	checkSpans(t, string(junk), decodeReport(t, got.stdout).Files[0].Findings)
}

// The built binary: the exit status a shell sees, and the same output as run.
func TestBinary(t *testing.T) {
	dir := t.TempDir()
	clean := writeFile(t, dir, "clean.txt", cleanDraft)
	wrong := writeFile(t, dir, "wrong.txt", wrongDraft)
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  int
	}{
		{"clean file", "", []string{clean}, 0},
		{"error on stdin", wrongDraft, nil, 1},
		{"check word, JSON, two files", "", []string{"check", "-format", "json", clean, wrong}, 1},
		{"stdin as -", wrongDraft, []string{"-all", "-"}, 1},
		{"custom claim set", wrongDraft, []string{"-claims", councilSet}, 0},
		{"bad flag", "", []string{"-format", "xml", clean}, 2},
		{"missing file", "", []string{filepath.Join(dir, "nope.txt")}, 2},
		{"invalid UTF-8", "26 \xfe prisoners\n", nil, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := execCLI(t, tt.stdin, tt.args...)
			if got.code != tt.want {
				t.Errorf("claimcheck %q: exit status %d, want %d\nstderr:\n%s", tt.args, got.code, tt.want, got.stderr)
			}
			if diff := cmp.Diff(runCLI(tt.stdin, tt.args...), got, cmp.AllowUnexported(result{})); diff != "" {
				t.Errorf("claimcheck %q: binary and run differ (-run +binary):\n%s", tt.args, diff)
			}
		})
	}
	if got := execCLI(t, wrongDraft, "-format", "json"); got.code == 1 {
		if rep := decodeReport(t, got.stdout); len(rep.Files) != 1 || rep.Files[0].Path != "<stdin>" {
			t.Errorf("binary JSON files: %+v", rep.Files)
		}
	}
}
