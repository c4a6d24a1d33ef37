package report

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
)

func TestInvalidUTF8(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Mexico sent 26.", ""},
		{"Martínez 🇲🇽", ""},
		{"\xff", "d.txt:1:1: invalid UTF-8 (byte 0xff); the draft was checked, but its encoding must be fixed"},
		{"one\ntwo \xc3(", "d.txt:2:5: invalid UTF-8 (byte 0xc3); the draft was checked, but its encoding must be fixed"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, InvalidUTF8("d.txt", tt.text)); diff != "" {
			t.Errorf("InvalidUTF8(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// Both ways of checking give the same entry: findings never null, errors for bad bytes.
func TestCheck(t *testing.T) {
	for _, text := range []string{"", "Mexico sent 25 alleged cartel members in the August transfer.", "26 \xff"} {
		a, _ := Check(claims.NewChecker(claims.Default()), "x", text, claims.Options{})
		b, _ := CheckShared(claims.Default(), "x", text, claims.Options{})
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("%q: Check and CheckShared differ (-Check +CheckShared):\n%s", text, diff)
		}
		if a.Findings == nil || a.Path != "x" {
			t.Errorf("%q: %+v", text, a)
		}
		if want := InvalidUTF8("x", text) != ""; want != (len(a.Errors) == 1) {
			t.Errorf("%q: errors %q", text, a.Errors)
		}
	}
}
