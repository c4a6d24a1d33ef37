package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOfficeVerdicts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []judged
	}{
		{"right office", "Attorney General Pam Bondi spoke.",
			[]judged{{KindOffice, "Attorney General", Supports, SevInfo, "Attorney General", ""}}},
		{"right office with a qualifier", "U.S. Attorney General Pam Bondi spoke.",
			[]judged{{KindOffice, "Attorney General", Supports, SevInfo, "Attorney General", ""}}},
		{"deputy is another office", "Deputy Attorney General Pam Bondi spoke.",
			[]judged{{KindOffice, "Deputy Attorney General", Contradicts, SevError, "Attorney General", "Attorney General"}}},
		{"former is another office", "Former Attorney General Pam Bondi spoke.",
			[]judged{{KindOffice, "Former Attorney General", Contradicts, SevError, "Attorney General", "Attorney General"}}},
		{"someone else's office", "President Pam Bondi spoke.",
			[]judged{{KindOffice, "President", Contradicts, SevError, "Attorney General", "Attorney General"}}},
		{"an office no one holds", "Secretary of State Pam Bondi spoke.",
			[]judged{{KindOffice, "Secretary of State", Contradicts, SevError, "Attorney General", "Attorney General"}}},
		{"lower-case title", "US attorney general Pam Bondi spoke.",
			[]judged{{KindOffice, "attorney general", Supports, SevInfo, "Attorney General", ""}}},
		// A lower-case word the claim set does not know makes the title some other office, or a
		// description: unchecked, never confirmed.
		{"an unknown word before a lower-case title", "The former state attorney general Pam Bondi spoke.", nil},
		{"appositive", "Pam Bondi, the attorney general, spoke.",
			[]judged{{KindOffice, "attorney general", Supports, SevInfo, "Attorney General", ""}}},
		{"appositive in lower case: a warning in lower case", "Pam Bondi, the deputy attorney general, spoke.",
			[]judged{{KindOffice, "deputy attorney general", Contradicts, SevWarning, "Attorney General", "attorney general"}}},
		{"qualifier before the title", "Mexican President Claudia Sheinbaum spoke.",
			[]judged{{KindOffice, "President", Supports, SevInfo, "President", ""}}},
		{"office alias", "Ambassador Ronald Johnson spoke.",
			[]judged{{KindOffice, "Ambassador", Supports, SevInfo, "Ambassador to Mexico", ""}}},
		{"lower-case office", "Security analyst David Saucedo said so.",
			[]judged{{KindOffice, "Security analyst", Supports, SevInfo, "security analyst", ""}}},
		// A title joined to the name by "is" or "was", before it or after.
		{"title before a copula", "Mexico's Defense Minister is Omar García Harfuch.",
			[]judged{{KindOffice, "Defense Minister", Contradicts, SevError, "Security Minister", "Security Minister"}}},
		{"title after a copula", "Omar García Harfuch is Mexico's Security Minister.",
			[]judged{{KindOffice, "Security Minister", Supports, SevInfo, "Security Minister", ""}}},
		{"wrong title after a copula", "Omar García Harfuch is the Defense Minister.",
			[]judged{{KindOffice, "Defense Minister", Contradicts, SevError, "Security Minister", "Security Minister"}}},
		{"a title after a copula ends with its last office word", "Omar García Harfuch is the Security Minister of Mexico.",
			[]judged{{KindOffice, "Security Minister", Supports, SevInfo, "Security Minister", ""}}},
		{"someone else's title after a copula", "Omar García Harfuch is President Sheinbaum's security chief.",
			[]judged{{KindOffice, "President", Supports, SevInfo, "President", ""}}}, // Sheinbaum's own
		{"no title after a copula", "Omar García Harfuch was in Washington.", nil},
		// A name set off by commas after its title.
		{"title, comma, name", "Mexico's Defense Minister, Omar García Harfuch, said so.",
			[]judged{{KindOffice, "Defense Minister", Contradicts, SevError, "Security Minister", "Security Minister"}}},
		{"right title, comma, name", "Mexico's Security Minister, Omar García Harfuch, said so.",
			[]judged{{KindOffice, "Security Minister", Supports, SevInfo, "Security Minister", ""}}},
		{"a list of names is no title", "Former president Andrés Manuel López Obrador, Claudia Sheinbaum, and others spoke.", nil},
		{"no title, nothing to check", "Pam Bondi spoke.", nil},
		// An office one person holds, before a name the fact sheet does not know.
		{"someone else in the office", "Attorney General Merrick Garland spoke.",
			[]judged{{KindOffice, "Merrick Garland", Contradicts, SevWarning, "Pam Bondi", "Pam Bondi"}}},
		{"someone else, after a qualifier", "U.S. Attorney General Merrick Garland spoke.",
			[]judged{{KindOffice, "Merrick Garland", Contradicts, SevWarning, "Pam Bondi", "Pam Bondi"}}},
		{"a wrong surname after the title", "Attorney General Pam Bundy spoke.",
			[]judged{{KindOffice, "Pam Bundy", Contradicts, SevWarning, "Pam Bondi", "Pam Bondi"}}},
		{"a former holder", "Former Attorney General Eric Holder spoke.", nil},
		{"then, glued", "Then-Attorney General William Barr spoke.", nil},
		{"a state's attorney general", "Texas Attorney General Ken Paxton spoke.", nil},
		{"another country's", "Mexico's Attorney General Alejandro Gertz Manero spoke.", nil},
		{"a title two people share", "President Joe Biden spoke.", nil},
		{"one word of a longer title", "Ambassador Kirsten Hillman spoke.", nil},
		{"a title written in lower case in the fact sheet", "Security analyst Jane Doe spoke.", nil},
		{"a day is no name", "The Attorney General Monday spoke.", nil},
		// From a review: past holders, other words before the title, fuller forms of the
		// holder's name, headlines in title case.
		{"a year of another time", "In 2021, Attorney General Merrick Garland made cartel cases a priority.", nil},
		{"the holder named beside", "Asked about Attorney General Merrick Garland, Bondi said the policy had failed.", nil},
		{"a word before the title", "The previous Attorney General Merrick Garland took another path.", nil},
		{"then, unglued", "Then Attorney General William Barr made a similar demand.", nil},
		{"the holder's fuller name", "Ambassador to Mexico Ronald Douglas Johnson thanked the police.", nil},
		{"a headline", "Attorney General Hails Second Mass Transfer From Mexico", nil},
		{"a headline with a verb", "Security Minister Says Mexico Sent 26 Prisoners To US", nil},
		{"capitalized words of another kind", "Attorney General Office Staff worked through the night.", nil},
		{"a possessive", "Attorney General Merrick Garland's Justice Department charged them.", nil},
		{"a byline", "By Attorney General Staff Writer Maria Lopez", nil},
		{"after by", "The department, now headed by Attorney General Pam Bundy, confirmed it.",
			[]judged{{KindOffice, "Pam Bundy", Contradicts, SevWarning, "Pam Bondi", "Pam Bondi"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(Default(), tt.in, thursday14Aug2025, KindOffice)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// A wrong office says which office the fact sheet gives and where from.
func TestOfficeMessage(t *testing.T) {
	in := "Deputy Attorney General Pam Bondi spoke."
	for _, f := range Check(Default(), in, Options{}).Findings {
		if f.Kind != KindOffice {
			continue
		}
		for _, want := range []string{`Pam Bondi's office as "Attorney General"`, "US Justice Department statement, 12 Aug 2025", `this says "Deputy Attorney General"`} {
			if !strings.Contains(f.Message, want) {
				t.Errorf("%q: message %q does not say %q", in, f.Message, want)
			}
		}
		if diff := cmp.Diff("pam-bondi", f.Claim); diff != "" {
			t.Errorf("%q: claim (-want +got):\n%s", in, diff)
		}
		return
	}
	t.Fatalf("%q: no office finding", in)
}

func TestAttributionVerdicts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []judged
	}{
		{"the person's group before the name", "Knights Templar leader Servando Gómez Martínez was sent.",
			[]judged{{KindAttribution, "Knights Templar", Supports, SevInfo, "", ""}}},
		{"another group before the name", "CJNG leader Servando Gómez Martínez was sent.",
			[]judged{{KindAttribution, "CJNG", Contradicts, SevError, "Knights Templar", "Knights Templar"}}},
		{"the group after the name", "El Cuini, leader of Los Cuinis, was sent in August.",
			[]judged{{KindAttribution, "Los Cuinis", Supports, SevInfo, "", ""}}},
		{"a person placed in the other transfer", "Caro Quintero was among the 26 sent in August.",
			[]judged{{KindAttribution, "Caro Quintero", Contradicts, SevError, "the February 2025 transfer", ""}}},
		{"a person in the right transfer", "Caro Quintero was among the 29 sent in February.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(Default(), tt.in, thursday14Aug2025, KindAttribution)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestPeopleCouncil(t *testing.T) {
	set := councilSet(t)
	tests := []struct {
		in   string
		want []judged
	}{
		{"Finance Director Dolores Ibáñez presented it.", []judged{{KindOffice, "Finance Director", Supports, SevInfo, "Finance Director", ""}}},
		{"Council President Dolores Ibáñez presented it.", []judged{{KindOffice, "Council President", Contradicts, SevError, "Finance Director", "Finance Director"}}},
		{"Council member Gareth Lindqvist, of the Progressive Caucus, voted no.", []judged{
			{KindOffice, "Council member", Supports, SevInfo, "Council Member", ""},
			{KindAttribution, "Progressive Caucus", Contradicts, SevError, "Fiscal Responsibility Caucus", "Fiscal Responsibility Caucus"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(set, tt.in, thursday12Mar2026, KindOffice, KindAttribution)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
