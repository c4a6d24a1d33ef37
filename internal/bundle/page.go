package bundle

import (
	"bytes"
	"fmt"
	"html"
	"path"
	"regexp"
	"strings"

	"github.com/tdewolff/parse/v2"
	phtml "github.com/tdewolff/parse/v2/html"
)

// RefKind says what a local reference of the page is.
type RefKind int

// The references the bundler knows; each of the first three must appear exactly once.
const (
	StyleRef   RefKind = iota + 1 // <link rel="stylesheet" href="web/editor.css">
	ScriptRef                     // <script defer src="web/editor.js"></script>
	EngineRef                     // <meta name="claimcheck-engine" content="claimcheck.wasm">
	FileRef                       // any other local file, such as <link rel="icon" href="web/favicon.svg">
	PreloadRef                    // <link rel="preload" href="claimcheck.wasm" …>: optional, at most once
)

// The values of the three references that every page has.
const (
	stylePath  = "web/editor.css"
	scriptPath = "web/editor.js"
	enginePath = "claimcheck.wasm"
	engineMeta = "claimcheck-engine"
)

// Ref is a reference of the page to a local file.
type Ref struct {
	Kind RefKind
	Tag  string // lower-case element name: link, script, meta, img…
	Attr string // lower-case attribute name: href, src, content…
	Path string // the file, slash-separated and relative to the page's directory
	Line int    // 1-based line of the element in the page

	suffix             string // "?…" or "#…" after the path, kept when the reference is rewritten
	valStart, valEnd   int    // byte offsets of the attribute's value in the page, quotes included
	elemStart, elemEnd int    // byte offsets of the element: its start tag, and for a script its end tag
}

// Page is the editor page's HTML with its local references.
type Page struct {
	Name string // for messages: index.html
	Src  []byte
	Refs []Ref // in the order of the page

	// Where the single-file build splices the page (byte offsets; -1 when absent): the
	// <meta charset> element, and the </body> end tag.
	charsetStart, charsetEnd int
	bodyEnd                  int
}

// urlAttrs are the attributes whose value is a URL, on any element.
var urlAttrs = map[string]bool{
	"src": true, "href": true, "poster": true, "data": true, "action": true, "formaction": true,
	"xlink:href": true, "srcset": true, "imagesrcset": true, "background": true, "manifest": true,
}

// schemeRE matches a URL that names its scheme (https:, data:, mailto:, javascript:…).
var schemeRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:`)

// ParsePage reads the page's local references. It fails when one of the three references every
// page has (StyleRef, ScriptRef, EngineRef) is missing or repeated, on a reference that leaves
// the page's directory, and on what the site's Content-Security-Policy would block (inline
// scripts and styles, event-handler attributes, javascript: URLs) or what the bundler cannot
// rewrite (<base>, srcset).
func ParsePage(name string, src []byte) (*Page, error) {
	p := &Page{Name: name, Src: src, charsetStart: -1, charsetEnd: -1, bodyEnd: -1}
	l := phtml.NewLexer(parse.NewInputBytes(src))
	offset := 0
	var (
		tag      string // the element whose start tag is being read
		tagStart int    // its byte offset
		attrs    map[string]string
		refs     []Ref // the element's references, kept once its start tag is read
		inScript bool  // inside a <script>, and whether it has a src
		hasSrc   bool
		scriptAt int // index in p.Refs of the current script's first reference
	)
	fail := func(at int, format string, a ...any) error {
		return fmt.Errorf("%s:%d: %s", name, lineAt(src, at), fmt.Sprintf(format, a...))
	}
	for {
		tt, data := l.Next()
		start := offset
		offset += len(data)
		switch tt {
		case phtml.ErrorToken:
			if err := l.Err(); err != nil && err.Error() != "EOF" {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
			return p, p.checkRefs()
		case phtml.StartTagToken:
			tag, tagStart, attrs, refs = strings.ToLower(string(l.Text())), start, map[string]string{}, nil
			switch tag {
			case "style":
				return nil, fail(start, "a <style> element: the site's Content-Security-Policy (style-src 'self') blocks it; put the rules in web/editor.css")
			case "base":
				return nil, fail(start, "a <base> element changes what every reference means; the bundler cannot rewrite the page with one")
			}
		case phtml.AttributeToken:
			key := strings.ToLower(string(l.AttrKey()))
			raw := l.AttrVal()
			val := html.UnescapeString(string(bytes.Trim(raw, `"'`)))
			attrs[key] = val
			switch {
			case strings.HasPrefix(key, "on"):
				return nil, fail(start, "<%s %s>: the site's Content-Security-Policy blocks event-handler attributes; add the listener in a module under web/", tag, key)
			case key == "style":
				return nil, fail(start, "<%s style>: the site's Content-Security-Policy (style-src 'self') blocks style attributes; use a class", tag)
			}
			if !urlAttrs[key] && !(tag == "meta" && key == "content") {
				continue
			}
			trimmed := strings.TrimSpace(val)
			if strings.HasPrefix(strings.ToLower(trimmed), "javascript:") {
				return nil, fail(start, "<%s %s=%q>: the site's Content-Security-Policy blocks javascript: URLs", tag, key, val)
			}
			if key == "srcset" || key == "imagesrcset" {
				if local(trimmed) {
					return nil, fail(start, "<%s %s>: the bundler does not rewrite srcset; use src", tag, key)
				}
				continue
			}
			// meta content is a reference only in the engine's meta, which the tag's end tells.
			if key != "content" && !local(trimmed) {
				continue
			}
			r := Ref{Tag: tag, Attr: key, Line: lineAt(src, tagStart)}
			r.valStart = start + len(data) - len(raw)
			r.valEnd = start + len(data)
			r.Path, r.suffix = splitSuffix(trimmed)
			refs = append(refs, r)
		case phtml.StartTagCloseToken, phtml.StartTagVoidToken:
			if tag == "meta" && (attrs["charset"] != "" || strings.EqualFold(attrs["http-equiv"], "content-type")) {
				p.charsetStart, p.charsetEnd = tagStart, offset
			}
			scriptAt = len(p.Refs)
			for _, r := range refs {
				r.elemStart, r.elemEnd = tagStart, offset
				if r.Attr == "content" {
					if attrs["name"] != engineMeta {
						continue
					}
					if !local(r.Path) {
						return nil, fail(tagStart, "<meta name=%q content=%q>: the engine must be a local file", engineMeta, attrs["content"])
					}
				}
				clean := path.Clean(strings.TrimPrefix(r.Path, "/"))
				if clean == ".." || strings.HasPrefix(clean, "../") {
					return nil, fail(tagStart, "<%s %s=%q>: the reference leaves the page's directory", r.Tag, r.Attr, r.Path)
				}
				r.Path = clean
				switch {
				case r.Tag == "link" && r.Attr == "href" && r.Path == stylePath && hasWord(attrs["rel"], "stylesheet"):
					r.Kind = StyleRef
				case r.Tag == "script" && r.Attr == "src" && r.Path == scriptPath:
					r.Kind = ScriptRef
				case r.Tag == "meta" && r.Attr == "content":
					r.Kind = EngineRef
				case r.Tag == "link" && r.Attr == "href" && r.Path == enginePath && hasWord(attrs["rel"], "preload"):
					r.Kind = PreloadRef
				default:
					r.Kind = FileRef
				}
				p.Refs = append(p.Refs, r)
			}
			if tag == "script" && tt == phtml.StartTagCloseToken {
				inScript, hasSrc = true, attrs["src"] != ""
			}
			refs = nil
		case phtml.TextToken:
			if inScript && !hasSrc && len(bytes.TrimSpace(data)) > 0 {
				return nil, fail(start, "an inline <script>: the site's Content-Security-Policy (script-src 'self') blocks it; put the code in a module under web/")
			}
			if inScript && hasSrc && len(bytes.TrimSpace(data)) > 0 {
				return nil, fail(start, "a <script src> with code inside: browsers ignore that code")
			}
		case phtml.EndTagToken:
			switch strings.ToLower(string(l.Text())) {
			case "script":
				for i := scriptAt; i < len(p.Refs); i++ {
					p.Refs[i].elemEnd = offset
				}
			case "body":
				p.bodyEnd = start
			}
			inScript = false
		}
	}
}

