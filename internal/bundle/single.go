package bundle

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime"
	"path"
	"regexp"
	"slices"
	"strings"
)

// The file names of the artifacts beside the served site.
const (
	SingleFileName = "claimcheck.html"
	WidgetName     = "claimcheck-widget.js"
	WidgetLiteName = "claimcheck-widget-lite.js"
	examplesDir    = "examples"
)

// Placeholders in the single file's minified skeleton, replaced by the inline style, the
// engine's data and the script once the page is minified (the minifier keeps unknown elements
// as they are and never sees the data).
const (
	slotStyle  = "<claimcheck-slot-style></claimcheck-slot-style>"
	slotData   = "<claimcheck-slot-data></claimcheck-slot-data>"
	slotScript = "<claimcheck-slot-script></claimcheck-slot-script>"
)

// EngineDataID is the id of the element holding the engine in the single file; web/editor.js
// looks for it before the engine's <meta>.
const EngineDataID = "claimcheck-engine-data"

// SingleFile returns claimcheck.html: the editor page with its style, its script (wasm_exec.js
// included) and the engine inside it, for opening from disk with no network at all. The page is
// read as windows-1252 and, but for the engine's bytes, is pure ASCII; the engine is gzip,
// escaped by Escape1252, in <script type="application/octet-stream" id="claimcheck-engine-data"
// data-encoding="windows-1252">, placed with the script at the end of the body (the script reads
// the element, so the element comes first). Other local files the page refers to become data:
// URLs. See the top of embed.go for why.
func (s *Site) SingleFile() ([]byte, error) {
	p := s.Page
	if p.charsetStart < 0 {
		return nil, fmt.Errorf("%s: no <meta charset>: the single file must declare windows-1252 where the page declares its encoding", p.Name)
	}
	type edit struct {
		start, end int
		with       string
	}
	edits := []edit{{p.charsetStart, p.charsetEnd, `<meta charset="windows-1252">`}}
	for _, r := range p.Refs {
		switch r.Kind {
		case StyleRef:
			edits = append(edits, edit{r.elemStart, r.elemEnd, slotStyle})
		case EngineRef, ScriptRef, PreloadRef:
			edits = append(edits, edit{r.elemStart, r.elemEnd, ""})
		case FileRef:
			typ := mime.TypeByExtension(path.Ext(r.Path))
			if typ == "" {
				typ = "application/octet-stream"
			}
			url := "data:" + typ + ";base64," + base64.StdEncoding.EncodeToString(s.Files[r.Path])
			edits = append(edits, edit{r.valStart, r.valEnd, `"` + url + `"`})
		}
	}
	at := p.bodyEnd
	if at < 0 {
		at = len(p.Src)
	}
	edits = append(edits, edit{at, at, slotData + slotScript})
	slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last {
			return nil, fmt.Errorf("%s:%d: overlapping references", p.Name, lineAt(p.Src, e.start))
		}
		b.Write(p.Src[last:e.start])
		b.WriteString(e.with)
		last = e.end
	}
	b.Write(p.Src[last:])

	page, err := minifier.Bytes("text/html", b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("minifying %s: %v", SingleFileName, err)
	}
	if page, err = asciiHTML(p.Name, page); err != nil {
		return nil, err
	}
	style, err := asciiCSS(stylePath, s.Style)
	if err != nil {
		return nil, err
	}
	if bytes.Contains(bytes.ToLower(style), []byte("</style")) {
		return nil, fmt.Errorf("%s: the style contains </style, which would end it inside the page", stylePath)
	}
	script, err := inlineScript(s.Script)
	if err != nil {
		return nil, err
	}
	data := Escape1252(Gzip(s.Engine))
	slots := []struct{ slot, open, body, close string }{
		{slotStyle, "<style>", string(style), "</style>"},
		{slotData, `<script type="application/octet-stream" id="` + EngineDataID + `" data-encoding="windows-1252">`, string(data), "</script>"},
		{slotScript, "<script>", string(script), "</script>"},
	}
	out := string(page)
	for _, sl := range slots {
		if n := strings.Count(out, sl.slot); n != 1 {
			return nil, fmt.Errorf("%s: the minified page holds %s %d times, want once", SingleFileName, sl.slot, n)
		}
		out = strings.Replace(out, sl.slot, sl.open+sl.body+sl.close, 1)
	}
	// Everything but the engine's bytes is ASCII, so it reads the same in windows-1252.
	i := strings.Index(out, string(data))
	if j := firstNonASCII([]byte(out[:i])); j >= 0 {
		return nil, fmt.Errorf("%s: a non-ASCII byte at %d, before the engine", SingleFileName, j)
	}
	if j := firstNonASCII([]byte(out[i+len(data):])); j >= 0 {
		return nil, fmt.Errorf("%s: a non-ASCII byte at %d, after the engine", SingleFileName, i+len(data)+j)
	}
	return []byte(out), nil
}

