package bundle

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// goEnv returns the environment of a go command run for the engine: the caller's, with GOOS and
// GOARCH set for the browser.
func goEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOOS=") && !strings.HasPrefix(kv, "GOARCH=") {
			env = append(env, kv)
		}
	}
	return append(env, "GOOS=js", "GOARCH=wasm")
}

// buildEngine compiles the engine's package for the browser and returns the WebAssembly module.
// The build is reproducible: no file paths (-trimpath), no symbol table or DWARF (-s -w, a
// third of the size) and no version-control stamp (-buildvcs=false), so the same sources and
// toolchain give the same bytes and the same hashed name. Every package but the runtime is
// compiled without inlining (-l): some 16 KB less gzipped than with inlining everywhere, which
// the widget's megabyte needs, for about a tenth more time per check; the runtime keeps it,
// since without it a check takes a fifth longer again (docs/size.md).
func buildEngine(cfg Config) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "claimcheck-bundle-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "claimcheck.wasm")
	cmd := exec.Command(cfg.goCmd(), "build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w", "-gcflags=all=-l", "-gcflags=runtime=", "-o", out, cfg.enginePkg())
	cmd.Dir = cfg.Root
	cmd.Env = goEnv()
	var stderr bytes.Buffer
	cmd.Stdout = &stderr
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("GOOS=js GOARCH=wasm go build %s: %v\n%s", cfg.enginePkg(), err, stderr.Bytes())
	}
	return os.ReadFile(out)
}

// wasmExec returns the toolchain's wasm_exec.js, the JavaScript half of the Go runtime for the
// browser. It must come from the same toolchain as the engine, so it is read from the GOROOT of
// the go command that builds it.
func wasmExec(cfg Config) ([]byte, error) {
	cmd := exec.Command(cfg.goCmd(), "env", "GOROOT")
	cmd.Dir = cfg.Root
	cmd.Env = goEnv()
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %v", err)
	}
	p := filepath.Join(strings.TrimSpace(string(out)), "lib", "wasm", "wasm_exec.js")
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("the toolchain's wasm_exec.js: %v", err)
	}
	return b, nil
}
