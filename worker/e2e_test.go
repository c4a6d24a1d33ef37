//go:build e2e

// The end-to-end test of the Worker: the API built as make builds it, run by workerd (the
// Workers runtime, from npm, pinned by package-lock.json), offline on 127.0.0.1, must give a
// draft the findings the command line gives it. make e2e runs it after npm ci; it never skips.
//
//	make e2e      or      (cd worker && npm ci) && go test -tags e2e ./worker
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
)

// freeLimit is the Workers free plan's limit on a Worker's compressed size.
const freeLimit = 3_000_000

// buildWorker builds the Worker into a fresh directory with the Makefile's own recipe.
func buildWorker(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command("make", "-C", "..", "worker-build", "WORKER_OUT="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make worker-build: %v\n%s", err, out)
	}
	return dir
}

// gzippedSize is the size of the Worker's files compressed, as the upload limit counts them.
func gzippedSize(t *testing.T, dir string) (raw, gz int) {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	for _, name := range []string{"worker.mjs", "runtime.mjs", "wasm_exec.js", "app.wasm"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		raw += len(data)
		zw.Write(data)
	}
	zw.Close()
	return raw, buf.Len()
}

// startWorkerd runs the Worker of dir in workerd on a free port of 127.0.0.1 and returns its
// base URL. vars are the Worker's variables, as wrangler.toml's [vars] would give them.
func startWorkerd(t *testing.T, dir string, vars map[string]string) string {
	t.Helper()
	workerd, err := filepath.Abs("node_modules/.bin/workerd")
	if err == nil {
		_, err = os.Stat(workerd)
	}
	if err != nil {
		t.Fatalf("workerd is not installed (%v): run make worker-deps (npm ci in worker/)", err)
	}
	toml, err := os.ReadFile("wrangler.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^compatibility_date = "([0-9-]+)"`).FindSubmatch(toml)
	if m == nil {
		t.Fatal("no compatibility_date in wrangler.toml")
	}
	var bindings []string
	for k, v := range vars {
		bindings = append(bindings, fmt.Sprintf("(name = %q, text = %q)", k, v))
	}
	config := `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "runtime.mjs", esModule = embed "runtime.mjs"),
    (name = "wasm_exec.js", esModule = embed "wasm_exec.js"),
    (name = "app.wasm", wasm = embed "app.wasm"),
  ],
  compatibilityDate = "` + string(m[1]) + `",
  bindings = [` + strings.Join(bindings, ", ") + `],
);
`
	if err := os.WriteFile(filepath.Join(dir, "config.capnp"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	// The socket is opened here and handed over, so that no other process can take the port.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sock, err := ln.(*net.TCPListener).File()
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ln.Close()
	defer sock.Close()

	var logs bytes.Buffer
	cmd := exec.Command(workerd, "serve", "config.capnp", "--socket-fd", "http=3")
	cmd.Dir = dir
	cmd.ExtraFiles = []*os.File{sock}
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("workerd's output:\n%s", logs.String())
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		res, err := http.Get(base + "/healthz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return base
			}
		}
		select {
		case err := <-exited:
			t.Fatalf("workerd exited: %v\n%s", err, logs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("workerd did not answer /healthz within a minute: %v\n%s", err, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// cliFindings is what claimcheck -format json finds in the draft at path.
func cliFindings(t *testing.T, cli, path string, args ...string) []claims.Finding {
	t.Helper()
	cmd := exec.Command(cli, append(append([]string{"-format", "json"}, args...), path)...)
	out, err := cmd.Output()
	var ee *exec.ExitError
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		t.Fatalf("claimcheck %s: %v", path, err)
	}
	var rep struct {
		Files []struct{ Findings []claims.Finding }
	}
	if err := json.Unmarshal(out, &rep); err != nil || len(rep.Files) != 1 {
		t.Fatalf("claimcheck output: %v\n%s", err, out)
	}
	return rep.Files[0].Findings
}

func post(t *testing.T, url, contentType, body string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return do(t, req)
}

func do(t *testing.T, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

func TestWorkerEndToEnd(t *testing.T) {
	dir := buildWorker(t)
	raw, gz := gzippedSize(t, dir)
	t.Logf("Worker bundle: %d bytes, %d gzipped (free plan limit %d)", raw, gz, freeLimit)
	if gz >= freeLimit {
		t.Errorf("the Worker is %d bytes gzipped, over the free plan's %d", gz, freeLimit)
	}
	base := startWorkerd(t, dir, map[string]string{"CORS_ORIGINS": "https://cms.example.org"})

	cli := filepath.Join(t.TempDir(), "claimcheck")
	if out, err := exec.Command("go", "build", "-o", cli, "../cmd/claimcheck").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	unicode := filepath.Join(t.TempDir(), "unicode.txt")
	os.WriteFile(unicode, []byte("“Martínez” said 🇲🇽 the tariff was 25%, and 中文 Mexico sent 25 alleged cartel members on Tuesday, Aug. 12, 2025.\n"), 0o644)

	// The same findings as the command line, for a 7 KB draft and for one whose UTF-16 offsets
	// differ from its byte offsets, sent either way.
	for _, path := range []string{"../api/testdata/draft-7k.txt", unicode} {
		draft, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want := cliFindings(t, cli, path)
		if len(want) == 0 {
			t.Fatalf("the CLI finds nothing in %s", path)
		}
		jsonBody, _ := json.Marshal(map[string]string{"text": string(draft)})
		for _, sent := range []struct{ contentType, body string }{
			{"application/json", string(jsonBody)},
			{"text/plain; charset=utf-8", string(draft)},
		} {
			res, body := post(t, base+"/api/v1/check", sent.contentType, sent.body)
			var got struct {
				ClaimSet struct{ ID string }
				Findings []claims.Finding
			}
			if err := json.Unmarshal(body, &got); err != nil || res.StatusCode != http.StatusOK {
				t.Fatalf("%s as %s: %d %v\n%s", path, sent.contentType, res.StatusCode, err, body)
			}
			if diff := cmp.Diff(want, got.Findings); diff != "" {
				t.Errorf("%s as %s: the Worker's findings differ from the CLI's (-cli +worker):\n%s", path, sent.contentType, diff)
			}
			if got.ClaimSet.ID != "mx-us-cartel-transfers-2025" {
				t.Errorf("claim set %q", got.ClaimSet.ID)
			}
		}
	}

	// A dateline and a claim set sent with the request reach the engine as they do from the CLI.
	council := "../claims/testdata/eval/council/claimset.json"
	councilDraft := "../claims/testdata/eval/council/drafts/brief.txt"
	set, _ := os.ReadFile(council)
	draft, _ := os.ReadFile(councilDraft)
	body, _ := json.Marshal(map[string]any{"text": string(draft), "claims": json.RawMessage(set), "dateline": "2026-03-20"})
	res, got := post(t, base+"/api/v1/check", "application/json", string(body))
	var c struct{ Findings []claims.Finding }
	json.Unmarshal(got, &c)
	if diff := cmp.Diff(cliFindings(t, cli, councilDraft, "-claims", council, "-dateline", "2026-03-20"), c.Findings); res.StatusCode != 200 || diff != "" {
		t.Errorf("council draft: %d (-cli +worker):\n%s", res.StatusCode, diff)
	}

	// The handler's answers hold on the Workers runtime too; MAX_BODY sets the limit (a second
	// Worker, as the first keeps the default, 1 MiB).
	small := startWorkerd(t, dir, map[string]string{"MAX_BODY": "1000"})
	type answer struct {
		Status int
		Code   string // of the error, if any
		Header string // the value of the header named in the table
	}
	checks := []struct {
		name, method, url, contentType, body string
		header                               []string // request headers, name then value
		wantHeader                           string   // the response header to compare
		want                                 answer
	}{
		{"health", "GET", base + "/healthz", "", "", nil, "", answer{200, "", ""}},
		{"default claim set", "GET", base + "/api/v1/claimsets/default", "", "", nil, "Content-Type", answer{200, "", "application/json"}},
		{"form", "POST", base + "/api/v1/check", "application/x-www-form-urlencoded", "text=x", nil, "Accept-Post",
			answer{415, "unsupported_media_type", "application/json, text/plain"}},
		{"malformed JSON", "POST", base + "/api/v1/check", "application/json", `{"text": `, nil, "", answer{400, "malformed_json", ""}},
		{"GET check", "GET", base + "/api/v1/check", "", "", nil, "Allow", answer{405, "method_not_allowed", "POST, OPTIONS"}},
		{"unknown route", "GET", base + "/api/v2/check", "", "", nil, "", answer{404, "not_found", ""}},
		{"preflight", "OPTIONS", base + "/api/v1/check", "", "", []string{"Origin", "https://cms.example.org", "Access-Control-Request-Method", "POST"},
			"Access-Control-Allow-Origin", answer{204, "", "https://cms.example.org"}},
		{"preflight from elsewhere", "OPTIONS", base + "/api/v1/check", "", "", []string{"Origin", "https://evil.example", "Access-Control-Request-Method", "POST"},
			"Access-Control-Allow-Origin", answer{403, "origin_not_allowed", ""}},
		{"body over MAX_BODY", "POST", small + "/api/v1/check", "text/plain", strings.Repeat("Mexico sent 26. ", 200), nil, "",
			answer{413, "body_too_large", ""}},
	}
	for _, tt := range checks {
		req, _ := http.NewRequest(tt.method, tt.url, strings.NewReader(tt.body))
		if tt.contentType != "" {
			req.Header.Set("Content-Type", tt.contentType)
		}
		for i := 0; i+1 < len(tt.header); i += 2 {
			req.Header.Set(tt.header[i], tt.header[i+1])
		}
		res, body := do(t, req)
		var e struct{ Error struct{ Code string } }
		json.Unmarshal(body, &e)
		got := answer{res.StatusCode, e.Error.Code, ""}
		if tt.wantHeader != "" {
			got.Header = res.Header.Get(tt.wantHeader)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s\n%s", tt.name, diff, body)
		}
	}
}
