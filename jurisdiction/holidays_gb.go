package jurisdiction

import "time"

// Bank holidays of the United Kingdom. Sources: Banking and Financial Dealings
// Act 1971 Sch. 1 (as amended, including the St Andrew's Day Bank Holiday
// (Scotland) Act 2007) and the yearly royal proclamations; verified against
// the GOV.UK bank-holidays list for 2024–2027 (www.gov.uk/bank-holidays).
// A bank holiday that falls on a weekend gives a substitute day on the next
// weekday that is not already a bank holiday.
//
// The ICO counts UK GDPR time limits to the next working day of the nation's
// bank holidays (law.md §2), so each nation has its own calendar; "GB" alone
// is the days common to all of them.

// gbCommon holds the bank holidays of every UK nation, with the one-off
// changes made by proclamation since 2020.
var gbCommon = []holidayRule{
	{name: "New Year's Day", on: fixed(time.January, 1), observe: observeSubstitute},
	{name: "Good Friday", on: easterOffset(-2)},
	{name: "Early May bank holiday", on: nthWeekday(1, time.Monday, time.May), except: []int{2020}},
	{name: "Early May bank holiday (VE Day)", on: once(2020, time.May, 8)},
	{name: "Spring bank holiday", on: nthWeekday(-1, time.Monday, time.May), except: []int{2022}},
	{name: "Spring bank holiday", on: once(2022, time.June, 2)},
	{name: "Platinum Jubilee bank holiday", on: once(2022, time.June, 3)},
	{name: "Bank Holiday for the State Funeral of Queen Elizabeth II", on: once(2022, time.September, 19)},
	{name: "Bank holiday for the coronation of King Charles III", on: once(2023, time.May, 8)},
	{name: "Christmas Day", on: fixed(time.December, 25), observe: observeSubstitute},
	{name: "Boxing Day", on: fixed(time.December, 26), observe: observeSubstitute},
}

// gbEnglandWales adds Easter Monday and the August bank holiday on the last
// Monday of August.
var gbEnglandWales = []holidayRule{
	{name: "Easter Monday", on: easterOffset(1)},
	{name: "Summer bank holiday", on: nthWeekday(-1, time.Monday, time.August)},
}

// gbScotland has no Easter Monday; it adds 2 January, the first Monday of
// August and St Andrew's Day (30 November, or the next Monday when it falls
// on a weekend: St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1).
var gbScotland = []holidayRule{
	{name: "2nd January", on: fixed(time.January, 2), observe: observeSubstitute},
	{name: "Summer bank holiday", on: nthWeekday(1, time.Monday, time.August)},
	{name: "St Andrew's Day", on: fixed(time.November, 30), observe: observeSubstitute},
}

// gbNorthernIreland adds St Patrick's Day (17 March) and the Battle of the
// Boyne (12 July) to the England and Wales days.
var gbNorthernIreland = []holidayRule{
	{name: "St Patrick's Day", on: fixed(time.March, 17), observe: observeSubstitute},
	{name: "Easter Monday", on: easterOffset(1)},
	{name: "Battle of the Boyne (Orangemen's Day)", on: fixed(time.July, 12), observe: observeSubstitute},
	{name: "Summer bank holiday", on: nthWeekday(-1, time.Monday, time.August)},
}
