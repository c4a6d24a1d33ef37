package bundle

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestScript(t *testing.T) {
	exec := []byte("\"use strict\";\n(() => {\n\tif (!globalThis.fs) { globalThis.fs = {}; }\n\tglobalThis.Go = class { run() {} };\n})();\n")
	src, err := Script(exec, []byte("// web/editor.js\nnew Go().run();\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for _, want := range []string{
		`(()=>{"use strict";`,
		"const goGlobal = (() => {",
		"const Go = ((globalThis) => {\n" + string(exec) + "\n;return globalThis.Go;\n})(goGlobal);\n",
		"// web/editor.js\nnew Go().run();\n})();\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the script has no %q:\n%s", want, s)
		}
	}
	min, err := minifyScript(src)
	if err != nil {
		t.Fatalf("minifying %s: %v", src, err)
	}
	if !strings.HasPrefix(string(min), "/*! Includes wasm_exec.js") || !strings.HasSuffix(string(min), "})()") {
		t.Errorf("minified script: %s", min)
	}

	if _, err := Script([]byte("window.Go = function() {}"), nil); err == nil {
		t.Errorf("Script accepted a wasm_exec.js that does not assign globalThis.Go")
	}
}

// A syntax error in a module names the module and the line.
func TestScriptSyntaxError(t *testing.T) {
	exec := []byte("globalThis.Go = class {};\n")
	src, err := Script(exec, []byte("// web/a.js\nconst a = 1;\n// web/editor.js\n// fine\nconst b = (;\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = minifyScript(src)
	if err == nil || !strings.HasPrefix(err.Error(), "web/editor.js:2: ") {
		t.Errorf("minifyScript: %v; want an error at web/editor.js:2", err)
	}
}

func TestHashedName(t *testing.T) {
	data := []byte("body{}")
	sum := sha256.Sum256(data)
	want := "assets/editor." + hex.EncodeToString(sum[:5]) + ".css"
	if got := hashedName("editor.css", data); got != want {
		t.Errorf("hashedName(editor.css) = %q; want %q", got, want)
	}
}

// Building the stand-in site in testdata: the engine is compiled for real.
func TestBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a WebAssembly program")
	}
	dir := t.TempDir()
	stale := filepath.Join(dir, "assets", "editor.0000000000.js")
	other := filepath.Join(dir, "notes.txt")
	for _, f := range []string{stale, other} {
		os.MkdirAll(filepath.Dir(f), 0o755)
		if err := os.WriteFile(f, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := Config{Root: "testdata/site"}
	files, removed, err := Build(cfg, dir)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"assets/editor.0000000000.js"}, removed); diff != "" {
		t.Errorf("removed (-want +got):\n%s", diff)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("a file outside assets/ was removed: %v", err)
	}

	// Every asset is named by the hash of what is written.
	name := regexp.MustCompile(`^assets/(claimcheck|editor|favicon)\.([0-9a-f]{10})\.(wasm|js|css|svg)$`)
	var names []string
	for _, f := range files {
		names = append(names, name.ReplaceAllString(f.Name, "assets/$1.HASH.$3"))
		data, err := os.ReadFile(filepath.Join(dir, f.Name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, f.Data) {
			t.Errorf("%s on disk differs from what Build returned", f.Name)
		}
		if m := name.FindStringSubmatch(f.Name); m != nil {
			sum := sha256.Sum256(data)
			if m[2] != hex.EncodeToString(sum[:])[:10] {
				t.Errorf("%s: the name's hash is not the content's", f.Name)
			}
		}
	}
	want := []string{"assets/claimcheck.HASH.wasm", "assets/editor.HASH.js", "assets/editor.HASH.css", "assets/favicon.HASH.svg",
		"claimcheck.html", "claimcheck-widget.js", "claimcheck-widget-lite.js", "examples/demo.css", "examples/demo.html", "index.html"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	assets, _ := filepath.Glob(filepath.Join(dir, "assets", "*"))
	if len(assets) != 4 {
		t.Errorf("assets/ holds %q; want the 4 built", assets)
	}

	page := string(files[len(files)-1].Data)
	for _, f := range files[:4] {
		if !strings.Contains(page, f.Name) {
			t.Errorf("index.html does not refer to %s:\n%s", f.Name, page)
		}
	}
	for _, gone := range []string{"web/", "claimcheck.wasm\"", "\n  "} {
		if strings.Contains(page, gone) {
			t.Errorf("index.html still has %q:\n%s", gone, page)
		}
	}
	script := string(files[1].Data)
	for _, want := range []string{"Includes wasm_exec.js", "new Proxy(globalThis", "standInReady", ".toUpperCase()"} {
		if !strings.Contains(script, want) {
			t.Errorf("the script has no %q", want)
		}
	}
	if strings.Contains(script, "import ") || strings.Contains(script, "export ") {
		t.Errorf("the script still has an import or an export:\n%s", script)
	}

	// The same sources give the same bytes, and a second build into the same directory changes
	// nothing.
	again, removed, err := Build(cfg, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(files, again); diff != "" {
		t.Errorf("a second build differs (-first +second):\n%.2000s", diff)
	}
	if len(removed) != 0 {
		t.Errorf("a build into an empty directory removed %q", removed)
	}
	if _, removed, err = Build(cfg, dir); err != nil || len(removed) != 0 {
		t.Errorf("rebuilding in place: removed %q, %v", removed, err)
	}
}

// A broken source fails the build and names the file.
func TestBuildFails(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(root string) error
		wantErr string
	}{
		{"no page", func(root string) error { return os.Remove(filepath.Join(root, "index.html")) }, "index.html"},
		{"a missing favicon", func(root string) error { return os.Remove(filepath.Join(root, "web/favicon.svg")) }, `index.html:7: <link href="web/favicon.svg">: no such file`},
		{"a missing module", func(root string) error { return os.Remove(filepath.Join(root, "web/util.js")) }, "web/engine.js:4: cannot import web/util.js"},
		{"a bad style", func(root string) error {
			return os.WriteFile(filepath.Join(root, "web/editor.css"), []byte("p { background: url(x.png) }"), 0o644)
		}, "web/editor.css:1: url(x.png)"},
		{"a syntax error", func(root string) error {
			return os.WriteFile(filepath.Join(root, "web/util.js"), []byte("export function shout(s) {\n  return s.(;\n}\nexport const lines = 1;\n"), 0o644)
		}, "web/util.js:2: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			if err := os.CopyFS(root, os.DirFS("testdata/site")); err != nil {
				t.Fatal(err)
			}
			if err := tt.edit(root); err != nil {
				t.Fatal(err)
			}
			// Assemble stops before the engine, whose package is not in the module here.
			_, err := Assemble(Config{Root: root})
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Assemble: %v; want an error containing %q", err, tt.wantErr)
			}
		})
	}
}
