package jurisdiction

import "time"

// Public holidays of the EU Member States this package has data for. Under
// Reg. (EEC, Euratom) No 1182/71 Art. 2(1) the public holidays that count are
// those of the Member State where the action is to be taken. None of these
// states moves a holiday that falls on a weekend.

// ieHolidays: Ireland, Organisation of Working Time Act 1997 Sch. 2 as amended
// (S.I. 58/2022 added St Brigid's Day from 2023 and the one-off 18 March
// 2022). Good Friday is not a public holiday. A public holiday on a weekend
// gives employees a benefit but does not move.
var ieHolidays = []holidayRule{
	{name: "New Year's Day", on: fixed(time.January, 1)},
	{name: "St Brigid's Day", on: yearFunc(stBrigidsDay), from: 2023},
	{name: "St Patrick's Day", on: fixed(time.March, 17)},
	{name: "Public holiday (COVID-19 remembrance)", on: once(2022, time.March, 18)},
	{name: "Easter Monday", on: easterOffset(1)},
	{name: "May Day", on: nthWeekday(1, time.Monday, time.May)},
	{name: "June Holiday", on: nthWeekday(1, time.Monday, time.June)},
	{name: "August Holiday", on: nthWeekday(1, time.Monday, time.August)},
	{name: "October Holiday", on: nthWeekday(-1, time.Monday, time.October)},
	{name: "Christmas Day", on: fixed(time.December, 25)},
	{name: "St Stephen's Day", on: fixed(time.December, 26)},
}

// stBrigidsDay is the first Monday of February, or 1 February when that is a
// Friday.
func stBrigidsDay(y int) (Date, bool) {
	if d := (Date{Year: y, Month: time.February, Day: 1}); d.Weekday() == time.Friday {
		return d, true
	}
	return nthWeekdayOf(y, time.February, time.Monday, 1), true
}

// deHolidays: Germany's nationwide public holidays. Holidays are Länder law;
// these nine are holidays in every Land (3 October by federal law, Einigungs-
// vertrag Art. 2(2)). Reformation Day 2017 was a one-off nationwide holiday.
var deHolidays = []holidayRule{
	{name: "New Year's Day (Neujahr)", on: fixed(time.January, 1)},
	{name: "Good Friday (Karfreitag)", on: easterOffset(-2)},
	{name: "Easter Monday (Ostermontag)", on: easterOffset(1)},
	{name: "Labour Day (Tag der Arbeit)", on: fixed(time.May, 1)},
	{name: "Ascension Day (Christi Himmelfahrt)", on: easterOffset(39)},
	{name: "Whit Monday (Pfingstmontag)", on: easterOffset(50)},
	{name: "German Unity Day (Tag der Deutschen Einheit)", on: fixed(time.October, 3)},
	{name: "Reformation Day (Reformationstag, 500th anniversary)", on: once(2017, time.October, 31)},
	{name: "Christmas Day (1. Weihnachtstag)", on: fixed(time.December, 25)},
	{name: "St Stephen's Day (2. Weihnachtstag)", on: fixed(time.December, 26)},
}

// Holidays of single German Länder, added to the nationwide ones by
// CalendarFor("DE-xx"). Days that are holidays only in some municipalities
// of a Land (Assumption in Bavaria, Corpus Christi in parts of Saxony and
// Thuringia, the Augsburg Peace Festival) are left out: a missing holiday
// can only make a computed deadline earlier, never later.
var (
	deEpiphany       = holidayRule{name: "Epiphany (Heilige Drei Könige)", on: fixed(time.January, 6)}
	deCorpusChristi  = holidayRule{name: "Corpus Christi (Fronleichnam)", on: easterOffset(60)}
	deAllSaints      = holidayRule{name: "All Saints' Day (Allerheiligen)", on: fixed(time.November, 1)}
	deReformation    = holidayRule{name: "Reformation Day (Reformationstag)", on: fixed(time.October, 31)}
	deReformation18  = holidayRule{name: "Reformation Day (Reformationstag)", on: fixed(time.October, 31), from: 2018}
	deWomensDayBE    = holidayRule{name: "International Women's Day (Frauentag)", on: fixed(time.March, 8), from: 2019}
	deWomensDayMV    = holidayRule{name: "International Women's Day (Frauentag)", on: fixed(time.March, 8), from: 2023}
	deAssumption     = holidayRule{name: "Assumption Day (Mariä Himmelfahrt)", on: fixed(time.August, 15)}
	deChildrensDay   = holidayRule{name: "World Children's Day (Weltkindertag)", on: fixed(time.September, 20), from: 2019}
	deRepentance     = holidayRule{name: "Day of Repentance and Prayer (Buß- und Bettag)", on: yearFunc(repentanceDay)}
	deLiberation2020 = holidayRule{name: "Liberation Day (Tag der Befreiung, 75th anniversary)", on: once(2020, time.May, 8)}
	deLiberation2025 = holidayRule{name: "Liberation Day (Tag der Befreiung, 80th anniversary)", on: once(2025, time.May, 8)}
)

