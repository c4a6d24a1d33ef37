package claims

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseDecimal(t *testing.T) {
	type result struct {
		F  float64
		OK bool
	}
	tests := []struct {
		in   string
		want result
	}{
		{"0", result{0, true}},
		{"26", result{26, true}},
		{"-12", result{-12, true}},
		{"0.25", result{0.25, true}},
		{"2.3", result{2.3, true}},
		{"1.5e9", result{1.5e9, true}},
		{"15E-1", result{1.5, true}},
		{"1e+2", result{100, true}},
		{"1500000000", result{1500000000, true}},
		{"0.000001", result{0.000001, true}},
		{"1e400", result{0, false}}, // no float64 is that large
		{"1e-400", result{0, true}},
		{"", result{0, false}},
		{"-", result{0, false}},
		{".5", result{0, false}},
		{"5.", result{0, false}},
		{"1e", result{0, false}},
		{"1_000", result{0, false}},
		{"0x1p3", result{0, false}},
		{"NaN", result{0, false}},
		{"Inf", result{0, false}},
		{"12 ", result{0, false}},
	}
	for _, tt := range tests {
		f, ok := parseDecimal(tt.in)
		if diff := cmp.Diff(tt.want, result{f, ok}); diff != "" {
			t.Errorf("parseDecimal(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// Every decimal of up to 15 significant digits with a small exponent is read exactly as
// strconv.ParseFloat reads it; larger ones within four units in the last place.
func TestParseDecimalAgreesWithStrconv(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		digits := 1 + rng.IntN(18)
		var b []byte
		for i := range digits {
			c := byte('0' + rng.IntN(10))
			if i == 0 && c == '0' {
				c = '1'
			}
			b = append(b, c)
		}
		if p := rng.IntN(digits + 1); p > 0 && p < digits {
			b = append(b[:p], append([]byte{'.'}, b[p:]...)...)
		}
		exact := digits <= 15
		if rng.IntN(3) == 0 {
			e := rng.IntN(80) - 40
			b = append(b, 'e')
			b = strconv.AppendInt(b, int64(e), 10)
			exact = exact && e >= -7 && e <= 7
		}
		s := string(b)
		want, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := parseDecimal(s)
		if !ok {
			t.Fatalf("parseDecimal(%q) failed", s)
		}
		if exact && got != want {
			t.Fatalf("parseDecimal(%q) = %v, strconv reads %v", s, got, want)
		}
		if ulp := math.Nextafter(want, math.Inf(1)) - want; math.Abs(got-want) > 4*ulp {
			t.Fatalf("parseDecimal(%q) = %v, strconv reads %v: more than four units apart", s, got, want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"},
		{26, "26"},
		{-3, "-3"},
		{2.3, "2.3"},
		{4.35, "4.35"},
		{99.99, "99.99"},
		{0.125, "0.125"},
		{1.23456, "1.2346"},
		{0.00004, "0"},
		{-0.00004, "0"},
		{1000, "1,000"},
		{1500000000, "1,500,000,000"},
		{1234567.25, "1,234,567.25"},
		{123456789012345, "123,456,789,012,345"},
		{1e21, "1,000,000,000,000,000,000,000"},
		{99999999999999, "99,999,999,999,999"},
		{20000000000000, "20,000,000,000,000"},
		{1e13 + 0.5, "10,000,000,000,000.5"},
		{2.99999, "3"},
		{-2.3, "-2.3"},
		{math.Inf(1), "?"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, formatNumber(tt.in)); diff != "" {
			t.Errorf("formatNumber(%v) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// roundSignificant counts digits instead of calling math.Log10 and math.Pow (a smaller browser
// build); it must round as they would.
func TestRoundSignificantAgainstLog(t *testing.T) {
	ref := func(v float64, digits int) float64 {
		if v == 0 {
			return 0
		}
		p := math.Pow(10, float64(digits)-math.Ceil(math.Log10(math.Abs(v))))
		return math.Round(v*p) / p
	}
	for _, v := range []float64{1, 2.5, 9.99, 10, 26, 55, 99.5, 100, 150, 482.5e9, 0.3, 0.05, 0.012, 1234567, -26, 3.5, 12, 90, 0.1, 1e-5, 7e25} {
		for d := 1; d <= 4; d++ {
			if got, want := roundSignificant(v, d), ref(v, d); math.Abs(got-want) > 1e-9*math.Abs(want) {
				t.Errorf("roundSignificant(%v, %d) = %v, want %v", v, d, got, want)
			}
		}
	}
}
