package claims

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// amount is one money mention: its words, currency and interval.
type amount struct {
	Text     string
	Currency string
	Lo, Hi   float64
}

func amountsOf(t *testing.T, text string) []amount {
	t.Helper()
	c := NewChecker(councilSet(t))
	c.Check(text, Options{Dateline: thursday12Mar2026})
	var out []amount
	for _, m := range c.r.mentions {
		if m.kind == KindMoney {
			out = append(out, amount{text[c.r.toks[m.t0].start:c.r.toks[m.t1-1].end], currencyCodes[m.cur], m.lo, m.hi})
		}
	}
	return out
}

func TestMoneyMentions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []amount
	}{
		{"dollars and a scale word", "The council approved a $482.5 million budget.", []amount{{"$482.5 million", "USD", 482.5e6, 482.5e6}}},
		{"US$ and a short scale", "The budget is US$482.5m.", []amount{{"US$482.5m", "USD", 482.5e6, 482.5e6}}},
		{"billions", "It costs $1.2 billion.", []amount{{"$1.2 billion", "USD", 1.2e9, 1.2e9}}},
		{"euros", "It costs €3 million.", []amount{{"€3 million", "EUR", 3e6, 3e6}}},
		{"pounds", "It costs £250.", []amount{{"£250", "GBP", 250, 250}}},
		{"a currency word after the number", "It costs 1,000 pesos.", []amount{{"1,000 pesos", "MXN", 1000, 1000}}},
		{"dollars as a word", "A 482.5 million dollar budget.", []amount{{"482.5 million dollar", "USD", 482.5e6, 482.5e6}}},
		{"hedged", "It costs about $4 million.", []amount{{"about $4 million", "USD", 3.6e6, 4.4e6}}},
		{"more than", "It costs more than $4 million.", []amount{{"more than $4 million", "USD", 4e6 + 1e-9, noUpperBound()}}},
		{"a dollar sign alone", "It costs $ nothing.", nil},
		{"one dollar in words is no amount", "Not one dollar was spent.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, amountsOf(t, tt.in)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestMoneyVerdicts(t *testing.T) {
	set := councilSet(t)
	tests := []struct {
		in   string
		want judged
	}{
		{"The council approved a $482.5 million budget.", judged{KindMoney, "$482.5 million", Supports, SevInfo, "$482.5 million", ""}},
		{"The council approved a $480 million budget.", judged{KindMoney, "$480 million", Contradicts, SevError, "$482.5 million", "$482.5 million"}},
		{"The council approved a budget of US$482.5m.", judged{KindMoney, "US$482.5m", Supports, SevInfo, "$482.5 million", ""}},
		{"The budget, nearly half a billion dollars, passed.", judged{KindMoney, "nearly half a billion dollars", Supports, SevInfo, "$482.5 million", ""}},
		{"The budget, half a billion dollars, passed.", judged{KindMoney, "half a billion dollars", Contradicts, SevWarning, "$482.5 million", "$482.5 million"}},
		{"The budget gives $12.3 million to parks.", judged{KindMoney, "$12.3 million", Supports, SevInfo, "$12.3 million", ""}},
		{"The budget gives $13 million to parks.", judged{KindMoney, "$13 million", Contradicts, SevWarning, "$12.3 million", "$12.3 million"}},
		{"The budget cuts street paving by $4 million.", judged{KindMoney, "$4 million", Supports, SevInfo, "$4 million", ""}},
		{"Last year's budget was $451 million.", judged{KindMoney, "$451 million", Supports, SevInfo, "$451 million", ""}},
		{"Last year's budget was $482.5 million.", judged{KindMoney, "$482.5 million", Contradicts, SevError, "$451 million", "$451 million"}},
		// The claim is in dollars; an amount in euros is about something else.
		{"It costs €3 million.", judged{KindMoney, "€3 million", Unknown, SevInfo, "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff([]judged{tt.want}, judgeKinds(set, tt.in, thursday12Mar2026, KindMoney)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestFormatMoney(t *testing.T) {
	tests := []struct {
		v    float64
		cur  currency
		want string
	}{
		{482.5e6, curUSD, "$482.5 million"},
		{4e6, curUSD, "$4 million"},
		{1.25e9, curEUR, "€1.25 billion"},
		{12345, curGBP, "£12,345"},
		{1000, curMXN, "MXN 1,000"},
		{2e6, curCAD, "C$2 million"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, formatMoney(tt.v, tt.cur)); diff != "" {
				t.Errorf("formatMoney(%v, %s) (-want +got):\n%s", tt.v, currencyCodes[tt.cur], diff)
			}
		})
	}
}

func noUpperBound() float64 { return math.Inf(1) }