// deLaender maps each Land's ISO 3166-2 code to its own holidays.
var deLaender = map[string][]holidayRule{
	"DE-BW": {deEpiphany, deCorpusChristi, deAllSaints},
	"DE-BY": {deEpiphany, deCorpusChristi, deAllSaints},
	"DE-BE": {deWomensDayBE, deLiberation2020, deLiberation2025},
	"DE-BB": {deReformation},
	"DE-HB": {deReformation18},
	"DE-HH": {deReformation18},
	"DE-HE": {deCorpusChristi},
	"DE-MV": {deWomensDayMV, deReformation},
	"DE-NI": {deReformation18},
	"DE-NW": {deCorpusChristi, deAllSaints},
	"DE-RP": {deCorpusChristi, deAllSaints},
	"DE-SL": {deCorpusChristi, deAssumption, deAllSaints},
	"DE-SN": {deReformation, deRepentance},
	"DE-ST": {deEpiphany, deReformation},
	"DE-SH": {deReformation18},
	"DE-TH": {deChildrensDay, deReformation},
}

// repentanceDay is the Wednesday before 23 November (11 days before the
// first Sunday of Advent).
func repentanceDay(y int) (Date, bool) {
	d := Date{Year: y, Month: time.November, Day: 22}
	back := (int(d.Weekday()) - int(time.Wednesday) + 7) % 7
	return d.AddDays(-back), true
}

// frHolidays: France, Code du travail art. L3133-1. Whit Monday stays a
// public holiday even where employers make it the "journée de solidarité".
// (Alsace-Moselle's Good Friday and 26 December are not included: this
// package's places do not name those départements.)
var frHolidays = []holidayRule{
	{name: "New Year's Day (Jour de l'an)", on: fixed(time.January, 1)},
	{name: "Easter Monday (Lundi de Pâques)", on: easterOffset(1)},
	{name: "Labour Day (Fête du Travail)", on: fixed(time.May, 1)},
	{name: "Victory in Europe Day (Victoire 1945)", on: fixed(time.May, 8)},
	{name: "Ascension Day (Ascension)", on: easterOffset(39)},
	{name: "Whit Monday (Lundi de Pentecôte)", on: easterOffset(50)},
	{name: "Bastille Day (Fête nationale)", on: fixed(time.July, 14)},
	{name: "Assumption Day (Assomption)", on: fixed(time.August, 15)},
	{name: "All Saints' Day (Toussaint)", on: fixed(time.November, 1)},
	{name: "Armistice Day (Armistice 1918)", on: fixed(time.November, 11)},
	{name: "Christmas Day (Noël)", on: fixed(time.December, 25)},
}

