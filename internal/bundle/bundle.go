// Package bundle builds the editor's site from its sources: the page (index.html), its ES
// modules and style (web/), the engine (the Go package ./wasm, compiled to WebAssembly) and Go's
// wasm_exec.js.
//
// Building is two steps. Assemble reads and builds every part once into a Site held in memory:
// the engine, one minified classic script (wasm_exec.js in a private global scope, then the
// modules flattened in dependency order, see Flatten and Script), the minified style and the
// page with its references. Each output is then a function of the Site: Served gives the files
// of the served site (index.html and assets/NAME.HASH.EXT, every asset named by its content so
// that it can be cached for good); SingleFile, Widget and WidgetLite give the offline page and the
// widget's scripts from the same parts, and All gives every file of dist/. WriteDir writes a list of files and removes stale assets.
//
// The same inputs give the same bytes: the engine is built with -trimpath and without VCS
// stamping, the minifiers are deterministic and nothing records a time or a path.
package bundle

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// Config says where the sources are.
type Config struct {
	Root   string // the project's directory, holding index.html and web/; default "."
	Engine string // the engine's Go package, relative to Root; default "./wasm"
	Go     string // the go command; default "go", found in PATH
}

func (c Config) goCmd() string {
	if c.Go != "" {
		return c.Go
	}
	return "go"
}

func (c Config) enginePkg() string {
	if c.Engine != "" {
		return c.Engine
	}
	return "./wasm"
}

func (c Config) root() string {
	if c.Root != "" {
		return c.Root
	}
	return "."
}

// Site is the built site, each part once, before it is laid out as files.
type Site struct {
	Page   *Page             // index.html and its references
	Engine []byte            // the engine, WebAssembly
	Script []byte            // the editor's script, minified: prelude, wasm_exec.js, modules
	Style  []byte            // the editor's style, minified
	Files  map[string][]byte // other local files the page references, by their path in Page.Refs

	// WidgetScript is the <claim-check> element's script, minified: the prelude, wasm_exec.js,
	// placeholders for the engine (see Widget) and the modules of web/widget.js.
	WidgetScript []byte
	Examples     []File // the example pages of the widget and their files, under examples/
}

// File is one file of a built output.
type File struct {
	Name string // slash-separated, relative to the output directory: index.html, assets/…
	Data []byte
}

// Budgets are the most bytes each file meant to be used alone may hold as it is, uncompressed
// (1 MB = 1,000,000 bytes): the single file an editor e-mails, and the widget's one script.
var Budgets = map[string]int{
	"claimcheck.html":      1_000_000,
	"claimcheck-widget.js": 1_000_000,
}

// The page and the entry module, relative to Config.Root.
const (
	pageFile     = "index.html"
	entryModule  = scriptPath
	widgetModule = "web/widget.js"
)

// Assemble builds every part of the site from the sources in cfg.Root.
func Assemble(cfg Config) (*Site, error) {
	root := cfg.root()
	fsys := os.DirFS(root)
	src, err := fs.ReadFile(fsys, pageFile)
	if err != nil {
		return nil, err
	}
	page, err := ParsePage(pageFile, src)
	if err != nil {
		return nil, err
	}
	s := &Site{Page: page, Files: map[string][]byte{}}
	for _, r := range page.Refs {
		if r.Kind != FileRef {
			continue
		}
		b, err := fs.ReadFile(fsys, r.Path)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%s:%d: <%s %s=%q>: no such file", pageFile, r.Line, r.Tag, r.Attr, r.Path)
			}
			return nil, err
		}
		s.Files[r.Path] = b
	}

	style, err := fs.ReadFile(fsys, stylePath)
	if err != nil {
		return nil, err
	}
	if err := checkStyle(stylePath, style); err != nil {
		return nil, err
	}
	if s.Style, err = minifier.Bytes("text/css", style); err != nil {
		return nil, fmt.Errorf("minifying %s: %v", stylePath, err)
	}

	modules, err := Flatten(fsys, entryModule)
	if err != nil {
		return nil, err
	}
	exec, err := wasmExec(cfg)
	if err != nil {
		return nil, err
	}
	script, err := Script(exec, modules)
	if err != nil {
		return nil, err
	}
	if s.Script, err = minifyScript(script); err != nil {
		return nil, err
	}

	if modules, err = Flatten(fsys, widgetModule); err != nil {
		return nil, err
	}
	if script, err = Script(exec, append([]byte(widgetDefs), modules...)); err != nil {
		return nil, err
	}
	if s.WidgetScript, err = minifyScript(script); err != nil {
		return nil, err
	}
	if s.Examples, err = readExamples(fsys); err != nil {
		return nil, err
	}

	cfg.Root = root
	if s.Engine, err = buildEngine(cfg); err != nil {
		return nil, err
	}
	return s, nil
}

