using Dyad.Core;

namespace Dyad.Time.Tests;

public sealed class TimeStageTests
{
    private const string Wed = "2017-07-19";

    [Theory]
    // Explicit dates.
    [InlineData("The summit was held in Germany on July 7.", Wed, "July 7", "2017-07-07", TimexType.Date)] // month-day takes the article's year
    [InlineData("They met on 7 July 2017 in Berlin.", Wed, "7 July 2017", "2017-07-07", TimexType.Date)] // day-month-year
    [InlineData("They met on July 7, 2017 in Berlin.", Wed, "July 7, 2017", "2017-07-07", TimexType.Date)] // American full date
    [InlineData("The deal was signed Jul. 7 in Seoul.", Wed, "Jul. 7", "2017-07-07", TimexType.Date)] // abbreviated month with its period
    [InlineData("The report is dated 2017-07-07.", Wed, "2017-07-07", "2017-07-07", TimexType.Date)] // ISO date is one token
    [InlineData("The report is dated 07/07/2017.", Wed, "07/07/2017", "2017-07-07", TimexType.Date)] // slashed American date
    [InlineData("The vote was held on the 7th.", Wed, "7th", "2017-07-07", TimexType.Date)] // bare ordinal day is in the article's month
    [InlineData("He visited Tokyo on December 20.", "2018-01-10", "December 20", "2017-12-20", TimexType.Date)] // a past December seen from January is last year's
    [InlineData("Talks will resume on January 5.", "2017-12-20", "January 5", "2018-01-05", TimexType.Date)] // a future January seen from December is next year's
    [InlineData("Elections are to be held on October 12.", "2005-10-04", "October 12", "2005-10-12", TimexType.Date)] // "to be held" is future although "held" is a past form
    [InlineData("Friday, January 4, 2019 Officials met.", Wed, "Friday, January 4, 2019", "2019-01-04", TimexType.Date)] // dateline keeps its own year
    // Months, years, decades, centuries, seasons, quarters.
    [InlineData("Prices rose in October.", Wed, "October", "2016-10", TimexType.Date)] // past tense: the last October before July
    [InlineData("The plant will open in October.", Wed, "October", "2017-10", TimexType.Date)] // future tense: this year's October
    [InlineData("He asked to suspend Parliament for parts of August.", Wed, "August", "2017-08", TimexType.Date)] // a past verb far away does not push next month back a year
    [InlineData("The plant closed last October.", Wed, "last October", "2016-10", TimexType.Date)] // last + month
    [InlineData("Sales fell in October 2008.", Wed, "October 2008", "2008-10", TimexType.Date)] // month and year
    [InlineData("Korea was ruled by Japan from 1910 to 1945.", Wed, "1910", "1910", TimexType.Date)] // range start is its own expression
    [InlineData("Korea was ruled by Japan from 1910 to 1945.", Wed, "1945", "1945", TimexType.Date)] // range end is its own expression
    [InlineData("Many were abducted in the 1970s.", Wed, "1970s", "197X", TimexType.Date)] // decade
    [InlineData("It was a hit in the ’90s.", Wed, "’90s", "199X", TimexType.Date)] // elided decade
    [InlineData("The city grew in the 19th century.", Wed, "the 19th century", "18", TimexType.Date)] // century value is its first two digits
    [InlineData("Exports rose in the summer of 2016.", Wed, "summer of 2016", "2016-SU", TimexType.Date)] // season with year
    [InlineData("The talks collapsed last winter.", Wed, "last winter", "2016-WI", TimexType.Date)] // last + season
    [InlineData("Profit fell in the first quarter.", Wed, "the first quarter", "2017-Q1", TimexType.Date)] // quarter of the article's year
    [InlineData("Profit fell in the fourth quarter of 2008.", Wed, "the fourth quarter of 2008", "2008-Q4", TimexType.Date)] // quarter with year
    [InlineData("The firm posted third-quarter profit.", Wed, "third-quarter", "2017-Q3", TimexType.Date)] // adjectival quarter stops before its noun
    [InlineData("Results are due in fiscal 2018.", Wed, "fiscal 2018", "FY2018", TimexType.Date)] // fiscal year
    // Weekdays and tense.
    [InlineData("The ministry proposed talks on Monday.", Wed, "Monday", "2017-07-17", TimexType.Date)] // past verb: the Monday before
    [InlineData("Suga said at a news conference on Tuesday.", Wed, "Tuesday", "2017-07-18", TimexType.Date)] // past reporting verb
    [InlineData("The ministry proposed that officials hold talks at Panmunjom on Friday.", Wed, "Friday", "2017-07-21", TimexType.Date)] // irrealis that-clause after "proposed"
    [InlineData("Officials will meet on Friday.", Wed, "Friday", "2017-07-21", TimexType.Date)] // future modal
    [InlineData("The two leaders agreed on Monday to resume visits.", Wed, "Monday", "2017-07-17", TimexType.Date)] // a past agreement right before the date
    [InlineData("Elections are scheduled for November.", Wed, "November", "2017-11", TimexType.Date)] // "for" before a month
    [InlineData("The two leaders agreed to meet on Friday.", Wed, "Friday", "2017-07-21", TimexType.Date)] // the agreed meeting lies ahead
    [InlineData("On Friday, officials will meet again.", Wed, "Friday", "2017-07-21", TimexType.Date)] // cue on the right when the left has none
    [InlineData("The talks are scheduled for Monday.", Wed, "Monday", "2017-07-24", TimexType.Date)] // scheduled: the next Monday
    [InlineData("Meteorologists predict landfall Saturday morning.", Wed, "Saturday morning", "2017-07-22TMO", TimexType.Time)] // forecasts look ahead
    [InlineData("The Senate was to meet Monday.", Wed, "Monday", "2017-07-24", TimexType.Date)] // "was to": a plan still ahead
    [InlineData("The minister resigned last Wednesday.", Wed, "last Wednesday", "2017-07-12", TimexType.Date)] // last + the article's own weekday is a week back
    [InlineData("They will vote next Monday.", Wed, "next Monday", "2017-07-24", TimexType.Date)] // next weekday
    [InlineData("He said on Wednesday that talks failed.", Wed, "Wednesday", "2017-07-19", TimexType.Date)] // the article's weekday is the article's day
    [InlineData("The blast happened Monday morning.", Wed, "Monday morning", "2017-07-17TMO", TimexType.Time)] // weekday + part of day
    [InlineData("The rally took place Thursday night.", Wed, "Thursday night", "2017-07-13TNI", TimexType.Time)] // past part of day
    [InlineData("The opposition said the election brought forward to August 22 would not be fair.", Wed, "August 22", "2017-08-22", TimexType.Date)] // a date something was moved to lies ahead of the move
    [InlineData("Parliament postponed the vote to Friday.", Wed, "Friday", "2017-07-21", TimexType.Date)] // postponed to a weekday: the next one
    [InlineData("The government extended the state of emergency until September 3.", Wed, "September 3", "2017-09-03", TimexType.Date)] // extended until
    [InlineData("Police detained 300 soldiers on Wednesday after crushing a coup attempt overnight.", Wed, "overnight", "2017-07-18TNI", TimexType.Time)] // a past night on the article's own day is the night before it
    [InlineData("Zaev resigned in June and called a snap election for April 12.", Wed, "April 12", "2018-04-12", TimexType.Date)] // the date an election is called for lies ahead
    [InlineData("EU leaders meet in Brussels on Thursday for their last summit of the year.", Wed, "Thursday", "2017-07-20", TimexType.Date)] // a plural schedule in the simple present
    [InlineData("Last year, millions of people travelled home for the holiday in May.", Wed, "May", "2016-05", TimexType.Date)] // a fronted year frames a month in its sentence
    [InlineData("In 2008, the central bank cut rates on October 8.", Wed, "October 8", "2008-10-08", TimexType.Date)] // and a day
    [InlineData("The government cut the holiday period from Dec. 24 to Jan. 3.", "2020-12-15", "Jan. 3", "2021-01-03", TimexType.Date)] // a range's end is not before its start
    [InlineData("Prices in May rose by three percent.", Wed, "May", "2017-05", TimexType.Date)] // "in" sets the month before a verb
    [InlineData("The summit ends on Sunday.", Wed, "Sunday", "2017-07-23", TimexType.Date)] // a schedule in the simple present
    [InlineData("Modi spoke at a rally ahead of state elections on Friday.", Wed, "Friday", "2017-07-21", TimexType.Date)] // "ahead of" an event: it lies ahead
    [InlineData("Leaders will meet on Sunday. Earlier in the day, the president told reporters the talks had failed.", Wed, "the day", "2017-07-19", TimexType.Date)] // a past act is not on the future day named before
    // Relative days, weeks, months.
    [InlineData("Troops withdrew yesterday.", Wed, "yesterday", "2017-07-18", TimexType.Date)] // yesterday
    [InlineData("The court rules today.", Wed, "today", "2017-07-19", TimexType.Date)] // today is the article date
    [InlineData("The court rules tomorrow.", Wed, "tomorrow", "2017-07-20", TimexType.Date)] // tomorrow
    [InlineData("Rebels attacked two days ago.", Wed, "two days ago", "2017-07-17", TimexType.Date)] // N days ago
    [InlineData("Rebels attacked three years ago.", Wed, "three years ago", "2014", TimexType.Date)] // N years ago has year granularity
    [InlineData("The price rose earlier this week.", Wed, "earlier this week", "2017-W29", TimexType.Date)] // ISO week of the article
    [InlineData("The price rose last week.", Wed, "last week", "2017-W28", TimexType.Date)] // previous ISO week
    [InlineData("The price will rise next month.", Wed, "next month", "2017-08", TimexType.Date)] // next month
    [InlineData("Growth slowed last year.", Wed, "last year", "2016", TimexType.Date)] // last year
    [InlineData("Growth slowed this year.", Wed, "this year", "2017", TimexType.Date)] // this year
    [InlineData("Shots were heard last night.", Wed, "last night", "2017-07-18TNI", TimexType.Time)] // last night is yesterday's night
    [InlineData("The talks start at 10:30 a.m. in Seoul.", Wed, "10:30 a.m.", "2017-07-19T10:30", TimexType.Time)] // clock time takes the article date
    [InlineData("The talks ended at 9 p.m. on Monday.", Wed, "9 p.m.", "2017-07-17T21:00", TimexType.Time)] // p.m. adds twelve hours; the day named after the time dates it
    // Durations, sets and references.
    [InlineData("The strike lasted for five weeks.", Wed, "five weeks", "P5W", TimexType.Duration)] // duration in words
    [InlineData("He served three years in prison.", Wed, "three years", "P3Y", TimexType.Duration)] // duration in years
    [InlineData("Talks went on for hours.", Wed, "hours", "PTXH", TimexType.Duration)] // unknown count of hours
    [InlineData("He signed a two-year contract.", Wed, "two-year", "P2Y", TimexType.Duration)] // adjectival duration
    [InlineData("Prices rose over the past three months.", Wed, "the past three months", "P3M", TimexType.Duration)] // the past N units is a duration
    [InlineData("The forum meets every year.", Wed, "every year", "P1Y", TimexType.Set)] // every + unit
    [InlineData("The paper is published weekly.", Wed, "weekly", "P1W", TimexType.Set)] // set adverb
    [InlineData("Leaders meet twice a year.", Wed, "twice a year", "P1Y", TimexType.Set)] // frequency
    [InlineData("Abe said now is not the time for dialogue.", Wed, "now", "PRESENT_REF", TimexType.Date)] // present reference
    [InlineData("The firm currently employs 500 people.", Wed, "currently", "PRESENT_REF", TimexType.Date)] // present reference
    [InlineData("Such attacks happened in the past.", Wed, "the past", "PAST_REF", TimexType.Date)] // past reference
    [InlineData("The minister recently resigned.", Wed, "recently", "PAST_REF", TimexType.Date)] // past reference
    [InlineData("The law may change in the future.", Wed, "the future", "FUTURE_REF", TimexType.Date)] // future reference
    [InlineData("Talks will resume soon.", Wed, "soon", "FUTURE_REF", TimexType.Date)] // future reference
    [InlineData("Profits will rise by the end of the year.", Wed, "the end of the year", "2017", TimexType.Date)] // the end of a period keeps the period's value
    [InlineData("Output fell at the start of 2016.", Wed, "the start of 2016", "2016", TimexType.Date)] // the start of an explicit year
    [InlineData("Talks were held on Monday. The ministry issued a statement the same day.", Wed, "the same day", "2017-07-17", TimexType.Date)] // "the same day" refers back to the last date
    [InlineData("Markets rose on Monday, and the Dow ended the day up 2%.", Wed, "the day", "2017-07-17", TimexType.Date)] // market idiom: the day being reported
    [InlineData("The leaders met over the weekend.", Wed, "the weekend", "2017-W28-WE", TimexType.Date)] // past weekend is in the previous ISO week
    [InlineData("The attack came this past Friday.", Wed, "this past Friday", "2017-07-14", TimexType.Date)] // this past + weekday
    [InlineData("He was 64 years old.", Wed, "64 years old", "P64Y", TimexType.Duration)] // age keeps "old"
    [InlineData("Analysts blame recent losses on fears.", Wed, "recent", "PAST_REF", TimexType.Date)] // recent as adjective
    [InlineData("The current crisis deepened.", Wed, "current", "PRESENT_REF", TimexType.Date)] // current as adjective
    [InlineData("The markets have been weak since '82.", Wed, "'82", "1982", TimexType.Date)] // elided year
    [InlineData("Trading was halted at 0800 UTC.", Wed, "0800 UTC", "2017-07-19T08:00Z", TimexType.Time)] // military time with zone
    [InlineData("The plant filed for bankruptcy at 12:00 UTC Monday.", Wed, "12:00 UTC Monday", "2017-07-17T12:00Z", TimexType.Time)] // clock joined with its day
    [InlineData("Sales rose 5% from a year earlier.", Wed, "a year earlier", "2016", TimexType.Date)] // N units earlier, from the article date when nothing else is mentioned
    [InlineData("The fire started on July 2 and two days later it was out.", Wed, "two days later", "2017-07-04", TimexType.Date)] // N units later, from the date named in the sentence
    [InlineData("The fire started on July 2. Two days later it was out.", Wed, "Two days", "P2D", TimexType.Duration)] // across sentences the reference is unsure: a duration
    [InlineData("The Primary was won in March, but he lost the nomination.", "2020-10-29", "March", "2020-03", TimexType.Date)] // no tense on its side: a month in the past stays this year
    [InlineData("Riots broke out due to the shooting in August.", "2020-10-29", "August", "2020-08", TimexType.Date)] // "due to" is a cause, not a plan
    [InlineData("Rebels attacked on July 2. Troops arrived the following day.", Wed, "the following day", "2017-07-03", TimexType.Date)] // the following day, from the date last mentioned
    [InlineData("Bayes withdrew in March 2015. The next month, the party nominated Gammon.", Wed, "The next month", "2015-04", TimexType.Date)] // the month after the month last named
    [InlineData("The party was founded in 2011. The following year it won a seat.", Wed, "The following year", "2012", TimexType.Date)] // the year after the year last named
    [InlineData("During a 2015 trip to France, he refused to visit a cemetery.", Wed, "2015", "2015", TimexType.Date)] // a year before the noun it dates
    [InlineData("His 2012 campaign failed.", Wed, "2012", "2012", TimexType.Date)] // after a possessive
    [InlineData("The party was founded in 2011. The next day it held a rally.", Wed, "The next day", "2017-07-20", TimexType.Date)] // a bare year names no day: the day after the article's
    [InlineData("Prices may rise in coming weeks.", Wed, "coming weeks", "FUTURE_REF", TimexType.Date)] // coming + plural unit
    [InlineData("Sales fell 3% for the year.", Wed, "the year", "2017", TimexType.Date)] // the year being reported
    [InlineData("Shops reopened after Christmas.", "2018-01-10", "Christmas", "2017-12-25", TimexType.Date)] // fixed holiday, last one seen from January
    [InlineData("Crowds gathered on New Year's Eve.", "2018-01-02", "New Year's Eve", "2017-12-31", TimexType.Date)] // multi-word holiday
    [InlineData("Families will meet at Thanksgiving.", Wed, "Thanksgiving", "2017-11-23", TimexType.Date)] // fourth Thursday of November
    [InlineData("Protests are common these days.", Wed, "these days", "PRESENT_REF", TimexType.Date)] // present reference
    [InlineData("Officials said the day before that talks had failed.", Wed, "the day before", "2017-07-18", TimexType.Date)] // "the day before" with nothing else named: the day before the article's
    [InlineData("The vote was on July 2. He resigned the day after.", Wed, "the day after", "2017-07-03", TimexType.Date)] // "the day after" counts from the date last mentioned
    [InlineData("Sales had fallen the year before.", Wed, "the year before", "2016", TimexType.Date)] // "the year before" at year granularity
    [InlineData("He arrived the previous day.", Wed, "the previous day", "2017-07-18", TimexType.Date)] // "the previous day" with no earlier date is the article's day before
    [InlineData("The delay is two and a half years.", Wed, "two and a half years", "P2.5Y", TimexType.Duration)] // TIMEX3 writes fractions as decimals
    [InlineData("The war lasted a year and a half.", Wed, "a year and a half", "P1.5Y", TimexType.Duration)] // the half after the unit
    [InlineData("He waited half an hour.", Wed, "half an hour", "PT30M", TimexType.Duration)] // half a unit in the next smaller unit
    [InlineData("The company is half a century old.", Wed, "half a century", "P50Y", TimexType.Duration)] // half a century is fifty years
    [InlineData("The dispute lasted more than a decade.", Wed, "more than a decade", "P10Y", TimexType.Duration)] // TIMEX3 keeps "more than" in the extent (mod MORE_THAN)
    [InlineData("He stayed for nearly two years.", Wed, "nearly two years", "P2Y", TimexType.Duration)] // approximators are inside the extent (mod APPROX)
    [InlineData("It is the lowest level in over six years.", Wed, "over six years", "P6Y", TimexType.Duration)] // "in over N years": over means more than
    [InlineData("Shipping has been under way for more than a week now.", Wed, "now", "PRESENT_REF", TimexType.Date)] // a widened extent does not swallow what follows
    [InlineData("The deadline is midnight Friday.", Wed, "midnight Friday", "2017-07-21T24:00", TimexType.Time)] // clock word dated by the weekday after it
    [InlineData("Rebels struck two days ago; a few days ago they had retreated.", Wed, "a few days ago", "PAST_REF", TimexType.Date)] // "a few" is a count, the article belongs to it
    [InlineData("Parliament rejected the plan on Tuesday night.", Wed, "Tuesday night", "2017-07-18TNI", TimexType.Time)] // "the plan" is a noun: no intent, the past verb decides
    [InlineData("Banks will stay closed until Tuesday.", Wed, "Tuesday", "2017-07-25", TimexType.Date)] // a participle after a copula takes the copula's tense (will)
    [InlineData("Cyprus has until Monday to raise the money.", Wed, "Monday", "2017-07-24", TimexType.Date)] // "has until" is a deadline, not a perfect
    [InlineData("Markets to remain closed until Friday", Wed, "Friday", "2017-07-21", TimexType.Date)] // headline without a finite verb: "until" points ahead
    [InlineData("The airport closed on Monday and reopened later that day.", Wed, "that day", "2017-07-17", TimexType.Date)] // "that day" is the day last mentioned
    [InlineData("Troops entered the town on July 2. That night, fires spread.", Wed, "That night", "2017-07-02TNI", TimexType.Time)] // fronted "that night" after a dated sentence
    [InlineData("The firm was founded on March 3, 2005. In that year it hired ten people.", Wed, "that year", "2005", TimexType.Date)] // "that year" takes the year of the last full date
    [InlineData("The fire broke out at around 3:30am.", Wed, "3:30am", "2017-07-19T03:30", TimexType.Time)] // clock time and meridiem in one token
    [InlineData("Police arrived at 9pm.", Wed, "9pm", "2017-07-19T21:00", TimexType.Time)] // hour and meridiem in one token
    [InlineData("The airport reopened at 2 p.m. ET.", Wed, "2 p.m. ET", "2017-07-19T14:00", TimexType.Time)] // the zone joins the extent
    [InlineData("Sales rose 43% in June compared to the same period last year.", Wed, "the same period last year", "2016-06", TimexType.Date)] // the period just reported, a year back, at its granularity
    [InlineData("Sales fell in January, compared to the same month a year ago.", Wed, "the same month a year ago", "2016-01", TimexType.Date)] // "the same month a year ago" keeps the month
    [InlineData("Profit rose in the first quarter from a year earlier.", Wed, "a year earlier", "2016-Q1", TimexType.Date)] // compared with the quarter named in the sentence
    [InlineData("Japan entered a recession after two consecutive quarters of negative growth.", Wed, "two consecutive quarters", "P2Q", TimexType.Duration)] // quarters of growth are time, not a fraction
    [InlineData("Carmakers reported their January sales.", Wed, "January", "2017-01", TimexType.Date)] // a month modifying a noun after a possessive
    [InlineData("Markets opened on Monday and fell at the start of the day.", Wed, "the start of the day", "2017-07-17", TimexType.Date)] // the start of the day being reported
    [InlineData("Existing treatments take hours to set.", Wed, "hours", "PTXH", TimexType.Duration)] // "take hours": a bare plural unit after a verb of duration
    [InlineData("The process would take between 60 and 90 days.", Wed, "60", "P60D", TimexType.Duration)] // the first count of a range shares the second's unit
    [InlineData("He was sentenced to three to five years.", Wed, "three", "P3Y", TimexType.Duration)] // likewise with "to"
    [InlineData("The team has changed a lot over the years.", Wed, "the years", "PXY", TimexType.Duration)] // "over the years": an unknown number of years
    [InlineData("GM posted its first annual loss since 1992.", Wed, "annual", "P1Y", TimexType.Duration)] // an amount over one year is a duration
    [InlineData("Apple holds its annual developers conference.", Wed, "annual", "P1Y", TimexType.Set)] // a yearly event recurs: a set
    [InlineData("At 4:42 local time on Saturday, a quake struck; it was felt on Monday.", Wed, "4:42", "2017-07-15T04:42", TimexType.Time)] // an undated clock takes the first day named after it
    [InlineData("Asian markets fell overnight.", Wed, "overnight", "2017-07-18TNI", TimexType.Time)] // past clause: the night before the article
    [InlineData("After his arrest on Friday, he stayed in a cell overnight.", Wed, "overnight", "2017-07-14TNI", TimexType.Time)] // the night of the day named in the sentence
    [InlineData("The ministry will answer later in the week.", Wed, "the week", "2017-W29", TimexType.Date)] // "later in the week": the week being reported
    [InlineData("The EU imposed sanctions earlier in the month.", Wed, "the month", "2017-07", TimexType.Date)] // "earlier in the month": the month being reported
    [InlineData("He was elected in 2008 and re-elected four years later.", Wed, "four years later", "2012", TimexType.Date)] // years later, from the year named in the sentence
    [InlineData("The plant opened in 1990, two decades earlier than planned.", Wed, "1990", "1990", TimexType.Date)] // "earlier than" compares: the year stays, nothing is counted from it
    [InlineData("Sales rebounded in the last week of March 2009.", Wed, "the last week of March 2009", "2009-W13", TimexType.Date)] // March 31, 2009 is a Tuesday: the last full week is W13
    [InlineData("The games took place in the first week of April 2019.", Wed, "the first week of April 2019", "2019-W14", TimexType.Date)] // April 1, 2019 is a Monday: its own week
    [InlineData("The year-long probe ended.", Wed, "year-long", "P1Y", TimexType.Duration)] // one unit with -long
    [InlineData("A weeklong strike closed the port.", Wed, "weeklong", "P1W", TimexType.Duration)] // the one-word spelling
    [InlineData("He will leave the day after tomorrow.", Wed, "the day after tomorrow", "2017-07-21", TimexType.Date)] // two days ahead
    [InlineData("The next election is in October.", Wed, "October", "2017-10", TimexType.Date)] // a present tense means the nearest such month, not last year's
    [InlineData("The town was founded in the 1800s.", Wed, "1800s", "18", TimexType.Date)] // a round hundred is a century
    [InlineData("The date is unclear, with reports saying December 27.", "2019-01-10", "December 27", "2018-12-27", TimexType.Date)] // present tense, just across the new year: last year's
    [InlineData("Prices should stay high for the rest of the year.", Wed, "the year", "2017", TimexType.Date)] // "the rest of the year": the year being reported
    [InlineData("The festival runs March 5-7 in Austin.", Wed, "March 5", "2017-03-05", TimexType.Date)] // a day range: the month and the first day
    [InlineData("The festival runs March 5-7 in Austin.", Wed, "7", "2017-03-07", TimexType.Date)] // the range's last day is a date of its own
    [InlineData("The summit takes place on 12-14 April 2018.", Wed, "14 April 2018", "2018-04-14", TimexType.Date)] // day-first range: the last day carries month and year
    [InlineData("The summit takes place on 12-14 April 2018.", Wed, "12", "2018-04-12", TimexType.Date)] // and the first day takes them
    [InlineData("GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.", "2006-01-27", "the entire year", "2005", TimexType.Date)] // "the entire year": the year named in the sentence
    [InlineData("The company posted a loss for the full year.", Wed, "the full year", "2017", TimexType.Date)] // "the full year" with no other year: the article's
    [InlineData("The index lost 100 points in just minutes.", Wed, "minutes", "PTXM", TimexType.Duration)] // an adverb between the cue and a bare unit
    [InlineData("It was the worst single-day fall since 1987.", Wed, "single-day", "P1D", TimexType.Duration)] // single-day is one day
    [InlineData("Ford shares rose on Tuesday in morning trading.", Wed, "morning", "2017-07-18TMO", TimexType.Time)] // the part of the day being reported
    [InlineData("Police arrived on Monday and left in the evening.", Wed, "the evening", "2017-07-17TEV", TimexType.Time)] // "in the evening": that part of the day last named
    [InlineData("Churches will be full on Easter Sunday.", "2013-03-22", "Easter Sunday", "2013-03-31", TimexType.Date)] // Easter moves with the moon
    [InlineData("Shops closed on Good Friday.", "2019-04-25", "Good Friday", "2019-04-19", TimexType.Date)] // two days before Easter
    [InlineData("The bill will pass before Memorial Day.", Wed, "Memorial Day", "2018-05-28", TimexType.Date)] // the last Monday of May, the next one ahead
    [InlineData("Crowds marched on Labor Day.", Wed, "Labor Day", "2016-09-05", TimexType.Date)] // first Monday of September, last year's in a past clause
    [InlineData("Churches were full at Easter.", null, "Easter", "XXXX-04", TimexType.Date)] // without a year only the usual month is known
    [InlineData("Profit rose in the third quarter. Revenue in the quarter rose 3 percent.", "2013-03-22", "the quarter", "2012-Q3", TimexType.Date)] // "the quarter": the quarter last named
    [InlineData("Net income fell in the latest quarter.", "2013-03-22", "the latest quarter", "2012-Q4", TimexType.Date)] // no quarter named: the last one ended before the article
    [InlineData("Profit will rise by the end of the quarter.", "2013-03-22", "the end of the quarter", "2013-Q1", TimexType.Date)] // looking ahead: the article's own quarter
    [InlineData("Profit rose in the first quarter from the year-earlier period.", "2013-05-02", "the year-earlier period", "2012-Q1", TimexType.Date)] // the period just named, a year back
    [InlineData("Sales were higher in the year-ago quarter.", "2013-05-02", "the year-ago quarter", "2012", TimexType.Date)] // with no period named, only the year is known
    [InlineData("Markets rose on Monday and gained 3 percent during the week.", Wed, "the week", "2017-W29", TimexType.Date)] // "during the week": the week being reported
    [InlineData("The 2012-13 season ended badly.", Wed, "2012", "2012", TimexType.Date)] // a season across two years: the first year
    [InlineData("The 2012-13 season ended badly.", Wed, "13", "2013", TimexType.Date)] // and the second, written short
    [InlineData("In future, we will check all bags.", Wed, "In future", "FUTURE_REF", TimexType.Date)] // British "in future"
    [InlineData("The results are due in a fortnight.", Wed, "a fortnight", "P2W", TimexType.Duration)] // a fortnight is two weeks
    [InlineData("The meeting began at 10 o'clock.", Wed, "10 o'clock", "2017-07-19T10:00", TimexType.Time)] // o'clock
    [InlineData("The square was quiet at 6 o'clock in the evening.", Wed, "6 o'clock in the evening", "2017-07-19T18:00", TimexType.Time)] // "in the evening" makes it p.m.
    [InlineData("Investors fear losses in the months ahead.", Wed, "the months ahead", "FUTURE_REF", TimexType.Date)] // "the months ahead": the future
    [InlineData("The president, who arrives in Israel on Friday, will meet the prime minister.", Wed, "Friday", "2017-07-21", TimexType.Date)] // a scheduled event in the simple present lies ahead
    [InlineData("Talks resume Monday.", Wed, "Monday", "2017-07-24", TimexType.Date)] // plural subject, bare present: ahead
    [InlineData("Talks did not resume on Monday.", Wed, "Monday", "2017-07-17", TimexType.Date)] // "did not" puts the bare verb in the past
    [InlineData("The attack began shortly after midnight, police said.", Wed, "midnight", "2017-07-19T00:00", TimexType.Time)] // after midnight: the day's early hours
    [InlineData("The ceasefire expires at midnight.", Wed, "midnight", "2017-07-19T24:00", TimexType.Time)] // at midnight: the day's end
    [InlineData("The two leaders first agreed to meet in March.", "2017-06-20", "March", "2017-03", TimexType.Date)] // a plan made in the past: the nearest March, not next year's
    [InlineData("The parties agreed to hold elections in November.", "2017-06-20", "November", "2017-11", TimexType.Date)] // the nearest November lies ahead
    [InlineData("Officials will begin talks in March.", Wed, "March", "2018-03", TimexType.Date)] // a bare verb after "will" keeps the future
    [InlineData("The band was famous in the seventies.", Wed, "the seventies", "197X", TimexType.Date)] // a decade in words
    [InlineData("Prices soared in the late eighties.", Wed, "the late eighties", "198X", TimexType.Date)] // with its part inside the extent
    [InlineData("Trading was suspended for a second consecutive day.", Wed, "a second consecutive day", "2017-07-19", TimexType.Date)] // the day being reported, the nth of a run
    [InlineData("Stocks rose for the fourth week in a row.", Wed, "the fourth week", "2017-W29", TimexType.Date)] // "in a row" makes the run
    [InlineData("Unemployment fell for a third straight month in June.", Wed, "a third straight month", "2017-07", TimexType.Date)] // a month of the article's when none is named before
    [InlineData("Sales rose at the start of the financial year.", "2007-01-18", "the financial year", "FY2007", TimexType.Date)] // the fiscal year being reported
    [InlineData("The firm lost money last fiscal year.", Wed, "last fiscal year", "FY2016", TimexType.Date)] // last fiscal year
    [InlineData("The blast happened at 9 in the morning.", Wed, "9 in the morning", "2017-07-19T09:00", TimexType.Time)] // an hour with its part of day
    [InlineData("The shops shut at 6 in the evening.", Wed, "6 in the evening", "2017-07-19T18:00", TimexType.Time)] // the evening makes it p.m.
    [InlineData("The poll closes at 3 p.m. on Sunday.", Wed, "Sunday", "2017-07-23", TimexType.Date)] // "closes": a scheduled event ahead
    [InlineData("The deal should close by year-end.", Wed, "year-end", "2017", TimexType.Date)] // the end of the year being reported
    [InlineData("Rates will rise by mid-year.", Wed, "mid-year", "2017", TimexType.Date)] // the middle of the year being reported
    [InlineData("He gave a half-hour speech.", Wed, "half-hour", "PT30M", TimexType.Duration)] // half an hour written as one word
    [InlineData("Weeks later, the company collapsed.", Wed, "Weeks later", "FUTURE_REF", TimexType.Date)] // an unknown number of weeks after: the future of the time in view
    [InlineData("Just days after the vote, police arrested him.", Wed, "days", "PXD", TimexType.Duration)] // "just days after": an unknown number of days
    [InlineData("Hours before the attack, officials met.", Wed, "Hours", "PTXH", TimexType.Duration)] // a fronted "hours before"
    [InlineData("The protests spread over the past weekend.", Wed, "the past weekend", "2017-W28-WE", TimexType.Date)] // "the past weekend" is the last one, not a duration
    [InlineData("Police arrested him last evening.", Wed, "last evening", "2017-07-18TEV", TimexType.Time)] // last evening is yesterday's
    [InlineData("The plant will close two years from now.", Wed, "two years", "P2Y", TimexType.Duration)] // TimeML splits an anchored duration: the span ...
    [InlineData("The plant will close two years from now.", Wed, "now", "PRESENT_REF", TimexType.Date)] // ... and its anchor are two expressions
    [InlineData("The company reported FY2013 results.", Wed, "FY2013", "FY2013", TimexType.Date)] // fiscal year code
    [InlineData("The company reported FY13 results.", Wed, "FY13", "FY2013", TimexType.Date)] // short fiscal year code
    [InlineData("The club signed him to a multi-year contract.", Wed, "multi-year", "PXY", TimexType.Duration)] // an unknown number of years
    [InlineData("The club signed him to a multiyear contract.", Wed, "multiyear", "PXY", TimexType.Duration)] // the one-word spelling
    [InlineData("Troops entered the town on July 2 and left the next morning.", Wed, "the next morning", "2017-07-03TMO", TimexType.Time)] // the morning after the day last named
    [InlineData("He was freed on Monday, having been arrested the previous night.", Wed, "the previous night", "2017-07-16TNI", TimexType.Time)] // the night before it
    // No publication date: nothing relative gets a year.
    [InlineData("The summit was held on July 7.", null, "July 7", "XXXX-07-07", TimexType.Date)] // month-day keeps its year unknown
    [InlineData("Officials met on Monday.", null, "Monday", "XXXX-WXX-1", TimexType.Date)] // weekday without an anchor
    [InlineData("Troops withdrew yesterday.", null, "yesterday", "XXXX-XX-XX", TimexType.Date)] // relative day without an anchor
    [InlineData("Prices rose in October.", null, "October", "XXXX-10", TimexType.Date)] // month without an anchor
    [InlineData("Growth slowed last year.", null, "last year", "XXXX", TimexType.Date)] // relative year without an anchor
    [InlineData("The peninsula was ruled from 1910 to 1945.", null, "1910", "1910", TimexType.Date)] // explicit years need no anchor
    [InlineData("The strike lasted for five weeks.", null, "five weeks", "P5W", TimexType.Duration)] // durations need no anchor
    public void Run_NormalizesAgainstThePublicationDate(string text, string? publication, string expectedText, string expectedValue, TimexType expectedType)
    {
        var document = TimeTestDocuments.Run(text, publication);
        var found = document.Timexes.Where(t => document.TextOf(t.Span) == expectedText).ToList();
        Assert.True(found.Count == 1, $"'{expectedText}' not found once in: {string.Join(" | ", document.Timexes.Select(t => document.TextOf(t.Span) + "=" + t.Value))}");
        Assert.Equal(expectedValue, found[0].Value);
        Assert.Equal(expectedType, found[0].Type);
        Assert.Equal(TimeStage.Name, found[0].Evidence.Stage);
        Assert.StartsWith("time.", found[0].Evidence.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The company hired 2000 people.")] // a count, not a year
    [InlineData("The vote came after May secured changes in Strasbourg.")] // Theresa May before her verb
    [InlineData("Talks stalled since May took office.")] // likewise after "since"
    [InlineData("Troops march on the capital.")] // lower-case march is a verb
    [InlineData("He may resign.")] // modal may
    [InlineData("The 7th Fleet sailed.")] // ordinal of a name, not a day
    [InlineData("The score was 99/99/9999 and 2017-02-30.")] // impossible dates are not dates
    [InlineData("About a quarter of the staff left.")] // a fraction, not three months
    [InlineData("She lives on a second-floor flat.")] // ordinal, not one second
    [InlineData("He reads USA Today and the Daily Mail.")] // names that contain time words
    [InlineData("Christmas sales were strong.")] // a holiday as a modifier is not a date
    [InlineData("A Halloween-themed event drew crowds.")] // nor in a hyphenated compound
    [InlineData("Mark Papermaster, formerly an Apple executive, left.")] // "formerly" places a role, not a time: TimeML leaves it out
    [InlineData("He spoke the day before the vote.")] // "the day before" an event is anchored on the event, not on a date
    [InlineData("Unfortunately, that day has come.")] // "that day" as a subject with no date before it is not resolved
    [InlineData("But at the end of the day, the efforts failed.")] // the idiom "at the end of the day" is not a time
    [InlineData("The May government and the March organizers met.")] // March and May as modifiers are names, not months
    [InlineData("He scored 60 and 90 points.")] // a range of counts of something else is no duration
    [InlineData("Residents of the quarter were evacuated.")] // a quarter of a town is a place, not three months
    [InlineData("Some 10-15 people died.")] // a range of counts is no day range without a month
    [InlineData("He will do better in future years.")] // "in future" only on its own, not before a noun it modifies
    [InlineData("The current account deficit widened.")] // the current account is a term of accounting
    [InlineData("He works for Current TV.")] // a capitalized "Current" inside a sentence is a name
    [InlineData("The Sunday Times reported the story.")] // a weekday inside a name
    [InlineData("He is in his sixties.")] // "his sixties" is an age, not a decade
    [InlineData("It was his second day in office.")] // an ordinal day with no run is not dated
    [InlineData("The tankers replace the nation's current ageing fleet.")] // "current" after an owner sorts, it does not date
    [InlineData("The deal includes its five current models.")] // nor after a count
    [InlineData("It fell in the fall.")] // the verb "fell" is never a time; "in the fall" is checked below
    [InlineData("Police arrested their 1999 supporters.")] // a count before a plural noun is no year
    [InlineData("Lawmakers called for May to resign.")] // "for May" names a person; "for" before other months is a time
    public void Run_LeavesNonTimeNumbersAndWordsAlone(string text)
    {
        var document = TimeTestDocuments.Run(text, Wed);
        var values = document.Timexes.Select(t => document.TextOf(t.Span)).ToList();
        if (text.Contains("fall", StringComparison.Ordinal))
        {
            Assert.DoesNotContain("fell", values);
            return;
        }

        Assert.Empty(values);
    }

    [Fact]
    public void Run_GivesEachExpressionItsSentence()
    {
        var document = TimeTestDocuments.Run("Nothing here. They met on Monday.", Wed);
        var timex = Assert.Single(document.Timexes);
        Assert.Equal(1, timex.Sentence);
        Assert.Equal("time.weekday.past", timex.Evidence.Rule);
    }

    [Theory]
    [InlineData("9999-12-31")] // calendar arithmetic would overflow: treated as no date
    [InlineData("0001-01-01")] // likewise at the other end
    public void Run_AbsurdPublicationDate_KeepsValuesUnderspecified(string publication)
    {
        var document = TimeTestDocuments.Run("Officials met on Monday and will meet again next year, two days ago.", publication);
        Assert.Contains(document.Timexes, t => t.Value == "XXXX-WXX-1");
        Assert.Contains(document.Timexes, t => t.Value == "XXXX");
    }

    [Fact]
    public void Run_RandomTimeWordSoup_NeverFails()
    {
        // Bad input never crashes a batch: time words, numbers and punctuation in random order, under random anchors.
        string[] pieces =
        [
            "the", "end", "of", "last", "next", "this", "past", "early", "mid", "-", "year", "years", "week", "weekend", "quarter", "Q4",
            "first", "fourth", "7th", "31st", "century", "decade", "ago", "earlier", "later", "Monday", "Sunday", "morning", "night",
            "July", "Feb.", "May", "March", "29", "31", "0", "1999", "2100", "1000", "9999", "2017-02-29", "2016-02-29", "13/13/2013",
            "2/30/17", "24:00", "99:99", "12:00", "a.m.", "p.m.", "UTC", "0800", "’90s", "'00s", "1900s", "every", "each", "a", "twice",
            "times", "five", "twenty", "several", "few", "hours", "Christmas", "Thanksgiving", "New", "Year", "'s", "Eve", "on", "in",
            "since", "until", ",", ".", "fiscal", "recent", "current", "now", "today", "yesterday", "tonight", "5000", "same", "day",
            "9999-12-31", "0001-01-01", "1000-01-01", "following", "quarters", "centuries", "4999",
        ];
        var random = new Random(4);
        for (int n = 0; n < 4000; n++)
        {
            var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]);
            string text = string.Join(' ', words);
            string? publication = random.Next(4) switch
            {
                0 => null,
                1 => "2000-02-29",
                2 => "1000-01-01",
                _ => "9000-12-31",
            };
            var document = TimeTestDocuments.Run(text, publication);
            Assert.All(document.Timexes, t => Assert.True(t.Span.End <= text.Length && t.Value.Length > 0, text));
        }
    }