// nlHolidays: the Netherlands, Algemene termijnenwet art. 3(1)–(2): the
// "algemeen erkende feestdagen" (New Year's Day, Easter Monday, Ascension
// Day, Whit Monday, both Christmas days, the day the King's birthday is
// celebrated and 5 May) and Good Friday, which art. 3(2) equates with them.
// That Act, not employment practice, governs legal time limits. The bridge
// days equated by royal decree every three years (art. 3(3)) are not
// included; leaving them out can only make a deadline earlier.
var nlHolidays = []holidayRule{
	{name: "New Year's Day (Nieuwjaarsdag)", on: fixed(time.January, 1)},
	{name: "Good Friday (Goede Vrijdag)", on: easterOffset(-2)},
	{name: "Easter Monday (Tweede Paasdag)", on: easterOffset(1)},
	{name: "Queen's Day (Koninginnedag)", on: yearFunc(queensDay), until: 2013},
	{name: "King's Day (Koningsdag)", on: yearFunc(kingsDay), from: 2014},
	{name: "Liberation Day (Bevrijdingsdag)", on: fixed(time.May, 5)},
	{name: "Ascension Day (Hemelvaartsdag)", on: easterOffset(39)},
	{name: "Whit Monday (Tweede Pinksterdag)", on: easterOffset(50)},
	{name: "Christmas Day (Eerste Kerstdag)", on: fixed(time.December, 25)},
	{name: "Boxing Day (Tweede Kerstdag)", on: fixed(time.December, 26)},
}

// kingsDay is 27 April, or 26 April when the 27th is a Sunday.
func kingsDay(y int) (Date, bool) {
	d := Date{Year: y, Month: time.April, Day: 27}
	if d.Weekday() == time.Sunday {
		d.Day = 26
	}
	return d, true
}

// queensDay is 30 April, or 29 April when the 30th is a Sunday.
func queensDay(y int) (Date, bool) {
	d := Date{Year: y, Month: time.April, Day: 30}
	if d.Weekday() == time.Sunday {
		d.Day = 29
	}
	return d, true
}

// esHolidays: Spain's national holidays that no autonomous community may
// replace (Real Decreto 2001/1983 art. 45.1(a)–(c), as the yearly resolution
// of the Dirección General de Trabajo lists them; verified for 2025, BOE-A-
// 2024-21316). Epiphany, Maundy Thursday, Easter Monday, 19 March, 25 July and
// the Monday after a national holiday that falls on a Sunday are chosen by
// each community and are not included.
var esHolidays = []holidayRule{
	{name: "New Year's Day (Año Nuevo)", on: fixed(time.January, 1)},
	{name: "Good Friday (Viernes Santo)", on: easterOffset(-2)},
	{name: "Labour Day (Fiesta del Trabajo)", on: fixed(time.May, 1)},
	{name: "Assumption Day (Asunción de la Virgen)", on: fixed(time.August, 15)},
	{name: "National Day of Spain (Fiesta Nacional de España)", on: fixed(time.October, 12)},
	{name: "All Saints' Day (Todos los Santos)", on: fixed(time.November, 1)},
	{name: "Constitution Day (Día de la Constitución Española)", on: fixed(time.December, 6)},
	{name: "Immaculate Conception (Inmaculada Concepción)", on: fixed(time.December, 8)},
	{name: "Christmas Day (Natividad del Señor)", on: fixed(time.December, 25)},
}

// itHolidays: Italy's national holidays (Legge 260/1949 as amended; Legge
// 151/2025 made 4 October, St Francis of Assisi, a national holiday again
// from 2026, published in Gazzetta Ufficiale n. 236/2025, in force
// 1 January 2026). Patron saints' days are municipal and not included.
var itHolidays = []holidayRule{
	{name: "New Year's Day (Capodanno)", on: fixed(time.January, 1)},
	{name: "Epiphany (Epifania)", on: fixed(time.January, 6)},
	{name: "Easter Monday (Lunedì dell'Angelo)", on: easterOffset(1)},
	{name: "Liberation Day (Festa della Liberazione)", on: fixed(time.April, 25)},
	{name: "Labour Day (Festa del Lavoro)", on: fixed(time.May, 1)},
	{name: "Republic Day (Festa della Repubblica)", on: fixed(time.June, 2)},
	{name: "Assumption Day (Ferragosto)", on: fixed(time.August, 15)},
	{name: "St Francis of Assisi (Festa nazionale di San Francesco d'Assisi)", on: fixed(time.October, 4), from: 2026},
	{name: "All Saints' Day (Ognissanti)", on: fixed(time.November, 1)},
	{name: "Immaculate Conception (Immacolata Concezione)", on: fixed(time.December, 8)},
	{name: "Christmas Day (Natale)", on: fixed(time.December, 25)},
	{name: "St Stephen's Day (Santo Stefano)", on: fixed(time.December, 26)},
}
