package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/internal/site"
	"github.com/google/go-cmp/cmp"
)

func TestServeUsage(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"help", []string{"-h"}, 0, ""},
		{"unknown flag", []string{"-port", "80"}, 2, "flag provided but not defined: -port"},
		{"argument", []string{"draft.txt"}, 2, `unexpected argument "draft.txt"`},
		{"origin with a path", []string{"-cors-origin", "https://cms.example.org/admin"}, 2, `"https://cms.example.org/admin" is not an origin`},
		{"origin without a scheme", []string{"-cors-origin", "cms.example.org"}, 2, `"cms.example.org" is not an origin`},
		{"no body allowed", []string{"-max-body", "0"}, 2, "-max-body must be a positive number of bytes"},
		{"address in use", []string{"-addr", busy.Addr().String()}, 2, "address already in use"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := serveMain(context.Background(), tt.args, &out, &errb)
			if code != tt.wantCode || !strings.Contains(errb.String(), tt.wantStderr) {
				t.Errorf("claimcheck serve %q: exit %d, stderr %q; want exit %d and %q", tt.args, code, errb.String(), tt.wantCode, tt.wantStderr)
			}
			if tt.name == "help" && !strings.Contains(out.String(), "-cors-origin ORIGIN") {
				t.Errorf("-h printed %q", out.String())
			}
		})
	}
}

// syncBuffer is a log destination that the server and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServer serves cfg on a free port of 127.0.0.1 until the returned stop is called; stop
// returns serve's error.
func startServer(t *testing.T, cfg serveConfig) (base string, log *syncBuffer, stop func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	log = &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, cfg, slog.New(slog.NewTextHandler(log, nil))) }()
	var once sync.Once
	var serr error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case serr = <-done:
			case <-time.After(30 * time.Second):
				serr = fmt.Errorf("serve did not return")
			}
		})
		return serr
	}
	t.Cleanup(func() { stop() })
	return "http://" + ln.Addr().String(), log, stop
}

func TestServe(t *testing.T) {
	site := t.TempDir()
	if err := os.WriteFile(filepath.Join(site, "index.html"), []byte("<!doctype html><title>Claimcheck</title>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := defaultServe
	cfg.site = site
	cfg.origins = []string{"https://cms.example.org"}
	base, log, stop := startServer(t, cfg)

	tests := []struct {
		method, path, contentType, body string
		wantStatus                      int
		wantBody                        string // a part of the body
	}{
		{"GET", "/", "", "", 200, "<title>Claimcheck</title>"},
		{"GET", "/healthz", "", "", 200, `{"status":"ok"}`},
		{"GET", "/api/v1/claimsets/default", "", "", 200, `"id": "mx-us-cartel-transfers-2025"`},
		{"POST", "/api/v1/check", "text/plain", wrongDraft, 200, `"suggestion":"26"`},
		{"GET", "/api/v1/nope", "", "", 404, `"code":"not_found"`},
		{"POST", "/", "text/plain", "x", 404, `"code":"not_found"`},
		{"GET", "/missing.js", "", "", 404, "404 page not found"},
	}
	for _, tt := range tests {
		r, _ := http.NewRequest(tt.method, base+tt.path, strings.NewReader(tt.body))
		if tt.contentType != "" {
			r.Header.Set("Content-Type", tt.contentType)
		}
		r.Header.Set("Origin", "https://cms.example.org")
		res, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != tt.wantStatus || !strings.Contains(string(body), tt.wantBody) {
			t.Errorf("%s %s: %d %q; want %d and %q", tt.method, tt.path, res.StatusCode, body, tt.wantStatus, tt.wantBody)
		}
		if strings.HasPrefix(tt.path, "/api/") && res.Header.Get("Access-Control-Allow-Origin") != "https://cms.example.org" {
			t.Errorf("%s %s: no CORS header for an allowed origin", tt.method, tt.path)
		}
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	// One log line per request, with what an operator looks for.
	var lines []string
	for _, l := range strings.Split(log.String(), "\n") {
		if strings.Contains(l, "msg=request") {
			f := strings.Fields(l)
			lines = append(lines, strings.Join(f[3:6], " ")) // method, path, status
		}
	}
	want := []string{
		"method=GET path=/ status=200", "method=GET path=/healthz status=200", "method=GET path=/api/v1/claimsets/default status=200",
		"method=POST path=/api/v1/check status=200", "method=GET path=/api/v1/nope status=404", "method=POST path=/ status=404",
		"method=GET path=/missing.js status=404",
	}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("request log (-want +got):\n%s\n%s", diff, log.String())
	}
}

// Without a built site, the server is the API alone.
func TestServeWithoutSite(t *testing.T) {
	cfg := defaultServe
	cfg.site = filepath.Join(t.TempDir(), "dist")
	base, _, _ := startServer(t, cfg)
	res, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 404 || !strings.Contains(string(body), `"code":"not_found"`) {
		t.Errorf("GET /: %d %s", res.StatusCode, body)
	}
}

// SIGINT/SIGTERM (here: the context) stop new connections but let a request in flight finish.
func TestGracefulShutdown(t *testing.T) {
	base, log, stop := startServer(t, defaultServe)
	addr := strings.TrimPrefix(base, "http://")
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Send the headers and half the body, so that the request is in flight when shutdown begins.
	half := len(wrongDraft) / 2
	fmt.Fprintf(conn, "POST /api/v1/check HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s", addr, len(wrongDraft), wrongDraft[:half])
	time.Sleep(200 * time.Millisecond)

	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	// The listener closes at once: new connections are refused.
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("the server still accepts connections after shutdown began")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-stopped:
		t.Fatalf("serve returned (%v) with a request in flight", err)
	case <-time.After(100 * time.Millisecond):
	}

	io.WriteString(conn, wrongDraft[half:])
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("the request in flight was cut: %v", err)
	}
	var body struct{ Findings []json.RawMessage }
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil || res.StatusCode != 200 || len(body.Findings) == 0 {
		t.Errorf("the request in flight got %d, %d findings, %v", res.StatusCode, len(body.Findings), err)
	}
	if err := <-stopped; err != nil {
		t.Errorf("serve: %v", err)
	}
	if !strings.Contains(log.String(), "msg=stopped") {
		t.Errorf("log:\n%s", log)
	}
}

