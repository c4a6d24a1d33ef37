package bundle

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// head is what every page needs; the tests add to it.
const head = `<!doctype html>
<html lang="en" data-engine="loading">
<head>
<meta charset="utf-8">
<meta name="claimcheck-engine" content="claimcheck.wasm">
<link rel="stylesheet" href="web/editor.css">
<script defer src="web/editor.js"></script>
`

func TestParsePage(t *testing.T) {
	type ref struct {
		Kind      RefKind
		Tag, Attr string
		Path      string
		Line      int
	}
	base := []ref{
		{EngineRef, "meta", "content", "claimcheck.wasm", 5},
		{StyleRef, "link", "href", "web/editor.css", 6},
		{ScriptRef, "script", "src", "web/editor.js", 7},
	}
	tests := []struct {
		name    string
		page    string
		want    []ref
		wantErr string
	}{
		{"the three references", head + "</head><body><div id=draft></div></body></html>", base, ""},
		{
			name: "other local files, and what is not local",
			page: head + `<link rel="icon" href="./web/favicon.svg?v=1">
<img src="/web/logo.png" alt="">
<a href="#draft">draft</a> <a href="https://example.org/">x</a> <a href="mailto:desk@example.org">mail</a>
<img src="data:image/png;base64,AAAA" alt=""> <link rel="preconnect" href="//cdn.example.org">
<meta name="description" content="web/not-a-file.txt">`,
			want: append(base[:3:3],
				ref{FileRef, "link", "href", "web/favicon.svg", 8},
				ref{FileRef, "img", "src", "web/logo.png", 9}),
		},
		{"attribute order and quotes do not matter", `<meta content=claimcheck.wasm name=claimcheck-engine><link href='web/editor.css' rel="preload stylesheet"><script src=web/editor.js defer></script>`,
			[]ref{{EngineRef, "meta", "content", "claimcheck.wasm", 1}, {StyleRef, "link", "href", "web/editor.css", 1}, {ScriptRef, "script", "src", "web/editor.js", 1}}, ""},
		{"no style", strings.Replace(head, `rel="stylesheet" `, "", 1), nil, `index.html: no <link rel="stylesheet" href="web/editor.css">`},
		{"no script", strings.Replace(head, "web/editor.js", "web/app.js", 1), nil, `index.html: no <script defer src="web/editor.js"></script>`},
		{"no engine", strings.Replace(head, "claimcheck-engine", "engine", 1), nil, `index.html: no <meta name="claimcheck-engine" content="claimcheck.wasm">`},
		{"another engine name", strings.Replace(head, `content="claimcheck.wasm"`, `content="engine.wasm"`, 1), nil, `index.html:5: <meta name="claimcheck-engine" content="engine.wasm">: the engine's reference must be "claimcheck.wasm"`},
		{"an engine elsewhere", strings.Replace(head, `content="claimcheck.wasm"`, `content="https://cdn.example.org/claimcheck.wasm"`, 1), nil, "index.html:5: <meta name=\"claimcheck-engine\" content=\"https://cdn.example.org/claimcheck.wasm\">: the engine must be a local file"},
		{"the script twice", head + `<script defer src="web/editor.js"></script>`, nil, `index.html:7,8: <script defer src="web/editor.js"></script> appears 2 times`},
		{"an inline script", head + "<script>\nalert(1)</script>", nil, "index.html:8: an inline <script>: the site's Content-Security-Policy (script-src 'self') blocks it"},
		{"code inside a script with src", head + `<script src="web/x.js">alert(1)</script>`, nil, "a <script src> with code inside"},
		{"an empty inline script is fine", head + "<script>\n</script>", base, ""},
		{"a style element", head + "<style>p{}</style>", nil, "index.html:8: a <style> element"},
		{"a style attribute", head + `<p style="color:red">`, nil, "index.html:8: <p style>"},
		{"an event handler", head + `<button onclick="go()">`, nil, "index.html:8: <button onclick>"},
		{"a javascript: URL", head + `<a href="javascript:go()">`, nil, "javascript: URLs"},
		{"a base element", head + `<base href="/app/">`, nil, "index.html:8: a <base> element"},
		{"srcset", head + `<img srcset="web/a.png 2x" src="web/a.png">`, nil, "does not rewrite srcset"},
		{"out of the directory", head + `<img src="../secret.png">`, nil, `index.html:8: <img src="../secret.png">: the reference leaves the page's directory`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParsePage("index.html", []byte(tt.page))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParsePage(%q): error %v; want one containing %q", tt.page, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParsePage(%q): %v", tt.page, err)
			}
			var got []ref
			for _, r := range p.Refs {
				got = append(got, ref{r.Kind, r.Tag, r.Attr, r.Path, r.Line})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParsePage(%q) refs (-want +got):\n%s", tt.page, diff)
			}
		})
	}
}

func TestRewrite(t *testing.T) {
	page := head + `<link rel="icon" href='web/favicon.svg#x'><p title="a &amp; b">text</p>` + "\n</html>\n"
	p, err := ParsePage("index.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.Rewrite(func(r Ref) (string, error) {
		return "assets/" + strings.ToUpper(r.Path), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.NewReplacer(
		`content="claimcheck.wasm"`, `content="assets/CLAIMCHECK.WASM"`,
		`href="web/editor.css"`, `href="assets/WEB/EDITOR.CSS"`,
		`src="web/editor.js"`, `src="assets/WEB/EDITOR.JS"`,
		`href='web/favicon.svg#x'`, `href="assets/WEB/FAVICON.SVG#x"`,
	).Replace(page)
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("Rewrite (-want +got):\n%s", diff)
	}
}

func TestCheckStyle(t *testing.T) {
	tests := []struct {
		css     string
		wantErr string
	}{
		{"p { color: red }\n::highlight(claimcheck-error) { text-decoration: underline }", ""},
		{"p { background: url(\"data:image/svg+xml,%3Csvg/%3E\") }", ""},
		{"p { mask: url(#m) }", ""},
		{"/* url(web/x.png) in a comment */ p {}", ""},
		{"p {}\n\np { background: url(web/x.png) }", "web/editor.css:3: url(web/x.png)"},
		{"p { background: URL( 'https://example.org/x.png' ) }", "url(https://example.org/x.png)"},
		{"/* one\ntwo */\n@import 'other.css';", "web/editor.css:3: @import cannot be bundled"},
	}
	for _, tt := range tests {
		err := checkStyle("web/editor.css", []byte(tt.css))
		if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("checkStyle(%q): %v; want %q", tt.css, err, tt.wantErr)
		}
	}
}

func TestPreloadRef(t *testing.T) {
	const head = `<!doctype html><meta charset="utf-8"><meta name="claimcheck-engine" content="claimcheck.wasm">` +
		`<link rel="stylesheet" href="web/editor.css"><script defer src="web/editor.js"></script>`
	const preload = `<link rel="preload" href="claimcheck.wasm" as="fetch" type="application/wasm" crossorigin>`
	p, err := ParsePage("index.html", []byte(head+preload))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []RefKind
	for _, r := range p.Refs {
		kinds = append(kinds, r.Kind)
	}
	if diff := cmp.Diff([]RefKind{EngineRef, StyleRef, ScriptRef, PreloadRef}, kinds); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
	if _, err := ParsePage("index.html", []byte(head+preload+preload)); err == nil || !strings.Contains(err.Error(), "preloaded 2 times") {
		t.Errorf("two preloads: error %v, want one saying the engine is preloaded 2 times", err)
	}
}
