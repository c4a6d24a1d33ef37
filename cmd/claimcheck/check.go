package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/report"
)

const usage = `usage: claimcheck [check] [flags] [FILE|-]...

Checks news drafts against a claim set and reports every disagreement.
Reads standard input when no FILE is given.

Flags:
  -claims PATH         claim set file (default: the built-in set)
  -format text|json    output format (default text: file:line:col: severity: message)
  -dateline YYYY-MM-DD reference date for relative dates (default: the draft's
                       dateline if found, else the claim set's as-of date)
  -all                 text format: also print confirmed and unchecked mentions

Exit status: 0 no error-severity finding, 1 at least one, 2 bad usage,
unreadable or invalid input, or a bad claim set.

claimcheck serve serves the HTTP API instead: see claimcheck serve -h.
`

// jsonReport is the -format json output (the contract in DESIGN.md), the shape the HTTP API
// shares.
type jsonReport = report.Report

// run is the whole command, testable: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "check" {
		args = args[1:]
	}
	fs := flag.NewFlagSet("claimcheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	claimsPath := fs.String("claims", "", "")
	format := fs.String("format", "text", "")
	dateline := fs.String("dateline", "", "")
	all := fs.Bool("all", false, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprintf(stderr, "claimcheck: %v\n\n%s", err, usage)
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "claimcheck: -format must be text or json, not %q\n", *format)
		return 2
	}
	var opts claims.Options
	if *dateline != "" {
		d, ok := claims.ParseDate(*dateline)
		if !ok || d.Day == 0 {
			fmt.Fprintf(stderr, "claimcheck: -dateline must be a date YYYY-MM-DD, not %q\n", *dateline)
			return 2
		}
		opts.Dateline = d
	}
	set := claims.Default()
	if *claimsPath != "" {
		data, err := os.ReadFile(*claimsPath)
		if err != nil {
			fmt.Fprintf(stderr, "claimcheck: cannot read claim set: %v\n", err)
			return 2
		}
		set, err = claims.Load(*claimsPath, data)
		if err != nil {
			fmt.Fprintf(stderr, "%v\nclaimcheck: the claim set is invalid\n", err)
			return 2
		}
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}

	status := 0
	out := report.Report{ClaimSet: report.Of(set), Files: []report.File{}}
	checker := claims.NewChecker(set)
	for _, path := range paths {
		name := path
		var text string
		var err error
		if path == "-" {
			name = "<stdin>"
			text, err = readText(stdin, 0)
		} else {
			text, err = readFile(path)
		}
		if err != nil {
			// The file keeps its place in the JSON report, so that files[i] is always the i-th
			// FILE argument; its problem is in errors, as for invalid UTF-8.
			msg := fmt.Sprintf("cannot read %s: %v", name, unwrapPath(err))
			fmt.Fprintln(stderr, "claimcheck: "+msg)
			out.Files = append(out.Files, report.File{Path: name, Findings: []claims.Finding{}, Errors: []string{msg}})
			status = 2
			continue
		}
		fr, rep := report.Check(checker, name, text, opts)
		for _, msg := range fr.Errors {
			fmt.Fprintln(stderr, msg)
			status = 2
		}
		for _, f := range rep.Findings {
			if f.Severity == claims.SevError && status == 0 {
				status = 1
			}
		}
		if *format == "text" {
			writeText(stdout, stderr, name, rep.Findings, *all)
		}
		out.Files = append(out.Files, fr)
	}
	if *format == "json" {
		// What an encoding/json Encoder with indentation writes, written without reflection.
		if err := report.WriteIndent(stdout, &out); err != nil {
			fmt.Fprintf(stderr, "claimcheck: %v\n", err)
			return 2
		}
	}
	return status
}

// writeText prints findings like go vet, and a one-line summary on standard error. The lines
// are gathered in a buffer and written a few tens of kilobytes at a time (with -all a 1 MiB
// draft prints thousands), and all of them before the summary.
func writeText(stdout, stderr io.Writer, name string, fs []claims.Finding, all bool) {
	var errs, warns, ok, unknown int
	var b []byte
	for _, f := range fs {
		switch {
		case f.Severity == claims.SevError:
			errs++
		case f.Severity == claims.SevWarning:
			warns++
		case f.Verdict == claims.Supports:
			ok++
		default:
			unknown++
		}
		if f.Severity == claims.SevInfo && !all {
			continue
		}
		label := string(f.Severity)
		if f.Severity == claims.SevInfo {
			label = string(f.Verdict)
		}
		msg := f.Message
		if f.Suggestion != "" {
			msg += " Suggest: " + strconv.Quote(f.Suggestion) + "."
		}
		if f.Source != "" && f.Verdict == claims.Contradicts {
			msg += " [" + string(f.Kind) + ", " + f.Claim + "]"
		} else if f.Claim != "" {
			msg += " [" + string(f.Kind) + "]"
		}
		// name:line:col: label: message
		b = append(b, name...)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(f.Line), 10)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(f.Column), 10)
		b = append(b, ": "...)
		b = append(b, label...)
		b = append(b, ": "...)
		start := len(b)
		b = append(b, msg...)
		for i := start; i < len(b); i++ {
			if b[i] == '\n' {
				b[i] = ' '
			}
		}
		b = append(b, '\n')
		if len(b) >= 32<<10 {
			stdout.Write(b)
			b = b[:0]
		}
	}
	if len(b) > 0 {
		stdout.Write(b)
	}
	fmt.Fprintf(stderr, "%s: %s, %s, %d confirmed, %d unchecked\n", name, plural(errs, "error"), plural(warns, "warning"), ok, unknown)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// readFile reads the file at path as a string.
func readFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	size := 0
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = int(fi.Size())
	}
	return readText(f, size)
}

// readText reads r to the end as a string, with room for size bytes from the start. The bytes
// go straight into the string's memory: reading them into a slice and converting it would copy
// a 1 MiB draft once more, into memory not yet touched.
func readText(r io.Reader, size int) (string, error) {
	var sb strings.Builder
	sb.Grow(size + 512)
	_, err := io.Copy(&sb, r)
	return sb.String(), err
}

// unwrapPath drops the path os errors repeat, which the message already names.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
