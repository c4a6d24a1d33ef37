package claims

// This file holds the claim set: the newsroom's fact sheet as data (docs/claimset.md), and its
// loader. Loading is the one step that can fail; it reports every problem it finds, each at its
// file:line:column, and never panics on any input.

import (
	"math"
	"strings"
)

// ClaimKind is the kind of a canonical claim.
type ClaimKind string

// The kinds of claim a claim set can hold.
const (
	ClaimCount    ClaimKind = "count"    // 26 people sent
	ClaimDate     ClaimKind = "date"     // 2025-08-12
	ClaimYear     ClaimKind = "year"     // 1985
	ClaimPercent  ClaimKind = "percent"  // a 25% tariff
	ClaimDuration ClaimKind = "duration" // 90 days
	ClaimOrdinal  ClaimKind = "ordinal"  // the second transfer
	ClaimMoney    ClaimKind = "money"    // $482.5 million
	ClaimPerson   ClaimKind = "person"   // Pam Bondi, Attorney General
	ClaimGroup    ClaimKind = "group"    // Jalisco New Generation Cartel (CJNG)
)

var claimKinds = []ClaimKind{ClaimCount, ClaimDate, ClaimYear, ClaimPercent, ClaimDuration,
	ClaimOrdinal, ClaimMoney, ClaimPerson, ClaimGroup}

// ClaimSet is a loaded, validated claim set.
type ClaimSet struct {
	ID       string
	Title    string
	AsOf     Date // the date the sheet speaks for
	Language string
	Sources  []Source
	Events   []Event
	Claims   []Claim

	// Subjects name the parties the facts are about ("Mexico"), Others parties they are not
	// about ("Canada"): a number a sentence ties to another party is left unchecked (parties).
	Subjects []string
	Others   []string

	lex *lexicon // words of the engine and of this set, with their roles

	byKind    map[ClaimKind][]int // claim indexes by kind
	byMention [numKinds][]int     // claim indexes a mention of each kind is checked against, by kindIndex

	// Per claim, the texts every finding about it repeats, built once.
	sourceText   []string // "title <url>"
	supportMsg   []string // "Agrees with the fact sheet: …"
	spelledMsg   []string // "Spelled as in the fact sheet: …"
	expected     []string // the value as an editor reads it ("26", "Tuesday, 12 August 2025")
	expectedYear []string // date claims: the year alone, as a year mention expects it

	// Per claim, what matching a mention would otherwise work out again for every mention.
	claimEvent   []int     // index of the claim's event, or -1
	eventPerson  []int     // per event: the index of the person claim it happened to, or -1
	personEvents bool      // some event happened to a person
	claimDay     []int     // date claims given to the day: the day number
	claimSpan    [][2]int  // date claims: the first and last day numbers the date covers
	claimCivil   [][2]Date // date claims: the same two days as calendar dates
	claimCur     []currency
	groups       [][]int    // person claims: the indexes of their group claims, as Groups lists them
	officeMsg    []string   // person claims with an office: "Agrees with the fact sheet: X is Y."
	belongsMsg   [][]string // person claims: per group in groups, "Agrees …: X belongs to G."

	firstDate  []int    // per event: its first date claim given to the day, or -1
	eventDay   []int    // per event: the day number of its earliest date claim's first day, or 0
	dayClaims  []int    // the date claims of an event given to the day, in order
	startClaim []bool   // per claim: its cues speak of a start (startClaim)
	sameSort   [][]bool // per pair of events: whether they have claims of a common kind (see matcher.sameSort)
}

// Source is where a claim comes from.
type Source struct {
	ID, Title, URL string
	Date           string // as written in the claim set, may be empty
}

// Event is a happening that claims belong to, recognized in a sentence by its cues.
type Event struct {
	ID      string
	Label   string   // "the August transfer", used in messages
	Cues    []string // words or phrases that say a sentence is about this event
	Primary bool     // the story's main event, assumed weakly where no cue is present
	// Person is the id of the person claim the event happened to ("the capture of La Tuta"), or
	// empty. Its cues ("arrested") then speak of another person named instead.
	Person string
}