// Served returns the files of the served site: each asset under assets/ named by its content,
// and index.html (last) referring to them.
func (s *Site) Served() ([]File, error) {
	engine := hashedName("claimcheck.wasm", s.Engine)
	script := hashedName("editor.js", s.Script)
	style := hashedName("editor.css", s.Style)
	files := []File{{engine, s.Engine}, {script, s.Script}, {style, s.Style}}
	names := map[string]string{}
	for _, p := range slices.Sorted(maps.Keys(s.Files)) {
		names[p] = hashedName(path.Base(p), s.Files[p])
		files = append(files, File{names[p], s.Files[p]})
	}
	page, err := s.Page.Rewrite(func(r Ref) (string, error) {
		switch r.Kind {
		case StyleRef:
			return style, nil
		case ScriptRef:
			return script, nil
		case EngineRef, PreloadRef:
			return engine, nil
		}
		return names[r.Path], nil
	})
	if err != nil {
		return nil, err
	}
	if page, err = minifier.Bytes("text/html", page); err != nil {
		return nil, fmt.Errorf("minifying %s: %v", pageFile, err)
	}
	return append(files, File{pageFile, page}), nil
}

// readExamples reads the files of examples/ (not its subdirectories); each page must load the
// widget as ../claimcheck-widget.js.
func readExamples(fsys fs.FS) ([]File, error) {
	entries, err := fs.ReadDir(fsys, examplesDir)
	if err != nil {
		return nil, fmt.Errorf("the widget's example pages: %w", err)
	}
	var files []File
	for _, e := range entries {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		name := examplesDir + "/" + e.Name()
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		if path.Ext(name) == ".html" {
			if err := checkExample(name, b); err != nil {
				return nil, err
			}
		}
		files = append(files, File{name, b})
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s/: no example pages", examplesDir)
	}
	return files, nil
}

// All returns every file of dist/: the served site (see Served), the single file
// (claimcheck.html), the widget with its engine (claimcheck-widget.js), the widget that fetches
// the served site's engine (claimcheck-widget-lite.js) and the widget's example pages.
func (s *Site) All() ([]File, error) {
	files, err := s.Served()
	if err != nil {
		return nil, err
	}
	single, err := s.SingleFile()
	if err != nil {
		return nil, err
	}
	widget, err := s.Widget()
	if err != nil {
		return nil, err
	}
	lite, err := s.WidgetLite(hashedName("claimcheck.wasm", s.Engine))
	if err != nil {
		return nil, err
	}
	extra := []File{{SingleFileName, single}, {WidgetName, widget}, {WidgetLiteName, lite}}
	extra = append(extra, s.Examples...)
	// The page last, as Served has it: a server reading the directory during a build never
	// serves a page whose files are missing.
	return append(append(files[:len(files)-1:len(files)-1], extra...), files[len(files)-1]), nil
}

// assetsDir is the directory of the hashed assets in an output directory.
const assetsDir = "assets"

// hashedName is assets/BASE.HASH.EXT for a file named BASE.EXT with content data: HASH is the
// first 10 hex digits of the SHA-256 of data.
func hashedName(name string, data []byte) string {
	sum := sha256.Sum256(data)
	ext := path.Ext(name)
	return assetsDir + "/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:10] + ext
}

// WriteDir writes files into dir and removes from dir/assets every file that is not among them,
// so that the directory holds one build. Files under assets/ are written first, so that a server
// reading dir during the build never serves a page whose assets are missing; a file whose
// content is already there is left untouched. It returns the names of the removed files.
func WriteDir(dir string, files []File) (removed []string, err error) {
	if err := os.MkdirAll(filepath.Join(dir, assetsDir), 0o755); err != nil {
		return nil, err
	}
	ordered := slices.Clone(files)
	slices.SortStableFunc(ordered, func(a, b File) int {
		return boolInt(!strings.HasPrefix(a.Name, assetsDir+"/")) - boolInt(!strings.HasPrefix(b.Name, assetsDir+"/"))
	})
	keep := map[string]bool{}
	for _, f := range ordered {
		if !fs.ValidPath(f.Name) {
			return nil, fmt.Errorf("bundle: bad output name %q", f.Name)
		}
		keep[f.Name] = true
		if err := writeFile(filepath.Join(dir, filepath.FromSlash(f.Name)), f.Data); err != nil {
			return nil, err
		}
	}
	entries, err := os.ReadDir(filepath.Join(dir, assetsDir))
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		name := assetsDir + "/" + e.Name()
		if keep[name] {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, assetsDir, e.Name())); err != nil {
			return removed, err
		}
		removed = append(removed, name)
	}
	return removed, nil
}

// writeFile writes data to name through a temporary file renamed into place, unless name
// already holds data.
func writeFile(name string, data []byte) error {
	if old, err := os.ReadFile(name); err == nil && bytes.Equal(old, data) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(name), ".tmp-"+filepath.Base(name)+"-")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// Build assembles the site from cfg and writes every file of All into dir (see WriteDir). It
// returns the files written and the stale assets removed.
func Build(cfg Config, dir string) (files []File, removed []string, err error) {
	s, err := Assemble(cfg)
	if err != nil {
		return nil, nil, err
	}
	if files, err = s.All(); err != nil {
		return nil, nil, err
	}
	removed, err = WriteDir(dir, files)
	return files, removed, err
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
