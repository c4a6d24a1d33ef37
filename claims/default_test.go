package claims

import (
	"os"
	"testing"
)

// TestDefaultJSONGenerated checks that default_json.go holds default.json as it is now.
func TestDefaultJSONGenerated(t *testing.T) {
	data, err := os.ReadFile("default.json")
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != defaultJSON {
		t.Error("default_json.go is out of date with default.json: run go generate ./claims")
	}
}
