package claims

import (
	"encoding/json"
	"os"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The JSON Schema documents what the loader accepts: the same kinds, and for each kind the same
// fields.
func TestSchemaMatchesLoader(t *testing.T) {
	data, err := os.ReadFile("claimset.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs struct {
			Claim struct {
				Properties struct {
					Kind struct {
						Enum []string `json:"enum"`
					} `json:"kind"`
				} `json:"properties"`
				AllOf []struct {
					If struct {
						Properties struct {
							Kind struct {
								Const string `json:"const"`
							} `json:"kind"`
						} `json:"properties"`
					} `json:"if"`
					Then struct {
						Properties map[string]any `json:"properties"`
					} `json:"then"`
				} `json:"allOf"`
			} `json:"claim"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, k := range claimKinds {
		kinds = append(kinds, string(k))
	}
	if diff := cmp.Diff(kinds, schema.Defs.Claim.Properties.Kind.Enum); diff != "" {
		t.Errorf("kinds (-loader +schema):\n%s", diff)
	}
	for _, v := range schema.Defs.Claim.AllOf {
		k := ClaimKind(v.If.Properties.Kind.Const)
		want := append([]string{"id", "kind", "statement", "source", "event", "cues"}, claimFields[k]...)
		sort.Strings(want)
		var got []string
		for f := range v.Then.Properties {
			got = append(got, f)
		}
		sort.Strings(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("fields of %s (-loader +schema):\n%s", k, diff)
		}
	}
	if len(schema.Defs.Claim.AllOf) != len(claimKinds) {
		t.Errorf("schema describes %d kinds, loader knows %d", len(schema.Defs.Claim.AllOf), len(claimKinds))
	}
}
