package jurisdiction

import (
	"fmt"
	"slices"
	"strings"
)

// builtinCalendars maps a canonical place code to its built-in calendar. The
// map is built once at package initialisation and only read afterwards; the
// calendars in it cache their per-year tables (see ruleCalendar).
var builtinCalendars = buildCalendars()

func buildCalendars() map[string]*ruleCalendar {
	englandWales := newRuleCalendar("GB England and Wales", gbCommon, gbEnglandWales)
	m := map[string]*ruleCalendar{
		"GB":     newRuleCalendar("GB (days common to all UK nations)", gbCommon),
		"GB-ENG": englandWales,
		"GB-WLS": englandWales,
		"GB-SCT": newRuleCalendar("GB-SCT Scotland", gbCommon, gbScotland),
		"GB-NIR": newRuleCalendar("GB-NIR Northern Ireland", gbCommon, gbNorthernIreland),
		"IE":     newRuleCalendar("IE", ieHolidays),
		"DE":     newRuleCalendar("DE", deHolidays),
		"FR":     newRuleCalendar("FR", frHolidays),
		"NL":     newRuleCalendar("NL", nlHolidays),
		"ES":     newRuleCalendar("ES (national days)", esHolidays),
		"IT":     newRuleCalendar("IT", itHolidays),
		"US":     newRuleCalendar("US federal", usFederal),
		"US-CA":  newRuleCalendar("US-CA", usCalifornia),
		"IN":     newRuleCalendar("IN (national holidays)", inNational),
	}
	for code, extra := range deLaender {
		m[code] = newRuleCalendar(code, deHolidays, extra)
	}
	// France's overseas departments have their own ISO 3166-1 codes; the
	// national holidays of the Code du travail apply there too (their own
	// abolition days are not included).
	for _, code := range []string{"GP", "MQ", "GF", "RE", "YT"} {
		m[code] = m["FR"]
	}
	return m
}

// subdivisionFallback lists the countries whose national calendar may stand in
// for a subdivision without one of its own: in these countries every national
// holiday is a holiday in every region, so the national calendar can only
// miss days, which can only make a deadline earlier. The United States is not
// among them: a state need not keep every federal holiday.
var subdivisionFallback = map[string]bool{
	"DE": true, "ES": true, "FR": true, "IE": true, "IN": true, "IT": true, "NL": true,
}

// CalendarFor returns the built-in public-holiday calendar of p:
//
//   - GB-ENG and GB-WLS (England and Wales), GB-SCT, GB-NIR: the nation's
//     bank holidays, with substitute days; GB alone: the days common to all
//     nations, because the ICO counts to the next working day of the nation
//     concerned;
//   - IE, DE (nationwide days, and each Land DE-BW … DE-TH with its own), FR
//     (and the overseas departments GP, MQ, GF, RE, YT), NL, ES (the national
//     days no community may replace), IT (with 4 October from 2026);
//   - US (federal, 5 U.S.C. §6103, with the observed Friday or Monday);
//     US-CA (the holidays of California Government Code §6700 with §6701's
//     observed days). US-CA is marked VERIFY (law.md §2): the CCPA
//     regulations do not define "business day", and this calendar follows
//     law.md in using §6700. It leaves out Good Friday (a holiday only from
//     noon to 3 p.m.) and the day after Thanksgiving (not a §6700 holiday),
//     and knows Lunar New Year, which §6700 defines by the new moon, only for
//     2023–2035, on the dates of the Chinese calendar;
//   - IN (the three national holidays).
//
// A subdivision without its own calendar gets its country's where the
// national days hold everywhere (ES-CN gets ES); other places, including US
// states other than California, get an error wrapping [ErrNoCalendar]. The
// calendars are correct for 2024–2035 against the governments' published
// lists and computed by the same rules for other years; holidays created or
// moved after this package's release are not known to it.
//
// The returned Calendar is shared, immutable and safe for concurrent use.
func CalendarFor(p Place) (Calendar, error) {
	if c, ok := builtinCalendars[p.String()]; ok {
		return c, nil
	}
	if p.IsSubdivision() && subdivisionFallback[p.Country().String()] {
		return builtinCalendars[p.Country().String()], nil
	}
	if p.IsZero() {
		return nil, fmt.Errorf("%w: the zero place", ErrNoCalendar)
	}
	return nil, fmt.Errorf("%w %s", ErrNoCalendar, p)
}

// CalendarPlaces returns, sorted, the places that have a calendar of their
// own in [CalendarFor] (not counting subdivisions that fall back to their
// country's).
func CalendarPlaces() []Place {
	out := make([]Place, 0, len(builtinCalendars))
	for code := range builtinCalendars {
		if p, err := ParsePlace(code); err == nil {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b Place) int { return strings.Compare(a.code, b.code) })
	return out
}