    [Fact]
    public void Info_DeclaresItsContract()
    {
        var info = new TimeStage().Info;
        Assert.Equal("dyad.time.v1", info.Name);
        Assert.Equal(Annotations.Tokens | Annotations.Sentences, info.Requires);
        Assert.Equal(Annotations.Timex, info.Produces);
    }

    [Fact]
    public async Task Run_OneMegabyteLineOfDigitsAndMonths_FinishesQuickly()
    {
        // One line with no sentence end: digits, month names, ordinals and separators that tempt every pattern.
        var builder = new System.Text.StringBuilder(1 << 20);
        string[] pieces = ["July", "7", ",", "2017", "12345678901234567890", "the", "7th", "of", "May", "1999-2000", "10:30", "a.m.", "Monday", "2017-07-07", "3/4/2019", "1970s", "last", "year"];
        for (int i = 0; builder.Length < 1_000_000; i++)
        {
            builder.Append(pieces[i % pieces.Length]).Append(' ');
        }

        builder.Append(new string('9', 100_000)).Append(' ');
        for (int i = 0; i < 20_000; i++)
        {
            // Nested "the end of" phrases: no recursion without bound.
            builder.Append("the end of ");
        }

        builder.Append("the year");
        string text = builder.ToString();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var run = Task.Run(() => TimeTestDocuments.Run(text, Wed), timeout.Token);
        var document = await run.WaitAsync(timeout.Token);
        Assert.NotEmpty(document.Timexes);
    }
}