// A client that never finishes its headers is dropped after the read-header timeout.
func TestServeTimeouts(t *testing.T) {
	cfg := defaultServe
	cfg.readHeaderTimeout = 200 * time.Millisecond
	base, _, _ := startServer(t, cfg)
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	io.WriteString(conn, "POST /api/v1/check HTTP/1.1\r\nHost: x\r\n")
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	start := time.Now()
	_, err = io.ReadAll(conn) // the server closes the connection
	if took := time.Since(start); err != nil || took > 3*time.Second {
		t.Errorf("slow client: %v after %v; want the server to close the connection after 200ms", err, took)
	}
	srv := newServer(defaultServe, slog.New(slog.DiscardHandler))
	got := []time.Duration{srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout}
	want := []time.Duration{5 * time.Second, 30 * time.Second, 60 * time.Second, 120 * time.Second}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timeouts (-want +got):\n%s", diff)
	}
}

// The built binary stops on SIGTERM as on SIGINT, after the request in flight, and exits 0.
func TestServeSignals(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "claimcheck")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, sig := range []os.Signal{syscall.SIGTERM, os.Interrupt} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0")
			logs := &syncBuffer{}
			cmd.Stderr = logs
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			var addr string
			for deadline := time.Now().Add(30 * time.Second); addr == ""; time.Sleep(20 * time.Millisecond) {
				if m := regexp.MustCompile(`url=http://(\S+)`).FindStringSubmatch(logs.String()); m != nil {
					addr = m[1]
				} else if time.Now().After(deadline) {
					t.Fatalf("no address in the log:\n%s", logs)
				}
			}
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			half := len(wrongDraft) / 2
			fmt.Fprintf(conn, "POST /api/v1/check HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s", addr, len(wrongDraft), wrongDraft[:half])
			time.Sleep(200 * time.Millisecond)
			cmd.Process.Signal(sig)
			time.Sleep(200 * time.Millisecond)
			io.WriteString(conn, wrongDraft[half:])
			res, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil || res.StatusCode != http.StatusOK {
				t.Fatalf("the request in flight: %v %v\n%s", res, err, logs)
			}
			res.Body.Close()
			if err := cmd.Wait(); err != nil {
				t.Errorf("exit: %v, want 0\n%s", err, logs)
			}
			if !strings.Contains(logs.String(), "msg=stopped") {
				t.Errorf("log:\n%s", logs)
			}
		})
	}
}

// The site is served with internal/site's headers: the page revalidated and under the
// Content-Security-Policy, hashed assets cached for good, the engine as application/wasm.
func TestServeSiteHeaders(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"index.html": "<!doctype html><title>Claimcheck</title>", "assets/claimcheck.0123456789.wasm": "\x00asm"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := defaultServe
	cfg.site = dir
	base, _, _ := startServer(t, cfg)
	for _, tt := range []struct{ path, header, want string }{
		{"/", "Cache-Control", "no-cache"},
		{"/", "Content-Security-Policy", site.CSP},
		{"/assets/claimcheck.0123456789.wasm", "Cache-Control", "public, max-age=31536000, immutable"},
		{"/assets/claimcheck.0123456789.wasm", "Content-Type", "application/wasm"},
	} {
		res, err := http.Get(base + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if got := res.Header.Get(tt.header); res.StatusCode != 200 || got != tt.want {
			t.Errorf("GET %s: %d, %s %q; want 200 and %q", tt.path, res.StatusCode, tt.header, got, tt.want)
		}
	}
}
