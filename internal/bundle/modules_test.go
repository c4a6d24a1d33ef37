package bundle

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestFlatten(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		want    string // the flattened script, when it succeeds
		wantErr string // a part of the error
	}{
		{
			name: "dependencies first, each once",
			files: map[string]string{
				"web/editor.js": "// the entry\nimport { a } from './a.js';\nimport { b, c } from \"./b.js\";\n\nexport function main() { return a() + b + c; }\nmain();\n",
				"web/a.js":      "import { b } from './b.js';\nexport const a = () => b;\n",
				"web/b.js":      "/**\n * b.js: constants.\n */\nexport const b = 1;\nexport let c = 2;\n",
			},
			want: "// web/b.js\n/**\n * b.js: constants.\n */\nconst b = 1;\nlet c = 2;\n" +
				"// web/a.js\nconst a = () => b;\n" +
				"// web/editor.js\n// the entry\n\nfunction main() { return a() + b + c; }\nmain();\n",
		},
		{
			name: "an import over several lines, with a trailing comma",
			files: map[string]string{
				"web/editor.js": "import {\n  one,\n  two,\n} from './lib/n.js';\none(two);\n",
				"web/lib/n.js":  "import { base } from '../base.js';\nexport async function one(x) { return x; }\nexport class two {}\n",
				"web/base.js":   "export function* base() {}\n",
			},
			want: "// web/base.js\nfunction* base() {}\n// web/lib/n.js\nasync function one(x) { return x; }\nclass two {}\n// web/editor.js\none(two);\n",
		},
		{
			name:  "export and import words inside a line are left alone",
			files: map[string]string{"web/editor.js": "const s = 'export default x; import y';\n  // import this\nreport.export();\n"},
			want:  "// web/editor.js\nconst s = 'export default x; import y';\n  // import this\nreport.export();\n",
		},
		{
			name:    "the entry is missing",
			files:   map[string]string{},
			wantErr: "open web/editor.js: file does not exist",
		},
		{
			name:    "an imported file is missing",
			files:   map[string]string{"web/editor.js": "\nimport { a } from './a.js';\n"},
			wantErr: "web/editor.js:2: cannot import web/a.js",
		},
		{
			name: "a cycle",
			files: map[string]string{
				"web/editor.js": "import { a } from './a.js';\n",
				"web/a.js":      "import { b } from './b.js';\nexport const a = 1;\n",
				"web/b.js":      "import { a } from './a.js';\nexport const b = 1;\n",
			},
			wantErr: "import cycle: web/a.js → web/b.js → web/a.js",
		},
		{
			name:    "a name that is not exported",
			files:   map[string]string{"web/editor.js": "import { a, z } from './a.js';\n", "web/a.js": "export const a = 1;\nconst z = 2;\n"},
			wantErr: `web/editor.js:1: web/a.js does not export "z"`,
		},
		{
			name:    "one name declared in two files",
			files:   map[string]string{"web/editor.js": "import { a } from './a.js';\nfunction helper() {}\n", "web/a.js": "export const a = 1;\nfunction helper() {}\n"},
			wantErr: `web/editor.js:2: top-level name "helper" is already declared in web/a.js:2`,
		},
		{
			name:    "a name of the prelude",
			files:   map[string]string{"web/editor.js": "const Go = 1;\n"},
			wantErr: `web/editor.js:1: top-level name "Go" is already declared in the bundle's prelude`,
		},
		{name: "default export", files: map[string]string{"web/editor.js": "export default function f() {}\n"}, wantErr: `web/editor.js:1: "export default function": only export before`},
		{name: "export list", files: map[string]string{"web/editor.js": "const a = 1;\nexport { a };\n"}, wantErr: `web/editor.js:2: "export { a": only export`},
		{name: "re-export", files: map[string]string{"web/editor.js": "export * from './a.js';\n"}, wantErr: "web/editor.js:1"},
		{name: "export var", files: map[string]string{"web/editor.js": "export var a = 1;\n"}, wantErr: "web/editor.js:1"},
		{name: "indented export", files: map[string]string{"web/editor.js": "{\n  export const a = 1;\n}\n"}, wantErr: "web/editor.js:2: export must start its line"},
		{name: "default import", files: map[string]string{"web/editor.js": "import a from './a.js';\n"}, wantErr: "only `import { a, b } from './x.js';`"},
		{name: "namespace import", files: map[string]string{"web/editor.js": "import * as a from './a.js';\n"}, wantErr: "only `import { a, b } from './x.js';`"},
		{name: "renamed import", files: map[string]string{"web/editor.js": "import { a as b } from './a.js';\n"}, wantErr: "only `import { a, b } from './x.js';`"},
		{name: "side-effect import", files: map[string]string{"web/editor.js": "import './a.js';\n"}, wantErr: "only `import { a, b } from './x.js';`"},
		{name: "no semicolon", files: map[string]string{"web/editor.js": "import { a } from './a.js'\na();\n"}, wantErr: "web/editor.js:1: "},
		{name: "a package, not a path", files: map[string]string{"web/editor.js": "import { a } from 'lib';\n"}, wantErr: `import from "lib": the path must be relative`},
		{name: "not a .js file", files: map[string]string{"web/editor.js": "import { a } from './a';\n"}, wantErr: `import from "./a": the path must be relative ('./x.js') and end in .js`},
		{name: "out of the project", files: map[string]string{"web/editor.js": "import { a } from '../../a.js';\n"}, wantErr: "the path leaves the project"},
		{name: "an import after code", files: map[string]string{"web/editor.js": "const x = 1;\nimport { a } from './a.js';\n"}, wantErr: "web/editor.js:2: an import after the first statement"},
		{name: "dynamic import", files: map[string]string{"web/editor.js": "const m = await import('./a.js');\n"}, wantErr: "web/editor.js:1: dynamic import() and import.meta cannot be bundled"},
		{name: "import.meta", files: map[string]string{"web/editor.js": "const u = new URL('x.wasm', import.meta.url);\n"}, wantErr: "web/editor.js:1: dynamic import() and import.meta"},
		{name: "import.meta first", files: map[string]string{"web/editor.js": "import.meta.url;\n"}, wantErr: "web/editor.js:1: dynamic import() and import.meta"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, src := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(src)}
			}
			got, err := Flatten(fsys, "web/editor.js")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Flatten(%q): error %v; want one containing %q", tt.files, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Flatten(%q): %v", tt.files, err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("Flatten(%q) (-want +got):\n%s", tt.files, diff)
			}
		})
	}
}
