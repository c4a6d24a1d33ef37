package bundle

// The editor's JavaScript is written as plain ES modules so that each file reads on its own, but
// the page loads one classic script: a module graph needs one request per file (or a module
// preload list to keep in step), and the single-file build cannot have modules at all. Flatten
// joins the modules into one scope, dependencies first, which is only safe for a small subset of
// the module syntax, so everything outside that subset fails the build instead of changing meaning:
//
//   - at the top of a file, before any other statement, `import { a, b } from './x.js';` (one or
//     more lines, a relative path ending in .js, no renaming with `as`);
//   - `export` directly before a top-level `function`, `async function`, `class`, `const` or `let`
//     declaration, at the start of its line.
//
// Default exports, export lists, re-exports, namespace, default, side-effect and dynamic imports
// and import.meta have no meaning once the files share a scope and are rejected, as are two
// top-level declarations of one name in different files (the later would silently replace or
// clash with the earlier). The checks read lines, not a parse tree: a comment line or a JSDoc
// continuation line is skipped, and anything else that looks like an import or an export fails.

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
)

// Names the script's prelude declares in the scope that the modules share.
var preludeNames = []string{"Go", "goGlobal"}

var (
	// importRE is the one import form: import { a, b } from './x.js';
	importRE = regexp.MustCompile(`^import\s*\{\s*([A-Za-z_$][\w$]*(?:\s*,\s*[A-Za-z_$][\w$]*)*)\s*,?\s*\}\s*from\s*(?:'([^'\n]*)'|"([^"\n]*)")\s*;\s*$`)
	// exportDeclRE is an export that Flatten removes: the keyword before a declaration.
	exportDeclRE = regexp.MustCompile(`^export\s+(?:async\s+function\b|function\b|class\b|const\b|let\b)`)
	// declRE finds the name of a top-level declaration (a line that starts at column 0).
	declRE = regexp.MustCompile(`^(export\s+)?(?:async\s+)?(?:function\b\s*\*?\s*|class\s+|const\s+|let\s+|var\s+)([A-Za-z_$][\w$]*)?`)
	// dynamicImportRE is import() or import.meta anywhere in a line.
	dynamicImportRE = regexp.MustCompile(`(?:^|[^.\w$])import\s*(?:\(|\.\s*meta\b)`)
)

// module is one parsed file of the graph.
type module struct {
	path    string         // slash-separated, relative to the root of the file system
	imports []importDecl   // in the order written
	exports map[string]int // exported name → 1-based line
	opaque  bool           // an export whose names were not read (a destructuring declaration)
	decls   map[string]int // top-level declared name → 1-based line
	body    []byte         // the file without its imports and export keywords
}

// importDecl is one import statement.
type importDecl struct {
	names []string
	from  string // resolved path of the imported file
	line  int    // 1-based line of the statement in the importing file
}

// Flatten joins the ES module entry and every module it imports, directly or not, into one
// script: each file once, every file after the files it imports, imports removed and `export`
// keywords dropped. Paths are slash-separated and relative to the root of fsys. Each file starts
// with a comment naming it. Flatten fails on a missing file, an import cycle, a name imported
// but not exported, a top-level name declared in two files and any import or export form
// outside the subset described at the top of this file.
func Flatten(fsys fs.FS, entry string) ([]byte, error) {
	g := &graph{fsys: fsys, mods: map[string]*module{}, state: map[string]int{}}
	if err := g.visit(entry, nil); err != nil {
		return nil, err
	}
	// One scope: a name declared twice would be a SyntaxError (const, let, class) or, worse, a
	// function that silently replaces another.
	seen := map[string]string{}
	for _, n := range preludeNames {
		seen[n] = "the bundle's prelude"
	}
	for _, m := range g.order {
		names := make([]string, 0, len(m.decls))
		for name := range m.decls {
			names = append(names, name)
		}
		slices.SortFunc(names, func(a, b string) int { return cmp.Compare(m.decls[a], m.decls[b]) })
		for _, name := range names {
			where := fmt.Sprintf("%s:%d", m.path, m.decls[name])
			if prev, ok := seen[name]; ok {
				return nil, fmt.Errorf("%s: top-level name %q is already declared in %s; the modules share one scope once bundled", where, name, prev)
			}
			seen[name] = where
		}
	}
	var out bytes.Buffer
	for _, m := range g.order {
		fmt.Fprintf(&out, "// %s\n", m.path)
		out.Write(m.body)
		if !bytes.HasSuffix(m.body, []byte("\n")) {
			out.WriteByte('\n')
		}
	}
	return out.Bytes(), nil
}

// graph walks the imports depth first and records the files in dependency order.
type graph struct {
	fsys  fs.FS
	mods  map[string]*module
	state map[string]int // 1 while a file's imports are being visited, 2 once it is in order
	order []*module
}

const (
	visiting = 1
	done     = 2
)

