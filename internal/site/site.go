// Package site serves the built editor site (the output of cmd/bundle) next to the HTTP API,
// with the headers its files need: hashed assets cached for good, everything else revalidated,
// the engine as application/wasm, and a strict Content-Security-Policy on HTML. claimcheck serve
// and the browser tests use it, so the tests see the headers users get. docs/site.md lists them.
package site

import (
	"errors"
	"io/fs"
	"net/http"
	"os"
	"path"
	"regexp"
	"strings"
)

// CSP is the Content-Security-Policy of every HTML response: scripts, styles, fetches and the
// engine only from the site itself ('wasm-unsafe-eval' lets the page compile WebAssembly, and
// nothing else), images also as data: URLs, no plugins, no <base>, and no framing.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// Cache-Control values: a hashed asset never changes under its name; any other file may.
const (
	CacheImmutable   = "public, max-age=31536000, immutable"
	CacheRevalidate  = "no-cache"
	wasmContentType  = "application/wasm"
	hashedAssetsPath = "/assets/"
)

// hashedRE matches the name of an asset that carries the hash of its content: NAME.HASH.EXT.
var hashedRE = regexp.MustCompile(`\.[0-9a-f]{10}\.[A-Za-z0-9]+$`)

// Handler serves the files of the built site in dir. It answers GET and HEAD. A directory is
// served only through its index.html (no listings), and names starting with "." are not served.
func Handler(dir string) http.Handler {
	files := http.FileServerFS(noListing{os.DirFS(dir)})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		if strings.HasSuffix(p, ".wasm") {
			h.Set("Content-Type", wasmContentType)
		}
		cache := CacheRevalidate
		if strings.HasPrefix(p, hashedAssetsPath) && hashedRE.MatchString(p) {
			cache = CacheImmutable
		}
		files.ServeHTTP(&headerWriter{ResponseWriter: w, cache: cache}, r)
	})
}

// WithAPI sends the API's paths (/api/…, /healthz) and every request other than GET and HEAD to
// api, and reads of anything else to site.
func WithAPI(api, site http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/healthz" ||
			(r.Method != http.MethodGet && r.Method != http.MethodHead) {
			api.ServeHTTP(w, r)
			return
		}
		site.ServeHTTP(w, r)
	})
}

// headerWriter adds the caching and security headers once the status and the content type are
// known: Cache-Control on answers that may be cached (an error is not), and the
// Content-Security-Policy on HTML.
type headerWriter struct {
	http.ResponseWriter
	cache       string
	wroteHeader bool
}

func (w *headerWriter) WriteHeader(code int) {
	if !w.wroteHeader {
		w.wroteHeader = true
		h := w.Header()
		switch {
		case code < 300 || code == http.StatusNotModified:
			h.Set("Cache-Control", w.cache)
		case code >= 400:
			h.Set("Cache-Control", "no-store")
		}
		if strings.HasPrefix(h.Get("Content-Type"), "text/html") {
			h.Set("Content-Security-Policy", CSP)
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *headerWriter) Write(b []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap gives http.ResponseController the writer underneath.
func (w *headerWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// noListing is a file system whose directories open only when they hold an index.html, and
// whose dot-files do not open at all.
type noListing struct{ fs.FS }

func (n noListing) Open(name string) (fs.File, error) {
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") && part != "." {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
		}
	}
	f, err := n.FS.Open(name)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if st.IsDir() {
		if _, err := fs.Stat(n.FS, path.Join(name, "index.html")); err != nil {
			f.Close()
			if errors.Is(err, fs.ErrNotExist) {
				return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
			}
			return nil, err
		}
	}
	return f, nil
}