// Office is the office a person holds, as drafts write it.
type Office struct {
	Title      string   // "Attorney General"
	Aliases    []string // other acceptable ways to write it
	Qualifiers []string // words that may precede the title without changing it ("US")
}

// Claim is one canonical fact.
type Claim struct {
	ID        string
	Kind      ClaimKind
	Statement string // the fact as an editor reads it
	Source    string // id of a Source
	Event     string // id of an Event, may be empty
	Cues      []string
	Units     []string // nouns the value goes with

	Value    float64  // count, year, percent, ordinal, money
	Min, Max float64  // the range a count allows; equal to Value unless given
	Date     Date     // date claims; Month or Day zero for coarser dates
	Duration Duration // duration claims
	Points   bool     // percent claims: a difference in percentage points
	Primary  bool     // count claims: what a bare number about the event means
	SumOf    []string // count claims: ids of the counts this one totals
	Currency string   // money claims

	Name    string   // person and group claims: canonical spelling
	Aliases []string // person and group claims
	Office  *Office  // person claims, may be nil
	Groups  []string // person claims: ids of group claims
}

// Duration is a length of time as a number of units.
type Duration struct {
	N    float64
	Unit DurationUnit
}

// DurationUnit is a unit of time.
type DurationUnit uint8

// Units of time a duration is written in.
const (
	NoUnit DurationUnit = iota
	Hours
	Days
	Weeks
	Months
	Years
	Decades
)

var durationUnitNames = [...]string{"", "hour", "day", "week", "month", "year", "decade"}

// Days returns the duration's length in days (a month counts 30 days, a year 365, a decade 3,652).
func (d Duration) Days() float64 {
	switch d.Unit {
	case Hours:
		return d.N / 24
	case Weeks:
		return d.N * 7
	case Months:
		return d.N * 30
	case Years:
		return d.N * 365
	case Decades:
		return d.N * 3652
	}
	return d.N
}

// String writes the duration as "90 days".
func (d Duration) String() string {
	s := formatNumber(d.N) + " " + durationUnitNames[d.Unit]
	if d.N != 1 {
		s += "s"
	}
	return s
}

// source returns the claim's source, or a zero Source.
func (s *ClaimSet) source(id string) Source {
	for _, src := range s.Sources {
		if src.ID == id {
			return src
		}
	}
	return Source{}
}

// event returns the index of the event with the given id, or -1.
func (s *ClaimSet) event(id string) int {
	for i := range s.Events {
		if s.Events[i].ID == id {
			return i
		}
	}
	return -1
}

// claim returns the index of the claim with the given id, or -1.
func (s *ClaimSet) claim(id string) int {
	for i := range s.Claims {
		if s.Claims[i].ID == id {
			return i
		}
	}
	return -1
}

// Load parses and validates a claim set. name is used in error positions. On failure the error
// is an ErrorList holding every problem found.
func Load(name string, data []byte) (*ClaimSet, error) {
	d := &decoder{file: name, lines: newLineIndex(data)}
	root, serr := parseJSON(data)
	if serr != nil {
		d.errAt(serr.pos, "malformed JSON: "+serr.msg)
		return nil, d.errs.Err()
	}
	set := d.claimSet(root)
	if err := d.errs.Err(); err != nil {
		return nil, err
	}
	set.lex = newLexicon(set)
	set.byKind = map[ClaimKind][]int{}
	for i, c := range set.Claims {
		set.byKind[c.Kind] = append(set.byKind[c.Kind], i)
		src := set.source(c.Source)
		text := src.Title
		if src.URL != "" {
			text += " <" + src.URL + ">"
		}
		set.sourceText = append(set.sourceText, text)
		set.supportMsg = append(set.supportMsg, "Agrees with the fact sheet: "+c.Statement)
		set.spelledMsg = append(set.spelledMsg, "Spelled as in the fact sheet: "+c.Name+".")
	}
	set.index()
	return set, nil
}