var (
	scriptEndRE     = regexp.MustCompile(`(?i)</(script)`)
	commentOpenRE   = regexp.MustCompile(`<!--`)
	placeholderEnRE = regexp.MustCompile(`["']__CLAIMCHECK_(EMBEDDED_ENGINE|ENGINE_FILE)__["']`)
)

// inlineScript makes a minified script fit inside a <script> element of an ASCII page: non-ASCII
// characters escaped, and "</script" written "<\/script" (the same string or regular expression
// in JavaScript). "<!--" would put the HTML parser in an escaped state; the build fails on it.
func inlineScript(src []byte) ([]byte, error) {
	out, err := asciiJS(scriptPath, src)
	if err != nil {
		return nil, err
	}
	out = scriptEndRE.ReplaceAll(out, []byte(`<\/$1`))
	if loc := commentOpenRE.FindIndex(out); loc != nil {
		return nil, fmt.Errorf("the script contains <!-- (at byte %d), which the HTML parser would read as the start of a comment", loc[0])
	}
	return out, nil
}

// widgetDefs declares, ahead of the widget's modules, the free names web/widget.js reads: the
// engine packed by Pack123 (empty when the script fetches it) and the engine's file, relative to
// the script. The values are placeholders replaced after minification (see Widget).
const widgetDefs = "const EMBEDDED_ENGINE = \"__CLAIMCHECK_EMBEDDED_ENGINE__\";\n" +
	"const ENGINE_FILE = \"__CLAIMCHECK_ENGINE_FILE__\";\n"

// Widget returns claimcheck-widget.js: the <claim-check> element with the engine inside it,
// packed by Pack123. The script is pure ASCII, so it reads the same on a page of any encoding.
func (s *Site) Widget() ([]byte, error) {
	return s.widget(Pack123(Gzip(s.Engine)), "claimcheck.wasm")
}

// WidgetLite returns claimcheck-widget-lite.js: the element without the engine, which it fetches
// from engineFile, a path relative to the script's URL.
func (s *Site) WidgetLite(engineFile string) ([]byte, error) {
	return s.widget(nil, engineFile)
}

func (s *Site) widget(packed []byte, engineFile string) ([]byte, error) {
	src, err := asciiJS(WidgetName, s.WidgetScript)
	if err != nil {
		return nil, err
	}
	locs := placeholderEnRE.FindAllSubmatchIndex(src, -1)
	if len(locs) != 2 {
		return nil, fmt.Errorf("%s: the minified script holds %d of the 2 placeholders for the engine", WidgetName, len(locs))
	}
	var b bytes.Buffer
	last := 0
	for _, l := range locs {
		b.Write(src[last:l[0]])
		b.WriteByte('"')
		if string(src[l[2]:l[3]]) == "EMBEDDED_ENGINE" {
			b.Write(packed)
		} else {
			b.WriteString(engineFile)
		}
		b.WriteByte('"')
		last = l[1]
	}
	b.Write(src[last:])
	return b.Bytes(), nil
}

// exampleRef is how every example page loads the widget.
const exampleRef = "../" + WidgetName

// checkExample fails unless an example page loads the widget from dist/.
func checkExample(name string, src []byte) error {
	if !bytes.Contains(src, []byte(`src="`+exampleRef+`"`)) {
		return fmt.Errorf("%s: no <script src=%q>: the examples load the widget from the built directory", name, exampleRef)
	}
	return nil
}
