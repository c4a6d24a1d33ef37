package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/api"
	"github.com/claimcheck/claimcheck/internal/site"
)

const serveUsage = `usage: claimcheck serve [flags]

Serves the HTTP API (docs/api.md) and, when DIR/index.html exists, the built site in DIR.
Stops on SIGINT or SIGTERM once the requests in flight have finished.

Flags:
  -addr HOST:PORT       address to listen on (default 127.0.0.1:8080)
  -max-body BYTES       largest request body (default 1048576)
  -cors-origin ORIGIN   a browser origin allowed to call the API, such as
                        https://cms.example.org; repeatable; "*" allows any
                        (default: none, same-origin pages and servers only)
  -site DIR             the built site (default dist)

Exit status: 0 after a clean shutdown, 1 if the server failed or requests
were cut, 2 on bad usage or an address it cannot listen on.
`

// serveConfig is everything serve runs with; tests shorten the timeouts.
type serveConfig struct {
	addr    string
	site    string
	maxBody int64
	origins []string

	readHeaderTimeout time.Duration // a client has this long to send its headers
	readTimeout       time.Duration // … and its whole request, body included
	writeTimeout      time.Duration // a response must be written within this of the request's start
	idleTimeout       time.Duration // a kept-alive connection is closed after this without a request
	shutdownGrace     time.Duration // requests in flight get this long to finish on SIGINT/SIGTERM
}

var defaultServe = serveConfig{
	addr:              "127.0.0.1:8080",
	site:              "dist",
	maxBody:           api.DefaultMaxBody,
	readHeaderTimeout: 5 * time.Second,
	readTimeout:       30 * time.Second,
	writeTimeout:      60 * time.Second,
	idleTimeout:       120 * time.Second,
	shutdownGrace:     20 * time.Second,
}

// origins is the repeatable -cors-origin flag.
type origins []string

func (o *origins) String() string { return strings.Join(*o, ",") }

func (o *origins) Set(s string) error {
	if s != "*" {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" || u.RawQuery != "" || u.User != nil {
			return fmt.Errorf("%q is not an origin such as https://cms.example.org", s)
		}
	}
	*o = append(*o, s)
	return nil
}

// serveMain is claimcheck serve: it returns the exit status once ctx is done and the server has
// shut down, 2 for bad usage or an address it cannot listen on.
func serveMain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cfg := defaultServe
	fs := flag.NewFlagSet("claimcheck serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.addr, "addr", cfg.addr, "")
	fs.Int64Var(&cfg.maxBody, "max-body", cfg.maxBody, "")
	fs.Var((*origins)(&cfg.origins), "cors-origin", "")
	fs.StringVar(&cfg.site, "site", cfg.site, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, serveUsage)
			return 0
		}
		fmt.Fprintf(stderr, "claimcheck serve: %v\n\n%s", err, serveUsage)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "claimcheck serve: unexpected argument %q\n\n%s", fs.Arg(0), serveUsage)
		return 2
	}
	if cfg.maxBody <= 0 {
		fmt.Fprintf(stderr, "claimcheck serve: -max-body must be a positive number of bytes\n")
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	tuneGC()
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		fmt.Fprintf(stderr, "claimcheck serve: %v\n", err)
		return 2
	}
	if err := serve(ctx, ln, cfg, log); err != nil {
		log.Error("serve", "err", err)
		return 1
	}
	return 0
}

// serve serves on ln until ctx is done, then shuts down gracefully.
func serve(ctx context.Context, ln net.Listener, cfg serveConfig, log *slog.Logger) error {
	srv := newServer(cfg, log)
	log.Info("listening", "url", "http://"+ln.Addr().String(), "site", siteDir(cfg), "maxBody", cfg.maxBody, "corsOrigins", cfg.origins)

	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing the requests in flight", "grace", cfg.shutdownGrace)
	sctx, cancel := context.WithTimeout(context.Background(), cfg.shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("requests still in flight after %v were cut: %w", cfg.shutdownGrace, err)
	}
	log.Info("stopped")
	return nil
}

// tuneGC trades memory for CPU, unless GOGC or GOMEMLIMIT say otherwise. A check allocates
// about 20 times its draft and the server keeps almost nothing between requests, so with Go's
// default (collect when the heap doubles) it collects hundreds of times a second under load; a
// collection at eleven times the live heap, capped by a soft limit of 1 GiB, takes a quarter of
// a core back (docs/api.md, "Speed").
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(1000)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
}

// newServer returns the server of cfg: the API, the site when cfg.site holds one (with the
// headers of internal/site: caching, application/wasm, Content-Security-Policy), request logs
// and timeouts.
func newServer(cfg serveConfig, log *slog.Logger) *http.Server {
	var h http.Handler = api.New(api.Options{MaxBody: cfg.maxBody, Origins: cfg.origins, Log: log})
	if dir := siteDir(cfg); dir != "" {
		h = site.WithAPI(h, site.Handler(dir))
	}
	return &http.Server{
		Handler:           logRequests(h, log),
		ReadHeaderTimeout: cfg.readHeaderTimeout,
		ReadTimeout:       cfg.readTimeout,
		WriteTimeout:      cfg.writeTimeout,
		IdleTimeout:       cfg.idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// siteDir returns the directory of the built site, or "" when it has not been built.
func siteDir(cfg serveConfig) string {
	if _, err := os.Stat(filepath.Join(cfg.site, "index.html")); err != nil {
		return ""
	}
	return cfg.site
}

// logRequests logs each request once it is answered.
func logRequests(h http.Handler, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			log.LogAttrs(r.Context(), slog.LevelInfo, "request",
				slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Int("status", sw.status()),
				slog.Int64("bytes", sw.n), slog.Duration("dur", time.Since(start)), slog.String("remote", r.RemoteAddr))
		}()
		h.ServeHTTP(sw, r)
	})
}

// statusWriter records the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	code int
	n    int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

func (w *statusWriter) status() int {
	if w.code == 0 {
		return http.StatusOK
	}
	return w.code
}

// Unwrap gives http.ResponseController the writer underneath.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
