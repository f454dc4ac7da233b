using Dyad.Core;

namespace Dyad.Time;

/// <summary>Numbers written with digits: dates, clock times, decades and years.</summary>
internal ref partial struct TimexScanner
{
    private int MatchNumber(int i)
    {
        var s = W(i);
        if (s.Length > 12)
        {
            return 0;
        }

        if (s.Length == 10 && s[4] == '-' && s[7] == '-')
        {
            int y = Digits(s[..4]), m = Digits(s[5..7]), d = Digits(s[8..]);
            if (y >= 1000 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                SetDate(new DateOnly(y, m, d));
                Emit(i, i + 1, TimexType.Date, TimexValue.Day(y, m, d), "time.date.iso");
                return 1;
            }

            return 0;
        }

        if (s.Length == 9 && s[4] is '-' or '\u2013')
        {
            int a = Digits(s[..4]), b = Digits(s[5..]);
            if (a is >= 1000 and <= 2199 && b > a && b <= 2199)
            {
                int start = _tokens[i].Start;
                EmitChars(start, start + 4, TimexType.Date, TimexValue.Year(a), "time.year.range");
                EmitChars(start + 5, start + 9, TimexType.Date, TimexValue.Year(b), "time.year.range");
                return 1;
            }

            return 0;
        }

        if (s.Length == 7 && s[4] is '-' or '\u2013')
        {
            // "the 2012-13 season": a span of two years, the second written with its last two digits.
            int a = Digits(s[..4]), b = Digits(s[5..]);
            int second = (a / 100 * 100) + b;
            if (second <= a)
            {
                second += 100;
            }

            if (a is >= 1000 and <= 2199 && b >= 0 && second - a is >= 1 and <= 9)
            {
                int start = _tokens[i].Start;
                EmitChars(start, start + 4, TimexType.Date, TimexValue.Year(a), "time.year.range");
                EmitChars(start + 5, start + 7, TimexType.Date, TimexValue.Year(second), "time.year.range");
                return 1;
            }

            return 0;
        }

        if (s.Length is >= 3 and <= 7 && s[^1] is 'm' or 'M' && s[^2] is 'a' or 'A' or 'p' or 'P')
        {
            return MatchCompactClock(i, s);
        }

        if (DayRange(i, out int firstDay, out int lastDay, out int split))
        {
            int m = Is(i + 1, "of") ? i + 2 : i + 1;
            return L(m).Is(WordClass.Month) && IsCapitalized(m) ? EmitDayRange(i, i, m, split, firstDay, lastDay) : 0;
        }

        if (s.Contains('/'))
        {
            return MatchSlashDate(i, s);
        }

        if (s.Contains(':'))
        {
            return MatchClock(i, s);
        }

        if (s.Length >= 3 && s[^1] is 's' or 'S')
        {
            return MatchDecade(i, s);
        }

        if (s.Length == 3 && s[0] is '\'' or '\u2019' && Digits(s[1..]) is var elided and >= 0)
        {
            // "since '82": an elided year.
            if (i - 1 >= _start && TimeLexicon.YearPrepositions.Contains(W(i - 1)))
            {
                Emit(i, i + 1, TimexType.Date, TimexValue.Year(elided < 30 ? 2000 + elided : 1900 + elided), "time.year.elided");
                return 1;
            }

            return 0;
        }

        if (s.Length == 4 && L(i + 1).Is(WordClass.Zone) && Digits(s) is var hhmm and >= 0 && hhmm / 100 <= 24 && hhmm % 100 < 60)
        {
            // "0800 UTC": a clock time without its colon.
            return EmitClock(i, i + 2, hhmm / 100, hhmm % 100, Is(i + 1, "UTC") || Is(i + 1, "GMT"));
        }

        int ordinal = OrdinalNumber(i);
        if (ordinal > 0)
        {
            int n = MatchDayBeforeMonth(i, i, ordinal);
            return n > 0 ? n : MatchOrdinal(i, i, the: false);
        }

        int value = SmallInt(i);
        if (value < 0)
        {
            return MatchQuantity(i, i, Relation.None);
        }

        if (value is >= 1 and <= 31)
        {
            int n = MatchDayBeforeMonth(i, i, value);
            if (n > 0)
            {
                return n;
            }
        }

        if (value is >= 1 and <= 12 && (Is(i + 1, "o'clock") || Is(i + 1, "o\u2019clock")))
        {
            // "at 10 o'clock": the hour, morning or evening unsaid unless a meridiem or part of day follows.
            int end = i + 2;
            int hour = value;
            if (L(end).Is(WordClass.Meridiem))
            {
                hour = L(end).Number == 12 ? (value % 12) + 12 : value % 12;
                end++;
            }
            else if (Is(end, "in") && Is(end + 1, "the") && (Is(end + 2, "evening") || Is(end + 2, "afternoon") || Is(end + 2, "night")) && value < 12)
            {
                hour = value + 12;
                end += 3;
            }

            return ClockWithZone(i, end, hour, 0);
        }

        if (value is >= 1 and <= 12 && Is(i + 1, "in") && Is(i + 2, "the") && L(i + 3).Is(WordClass.PartOfDay) && !Is(i + 3, "overnight")
            && (Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "around") || Is(i - 1, "after") || Is(i - 1, "before") || Is(i - 1, "from")))
        {
            // "at 9 in the morning", "at 6 in the evening": the part of the day says a.m. or p.m.
            int hour = Is(i + 3, "morning") ? value % 12 : value == 12 ? 12 : value + 12;
            return ClockWithZone(i, i + 4, hour, 0);
        }

        if (value is >= 1 and <= 12 && L(i + 1).Is(WordClass.Meridiem))
        {
            int hour = L(i + 1).Number == 12 ? (value % 12) + 12 : value % 12;
            return ClockWithZone(i, i + 2, hour, 0);
        }

        if (s.Length == 4 && value is >= 1000 and <= 2199 && IsYearInContext(i, value))
        {
            _lastYear = value;
            Emit(i, i + 1, TimexType.Date, TimexValue.Year(value), "time.year");
            SetPeriod(new DateOnly(value, 1, 1), TimeUnit.Year);
            return 1;
        }

        if (Is(i + 1, "times") && IsSetArticle(i + 2))
        {
            return MatchSetArticle(i, i + 2);
        }

        return MatchQuantity(i, i, Relation.None);
    }

    private readonly bool IsYearInContext(int i, int year)
    {
        var next = W(i + 1);
        if (IsWordToken(i + 1) && TimeLexicon.CountedNouns.Contains(next))
        {
            return false;
        }

        if (L(i + 1).Is(WordClass.Unit))
        {
            return false;
        }

        var prev = W(i - 1);
        if (i - 1 >= _start && IsWordToken(i - 1) && TimeLexicon.YearPrepositions.Contains(prev))
        {
            return true;
        }

        if (year is < 1900 or > 2099)
        {
            return false;
        }

        if (Is(i - 1, "the") || L(i - 1).Is(WordClass.Month | WordClass.Season))
        {
            return true;
        }

        // "during a 2018 trip", "his 2016 campaign": a year before the noun it dates (a count would take a plural noun).
        if ((Is(i - 1, "a") || Is(i - 1, "his") || Is(i - 1, "her") || Is(i - 1, "its") || Is(i - 1, "their") || Is(i - 1, "our"))
            && IsWordToken(i + 1) && !IsCapitalized(i + 1) && !next.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Worldwide Developers Conference 2010": an edition year after a name, closing the sentence or clause.
        if (IsCapitalized(i - 1) && IsWordToken(i - 1) && (i + 1 >= _end || _tokens[i + 1].Kind == TokenKind.Punctuation))
        {
            return true;
        }

        bool prevOk = i == _start || (i - 1 >= _start && _tokens[i - 1].Kind is TokenKind.Punctuation or TokenKind.Quote) || Is(i - 1, "’s") || Is(i - 1, "'s");
        if (!prevOk)
        {
            return false;
        }

        // Sentence start or after punctuation: a year unless a lower-case content word follows (it then counts it).
        return i + 1 >= _end || !IsWordToken(i + 1) || IsCapitalized(i + 1) || ClauseTense.IsWord(_text, _tokens[i + 1], "and")
               || TimeLexicon.Cue(next) != TenseCue.None || TimeLexicon.YearPrepositions.Contains(next);
    }

    /// <summary><c>9am</c>, <c>10:30pm</c>, <c>9.30am</c>: a clock time written as one token.</summary>
    private int MatchCompactClock(int i, ReadOnlySpan<char> s)
    {
        bool pm = s[^2] is 'p' or 'P';
        var digits = s[..^2];
        int sep = digits.IndexOfAny(':', '.');
        int hour = Digits(sep < 0 ? digits : digits[..sep]);
        int minute = sep < 0 ? 0 : digits.Length - sep - 1 == 2 ? Digits(digits[(sep + 1)..]) : -1;
        if (hour is < 1 or > 12 || minute is < 0 or > 59)
        {
            return 0;
        }

        return ClockWithZone(i, i + 1, pm ? (hour % 12) + 12 : hour % 12, minute);
    }

    /// <summary>A clock time that may be followed by its zone (<c>9 a.m. EST</c>); only UTC and GMT are written into the value.</summary>
    private int ClockWithZone(int first, int end, int hour, int minute)
    {
        bool utc = false;
        if (L(end).Is(WordClass.Zone))
        {
            utc = Is(end, "UTC") || Is(end, "GMT");
            end++;
        }

        return EmitClock(first, end, hour, minute, utc);
    }

    private int MatchSlashDate(int i, ReadOnlySpan<char> s)
    {
        int first = s.IndexOf('/');
        int second = s[(first + 1)..].IndexOf('/');
        if (second < 0)
        {
            return 0;
        }

        second += first + 1;
        int a = Digits(s[..first]), b = Digits(s[(first + 1)..second]), y = Digits(s[(second + 1)..]);
        if (a < 1 || b < 1 || y < 0 || s.Length - second - 1 is not (2 or 4))
        {
            return 0;
        }

        if (s.Length - second - 1 == 2)
        {
            y += y < 50 ? 2000 : 1900;
        }

        // American order first; a first part above 12 can only be a day.
        (int month, int day) = a > 12 ? (b, a) : (a, b);
        if (month > 12 || y < 1000 || day > DateTime.DaysInMonth(y, month))
        {
            return 0;
        }

        SetDate(new DateOnly(y, month, day));
        Emit(i, i + 1, TimexType.Date, TimexValue.Day(y, month, day), "time.date.slash");
        return 1;
    }

    private int MatchClock(int i, ReadOnlySpan<char> s)
    {
        int colon = s.IndexOf(':');
        int hour = Digits(s[..colon]);
        int minute = Digits(s[(colon + 1)..]);
        if (hour is < 0 or > 24 || minute is < 0 or > 59 || s.Length - colon - 1 != 2)
        {
            return 0;
        }

        int end = i + 1;
        var next = L(end);
        bool cued = false;
        if (next.Is(WordClass.Meridiem))
        {
            if (hour > 12)
            {
                return 0;
            }

            hour = next.Number == 12 ? (hour % 12) + 12 : hour % 12;
            end++;
            cued = true;
        }

        bool utc = false;
        if (L(end).Is(WordClass.Zone))
        {
            utc = Is(end, "UTC") || Is(end, "GMT");
            end++;
            cued = true;
        }

        if (!cued && !(Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "from") || Is(i - 1, "to")
                       || Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "around") || Is(i - 1, "about")))
        {
            return 0;
        }

        return EmitClock(i, end, hour, minute, utc);
    }

    /// <summary>A day named right after a clock time (<c>12:00 UTC Monday</c>, <c>16:00 today</c>) dates it and joins its extent.</summary>
    private int ClockDay(int end, out DateOnly? date)
    {
        date = null;
        var info = L(end);
        if (!(info.Is(WordClass.Weekday) && !info.Plural) && !(info.Is(WordClass.DayRef) && info.Code is null))
        {
            return 0;
        }

        var saved = _lastDate;
        int count = _output.Count;
        int n = info.Is(WordClass.Weekday) ? MatchWeekday(end, end, Relation.None) : MatchDayRef(end, end);
        if (_output.Count > count)
        {
            _output.RemoveAt(count);
        }

        date = n > 0 && _lastDate != saved ? _lastDate : null;
        _lastDate = saved;
        return date is null ? 0 : n;
    }

    private int EmitClock(int first, int end, int hour, int minute, bool utc = false)
    {
        int day = ClockDay(end, out var named);
        end += day;
        var date = named ?? _lastDate ?? _anchor;
        string dayValue = date is { } d ? TimexValue.Day(d) : TimexValue.UnknownDay;
        string zone = utc ? "Z" : string.Empty;
        bool undated = named is null && _lastDate is null;
        if (undated && _firstUndatedClock < 0)
        {
            _firstUndatedClock = _output.Count;
        }

        Emit(first, end, TimexType.Time, dayValue + "T" + TimexValue.Two(hour) + ":" + TimexValue.Two(minute) + zone, undated ? UndatedClockRule : "time.clock");
        return end - first;
    }

    private int MatchClockWord(int i, WordInfo info)
    {
        if (!(Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "before") || Is(i - 1, "after")
              || Is(i - 1, "around") || Is(i - 1, "till") || Is(i - 1, "from") || Is(i - 1, "to")
              || (L(i + 1).Is(WordClass.Weekday) && !L(i + 1).Plural)))
        {
            // "the deadline is midnight Friday": a named day after the word makes it a time without a preposition.
            return 0;
        }

        // "shortly after midnight", "a curfew from midnight to 5 a.m.": the midnight a day starts with, its early hours;
        // "until midnight", "by midnight" stay the day's end (T24:00).
        int hour = info.Number == 24 && (Is(i - 1, "after") || Is(i - 1, "from")) ? 0 : info.Number;
        return EmitClock(i, i + 1, hour, 0);
    }

    private int MatchDecade(int i, ReadOnlySpan<char> s)
    {
        var digits = s[..^1];
        if (digits.Length > 0 && digits[^1] is '\'' or '\u2019')
        {
            digits = digits[..^1];
        }

        if (digits.Length > 0 && digits[0] is '\'' or '\u2019')
        {
            digits = digits[1..];
        }

        int n = Digits(digits);
        if (n < 0 || n % 10 != 0)
        {
            return 0;
        }

        // "the 1800s", "the 1900s": a hundred years, written as the century (TIMEX3 "18"); "the 2000s" is read as the decade.
        if (digits.Length == 4 && n % 100 == 0 && n is >= 1000 and < 2000)
        {
            Emit(i, i + 1, TimexType.Date, TimexValue.Two(n / 100), "time.century.hundreds");
            return 1;
        }

        if (digits.Length == 4 && n is >= 1000 and <= 2190)
        {
            Emit(i, i + 1, TimexType.Date, TimexValue.Decade(n), "time.decade");
            return 1;
        }

        if (digits.Length == 2)
        {
            int year = n < 30 ? 2000 + n : 1900 + n;
            Emit(i, i + 1, TimexType.Date, TimexValue.Decade(year), "time.decade");
            return 1;
        }

        return 0;
    }

    /// <summary><c>7 July 2017</c>, <c>7th of July</c>.</summary>
    private int MatchDayBeforeMonth(int start, int i, int day)
    {
        int m = i + 1;
        if (Is(m, "of"))
        {
            m++;
        }

        var info = L(m);
        if (!info.Is(WordClass.Month) || !IsCapitalized(m))
        {
            return 0;
        }

        int end = m + 1;
        int? year = null;
        int y = YearNumber(end);
        if (y < 0 && IsPunct(end, ',') && YearNumber(end + 1) > 0)
        {
            end++;
            y = YearNumber(end);
        }

        if (y > 0)
        {
            year = y;
            end++;
        }

        EmitDate(start, end, info.Number, day, year, "time.date.day-month");
        return end - start;
    }
}
