package site

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// builtSite writes a small built site into a temporary directory.
func builtSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range map[string]string{
		"index.html":                        "<!doctype html><title>Claimcheck</title>",
		"claimcheck.html":                   "<!doctype html><title>offline</title>",
		"assets/editor.0123456789.js":       "(()=>{})()",
		"assets/editor.abcdef0123.css":      "body{}",
		"assets/claimcheck.0a1b2c3d4e.wasm": "\x00asm\x01\x00\x00\x00",
		"assets/notes.txt":                  "not hashed",
		"assets/sub/index.html":             "<p>sub</p>",
		"docs/readme.txt":                   "docs",
		".secret":                           "hidden",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestHandler(t *testing.T) {
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"api":true}`)
	})
	srv := httptest.NewServer(WithAPI(api, Handler(builtSite(t))))
	defer srv.Close()
	client := srv.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

	type answer struct {
		Status       int
		ContentType  string
		CacheControl string
		CSP          bool
		Body         string // a part of the body
	}
	tests := []struct {
		method, path string
		want         answer
	}{
		{"GET", "/", answer{200, "text/html; charset=utf-8", "no-cache", true, "<title>Claimcheck</title>"}},
		{"HEAD", "/", answer{200, "text/html; charset=utf-8", "no-cache", true, ""}},
		{"GET", "/index.html", answer{301, "", "", false, ""}},
		{"GET", "/claimcheck.html", answer{200, "text/html; charset=utf-8", "no-cache", true, "offline"}},
		{"GET", "/assets/editor.0123456789.js", answer{200, "text/javascript; charset=utf-8", CacheImmutable, false, "(()=>{})()"}},
		{"GET", "/assets/editor.abcdef0123.css", answer{200, "text/css; charset=utf-8", CacheImmutable, false, "body{}"}},
		{"GET", "/assets/claimcheck.0a1b2c3d4e.wasm", answer{200, "application/wasm", CacheImmutable, false, "asm"}},
		{"GET", "/assets/notes.txt", answer{200, "text/plain; charset=utf-8", "no-cache", false, "not hashed"}},
		{"GET", "/assets/claimcheck.ffffffffff.wasm", answer{404, "text/plain; charset=utf-8", "no-store", false, "404 page not found"}},
		{"GET", "/assets/", answer{404, "text/plain; charset=utf-8", "no-store", false, "404 page not found"}},
		{"GET", "/assets", answer{404, "text/plain; charset=utf-8", "no-store", false, "404 page not found"}},
		{"GET", "/docs/", answer{404, "text/plain; charset=utf-8", "no-store", false, ""}},
		{"GET", "/assets/sub/", answer{200, "text/html; charset=utf-8", "no-cache", true, "sub"}},
		{"GET", "/.secret", answer{404, "text/plain; charset=utf-8", "no-store", false, ""}},
		{"GET", "/api/v1/claimsets/default", answer{200, "application/json", "", false, `{"api":true}`}},
		{"GET", "/healthz", answer{200, "application/json", "", false, `{"api":true}`}},
		{"POST", "/", answer{200, "application/json", "", false, `{"api":true}`}},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		got := answer{res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Cache-Control"),
			res.Header.Get("Content-Security-Policy") == CSP, ""}
		if strings.Contains(string(body), tt.want.Body) {
			got.Body = tt.want.Body
		} else {
			got.Body = string(body)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s %s (-want +got):\n%s", tt.method, tt.path, diff)
		}
		if !strings.HasPrefix(tt.path, "/api/") && tt.path != "/healthz" && tt.method == "GET" &&
			res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s %s: no X-Content-Type-Options: nosniff", tt.method, tt.path)
		}
	}
}

// A revalidated page that has not changed is a 304 that keeps its Cache-Control.
func TestNotModified(t *testing.T) {
	srv := httptest.NewServer(Handler(builtSite(t)))
	defer srv.Close()
	res, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	req, _ := http.NewRequest("GET", srv.URL+"/", nil)
	req.Header.Set("If-Modified-Since", res.Header.Get("Last-Modified"))
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotModified || res.Header.Get("Cache-Control") != CacheRevalidate {
		t.Errorf("revalidating /: %d, Cache-Control %q; want 304 and %q", res.StatusCode, res.Header.Get("Cache-Control"), CacheRevalidate)
	}
}