// checkRefs fails unless each of the three references every page has appears exactly once.
func (p *Page) checkRefs() error {
	want := []struct {
		kind RefKind
		html string
	}{
		{StyleRef, `<link rel="stylesheet" href="` + stylePath + `">`},
		{ScriptRef, `<script defer src="` + scriptPath + `"></script>`},
		{EngineRef, `<meta name="` + engineMeta + `" content="` + enginePath + `">`},
	}
	for _, w := range want {
		var lines []string
		for _, r := range p.Refs {
			if r.Kind == w.kind {
				lines = append(lines, fmt.Sprint(r.Line))
			}
		}
		switch {
		case len(lines) == 0:
			return fmt.Errorf("%s: no %s: the bundler rewrites it to the built file", p.Name, w.html)
		case len(lines) > 1:
			return fmt.Errorf("%s:%s: %s appears %d times; it must appear once", p.Name, strings.Join(lines, ","), w.html, len(lines))
		}
	}
	var preloads []string
	for _, r := range p.Refs {
		if r.Kind == PreloadRef {
			preloads = append(preloads, fmt.Sprint(r.Line))
		}
	}
	if len(preloads) > 1 {
		return fmt.Errorf("%s:%s: the engine is preloaded %d times; once is enough", p.Name, strings.Join(preloads, ","), len(preloads))
	}
	for _, r := range p.Refs {
		if r.Kind == EngineRef && r.Path != enginePath {
			return fmt.Errorf("%s:%d: <meta name=%q content=%q>: the engine's reference must be %q", p.Name, r.Line, engineMeta, r.Path, enginePath)
		}
	}
	return nil
}

// Rewrite returns the page with the value of each reference replaced by url(ref); the "?…" or
// "#…" after a reference's path is kept. The rest of the page is unchanged, byte for byte.
func (p *Page) Rewrite(url func(Ref) (string, error)) ([]byte, error) {
	var b bytes.Buffer
	last := 0
	for _, r := range p.Refs {
		u, err := url(r)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", p.Name, r.Line, err)
		}
		b.Write(p.Src[last:r.valStart])
		b.WriteByte('"')
		b.WriteString(html.EscapeString(u + r.suffix))
		b.WriteByte('"')
		last = r.valEnd
	}
	b.Write(p.Src[last:])
	return b.Bytes(), nil
}

// local reports whether a URL names a file of the site: no scheme, no host, not only a fragment.
func local(u string) bool {
	return u != "" && !strings.HasPrefix(u, "#") && !strings.HasPrefix(u, "//") && !schemeRE.MatchString(u)
}

// splitSuffix splits a local URL into its path and its "?query" or "#fragment".
func splitSuffix(u string) (p, suffix string) {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		return u[:i], u[i:]
	}
	return u, ""
}

// hasWord reports whether the space-separated list s holds w, ignoring case (rel="Stylesheet").
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// lineAt is the 1-based line of byte offset off in src.
func lineAt(src []byte, off int) int {
	return 1 + bytes.Count(src[:min(off, len(src))], []byte("\n"))
}
