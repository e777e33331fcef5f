package extract

import (
	"regexp"
	"strconv"
	"time"

	"dipex/tokenize"
)

var (
	weekdays = map[string]time.Weekday{
		"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday,
		"freitag": time.Friday, "samstag": time.Saturday, "sonnabend": time.Saturday, "sonntag": time.Sunday,
		"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
		"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	}
	months = map[string]time.Month{
		"januar": 1, "janner": 1, "februar": 2, "marz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
		"september": 9, "oktober": 10, "november": 11, "dezember": 12,
		"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10,
		"nov": 11, "dec": 12, "dez": 12,
	}
	relativeDays = map[string]int{"heute": 0, "today": 0, "gestern": -1, "yesterday": -1, "vorgestern": -2,
		"morgen": 1, "tomorrow": 1, "ubermorgen": 2}
	isoDateRE     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	germanDateRE  = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4})$`)
	dayNumberRE   = regexp.MustCompile(`^\d{1,2}$`)
	yearNumberRE  = regexp.MustCompile(`^(19|20)\d\d$`)
	dayOrdinalRE  = regexp.MustCompile(`^(\d{1,2})(st|nd|rd|th)$`)
	timeLayoutISO = "2006-01-02"
)

// dateAt is a date expression found in a sentence: where it stands and what it says.
type dateAt struct {
	tok  int       // token index of the expression's first word
	date time.Time // resolved day
}

// docDate parses the document's date, if it has one.
func docDate(d string) (time.Time, bool) {
	t, err := time.Parse(timeLayoutISO, d)
	return t, err == nil
}

// findDates returns the date expressions of toks[first:last] that can be resolved: explicit
// dates with a year always; days of a month, weekdays and "gestern"/"yesterday" only against
// the document's date. A weekday is the last one on or before the document's date, or, for a
// planned event, the next one after it.
func findDates(toks []tokenize.Token, first, last int, doc string, planned bool) []dateAt {
	base, hasBase := docDate(doc)
	var out []dateAt
	key := func(i int) string {
		if i < first || i >= last {
			return ""
		}
		return toks[i].Key
	}
	for i := first; i < last; i++ {
		k := toks[i].Key
		if m := isoDateRE.FindStringSubmatch(k); m != nil {
			if t, err := time.Parse(timeLayoutISO, k); err == nil {
				out = append(out, dateAt{i, t})
			}
			continue
		}
		if m := germanDateRE.FindStringSubmatch(k); m != nil {
			if t, ok := makeDate(m[3], m[2], m[1]); ok {
				out = append(out, dateAt{i, t})
			}
			continue
		}
		if wd, ok := weekdays[k]; ok && hasBase {
			out = append(out, dateAt{i, weekdayNear(base, wd, planned)})
			continue
		}
		if n, ok := relativeDays[k]; ok && hasBase && toks[i].Text[0] >= 'a' { // "Morgen" is the morning
			out = append(out, dateAt{i, base.AddDate(0, 0, n)})
			continue
		}
		// "28. Februar [2025]", "28 February [2025]", "28th of February"
		if day := dayNumber(k); day > 0 {
			j := i + 1
			if key(j) == "." || key(j) == "of" {
				j++
			}
			if mo, ok := months[key(j)]; ok {
				if t, ok := dayMonthYear(day, mo, key(j+1), base, hasBase); ok {
					out = append(out, dateAt{i, t})
				}
				i = j
				continue
			}
		}
		// "February 28[, 2025]"
		if mo, ok := months[k]; ok && len(k) > 3 {
			if day := dayNumber(key(i + 1)); day > 0 {
				y := key(i + 2)
				if y == "," {
					y = key(i + 3)
				}
				if t, ok := dayMonthYear(day, mo, y, base, hasBase); ok {
					out = append(out, dateAt{i, t})
				}
				i++
			}
		}
	}
	return out
}

func dayNumber(k string) int {
	if m := dayOrdinalRE.FindStringSubmatch(k); m != nil {
		k = m[1]
	}
	if !dayNumberRE.MatchString(k) {
		return 0
	}
	n, _ := strconv.Atoi(k)
	if n < 1 || n > 31 {
		return 0
	}
	return n
}

// dayMonthYear builds a date from a day, a month and a year word (or the document's year).
func dayMonthYear(day int, mo time.Month, year string, base time.Time, hasBase bool) (time.Time, bool) {
	y := 0
	switch {
	case yearNumberRE.MatchString(year):
		y, _ = strconv.Atoi(year)
	case hasBase:
		y = base.Year()
	default:
		return time.Time{}, false
	}
	t := time.Date(y, mo, day, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == day // no 31 February
}

func makeDate(y, m, d string) (time.Time, bool) {
	yy, _ := strconv.Atoi(y)
	mm, _ := strconv.Atoi(m)
	dd, _ := strconv.Atoi(d)
	if mm < 1 || mm > 12 {
		return time.Time{}, false
	}
	t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == dd
}

// weekdayNear is the weekday wd last before or on base, or next after it when planned.
func weekdayNear(base time.Time, wd time.Weekday, planned bool) time.Time {
	d := int(wd - base.Weekday())
	if planned {
		if d <= 0 {
			d += 7
		}
		return base.AddDate(0, 0, d)
	}
	if d > 0 {
		d -= 7
	}
	return base.AddDate(0, 0, d)
}

// dateOf returns the date of the expression nearest to token trig, as YYYY-MM-DD, or "".
func dateOf(toks []tokenize.Token, s Sentence, trig int, doc string, planned bool) string {
	best, bestD := "", 1<<30
	for _, d := range findDates(toks, s.First, s.Last, doc, planned) {
		dist := d.tok - trig
		if dist < 0 {
			dist = -dist
		}
		if dist < bestD {
			best, bestD = d.date.Format(timeLayoutISO), dist
		}
	}
	return best
}

// isDateWord reports whether key names a weekday or a month.
func isDateWord(key string) bool {
	_, day := weekdays[key]
	_, month := months[key]
	return day || month
}
