package bundle

import (
	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
)

// minifier minifies the page, its style and its script. The page keeps its document tags (the
// hooks read document.documentElement) and default attribute values (so that a selector such as
// button[type=submit] in the style still matches).
var minifier = func() *minify.M {
	m := minify.New()
	m.Add("text/javascript", &js.Minifier{})
	m.Add("text/css", &css.Minifier{})
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepDefaultAttrVals: true})
	return m
}()
