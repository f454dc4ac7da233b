using Dyad.Core;

namespace Dyad.Time;

/// <summary>Phrases opened by <c>the</c>: references, parts of periods, the day being reported, weekends.</summary>
internal ref partial struct TimexScanner
{
    private int MatchThe(int i)
    {
        int j = i + 1;
        var info = L(j);
        if (Is(j, "past") || Is(j, "future") || Is(j, "present") || ((Is(j, "near") || Is(j, "distant") || Is(j, "recent")) && (Is(j + 1, "future") || Is(j + 1, "past"))))
        {
            int head = Is(j, "near") || Is(j, "distant") || Is(j, "recent") ? j + 1 : j;
            var after = L(head + 1);
            bool timeFollows = after.Is(WordClass.Unit | WordClass.Cardinal | WordClass.Quantifier | WordClass.Weekday | WordClass.Month | WordClass.Season)
                               || SmallInt(head + 1) >= 0;
            if (!timeFollows && !(IsWordToken(head + 1) && !IsCapitalized(head + 1) && Is(head, "present")))
            {
                string value = Is(head, "past") ? "PAST_REF" : Is(head, "future") ? "FUTURE_REF" : "PRESENT_REF";
                Emit(i, head + 1, TimexType.Date, value, "time.ref.the-" + value[..value.IndexOf('_')].ToLowerInvariant());
                return head + 1 - i;
            }
        }

        // "the seventies", "the late sixties": a decade of the twentieth century in words ("in his sixties" is an age).
        int decadeWord = info.Is(WordClass.Edge) ? (IsHyphen(j + 1) ? j + 2 : j + 1) : j;
        int decade = W(decadeWord) is { Length: >= 7 and <= 9 } dw && dw[^1] is 's' or 'S'
            ? (Is(decadeWord, "sixties") ? 6 : Is(decadeWord, "seventies") ? 7 : Is(decadeWord, "eighties") ? 8 : Is(decadeWord, "nineties") ? 9 : 0)
            : 0;
        if (decade > 0)
        {
            Emit(i, decadeWord + 1, TimexType.Date, "19" + TimexValue.Number(decade) + "X", "time.decade.word");
            return decadeWord + 1 - i;
        }

        if ((Is(j, "end") || Is(j, "beginning") || Is(j, "start") || Is(j, "middle")) && Is(j + 1, "of"))
        {
            // "At the end of the day, it is about jobs": the idiom opening a clause means "in the end".
            bool idiom = Is(j, "end") && Is(j + 2, "the") && Is(j + 3, "day") && Is(i - 1, "at")
                         && (i - 1 == _start || _tokens[i - 2].Kind == TokenKind.Punctuation || Is(i - 2, "but") || Is(i - 2, "and"));
            return idiom ? 0 : MatchPartOf(i, j + 2);
        }

        if (Is(j, "weekend") && !Is(j + 1, "of"))
        {
            return MatchWeekend(i, j);
        }

        // "the rest of the year", "most of the year": the year being reported.
        bool partOfYear = Is(i - 1, "of") && (Is(i - 2, "rest") || Is(i - 2, "remainder") || Is(i - 2, "most") || Is(i - 2, "much") || Is(i - 2, "balance"));

        // "for the full year", "over the entire year": the whole of the year being reported.
        int year = !Is(j, "year") && Is(j + 1, "year") && (Is(j, "full") || Is(j, "entire") || Is(j, "whole")) ? j + 1 : j;
        if (Is(year, "year") && (Is(i - 1, "in") || Is(i - 1, "for") || Is(i - 1, "during") || Is(i - 1, "throughout") || Is(i - 1, "over") || partOfYear)
            && (year + 1 >= _end || (_tokens[year + 1].Kind is TokenKind.Punctuation && !IsHyphen(year + 1)) || Is(year + 1, "and") || Is(year + 1, "to") || Is(year + 1, "ago")))
        {
            // "earlier in the year", "for the year": the year being reported.
            if (Is(year + 1, "ago"))
            {
                return 0;
            }

            int known = SentenceYear() ?? (_lastDate ?? _anchor)?.Year ?? 0;
            Emit(i, year + 1, TimexType.Date, known > 0 ? TimexValue.Year(known) : "XXXX", "time.the-year");
            return year + 1 - i;
        }

        // "the year-ago quarter", "the year-earlier period": the period just reported, a year back.
        if (Is(j, "year") && IsHyphen(j + 1) && (Is(j + 2, "ago") || Is(j + 2, "earlier"))
            && (Is(j + 3, "quarter") || Is(j + 3, "period") || Is(j + 3, "month") || Is(j + 3, "year")))
        {
            string value = PeriodYearBefore(sameSentence: false) ?? (_anchor is { } a ? TimexValue.Year(a.Year - 1) : "XXXX");
            Emit(i, j + 4, TimexType.Date, value, "time.year-ago-period");
            return j + 4 - i;
        }

        // "revenue in the quarter", "net income for the latest quarter": the quarter being reported.
        int quarter = Is(j, "latest") ? j + 1 : Is(j, "most") && Is(j + 1, "recent") ? j + 2 : j;
        bool partOfQuarter = Is(i - 1, "of") && (Is(i - 2, "end") || Is(i - 2, "start") || Is(i - 2, "beginning") || Is(i - 2, "middle") || Is(i - 2, "rest"));
        if (Is(quarter, "quarter") && (Is(i - 1, "in") || Is(i - 1, "for") || Is(i - 1, "during") || Is(i - 1, "over") || partOfQuarter || quarter > j)
            && !Is(quarter + 1, "of") && !IsHyphen(quarter + 1) && !Is(quarter + 1, "century") && !Is(quarter + 1, "mile"))
        {
            Emit(i, quarter + 1, TimexType.Date, ReportedQuarter(i, quarter + 1), "time.the-quarter");
            return quarter + 1 - i;
        }

        // "the months ahead", "the days ahead": the coming stretch of time.
        if (info.Is(WordClass.Unit) && info.Plural && Is(j + 1, "ahead"))
        {
            Emit(i, j + 2, TimexType.Date, "FUTURE_REF", "time.ref.ahead");
            return j + 2 - i;
        }

        // "over the years", "through the decades": an unknown stretch of those units.
        if (info.Is(WordClass.Unit) && info.Plural && info.Unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Month
            && (Is(i - 1, "over") || Is(i - 1, "through") || Is(i - 1, "throughout")) && !Is(j + 1, "of") && !IsHyphen(j + 1))
        {
            Emit(i, j + 1, TimexType.Duration, TimexValue.Duration("X", info.Unit), "time.duration.over-the");
            return j + 1 - i;
        }

        // "later in the week", "earlier in the month": the week or month being reported.
        bool unitFree = (Is(j, "week") || Is(j, "month")) && !Is(j + 1, "of") && !IsHyphen(j + 1) && !Is(j + 1, "before") && !Is(j + 1, "after") && !Is(j + 1, "ahead")
                        && !Is(j + 1, "ending") && !Is(j + 1, "ended") && !Is(j + 1, "to") && !Is(j + 1, "that") && !Is(j + 1, "when");
        if (unitFree && ((Is(j, "week") || Is(j, "month")) && Is(i - 1, "in") && (Is(i - 2, "later") || Is(i - 2, "earlier") || Is(i - 2, "early") || Is(i - 2, "late"))
             || (Is(j, "week") && (Is(i - 1, "during") || Is(i - 1, "in") || Is(i - 1, "throughout")) && (j + 1 >= _end || _tokens[j + 1].Kind == TokenKind.Punctuation)))
            && unitFree)
        {
            var known = _lastDate ?? _previousDate ?? _anchor;
            string value = known is { } k
                ? (Is(j, "week") ? TimexValue.Week(k) : TimexValue.Month(k.Year, k.Month))
                : (Is(j, "week") ? "XXXX-WXX" : "XXXX-XX");
            Emit(i, j + 1, TimexType.Date, value, "time.the-" + (Is(j, "week") ? "week" : "month"));
            return j + 1 - i;
        }

        // "police arrived in the afternoon": that part of the day being reported.
        if (info.Is(WordClass.PartOfDay) && !Is(j, "overnight") && !Is(j + 1, "of") && !IsHyphen(j + 1)
            && (Is(i - 1, "in") || Is(i - 1, "during") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "through") || Is(i - 1, "throughout")))
        {
            var day = _lastDate ?? _previousDate ?? _anchor;
            Emit(i, j + 1, TimexType.Time, (day is { } d ? TimexValue.Day(d) : TimexValue.UnknownDay) + "T" + info.Code, "time.the-part-of-day");
            return j + 1 - i;
        }

        if (Is(j, "time") && Is(j + 1, "being"))
        {
            Emit(i, j + 2, TimexType.Date, "PRESENT_REF", "time.ref.time-being");
            return j + 2 - i;
        }

        if ((Is(j, "near") || Is(j, "long") || Is(j, "short")) && Is(j + 1, "term"))
        {
            Emit(i, j + 2, TimexType.Date, "FUTURE_REF", "time.ref.term");
            return j + 2 - i;
        }

        // "late in the day after falling": the day being reported, and "after" heads its own clause.
        // "the day before yesterday", "the day after tomorrow": two days from the article's.
        if (Is(j, "day") && ((Is(j + 1, "before") && Is(j + 2, "yesterday")) || (Is(j + 1, "after") && Is(j + 2, "tomorrow"))))
        {
            string value = _anchor is { } a ? TimexValue.Day(a.AddDays(Is(j + 2, "tomorrow") ? 2 : -2)) : TimexValue.UnknownDay;
            Emit(i, j + 3, TimexType.Date, value, "time.relative-day.two");
            return j + 3 - i;
        }

        if (info.Is(WordClass.Unit) && !info.Plural && (Is(j + 1, "before") || Is(j + 1, "after") || Is(j + 1, "earlier"))
            && !StartsNounPhrase(j + 2) && !IsGerund(j + 2) && !IsDayOfTrading(i - 1))
        {
            int n = MatchUnitBeforeAfter(i, j, info.Unit, Is(j + 1, "after") ? 1 : -1);
            if (n > 0)
            {
                return n;
            }
        }

        if (Is(j, "same") && (Is(j + 1, "period") || Is(j + 1, "month") || Is(j + 1, "quarter") || Is(j + 1, "week") || Is(j + 1, "time")))
        {
            int n = MatchSamePeriod(i, j + 1);
            if (n > 0)
            {
                return n;
            }
        }

        if ((Is(j, "day") && IsDayOfTrading(i - 1)) || (Is(j, "same") && Is(j + 1, "day")))
        {
            j = Is(j, "same") ? j + 1 : j;
            var known = _lastDate ?? _previousDate ?? _anchor;

            // "He will meet Biden on Sunday. Earlier in the day, he told …": a past act is not on a day still ahead.
            if (known > _anchor && Is(i - 1, "in")
                && (Is(i - 2, "earlier") ? Tense(i, j + 1) != Direction.Future : Tense(i, j + 1) == Direction.Past))
            {
                known = _anchor;
            }

            string value = known is { } k ? TimexValue.Day(k) : TimexValue.UnknownDay;
            Emit(i, j + 1, TimexType.Date, value, "time.the-day");
            return j + 1 - i;
        }

        if (Is(j + 1, "week") && Is(j + 2, "of") && L(j + 3).Is(WordClass.Month) && IsCapitalized(j + 3)
            && (Is(j, "last") || Is(j, "final") || (info.Is(WordClass.Ordinal) && info.Number <= 4)))
        {
            return MatchWeekOfMonth(i, j, j + 3);
        }

        if (info.Is(WordClass.Past | WordClass.Next | WordClass.This | WordClass.Edge))
        {
            int n = MatchModified(i, j, the: true);
            if (n > 0)
            {
                return n;
            }
        }

        if (info.Is(WordClass.Ordinal) || OrdinalNumber(j) > 0)
        {
            return MatchOrdinal(i, j, the: true);
        }

        return 0;
    }

    /// <summary>
    /// The quarter that "the quarter" reports on: the last quarter named in the document, else the one before the
    /// article's (a company reports on a quarter once it has ended) unless the clause looks ahead.
    /// </summary>
    private readonly string ReportedQuarter(int start, int end)
    {
        for (int k = _output.Count - 1; k >= 0; k--)
        {
            var v = _output[k].Value;
            if (v.Length == 7 && v[4] == '-' && v[5] == 'Q')
            {
                return v;
            }
        }

        if (_anchor is not { } a)
        {
            return "XXXX-QX";
        }

        int q = (a.Year * 4) + ((a.Month - 1) / 3);
        if (Tense(start, end) != Direction.Future)
        {
            q--;
        }

        return TimexValue.Quarter(q / 4, (q % 4) + 1);
    }

    /// <summary>
    /// The year of the last dated expression of this sentence (<c>the fourth quarter of 2005 … for the entire year</c>),
    /// or null: what "the year" refers back to before the article's.
    /// </summary>
    private readonly int? SentenceYear()
    {
        for (int k = _output.Count - 1; k >= 0 && _output[k].Sentence == _sentence; k--)
        {
            var v = _output[k].Value;
            if (_output[k].Type is TimexType.Date or TimexType.Time && (v.Length == 4 || (v.Length > 4 && v[4] == '-')) && Digits(v.AsSpan(0, 4)) is >= 1000 and <= 9000 and var y)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>the end of the year</c>, <c>the beginning of March</c>: the part keeps the value of the whole (TIMEX3 puts the
    /// part in a modifier), with one extent over both.
    /// </summary>
    private int MatchPartOf(int start, int inner)
    {
        // "the end of the end of …" must not recurse without bound on hostile input.
        if (_partDepth > 0)
        {
            return 0;
        }

        int before = _output.Count;
        _partDepth++;
        int n = Is(inner, "the") && (Is(inner + 1, "year") || Is(inner + 1, "month") || Is(inner + 1, "week") || Is(inner + 1, "day"))
            ? MatchTheUnit(inner)
            : MatchAt(inner);
        _partDepth--;
        if (n == 0 || _output.Count != before + 1 || _output[before].Span.Start != _tokens[inner].Start)
        {
            if (_output.Count > before)
            {
                _output.RemoveRange(before, _output.Count - before);
            }

            return 0;
        }

        var found = _output[before];
        _output[before] = found with
        {
            Span = TextSpan.FromBounds(_tokens[start].Start, found.Span.End),
            Evidence = found.Evidence with { Rule = found.Evidence.Rule + "+part" },
        };
        return inner + n - start;
    }

    /// <summary><c>the year</c>, <c>the month</c> after <c>the end of</c>: the article's.</summary>
    private int MatchTheUnit(int i)
    {
        if (_anchor is not { } a)
        {
            return 0;
        }

        var unit = L(i + 1).Unit;
        string value = unit switch
        {
            // "the end of the day": the day being reported.
            TimeUnit.Day => TimexValue.Day(_lastDate ?? _previousDate ?? a),
            TimeUnit.Year => TimexValue.Year(a.Year),
            TimeUnit.Month => TimexValue.Month(a.Year, a.Month),
            _ => TimexValue.Week(a),
        };
        Emit(i, i + 2, TimexType.Date, value, "time.the-" + unit.ToString().ToLowerInvariant());
        return 2;
    }

    /// <summary><c>over the weekend</c>: the last weekend in a past clause, the coming one otherwise.</summary>
    private int MatchWeekend(int start, int j)
    {
        if (!(Is(start - 1, "over") || Is(start - 1, "during") || Is(start - 1, "at") || Is(start - 1, "on") || Is(start - 1, "by")))
        {
            return 0;
        }

        string value;
        if (_anchor is { } a)
        {
            int today = (int)a.DayOfWeek == 0 ? 7 : (int)a.DayOfWeek;
            bool past = Tense(start, j + 1) != Direction.Future;
            var day = past && today < 6 ? a.AddDays(-7) : a;
            value = TimexValue.Week(day) + "-WE";
        }
        else
        {
            value = "XXXX-WXX-WE";
        }

        Emit(start, j + 1, TimexType.Date, value, "time.weekend");
        return j + 1 - start;
    }

    /// <summary>
    /// <c>the day before</c>, <c>the year after</c>: one unit from the last date mentioned (the article date if none).
    /// "the day before the vote" is left alone: its anchor is an event, not a date.
    /// </summary>
    private int MatchUnitBeforeAfter(int start, int j, TimeUnit unit, int step)
    {
        var reference = _lastDate ?? _previousDate ?? _anchor;
        string value;
        if (reference is not { } a)
        {
            value = unit switch
            {
                TimeUnit.Day => TimexValue.UnknownDay,
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Month => "XXXX-XX",
                TimeUnit.Year => "XXXX",
                _ => string.Empty,
            };
        }
        else
        {
            switch (unit)
            {
                case TimeUnit.Day:
                    var day = a.AddDays(step);
                    SetDate(day);
                    value = TimexValue.Day(day);
                    break;
                case TimeUnit.Week:
                    value = TimexValue.Week(a.AddDays(7 * step));
                    break;
                case TimeUnit.Month:
                    var month = a.AddMonths(step);
                    value = TimexValue.Month(month.Year, month.Month);
                    break;
                case TimeUnit.Year:
                    value = TimexValue.Year(a.Year + step);
                    break;
                default:
                    value = string.Empty;
                    break;
            }
        }

        if (value.Length == 0)
        {
            return 0;
        }

        Emit(start, j + 2, TimexType.Date, value, step > 0 ? "time.unit-after" : "time.unit-before");
        return j + 2 - start;
    }

    private readonly bool IsGerund(int i) => IsWordToken(i) && W(i) is { Length: > 4 } w && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>the same period last year</c>, <c>the same quarter a year earlier</c>: the period just reported, a year back.
    /// Business news compares a month or quarter with the one a year before, so the value keeps that granularity.
    /// </summary>
    private int MatchSamePeriod(int start, int noun)
    {
        int k = noun + 1;
        if (Is(k, "of") || Is(k, "in"))
        {
            k++;
        }

        int end;
        if (Is(k, "last") && Is(k + 1, "year"))
        {
            end = k + 2;
        }
        else if (Is(k, "the") && (Is(k + 1, "last") || Is(k + 1, "previous") || Is(k + 1, "prior") || Is(k + 1, "preceding")) && Is(k + 2, "year"))
        {
            end = k + 3;
        }
        else if ((Is(k, "a") || Is(k, "one")) && Is(k + 1, "year") && (Is(k + 2, "ago") || Is(k + 2, "earlier") || Is(k + 2, "before")))
        {
            end = k + 3;
        }
        else
        {
            return 0;
        }

        string value = PeriodYearBefore(sameSentence: false) ?? (_anchor is { } a ? TimexValue.Year(a.Year - 1) : "XXXX");
        Emit(start, end, TimexType.Date, value, "time.same-period-year-before");
        return end - start;
    }

    /// <summary>
    /// The month, quarter or half-year value most recently emitted (in this sentence only, or in the last few
    /// expressions of the document), moved back one year; null when there is none.
    /// </summary>
    private readonly string? PeriodYearBefore(bool sameSentence)
    {
        int stop = Math.Max(0, _output.Count - 6);
        for (int k = _output.Count - 1; k >= stop; k--)
        {
            var t = _output[k];
            if (sameSentence && t.Sentence != _sentence)
            {
                return null;
            }

            var v = t.Value;
            if (t.Type != TimexType.Date || v.Length != 7 || v[4] != '-')
            {
                continue;
            }

            int year = Digits(v.AsSpan(0, 4));
            if (year is < 1001 or > 8999)
            {
                continue;
            }

            char c = v[5];
            if (c is 'Q' or 'H' || char.IsAsciiDigit(c))
            {
                return TimexValue.Year(year - 1) + v[4..];
            }
        }

        return null;
    }

    /// <summary>
    /// <c>the first week of April</c>, <c>the last week of March 2009</c>: the ISO week that holds most of those days
    /// (the week of the month's first day if it falls Monday to Thursday, else the next; mirrored for the last week).
    /// </summary>
    private int MatchWeekOfMonth(int start, int ordinal, int m)
    {
        int month = L(m).Number;
        int end = m + 1;
        int year = YearNumber(end);
        if (year > 0)
        {
            end++;
        }
        else if (_anchor is { } a)
        {
            year = InferYearForMonth(a, month, Tense(start, end));
        }
        else
        {
            Emit(start, end, TimexType.Date, "XXXX-WXX", "time.week-of-month");
            return end - start;
        }

        bool last = Is(ordinal, "last") || Is(ordinal, "final");
        DateOnly day;
        if (last)
        {
            var lastDay = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            int iso = lastDay.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)lastDay.DayOfWeek;
            day = iso >= 4 ? lastDay : lastDay.AddDays(-7);
        }
        else
        {
            var firstDay = new DateOnly(year, month, 1);
            int iso = firstDay.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)firstDay.DayOfWeek;
            day = (iso <= 4 ? firstDay : firstDay.AddDays(7)).AddDays(7 * (L(ordinal).Number - 1));
        }

        Emit(start, end, TimexType.Date, TimexValue.Week(day), "time.week-of-month");
        return end - start;
    }

    /// <summary>Whether a noun phrase starts at <paramref name="i"/>: a determiner, a possessive, a number or a name.</summary>
    private readonly bool StartsNounPhrase(int i)
    {
        if (i >= _end)
        {
            return false;
        }

        if (_tokens[i].Kind == TokenKind.Number)
        {
            return true;
        }

        return IsWordToken(i) && (IsCapitalized(i) || Is(i, "the") || Is(i, "a") || Is(i, "an") || Is(i, "his") || Is(i, "her")
                                  || Is(i, "its") || Is(i, "their") || Is(i, "our") || Is(i, "my") || Is(i, "your") || Is(i, "this")
                                  || (Is(i, "that") && !IsWordToken(i + 1)) || Is(i, "yesterday") || Is(i, "tomorrow") || Is(i, "today") || Is(i, "last") || Is(i, "next")
                                  || Is(i, "he") || Is(i, "she") || Is(i, "it") || Is(i, "they") || Is(i, "we") || Is(i, "i") || Is(i, "you"));
    }

    /// <summary>"ended the day", "later in the day", "for the day": market and news idiom for the day being reported.</summary>
    private readonly bool IsDayOfTrading(int before)
    {
        var w = W(before);
        return w.Equals("in", StringComparison.OrdinalIgnoreCase) && (Is(before - 1, "later") || Is(before - 1, "late") || Is(before - 1, "early") || Is(before - 1, "earlier"))
               || w.Equals("end", StringComparison.OrdinalIgnoreCase) || w.Equals("ended", StringComparison.OrdinalIgnoreCase)
               || w.Equals("ending", StringComparison.OrdinalIgnoreCase) || w.Equals("finish", StringComparison.OrdinalIgnoreCase)
               || w.Equals("finished", StringComparison.OrdinalIgnoreCase) || w.Equals("close", StringComparison.OrdinalIgnoreCase)
               || w.Equals("closed", StringComparison.OrdinalIgnoreCase) || (w.Equals("for", StringComparison.OrdinalIgnoreCase) && before - 1 < _start);
    }
}