// index works out, once per claim set, what matching needs of every claim for every mention:
// the claim's event as an index rather than an id, its date as day numbers, its value as text.
func (s *ClaimSet) index() {
	n := len(s.Claims)
	s.expected, s.expectedYear = make([]string, n), make([]string, n)
	s.claimEvent, s.claimDay, s.claimCur = make([]int, n), make([]int, n), make([]currency, n)
	s.claimSpan, s.claimCivil = make([][2]int, n), make([][2]Date, n)
	s.groups, s.officeMsg, s.belongsMsg = make([][]int, n), make([]string, n), make([][]string, n)
	for i := range s.Claims {
		cl := &s.Claims[i]
		if cl.Office != nil {
			s.officeMsg[i] = "Agrees with the fact sheet: " + cl.Name + " is " + cl.Office.Title + "."
		}
		for _, gid := range cl.Groups {
			g := s.claim(gid) // the loader checked that it exists
			s.groups[i] = append(s.groups[i], g)
			s.belongsMsg[i] = append(s.belongsMsg[i], "Agrees with the fact sheet: "+cl.Name+" belongs to "+s.Claims[g].Name+".")
		}
		s.expected[i] = expectedText(cl, false)
		s.expectedYear[i] = expectedText(cl, true)
		s.claimEvent[i] = s.event(cl.Event)
		s.claimCur[i] = currencyByCode(cl.Currency)
		if cl.Kind == ClaimDate {
			lo, hi := cl.Date.span()
			s.claimSpan[i] = [2]int{lo, hi}
			s.claimCivil[i] = [2]Date{civil(lo), civil(hi)}
		}
		if cl.Date.Day > 0 {
			s.claimDay[i] = dayNumber(cl.Date.Year, cl.Date.Month, cl.Date.Day)
		}
	}
	for _, k := range []Kind{KindCount, KindPercent, KindDuration, KindOrdinal, KindMoney, KindDate, KindWeekday, KindYear} {
		k1, k2 := claimKindFor(k)
		s.byMention[kindIndex(k)] = append(append([]int(nil), s.byKind[k1]...), s.byKind[k2]...)
	}
	s.startClaim = make([]bool, n)
	for i := range s.Claims {
		s.startClaim[i] = startClaim(&s.Claims[i])
	}
	for _, ci := range s.byKind[ClaimDate] {
		if s.claimEvent[ci] >= 0 && s.Claims[ci].Date.Day > 0 {
			s.dayClaims = append(s.dayClaims, ci)
		}
	}
	s.eventPerson = make([]int, len(s.Events))
	for e := range s.Events {
		s.eventPerson[e] = -1
		if s.Events[e].Person != "" {
			s.eventPerson[e] = s.claim(s.Events[e].Person)
			s.personEvents = true
		}
	}
	s.eventDay = make([]int, len(s.Events))
	for _, ci := range s.byKind[ClaimDate] {
		if e := s.claimEvent[ci]; e >= 0 && (s.eventDay[e] == 0 || s.claimSpan[ci][0] < s.eventDay[e]) {
			s.eventDay[e] = s.claimSpan[ci][0]
		}
	}
	s.firstDate = make([]int, len(s.Events))
	for e := range s.Events {
		s.firstDate[e] = -1
		for ci := range s.Claims {
			cl := &s.Claims[ci]
			if cl.Kind == ClaimDate && cl.Event == s.Events[e].ID && cl.Date.Day > 0 {
				s.firstDate[e] = ci
				break
			}
		}
	}
	s.sameSort = make([][]bool, len(s.Events))
	for a := range s.Events {
		s.sameSort[a] = make([]bool, len(s.Events))
		kinds := map[ClaimKind]bool{}
		for i := range s.Claims {
			if s.claimEvent[i] == a && s.Claims[i].Kind != ClaimPerson {
				kinds[s.Claims[i].Kind] = true
			}
		}
		for b := range s.Events {
			for i := range s.Claims {
				if s.claimEvent[i] == b && kinds[s.Claims[i].Kind] && s.Claims[i].Kind != ClaimDate {
					s.sameSort[a][b] = true
				}
			}
		}
	}
}

// decoder turns the JSON tree into a ClaimSet, collecting problems.
type decoder struct {
	file  string
	lines lineIndex
	errs  ErrorList
}