// visit adds p and its imports to the order; stack is the chain of files that led to p.
func (g *graph) visit(p string, stack []string) error {
	switch g.state[p] {
	case done:
		return nil
	case visiting:
		i := 0
		for stack[i] != p {
			i++
		}
		return fmt.Errorf("import cycle: %s", strings.Join(append(stack[i:], p), " → "))
	}
	src, err := fs.ReadFile(g.fsys, p)
	if err != nil {
		return err
	}
	m, err := parseModule(p, src)
	if err != nil {
		return err
	}
	g.state[p] = visiting
	g.mods[p] = m
	for _, im := range m.imports {
		if _, err := fs.Stat(g.fsys, im.from); err != nil {
			return fmt.Errorf("%s:%d: cannot import %s: %w", p, im.line, im.from, err)
		}
		if err := g.visit(im.from, append(stack, p)); err != nil {
			return err
		}
		dep := g.mods[im.from]
		if dep.opaque {
			continue
		}
		for _, name := range im.names {
			if _, ok := dep.exports[name]; !ok {
				return fmt.Errorf("%s:%d: %s does not export %q", p, im.line, im.from, name)
			}
		}
	}
	g.state[p] = done
	g.order = append(g.order, m)
	return nil
}

// maxImportLines is the most lines one import statement may take.
const maxImportLines = 50

// parseModule reads the imports, exports and top-level declarations of one file and returns it
// with its imports and export keywords removed.
func parseModule(p string, src []byte) (*module, error) {
	m := &module{path: p, exports: map[string]int{}, decls: map[string]int{}}
	lines := strings.SplitAfter(string(src), "\n")
	var body strings.Builder
	header := true     // still among the comments and imports at the top
	inComment := false // inside a /* */ comment that began a line
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		n := i + 1
		trimmed := strings.TrimSpace(line)
		if inComment {
			body.WriteString(line)
			inComment = !strings.Contains(line, "*/")
			continue
		}
		if trimmed == "" || strings.HasPrefix(trimmed, "//") || strings.HasPrefix(trimmed, "*") {
			body.WriteString(line)
			continue
		}
		if strings.HasPrefix(trimmed, "/*") {
			body.WriteString(line)
			inComment = !strings.Contains(trimmed[2:], "*/")
			continue
		}
		if startsWord(trimmed, "import") && !dynamicImportRE.MatchString(trimmed) {
			if !header {
				return nil, fmt.Errorf("%s:%d: an import after the first statement; imports must come first", p, n)
			}
			// One statement, possibly over a few lines, up to its semicolon.
			stmt := trimmed
			j := i
			for !strings.Contains(stmt, ";") && j+1 < len(lines) && j-i < maxImportLines {
				j++
				stmt += " " + strings.TrimSpace(lines[j])
			}
			im, err := parseImport(p, stmt)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", p, n, err)
			}
			im.line = n
			m.imports = append(m.imports, im)
			i = j
			continue
		}
		header = false
		if dynamicImportRE.MatchString(line) {
			return nil, fmt.Errorf("%s:%d: dynamic import() and import.meta cannot be bundled", p, n)
		}
		if startsWord(trimmed, "export") {
			if line[0] == ' ' || line[0] == '\t' {
				return nil, fmt.Errorf("%s:%d: export must start its line, before a top-level declaration", p, n)
			}
			if !exportDeclRE.MatchString(line) {
				return nil, fmt.Errorf("%s:%d: %q: only export before a function, class, const or let declaration can be bundled", p, n, firstWords(trimmed, 3))
			}
		}
		if d := declRE.FindStringSubmatch(line); d != nil && line[0] != ' ' && line[0] != '\t' {
			exported := d[1] != ""
			name := d[2]
			switch {
			case name != "":
				if _, dup := m.decls[name]; !dup {
					m.decls[name] = n
				}
				if exported {
					m.exports[name] = n
				}
			case exported:
				m.opaque = true // export const { a, b } = …
			}
			if exported {
				line = strings.TrimLeft(strings.TrimPrefix(line, "export"), " \t")
			}
		}
		body.WriteString(line)
	}
	m.body = []byte(body.String())
	return m, nil
}

// parseImport reads one import statement and resolves its path against the importing file p.
func parseImport(p, stmt string) (importDecl, error) {
	sm := importRE.FindStringSubmatch(stmt)
	if sm == nil {
		return importDecl{}, fmt.Errorf("%q: only `import { a, b } from './x.js';` can be bundled (no default, namespace, side-effect or renamed imports)", stmt)
	}
	spec := sm[2] + sm[3]
	if !(strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../")) || !strings.HasSuffix(spec, ".js") {
		return importDecl{}, fmt.Errorf("import from %q: the path must be relative ('./x.js') and end in .js", spec)
	}
	from := path.Join(path.Dir(p), spec)
	if !fs.ValidPath(from) {
		return importDecl{}, fmt.Errorf("import from %q: the path leaves the project", spec)
	}
	var names []string
	for _, s := range strings.Split(sm[1], ",") {
		names = append(names, strings.TrimSpace(s))
	}
	return importDecl{names: names, from: from}, nil
}

// startsWord reports whether s starts with the keyword w as a whole word.
func startsWord(s, w string) bool {
	if !strings.HasPrefix(s, w) {
		return false
	}
	if len(s) == len(w) {
		return true
	}
	c := s[len(w)]
	return !(c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// firstWords returns up to n words of s, for messages.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}
