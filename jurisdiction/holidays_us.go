package jurisdiction

import "time"

// usFederal: the legal public holidays of 5 U.S.C. §6103(a). A holiday on a
// Saturday is observed on the Friday before and one on a Sunday on the Monday
// after (§6103(b); Executive Order 11582), so New Year's Day 2028, a Saturday,
// is observed on Friday 31 December 2027. Closures ordered by the President
// for a single year (for example a national day of mourning) are not
// included: leaving them out can only make a deadline earlier.
var usFederal = []holidayRule{
	{name: "New Year's Day", on: fixed(time.January, 1), observe: observeNearest},
	{name: "Birthday of Martin Luther King, Jr.", on: nthWeekday(3, time.Monday, time.January)},
	{name: "Washington's Birthday", on: nthWeekday(3, time.Monday, time.February)},
	{name: "Memorial Day", on: nthWeekday(-1, time.Monday, time.May)},
	{name: "Juneteenth National Independence Day", on: fixed(time.June, 19), from: 2021, observe: observeNearest},
	{name: "Independence Day", on: fixed(time.July, 4), observe: observeNearest},
	{name: "Labor Day", on: nthWeekday(1, time.Monday, time.September)},
	{name: "Columbus Day", on: nthWeekday(2, time.Monday, time.October)},
	{name: "Veterans Day", on: fixed(time.November, 11), observe: observeNearest},
	{name: "Thanksgiving Day", on: nthWeekday(4, time.Thursday, time.November)},
	{name: "Christmas Day", on: fixed(time.December, 25), observe: observeNearest},
}

// usCalifornia: the holidays of California Government Code §6700(a), as
// amended by Stats. 2022 chs. 753 (AB 1655, Juneteenth), 792 (AB 2596, Lunar
// New Year) and AB 1801 (Genocide Remembrance Day), in force from 2023, with
// §6701: when 1 January, 12 February, 31 March, 4 July, 9 September,
// 11 November or 25 December falls on a Sunday the following Monday is a
// holiday, and when 11 November falls on a Saturday the Friday before is.
//
// VERIFY (law.md §2, §20): the CCPA regulations do not define "business
// day"; this calendar follows law.md in using the Government Code holidays.
// Not included: Good Friday (a holiday only from noon to 3 p.m.,
// §6700(a)), the day after Thanksgiving (a state-employee and judicial
// holiday, Gov. Code §19853 and Code Civ. Proc. §135, but not a §6700
// holiday), and days the President or Governor appoints for a single year.
// Note the other direction too: §6700 lists days on which state offices stay
// open (CalHR's published lists of paid state holidays, for 2014 and 2024 for
// example, have none of Lincoln Day, Lunar New Year, Genocide Remembrance
// Day, Juneteenth, Admission Day, Native American Day or Columbus Day), so if
// "business day" means a day the state works, a count with this calendar can
// end later than the law requires. Supply your own Calendar to count
// differently.
var usCalifornia = []holidayRule{
	{name: "New Year's Day", on: fixed(time.January, 1), observe: observeSundayToMonday},
	{name: "Dr. Martin Luther King, Jr. Day", on: nthWeekday(3, time.Monday, time.January)},
	{name: "Lunar New Year", on: yearFunc(lunarNewYear), from: 2023},
	{name: "Lincoln Day", on: fixed(time.February, 12), observe: observeSundayToMonday},
	{name: "Washington's Birthday (third Monday in February)", on: nthWeekday(3, time.Monday, time.February)},
	{name: "Cesar Chavez Day", on: fixed(time.March, 31), observe: observeSundayToMonday},
	{name: "Genocide Remembrance Day", on: fixed(time.April, 24), from: 2023},
	{name: "Memorial Day (last Monday in May)", on: nthWeekday(-1, time.Monday, time.May)},
	{name: "Juneteenth", on: fixed(time.June, 19), from: 2023},
	{name: "Independence Day", on: fixed(time.July, 4), observe: observeSundayToMonday},
	{name: "Labor Day (first Monday in September)", on: nthWeekday(1, time.Monday, time.September)},
	{name: "Admission Day", on: fixed(time.September, 9), observe: observeSundayToMonday},
	{name: "Native American Day", on: nthWeekday(4, time.Friday, time.September), from: 2016},
	{name: "Columbus Day", on: nthWeekday(2, time.Monday, time.October)},
	{name: "Veterans Day", on: fixed(time.November, 11), observe: observeNearest},
	{name: "Thanksgiving Day", on: nthWeekday(4, time.Thursday, time.November)},
	{name: "Christmas Day", on: fixed(time.December, 25), observe: observeSundayToMonday},
}

// lunarNewYear returns Lunar New Year for the years this package has data
// for. Gov. Code §6700(a)(4) defines it astronomically ("the second new moon
// following the winter solstice, or the third ... should an intercalary month
// intervene"); these are the dates of the Chinese calendar's New Year.
// VERIFY: the statute names no time zone. Reckoned in Pacific time (Meeus,
// Astronomical Algorithms ch. 49), the new moon falls a day earlier than in
// China in 2024 and in each year from 2030 to 2034 (for example Wednesday
// 22 January 2031, not Thursday 23 January), so in those years this date
// may be a day late. Outside 2023–2035 the holiday is not known here and is
// left out.
func lunarNewYear(y int) (Date, bool) {
	switch y {
	case 2023:
		return Date{2023, time.January, 22}, true
	case 2024:
		return Date{2024, time.February, 10}, true
	case 2025:
		return Date{2025, time.January, 29}, true
	case 2026:
		return Date{2026, time.February, 17}, true
	case 2027:
		return Date{2027, time.February, 6}, true
	case 2028:
		return Date{2028, time.January, 26}, true
	case 2029:
		return Date{2029, time.February, 13}, true
	case 2030:
		return Date{2030, time.February, 3}, true
	case 2031:
		return Date{2031, time.January, 23}, true
	case 2032:
		return Date{2032, time.February, 11}, true
	case 2033:
		return Date{2033, time.January, 31}, true
	case 2034:
		return Date{2034, time.February, 19}, true
	case 2035:
		return Date{2035, time.February, 8}, true
	}
	return Date{}, false
}
