package claims

import "math"

// The claim set's numbers are read and written here rather than with strconv: ParseFloat brings
// the whole of strconv's float parser (hexadecimal, 32-bit, underscores, "Inf") into the
// browser's engine, some 5 KB gzipped, for numbers that are plain decimals; and a fact is
// written rounded to four decimals, where FormatFloat's shortest form of 2.3's fraction,
// 0.2999999999999998, would have to be rounded again.

// pow10 holds the powers of ten a float64 represents exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// parseDecimal reads a decimal number as JSON writes one: an optional minus sign, digits, an
// optional fraction and an optional exponent ("-12", "0.25", "1.5e9"). It reports false for
// anything else and for a number too large for a float64. A number of up to 15 significant
// digits and a small exponent (every number a fact sheet states) is read exactly, as
// strconv.ParseFloat reads it; beyond that the result is within a few units in the last place.
func parseDecimal(s string) (float64, bool) {
	i, neg := 0, false
	if i < len(s) && s[i] == '-' {
		neg = true
		i++
	}
	var mant uint64
	exp, digits, sig := 0, 0, 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		digits++
		if sig < 19 {
			mant = mant*10 + uint64(s[i]-'0')
			if mant > 0 {
				sig++
			}
		} else {
			exp++
		}
	}
	if i < len(s) && s[i] == '.' {
		i++
		frac := 0
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			frac++
			if sig < 19 {
				mant = mant*10 + uint64(s[i]-'0')
				exp--
				if mant > 0 {
					sig++
				}
			}
		}
		if frac == 0 {
			return 0, false
		}
	}
	if digits == 0 {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		e, n := 0, 0
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			n++
			if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		if n == 0 {
			return 0, false
		}
		if eneg {
			e = -e
		}
		exp += e
	}
	if i != len(s) {
		return 0, false
	}
	f := float64(mant)
	switch {
	case mant == 0:
		f = 0
	case mant < 1<<53 && exp >= 0 && exp <= 22:
		f *= pow10[exp] // both exact: one rounding, the correct one
	case mant < 1<<53 && exp < 0 && exp >= -22:
		f /= pow10[-exp]
	default:
		for ; exp > 22; exp -= 22 {
			f *= 1e22
		}
		for ; exp < -22; exp += 22 {
			f /= 1e22
		}
		if exp >= 0 {
			f *= pow10[exp]
		} else {
			f /= pow10[-exp]
		}
	}
	if math.IsInf(f, 0) {
		return 0, false
	}
	if neg {
		f = -f
	}
	return f, true
}

// formatNumber writes a number with thousands separators and at most four decimals, rounded,
// with no trailing zeros: 1500000 → "1,500,000", 2.3 → "2.3", 0.125 → "0.125".
func formatNumber(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "?"
	}
	var b [48]byte
	out := b[:0]
	if f < 0 {
		f = -f
		if f >= 0.00005 {
			out = append(out, '-')
		}
	}
	var whole, frac uint64
	if f < 1e19 {
		// The whole part and the fraction apart: f*1e4 would pass 2^53 from about 1e12 and
		// bring noise into the decimals.
		w := math.Trunc(f)
		n := math.Round((f - w) * 1e4)
		if n >= 1e4 {
			w, n = w+1, 0
		}
		whole, frac = uint64(w), uint64(n)
	} else {
		// Beyond what a uint64 holds: a float64 carries some 16 significant digits, and the
		// rest are written as zeros.
		e := 0
		for f >= 1e18 {
			f /= 10
			e++
		}
		out = appendThousands(out, uint64(math.Round(f)), e)
		return string(out)
	}
	out = appendThousands(out, whole, 0)
	if frac > 0 {
		d := [5]byte{'.', byte('0' + frac/1000), byte('0' + frac/100%10), byte('0' + frac/10%10), byte('0' + frac%10)}
		n := len(d)
		for d[n-1] == '0' {
			n--
		}
		out = append(out, d[:n]...)
	}
	return string(out)
}

// appendThousands appends n followed by zeros zeros, with a comma between groups of three.
func appendThousands(out []byte, n uint64, zeros int) []byte {
	var d [40]byte
	i := len(d)
	for range zeros {
		i--
		d[i] = '0'
	}
	for {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	digits := d[i:]
	for j, c := range digits {
		if j > 0 && (len(digits)-j)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, c)
	}
	return out
}