func (d *decoder) errAt(pos int, msg string) {
	line, col := d.lines.position(pos)
	d.errs = append(d.errs, &Error{File: d.file, Line: line, Column: col, Msg: msg})
}

// object checks that v is an object whose keys are all in allowed, reporting duplicates.
func (d *decoder) object(v *jsonValue, what string, allowed ...string) bool {
	if v.kind != jsonObject {
		d.errAt(v.pos, what+" must be an object, not "+v.kind.String())
		return false
	}
	seen := map[string]bool{}
	for _, m := range v.obj {
		if seen[m.key] {
			d.errAt(m.keyPos, what+": duplicate field "+quote(m.key))
		}
		seen[m.key] = true
		ok := false
		for _, a := range allowed {
			if a == m.key {
				ok = true
				break
			}
		}
		if !ok {
			d.errAt(m.keyPos, what+": unknown field "+quote(m.key)+" (allowed: "+joinList(allowed)+")")
		}
	}
	return true
}

func (d *decoder) str(obj *jsonValue, key, what string, required bool) string {
	v := obj.get(key)
	if v == nil {
		if required {
			d.errAt(obj.pos, what+": missing field "+quote(key))
		}
		return ""
	}
	if v.kind != jsonString {
		d.errAt(v.pos, what+": "+key+" must be a string, not "+v.kind.String())
		return ""
	}
	if required && strings.TrimSpace(v.str) == "" {
		d.errAt(v.pos, what+": "+key+" must not be empty")
	}
	return v.str
}

func (d *decoder) num(obj *jsonValue, key, what string, required bool) (float64, bool) {
	v := obj.get(key)
	if v == nil {
		if required {
			d.errAt(obj.pos, what+": missing field "+quote(key))
		}
		return 0, false
	}
	if v.kind != jsonNumber {
		d.errAt(v.pos, what+": "+key+" must be a number, not "+v.kind.String())
		return 0, false
	}
	return v.num, true
}

func (d *decoder) boolean(obj *jsonValue, key, what string) bool {
	v := obj.get(key)
	if v == nil {
		return false
	}
	if v.kind != jsonBool {
		d.errAt(v.pos, what+": "+key+" must be true or false, not "+v.kind.String())
		return false
	}
	return v.b
}

// words reads an array of strings, each of which must hold at least one word to match.
func (d *decoder) words(obj *jsonValue, key, what string) []string {
	list, pos := d.strList(obj, key, what)
	for i, w := range list {
		if len(phraseWords(w)) == 0 {
			d.errAt(pos[i], what+": "+key+" entry "+quote(w)+" holds no word to match")
		}
	}
	return list
}

func (d *decoder) strList(obj *jsonValue, key, what string) ([]string, []int) {
	v := obj.get(key)
	if v == nil {
		return nil, nil
	}
	if v.kind != jsonArray {
		d.errAt(v.pos, what+": "+key+" must be an array of strings, not "+v.kind.String())
		return nil, nil
	}
	var out []string
	var pos []int
	for _, el := range v.arr {
		if el.kind != jsonString {
			d.errAt(el.pos, what+": "+key+" must hold strings, not "+el.kind.String())
			continue
		}
		out = append(out, el.str)
		pos = append(pos, el.pos)
	}
	return out, pos
}

func (d *decoder) array(obj *jsonValue, key, what string, required bool) []*jsonValue {
	v := obj.get(key)
	if v == nil {
		if required {
			d.errAt(obj.pos, what+": missing field "+quote(key))
		}
		return nil
	}
	if v.kind != jsonArray {
		d.errAt(v.pos, what+": "+key+" must be an array, not "+v.kind.String())
		return nil
	}
	if required && len(v.arr) == 0 {
		d.errAt(v.pos, what+": "+key+" must not be empty")
	}
	return v.arr
}

func validID(id string) bool {
	if id == "" {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// ref records a reference to check once every id is known.
type ref struct {
	pos  int
	id   string
	want string // "source", "event", "group claim", "count claim", "person claim"
	from string
}

func (d *decoder) claimSet(root *jsonValue) *ClaimSet {
	set := &ClaimSet{}
	if !d.object(root, "claim set", "$schema", "version", "id", "title", "asOf", "language", "sources", "events", "claims",
		"subjects", "others") {
		return set
	}
	if v, ok := d.num(root, "version", "claim set", true); ok && v != 1 {
		d.errAt(root.get("version").pos, "claim set: unsupported version "+formatNumber(v)+" (this engine reads version 1)")
	}
	set.ID = d.str(root, "id", "claim set", true)
	if v := root.get("id"); v != nil && v.kind == jsonString && v.str != "" && !validID(v.str) {
		d.errAt(v.pos, "claim set: id may hold only letters, digits, '-', '_' and '.'")
	}
	set.Title = d.str(root, "title", "claim set", true)
	if s := d.str(root, "asOf", "claim set", true); s != "" {
		dt, ok := ParseDate(s)
		if !ok || dt.Day == 0 {
			d.errAt(root.get("asOf").pos, "claim set: asOf must be a calendar date YYYY-MM-DD, not "+quote(s))
		}
		set.AsOf = dt
	}
	set.Language = d.str(root, "language", "claim set", false)
	if set.Language != "" && set.Language != "en" {
		d.errAt(root.get("language").pos, "claim set: unsupported language "+quote(set.Language)+" (supported: en)")
	}

	set.Subjects = d.words(root, "subjects", "claim set")
	set.Others = d.words(root, "others", "claim set")

	ids := map[string]string{} // id → what holds it
	declare := func(v *jsonValue, id, what string) {
		if id == "" {
			return
		}
		if !validID(id) {
			d.errAt(v.get("id").pos, what+": id "+quote(id)+" may hold only letters, digits, '-', '_' and '.'")
		}
		if prev, dup := ids[id]; dup {
			article := "a "
			if strings.IndexByte("aeiou", prev[0]) >= 0 {
				article = "an " // "an event"
			}
			d.errAt(v.get("id").pos, what+": duplicate id "+quote(id)+" (already used by "+article+prev+")")
			return
		}
		ids[id] = what
	}

	sourceIDs := map[string]bool{}
	for _, v := range d.array(root, "sources", "claim set", true) {
		if !d.object(v, "source", "id", "title", "url", "date") {
			continue
		}
		s := Source{ID: d.str(v, "id", "source", true), Title: d.str(v, "title", "source", true),
			URL: d.str(v, "url", "source", false), Date: d.str(v, "date", "source", false)}
		if s.ID != "" && sourceIDs[s.ID] {
			d.errAt(v.get("id").pos, "source: duplicate id "+quote(s.ID))
		}
		sourceIDs[s.ID] = true
		set.Sources = append(set.Sources, s)
	}

	var refs []ref
	primary := "" // the first primary event's id
	for _, v := range d.array(root, "events", "claim set", false) {
		if !d.object(v, "event", "id", "label", "cues", "primary", "person") {
			continue
		}
		e := Event{ID: d.str(v, "id", "event", true), Label: d.str(v, "label", "event", true),
			Cues: d.words(v, "cues", "event "+quote(d.str(v, "id", "event", false))), Primary: d.boolean(v, "primary", "event"),
			Person: d.str(v, "person", "event", false)}
		if e.Person != "" {
			refs = append(refs, ref{v.get("person").pos, e.Person, "person claim", "event " + quote(e.ID) + ": person"})
		}
		declare(v, e.ID, "event")
		if e.Primary {
			if primary != "" {
				d.errAt(v.get("primary").pos, "event "+quote(e.ID)+": only one event may be primary, and "+quote(primary)+" already is")
			} else {
				primary = e.ID
			}
		}
		set.Events = append(set.Events, e)
	}

	for _, v := range d.array(root, "claims", "claim set", true) {
		c, ok := d.claim(v, &refs)
		if !ok {
			continue
		}
		declare(v, c.ID, "claim")
		set.Claims = append(set.Claims, c)
	}

	for _, r := range refs {
		ok := false
		switch r.want {
		case "source":
			ok = sourceIDs[r.id]
		case "event":
			ok = ids[r.id] == "event"
		default:
			if i := set.claim(r.id); i >= 0 {
				k := set.Claims[i].Kind
				ok = r.want == "group claim" && k == ClaimGroup || r.want == "count claim" && k == ClaimCount ||
					r.want == "person claim" && k == ClaimPerson
			}
		}
		if !ok {
			d.errAt(r.pos, r.from+": "+quote(r.id)+" is not the id of any "+r.want)
		}
	}
	d.checkSums(set, root)
	return set
}

// checkSums reports count totals whose parts do not add up.
func (d *decoder) checkSums(set *ClaimSet, root *jsonValue) {
	arr := root.get("claims")
	if arr == nil || arr.kind != jsonArray || len(d.errs) > 0 {
		return
	}
	for i, c := range set.Claims {
		if len(c.SumOf) == 0 {
			continue
		}
		sum := 0.0
		for _, id := range c.SumOf {
			if j := set.claim(id); j >= 0 {
				sum += set.Claims[j].Value
			}
		}
		if math.Abs(sum-c.Value) > 1e-9 && i < len(arr.arr) {
			if v := arr.arr[i].get("sumOf"); v != nil {
				d.errAt(v.pos, "claim "+quote(c.ID)+": sumOf adds up to "+formatNumber(sum)+", not "+formatNumber(c.Value))
			}
		}
	}
}

var claimFields = map[ClaimKind][]string{
	ClaimCount:    {"value", "units", "min", "max", "primary", "sumOf"},
	ClaimDate:     {"value"},
	ClaimYear:     {"value"},
	ClaimPercent:  {"value", "units", "points"},
	ClaimDuration: {"value", "units"},
	ClaimOrdinal:  {"value", "units"},
	ClaimMoney:    {"value", "units", "currency"},
	ClaimPerson:   {"name", "aliases", "office", "groups"},
	ClaimGroup:    {"name", "aliases"},
}

func (d *decoder) claim(v *jsonValue, refs *[]ref) (Claim, bool) {
	var c Claim
	if v.kind != jsonObject {
		d.errAt(v.pos, "claim must be an object, not "+v.kind.String())
		return c, false
	}
	c.ID = d.str(v, "id", "claim", true)
	what := "claim " + quote(c.ID)
	kind := d.str(v, "kind", what, true)
	c.Kind = ClaimKind(kind)
	extra, known := claimFields[c.Kind]
	if !known && kind != "" {
		names := make([]string, len(claimKinds))
		for i, k := range claimKinds {
			names[i] = string(k)
		}
		d.errAt(v.get("kind").pos, what+": unknown kind "+quote(kind)+" (known: "+joinList(names)+")")
	}
	allowed := append([]string{"id", "kind", "statement", "source", "event", "cues"}, extra...)
	if known {
		d.object(v, what, allowed...)
	}
	c.Statement = d.str(v, "statement", what, true)
	c.Source = d.str(v, "source", what, true)
	if c.Source != "" {
		*refs = append(*refs, ref{v.get("source").pos, c.Source, "source", what + ": source"})
	}
	c.Event = d.str(v, "event", what, false)
	if c.Event != "" {
		*refs = append(*refs, ref{v.get("event").pos, c.Event, "event", what + ": event"})
	}
	c.Cues = d.words(v, "cues", what)
	c.Units = d.words(v, "units", what)

	switch c.Kind {
	case ClaimCount, ClaimYear, ClaimPercent, ClaimOrdinal, ClaimMoney:
		val, ok := d.num(v, "value", what, true)
		c.Value, c.Min, c.Max = val, val, val
		if ok && (c.Kind == ClaimYear || c.Kind == ClaimOrdinal) && (val != math.Trunc(val) || val < 1) {
			d.errAt(v.get("value").pos, what+": value must be a whole number above 0")
		}
		if ok && val < 0 {
			d.errAt(v.get("value").pos, what+": value must not be negative")
		}
		if lo, ok := d.num(v, "min", what, false); ok {
			c.Min = lo
		}
		if hi, ok := d.num(v, "max", what, false); ok {
			c.Max = hi
		}
		if c.Min > c.Value || c.Max < c.Value {
			at := v.pos
			if f := v.get("min"); f != nil && c.Min > c.Value {
				at = f.pos
			} else if f := v.get("max"); f != nil {
				at = f.pos
			}
			d.errAt(at, what+": min and max must surround value (min "+formatNumber(c.Min)+", value "+formatNumber(c.Value)+", max "+formatNumber(c.Max)+")")
		}
		c.Points = d.boolean(v, "points", what)
		c.Primary = d.boolean(v, "primary", what)
		c.Currency = strings.ToUpper(d.str(v, "currency", what, c.Kind == ClaimMoney))
		if c.Kind == ClaimMoney && c.Currency != "" && currencyByCode(c.Currency) == 0 {
			d.errAt(v.get("currency").pos, what+": unknown currency "+quote(c.Currency)+" (known: USD, EUR, GBP, MXN, CAD)")
		}
		ids, pos := d.strList(v, "sumOf", what)
		c.SumOf = ids
		for i, id := range ids {
			*refs = append(*refs, ref{pos[i], id, "count claim", what + ": sumOf"})
		}
	case ClaimDate:
		if s := d.str(v, "value", what, true); s != "" {
			dt, ok := ParseDate(s)
			if !ok {
				d.errAt(v.get("value").pos, what+": value must be a calendar date YYYY-MM-DD, YYYY-MM or YYYY, not "+quote(s))
			}
			c.Date = dt
		}
	case ClaimDuration:
		if s := d.str(v, "value", what, true); s != "" {
			du, ok := parseDurationValue(s)
			if !ok {
				d.errAt(v.get("value").pos, what+": value must be a number and a unit (hour, day, week, month, year, decade), such as \"90 days\", not "+quote(s))
			}
			c.Duration = du
		}
	case ClaimPerson, ClaimGroup:
		c.Name = d.str(v, "name", what, true)
		if c.Name != "" && len(phraseWords(c.Name)) == 0 {
			d.errAt(v.get("name").pos, what+": name holds no word to match")
		}
		c.Aliases = d.words(v, "aliases", what)
		if o := v.get("office"); o != nil && c.Kind == ClaimPerson {
			if d.object(o, what+": office", "title", "aliases", "qualifiers") {
				c.Office = &Office{Title: d.str(o, "title", what+": office", true),
					Aliases: d.words(o, "aliases", what+": office"), Qualifiers: d.words(o, "qualifiers", what+": office")}
			}
		}
		ids, pos := d.strList(v, "groups", what)
		c.Groups = ids
		for i, id := range ids {
			*refs = append(*refs, ref{pos[i], id, "group claim", what + ": groups"})
		}
	}
	return c, c.ID != ""
}

// joinList joins names with ", " for a message, as strings.Join would with a few KB more of
// WebAssembly.
func joinList(names []string) string { return join(names, ", ") }

// join joins words with sep, as strings.Join does.
func join(words []string, sep string) string {
	s := ""
	for i, w := range words {
		if i > 0 {
			s += sep
		}
		s += w
	}
	return s
}

// parseDurationValue reads "90 days", "1 month".
func parseDurationValue(s string) (Duration, bool) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return Duration{}, false
	}
	// The number as the schema's pattern allows it: "+5", ".5" and "5." too.
	num := strings.TrimPrefix(f[0], "+")
	if strings.HasPrefix(num, ".") {
		num = "0" + num
	}
	if i := strings.IndexByte(num, '.'); i >= 0 && (i+1 == len(num) || num[i+1] < '0' || num[i+1] > '9') {
		num = num[:i+1] + "0" + num[i+1:]
	}
	n, ok := parseDecimal(num)
	if !ok || n <= 0 {
		return Duration{}, false
	}
	u := durationUnitWord(strings.ToLower(f[1]))
	if u == NoUnit {
		return Duration{}, false
	}
	return Duration{N: n, Unit: u}, true
}

func durationUnitWord(w string) DurationUnit {
	switch strings.TrimSuffix(w, "s") {
	case "hour":
		return Hours
	case "day":
		return Days
	case "week":
		return Weeks
	case "month":
		return Months
	case "year":
		return Years
	case "decade":
		return Decades
	}
	return NoUnit
}
