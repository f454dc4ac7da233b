using Dyad.Core;

namespace Dyad.Time;

/// <summary>Named calendar units: modified periods, weekdays, months, seasons, quarters and ordinals.</summary>
internal ref partial struct TimexScanner
{
    /// <summary><c>last week</c>, <c>next Friday</c>, <c>early March</c>, <c>earlier this year</c>, <c>the past three years</c>.</summary>
    private int MatchModified(int start, int j, bool the)
    {
        bool edge = false;
        bool pastWord = false;
        var relation = Relation.None;
        var info = L(j);
        if (info.Is(WordClass.Edge))
        {
            edge = true;
            j++;
            if (IsHyphen(j))
            {
                j++;
            }

            info = L(j);
        }

        if (info.Is(WordClass.Past))
        {
            relation = Relation.Last;
            pastWord = Is(j, "past");
            j++;
        }
        else if (info.Is(WordClass.Next))
        {
            relation = Relation.Next;
            j++;
        }
        else if (info.Is(WordClass.This))
        {
            relation = Relation.This;
            j++;

            // "this past weekend", "this coming Friday".
            var then = L(j);
            if (then.Is(WordClass.Past) && Is(j, "past"))
            {
                relation = Relation.Last;
                j++;
            }
            else if (then.Is(WordClass.Next) && Is(j, "coming"))
            {
                relation = Relation.Next;
                j++;
            }
        }

        if (!edge && relation == Relation.None)
        {
            return 0;
        }

        var head = L(j);
        if (relation == Relation.This && Is(j - 1, "current") && !head.Is(WordClass.Unit | WordClass.Season | WordClass.Month))
        {
            // "the current account", "Current TV": a term of accounting and a name, not a time.
            if (Is(j, "account") || Is(j, "accounts") || Is(j, "affairs") || (IsCapitalized(j - 1) && j - 1 > _start && _tokens[j - 2].Kind == TokenKind.Word))
            {
                return 0;
            }

            // "the nation's current fleet", "its five current models": after an owner or a count, "current" sorts the
            // owner's things (as "former" does) rather than placing them in time.
            if (!the && (Is(j - 2, "'s") || Is(j - 2, "\u2019s") || Is(j - 2, "its") || Is(j - 2, "their") || Is(j - 2, "his") || Is(j - 2, "her")
                         || Is(j - 2, "our") || Is(j - 2, "my") || Is(j - 2, "your") || L(j - 2).Is(WordClass.Cardinal) || SmallInt(j - 2) >= 0))
            {
                return 0;
            }

            // "the current crisis": the adjective places its noun in the present.
            Emit(j - 1, j, TimexType.Date, "PRESENT_REF", "time.ref.current");
            return the ? j - start : 1;
        }

        if (head.Is(WordClass.Weekday) && !head.Plural)
        {
            return MatchWeekday(start, j, relation);
        }

        if (head.Is(WordClass.Month))
        {
            return MatchMonth(start, j, relation, edge);
        }

        if (head.Is(WordClass.Season))
        {
            return MatchSeason(start, j, relation, edge);
        }

        if (head.Is(WordClass.DayRef) && relation == Relation.None)
        {
            return MatchDayRef(start, j);
        }

        if (head.Is(WordClass.PartOfDay) && relation != Relation.None && !the)
        {
            return MatchPartOfDay(start, j, relation, head.Code!);
        }

        if (head.Is(WordClass.PartOfDay) && the && !Is(j, "overnight") && relation is Relation.Next or Relation.Last && !Is(j + 1, "of")
            && (Is(j - 1, "next") || Is(j - 1, "following") || Is(j - 1, "previous")))
        {
            // "the next morning", "the previous night": next to the day last named, the article's if none.
            var reference = _lastDate ?? _previousDate ?? _anchor;
            string day = reference is { } r ? TimexValue.Day(r.AddDays(relation == Relation.Next ? 1 : -1)) : TimexValue.UnknownDay;
            Emit(start, j + 1, TimexType.Time, day + "T" + head.Code, "time.part-of-day.anaphoric");
            return j + 1 - start;
        }

        if (head.Unit == TimeUnit.Quarter && !head.Plural && relation == Relation.Last && (Is(j + 1, "of") || YearNumber(j + 1) > 0))
        {
            // "the last quarter of 2009" is its fourth quarter, not the quarter before the article's.
            return MatchQuarter(start, j + 1, 4);
        }

        if (edge && relation == Relation.None && head.Unit == TimeUnit.Year && !head.Plural && Is(start, "mid") && !IsHyphen(j + 1))
        {
            // "by mid-year": the middle of the year being reported.
            int year = SentenceYear() ?? (_lastDate ?? _anchor)?.Year ?? 0;
            Emit(start, j + 1, TimexType.Date, year > 0 ? TimexValue.Year(year) : "XXXX", "time.mid-year");
            return j + 1 - start;
        }

        if (head.Is(WordClass.Unit) && !head.Plural && !head.Is(WordClass.Cardinal))
        {
            // "the previous year", "the following day", "the next day": counted from the last date mentioned.
            var modifier = W(j - 1);
            bool anaphoric = the && (modifier.Equals("previous", StringComparison.OrdinalIgnoreCase) || modifier.Equals("preceding", StringComparison.OrdinalIgnoreCase)
                                     || modifier.Equals("prior", StringComparison.OrdinalIgnoreCase) || modifier.Equals("following", StringComparison.OrdinalIgnoreCase)
                                     || modifier.Equals("next", StringComparison.OrdinalIgnoreCase));
            return MatchRelativeUnit(start, j, relation, pastWord && the && head.Unit != TimeUnit.Weekend, head.Unit, anaphoric ? AnaphoricReference(head.Unit) : _anchor, anaphoric);
        }

        if (head.Is(WordClass.Unit) && head.Plural && relation == Relation.Next && (the || Is(start - 1, "in") || Is(start - 1, "over")))
        {
            Emit(start, j + 1, TimexType.Date, "FUTURE_REF", "time.ref.coming");
            return j + 1 - start;
        }

        if (relation is Relation.Last or Relation.Next && (head.Is(WordClass.Cardinal | WordClass.Quantifier) || SmallInt(j) >= 0))
        {
            return MatchQuantity(start, j, relation);
        }

        if (edge && relation == Relation.None)
        {
            int year = YearNumber(j);
            if (year > 0)
            {
                Emit(start, j + 1, TimexType.Date, TimexValue.Year(year), "time.year.part");
                return j + 1 - start;
            }
        }

        return 0;
    }

    private int MatchWeekday(int start, int j, Relation relation)
    {
        var info = L(j);
        int weekday = info.Number;
        if (info.Plural)
        {
            if (relation != Relation.None || !Is(j - 1, "on"))
            {
                return 0;
            }

            Emit(j, j + 1, TimexType.Set, "XXXX-WXX-" + TimexValue.Number(weekday), "time.set.weekdays");
            return 1;
        }

        // "the Sunday Times", "the Monday Club": a weekday inside a name.
        if (relation == Relation.None && Is(j - 1, "the") && IsCapitalized(j + 1) && IsWordToken(j + 1) && !L(j + 1).Is(WordClass.Month | WordClass.PartOfDay))
        {
            return 0;
        }

        // A dateline or explicit date after the weekday: "Friday, January 4, 2019", "Monday, 4 March".
        int k = IsPunct(j + 1, ',') ? j + 2 : j + 1;
        if (L(k).Is(WordClass.Month) && IsCapitalized(k))
        {
            int n = MatchMonthDay(start, k, out bool matched);
            if (matched)
            {
                return n;
            }
        }

        int dayFirst = DayNumber(k);
        if (dayFirst > 0 && L(k + 1).Is(WordClass.Month))
        {
            int n = MatchDayBeforeMonth(start, k, dayFirst);
            if (n > 0)
            {
                return n;
            }
        }

        int end = j + 1;
        string? part = null;
        var after = L(end);
        if (after.Is(WordClass.PartOfDay))
        {
            part = after.Code;
            end++;
        }

        string rule;
        string value;
        if (_anchor is not { } anchor)
        {
            value = "XXXX-WXX-" + TimexValue.Number(weekday);
            rule = "time.weekday.unanchored";
        }
        else
        {
            int today = (int)anchor.DayOfWeek == 0 ? 7 : (int)anchor.DayOfWeek;
            int back = (today - weekday + 7) % 7;
            int ahead = (weekday - today + 7) % 7;
            DateOnly date;
            switch (relation)
            {
                case Relation.Last:
                    date = anchor.AddDays(-(back == 0 ? 7 : back));
                    rule = "time.weekday.last";
                    break;
                case Relation.Next:
                    date = anchor.AddDays(ahead == 0 ? 7 : ahead);
                    rule = "time.weekday.next";
                    break;
                case Relation.This:
                    date = anchor.AddDays(weekday - today);
                    rule = "time.weekday.this";
                    break;
                default:
                    var tense = Tense(start, end);

                    // "markets to remain closed until Friday": with no verb to say otherwise, a deadline lies ahead.
                    if (tense == Direction.Unknown && (Is(start - 1, "until") || Is(start - 1, "till")))
                    {
                        tense = Direction.Future;
                    }

                    if (tense is Direction.Future or Direction.Present)
                    {
                        date = anchor.AddDays(ahead);
                        rule = "time.weekday.future";
                    }
                    else
                    {
                        date = anchor.AddDays(-back);
                        rule = tense == Direction.Past ? "time.weekday.past" : "time.weekday.default-past";
                    }

                    break;
            }

            SetDate(date);
            value = TimexValue.Day(date);
        }

        if (part is not null)
        {
            Emit(start, end, TimexType.Time, value + "T" + part, rule + "+part");
        }
        else
        {
            Emit(start, end, TimexType.Date, value, rule);
        }

        return end - start;
    }

    /// <summary><c>July 7</c>, <c>Jul. 7, 2017</c>, <c>July 7th</c>; <paramref name="matched"/> is false when no day follows the month.</summary>
    private int MatchMonthDay(int start, int m, out bool matched)
    {
        matched = false;
        int month = L(m).Number;
        int d = m + 1;
        if (IsPunct(d, '.'))
        {
            d++;
        }

        int day = DayNumber(d);
        if (day < 0 && DayRange(d, out int first, out int last, out int split))
        {
            // "March 5-7": each end of the range is a date of its own, the first with the month.
            matched = true;
            return EmitDayRange(start, d, m, split, first, last);
        }

        if (day < 0 || YearNumber(d) > 0)
        {
            return 0;
        }

        int end = d + 1;
        int? year = null;
        if (IsPunct(end, ',') && YearNumber(end + 1) > 0)
        {
            year = YearNumber(end + 1);
            end += 2;
        }
        else if (YearNumber(end) > 0)
        {
            year = YearNumber(end);
            end++;
        }

        matched = true;
        EmitDate(start, end, month, day, year, year is null ? "time.date.month-day" : "time.date.full");
        return end - start;
    }

    /// <summary>A day range written as one token (<c>5-7</c>): both days, and where the hyphen is.</summary>
    private readonly bool DayRange(int i, out int first, out int last, out int split)
    {
        first = last = split = -1;
        if (i < _start || i >= _end || _tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        var s = W(i);
        split = s.IndexOf('-');
        if (split is < 1 or > 2 || s.Length - split - 1 is < 1 or > 2)
        {
            return false;
        }

        first = Digits(s[..split]);
        last = Digits(s[(split + 1)..]);
        return first is >= 1 and <= 31 && last is >= 1 and <= 31 && last > first;
    }

    /// <summary>
    /// <c>March 5-7</c>, <c>5-7 March 2013</c>: two dates, one for each end of the range; <paramref name="range"/> is the
    /// token holding both days, <paramref name="month"/> the month's token on either side of it.
    /// </summary>
    private int EmitDayRange(int start, int range, int month, int split, int first, int last)
    {
        int end = Math.Max(range, month) + 1;
        int? year = null;
        if (IsPunct(end, ',') && YearNumber(end + 1) > 0)
        {
            year = YearNumber(end + 1);
            end += 2;
        }
        else if (YearNumber(end) > 0)
        {
            year = YearNumber(end);
            end++;
        }

        int m = L(month).Number;
        if (year is null && _anchor is { } anchor)
        {
            year = InferYear(anchor, m, first, Tense(start, end));
        }

        if (year is { } y && last > DateTime.DaysInMonth(y, m))
        {
            year = null;
        }

        int cut = _tokens[range].Start + split;
        // "March 5-7, 2013": the month and first day, then the last day with the year; "5-7 March": the first day alone,
        // then the last day with the month.
        EmitChars(_tokens[start].Start, cut, TimexType.Date, TimexValue.Day(year, m, first), "time.date.range");
        EmitChars(cut + 1, _tokens[end - 1].End, TimexType.Date, TimexValue.Day(year, m, last), "time.date.range");

        if (year is { } known)
        {
            SetDate(new DateOnly(known, m, last));
        }

        return end - start;
    }

    private void EmitDate(int start, int end, int month, int day, int? year, string rule)
    {
        if (year is null && _anchor is { } anchor)
        {
            year = FramingYear() ?? InferYear(anchor, month, day, Tense(start, end));

            // "from Dec. 24 to Jan. 3": the end of a range does not come before its start.
            if (_lastDate is { } from && year is { } inferred
                && (Is(start - 1, "to") || Is(start - 1, "until") || Is(start - 1, "through") || Is(start - 1, "till")))
            {
                bool earlierInYear = month < from.Month || (month == from.Month && day < from.Day);
                int after = earlierInYear ? from.Year + 1 : from.Year;
                if (inferred < after)
                {
                    year = after;
                }
            }
        }

        if (year is { } y && day > DateTime.DaysInMonth(y, month))
        {
            year = null;
        }

        if (year is { } known)
        {
            SetDate(new DateOnly(known, month, day));
        }

        Emit(start, end, TimexType.Date, TimexValue.Day(year, month, day), rule);
    }

    /// <summary>Whether a lower-case finite verb stands at <paramref name="i"/>: <c>secured</c>, <c>said</c>, <c>will</c>, <c>has</c>.</summary>
    private readonly bool FiniteVerbAt(int i)
    {
        if (i >= _end || _tokens[i].Kind != TokenKind.Word || _tokens[i].Has(TokenTraits.Capitalized) || Is(i, "ago"))
        {
            return false;
        }

        var word = W(i);
        return TimeLexicon.Cue(word) is TenseCue.Past or TenseCue.Future or TenseCue.Present
               || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
    }

    private int MatchMonth(int start, int j, Relation relation, bool edge)
    {
        var w = W(j);
        bool abbreviated = w.Length > 0 && w[^1] == '.';
        if (!IsCapitalized(j) && !abbreviated)
        {
            return 0;
        }

        int month = L(j).Number;
        int n = MatchMonthDay(start, j, out bool matched);
        if (matched)
        {
            return n;
        }

        // "October 2017", "October, 2017", "October of 2017".
        int k = j + 1;
        if ((IsPunct(k, ',') || Is(k, "of")) && YearNumber(k + 1) > 0)
        {
            k++;
        }

        int year = YearNumber(k);
        if (year > 0)
        {
            Emit(start, k + 1, TimexType.Date, TimexValue.Month(year, month), "time.month-year");
            SetPeriod(new DateOnly(Math.Clamp(year, 1, 9999), month, 1), TimeUnit.Month);
            return k + 1 - start;
        }

        if (Is(j + 1, "of") && _anchor is { } a && Is(j + 3, "year"))
        {
            int shift = Is(j + 2, "next") ? 1 : Is(j + 2, "last") ? -1 : Is(j + 2, "this") ? 0 : int.MinValue;
            if (shift != int.MinValue)
            {
                Emit(start, j + 4, TimexType.Date, TimexValue.Month(a.Year + shift, month), "time.month-of-relative-year");
                return j + 4 - start;
            }
        }

        if (relation == Relation.None && !edge)
        {
            var prev = W(j - 1);
            if (j - 1 < _start || !(TimeLexicon.MonthPrepositions.Contains(prev) || IsMonthModifier(j, month)))
            {
                return 0;
            }

            // "May" and "March" are also a modal, a verb and a name: only after a preposition of time ("calls for May
            // to resign" names Theresa May).
            if (month is 3 or 5 && (prev.Equals("and", StringComparison.OrdinalIgnoreCase) || prev.Equals("or", StringComparison.OrdinalIgnoreCase)
                                    || prev.Equals("to", StringComparison.OrdinalIgnoreCase) || prev.Equals("that", StringComparison.OrdinalIgnoreCase)
                                    || prev.Equals("for", StringComparison.OrdinalIgnoreCase) || prev.Equals("around", StringComparison.OrdinalIgnoreCase)))
            {
                return 0;
            }

            // "two days after May secured changes", "since May took office": a subject before its verb, unless "in" or
            // "from" sets the time ("prices in May rose", "a study from March noted").
            if (month is 3 or 5 && !prev.Equals("in", StringComparison.OrdinalIgnoreCase) && !prev.Equals("from", StringComparison.OrdinalIgnoreCase)
                && FiniteVerbAt(j + 1))
            {
                return 0;
            }
        }

        int end = j + 1;
        if (_anchor is not { } anchor)
        {
            Emit(start, end, TimexType.Date, TimexValue.Month(null, month), "time.month.unanchored");
            return end - start;
        }

        int resolved = relation switch
        {
            Relation.Last => month >= anchor.Month ? anchor.Year - 1 : anchor.Year,
            Relation.Next => month <= anchor.Month ? anchor.Year + 1 : anchor.Year,
            Relation.This => anchor.Year,
            _ => FramingYear() ?? InferYearForMonth(anchor, month, Tense(start, end)),
        };
        Emit(start, end, TimexType.Date, TimexValue.Month(resolved, month), "time.month" + RelationRule(relation));
        return end - start;
    }

    /// <summary>
    /// "their January sales", "the company's October report": a month modifying a lower-case noun after a determiner
    /// or possessive. March and May are left out: "the March on Washington", "the May government".
    /// </summary>
    private readonly bool IsMonthModifier(int j, int month)
    {
        if (month is 3 or 5 || !IsWordToken(j + 1) || IsCapitalized(j + 1))
        {
            return false;
        }

        int p = j - 1;
        return Is(p, "its") || Is(p, "their") || Is(p, "his") || Is(p, "her") || Is(p, "our") || Is(p, "the") || Is(p, "'s") || Is(p, "\u2019s");
    }

    private static string RelationRule(Relation relation) => relation switch
    {
        Relation.Last => ".last",
        Relation.Next => ".next",
        Relation.This => ".this",
        _ => string.Empty,
    };

    private int MatchDayRef(int start, int j)
    {
        var info = L(j);
        if (start == j && j > _start && IsCapitalized(j) && IsCapitalized(j - 1) && IsWordToken(j - 1))
        {
            // "USA Today": part of a name.
            return 0;
        }

        int end = j + 1;
        string? part = info.Code;
        if (part is null && L(end).Is(WordClass.PartOfDay))
        {
            part = L(end).Code;
            end++;
        }

        string value;
        if (_anchor is { } anchor)
        {
            var date = anchor.AddDays(info.Number);
            SetDate(date);
            value = TimexValue.Day(date);
        }
        else
        {
            value = TimexValue.UnknownDay;
        }

        if (part is not null)
        {
            Emit(start, end, TimexType.Time, value + "T" + part, "time.relative-day+part");
        }
        else
        {
            Emit(start, end, TimexType.Date, value, "time.relative-day");
        }

        return end - start;
    }

    /// <summary><c>this morning</c>, <c>last night</c>, <c>tomorrow evening</c>.</summary>
    private int MatchPartOfDay(int start, int j, Relation relation, string part)
    {
        int offset = relation switch
        {
            Relation.Last => part is "NI" or "EV" ? -1 : 0,
            Relation.Next => 1,
            _ => 0,
        };

        // "last night", "last evening": the one before the article's day; "last morning" is not said.
        if (relation == Relation.Last && part is not ("NI" or "EV"))
        {
            return 0;
        }

        string day = _anchor is { } anchor ? TimexValue.Day(anchor.AddDays(offset)) : TimexValue.UnknownDay;
        Emit(start, j + 1, TimexType.Time, day + "T" + part, "time.part-of-day");
        return j + 1 - start;
    }

    /// <summary><c>last week</c> → <c>2017-W28</c>, <c>next month</c>, <c>this year</c>; <c>the past year</c> is a duration.</summary>
    private int MatchRelativeUnit(int start, int j, Relation relation, bool duration, TimeUnit unit, DateOnly? reference, bool anaphoric = false)
    {
        int end = j + 1;
        if (duration)
        {
            Emit(start, end, TimexType.Duration, TimexValue.Duration("1", unit), "time.duration.the-past");
            return end - start;
        }

        if (relation == Relation.None)
        {
            return 0;
        }

        int step = relation switch
        {
            Relation.Last => -1,
            Relation.Next => 1,
            _ => 0,
        };
        string rule = "time.relative" + RelationRule(relation) + "-" + unit.ToString().ToLowerInvariant();
        if (reference is not { } a)
        {
            string unknown = unit switch
            {
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Weekend => "XXXX-WXX-WE",
                TimeUnit.Month => "XXXX-XX",
                TimeUnit.Quarter => "XXXX-QX",
                TimeUnit.Year => "XXXX",
                TimeUnit.Decade => "XXXX",
                TimeUnit.Century => "XX",
                _ => string.Empty,
            };
            if (unknown.Length == 0)
            {
                return 0;
            }

            Emit(start, end, TimexType.Date, unknown, rule);
            return end - start;
        }

        string value;
        switch (unit)
        {
            case TimeUnit.Week:
                value = TimexValue.Week(a.AddDays(7 * step));
                break;
            case TimeUnit.Weekend:
                value = TimexValue.Week(a.AddDays(7 * step)) + "-WE";
                break;
            case TimeUnit.Month:
                var month = a.AddMonths(step);
                value = TimexValue.Month(month.Year, month.Month);
                break;
            case TimeUnit.Quarter:
                int q = ((a.Year * 4) + ((a.Month - 1) / 3)) + step;
                value = TimexValue.Quarter(q / 4, (q % 4) + 1);
                break;
            case TimeUnit.Year:
                value = TimexValue.Year(a.Year + step);
                break;
            case TimeUnit.Decade:
                value = TimexValue.Decade(a.Year + (10 * step));
                break;
            case TimeUnit.Century:
                value = TimexValue.Two((a.Year / 100) + step);
                break;
            // "the previous day" with no date before it is the day before the article's; "the last day" stays a phrase.
            case TimeUnit.Day when relation == Relation.This || reference != _anchor || anaphoric:
                var day = a.AddDays(step);
                SetDate(day);
                value = TimexValue.Day(day);
                break;
            default:
                return 0;
        }

        Emit(start, end, TimexType.Date, value, rule);
        return end - start;
    }

    private int MatchSeason(int start, int j, Relation relation, bool edge)
    {
        var info = L(j);
        string code = info.Code!;
        int end = j + 1;
        int k = (IsPunct(end, ',') || Is(end, "of")) && YearNumber(end + 1) > 0 ? end + 1 : end;
        int year = YearNumber(k);
        if (year > 0)
        {
            Emit(start, k + 1, TimexType.Date, TimexValue.Year(year) + "-" + code, "time.season.year");
            return k + 1 - start;
        }

        if (relation == Relation.None && !edge)
        {
            bool prepositional = Is(j - 1, "in") || Is(j - 1, "during") || Is(j - 1, "by") || Is(j - 1, "until") || Is(j - 1, "since")
                                 || Is(j - 1, "over") || Is(j - 1, "through") || Is(j - 1, "throughout")
                                 || (Is(j - 1, "the") && (Is(j - 2, "in") || Is(j - 2, "during") || Is(j - 2, "by") || Is(j - 2, "until") || Is(j - 2, "over")));
            if (!prepositional || (code == "FA" && Is(j, "fall") && !Is(j - 1, "the")) || Is(j - 1, "the") && IsWordToken(end) && !IsCapitalized(end) && !Is(end, "and"))
            {
                return 0;
            }
        }

        int middle = code switch
        {
            "SP" => 4,
            "SU" => 7,
            "FA" => 10,
            _ => 12,
        };
        string value;
        if (_anchor is { } a)
        {
            int y = relation switch
            {
                Relation.Last => middle >= a.Month ? a.Year - 1 : a.Year,
                Relation.Next => middle <= a.Month ? a.Year + 1 : a.Year,
                Relation.This => a.Year,
                _ => InferYearForMonth(a, middle, Tense(start, end)),
            };
            value = TimexValue.Year(y) + "-" + code;
        }
        else
        {
            value = "XXXX-" + code;
        }

        Emit(start, end, TimexType.Date, value, "time.season" + RelationRule(relation));
        return end - start;
    }

    /// <summary><c>the first quarter</c>, <c>third-quarter</c>, <c>the second half of 2008</c>, <c>the 20th century</c>, <c>the 7th</c>.</summary>
    private int MatchOrdinal(int start, int j, bool the)
    {
        int n = AnyOrdinal(j);
        if (n <= 0)
        {
            return 0;
        }

        int run = Is(j + 1, "straight") || Is(j + 1, "consecutive") || Is(j + 1, "successive") ? j + 2 : j + 1;
        var runUnit = L(run);
        if (runUnit.Is(WordClass.Unit) && !runUnit.Plural && (run > j + 1 || (Is(run + 1, "in") && Is(run + 2, "a") && Is(run + 3, "row")))
            && runUnit.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year)
        {
            // "for a second consecutive day", "gains for the fourth week in a row": the day, week, … being reported.
            int first = start == j && (Is(j - 1, "a") || Is(j - 1, "the")) ? j - 1 : start;
            Emit(first, run + 1, TimexType.Date, ReportedPeriod(runUnit.Unit, first, run + 1), "time.ordinal-run");
            return run + 1 - start;
        }

        int k = IsHyphen(j + 1) ? j + 2 : j + 1;
        var head = L(k);
        if (head.Unit == TimeUnit.Quarter && !head.Plural && n <= 4)
        {
            return MatchQuarter(start, k + 1, n);
        }

        if (Is(k, "half") && n <= 2)
        {
            int end = k + 1;
            int year = OfYear(ref end);
            string value = (year > 0 ? TimexValue.Year(year) : _anchor is { } a ? TimexValue.Year(a.Year) : "XXXX") + "-H" + TimexValue.Number(n);
            Emit(start, end, TimexType.Date, value, "time.half-year");
            return end - start;
        }

        if (head.Unit == TimeUnit.Century && !head.Plural && n <= 21)
        {
            Emit(start, k + 1, TimexType.Date, TimexValue.Two(n - 1), "time.century");
            return k + 1 - start;
        }

        if (!the || n > 31 || OrdinalNumber(j) < 0 && n > 12)
        {
            return 0;
        }

        int byMonth = MatchDayBeforeMonth(start, j, n);
        if (byMonth > 0)
        {
            return byMonth;
        }

        // "the 7th": a day of the article's month, when nothing after it makes it an ordinal of something else.
        if (OrdinalNumber(j) < 0)
        {
            return 0;
        }

        int after = j + 1;
        bool free = after >= _end || !IsWordToken(after) || Is(after, "and") || Is(after, "or") || Is(after, "when") || Is(after, "at")
                    || Is(after, "in") || Is(after, "on") || Is(after, "to") || Is(after, "until");
        if (!free)
        {
            return 0;
        }

        string day = _anchor is { } anchor ? TimexValue.Day(anchor.Year, anchor.Month, n) : "XXXX-XX-" + TimexValue.Two(n);
        if (_anchor is { } an && n > DateTime.DaysInMonth(an.Year, an.Month))
        {
            return 0;
        }

        Emit(start + 1, j + 1, TimexType.Date, day, "time.date.day-of-month");
        return j + 1 - start;
    }

    /// <summary>The day, week, month, quarter or year being reported: of the date last named, else the article's.</summary>
    private readonly string ReportedPeriod(TimeUnit unit, int start, int end)
    {
        if (unit == TimeUnit.Quarter)
        {
            return ReportedQuarter(start, end);
        }

        if ((_lastDate ?? _previousDate ?? _anchor) is not { } d)
        {
            return unit switch
            {
                TimeUnit.Day => TimexValue.UnknownDay,
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Month => "XXXX-XX",
                _ => "XXXX",
            };
        }

        return unit switch
        {
            TimeUnit.Day => TimexValue.Day(d),
            TimeUnit.Week => TimexValue.Week(d),
            TimeUnit.Month => TimexValue.Month(d.Year, d.Month),
            _ => TimexValue.Year(d.Year),
        };
    }

    /// <summary>Reads <c>of 2008</c>, <c>of the year</c>, <c>of this year</c>, <c>of last year</c> after a part of a year; advances <paramref name="end"/>.</summary>
    private int OfYear(ref int end)
    {
        if (!Is(end, "of") && !IsPunct(end, ','))
        {
            return YearNumber(end) is var direct and > 0 ? Take(ref end, 1, direct) : -1;
        }

        int k = end + 1;
        int year = YearNumber(k);
        if (year > 0)
        {
            return Take(ref end, 2, year);
        }

        if (_anchor is { } a && Is(k + 1, "year"))
        {
            if (Is(k, "this") || Is(k, "the"))
            {
                return Take(ref end, 3, a.Year);
            }

            if (Is(k, "last"))
            {
                return Take(ref end, 3, a.Year - 1);
            }

            if (Is(k, "next"))
            {
                return Take(ref end, 3, a.Year + 1);
            }
        }

        return -1;

        static int Take(ref int end, int count, int value)
        {
            end += count;
            return value;
        }
    }

    private int MatchQuarter(int start, int end, int quarter)
    {
        // "third-quarter profit": the adjective form stops before its noun.
        int year = OfYear(ref end);
        string value;
        if (year > 0)
        {
            value = TimexValue.Quarter(year, quarter);
        }
        else if (_anchor is { } a)
        {
            int current = ((a.Month - 1) / 3) + 1;
            var tense = Tense(start, end);
            int y = a.Year;
            // A quarter well ahead of the article's is last year's when the clause is past, or when nothing says otherwise.
            if ((quarter - current >= 2 && tense == Direction.Past) || (quarter - current >= 3 && tense != Direction.Future))
            {
                y--;
            }

            value = TimexValue.Quarter(y, quarter);
        }
        else
        {
            value = "XXXX-Q" + TimexValue.Number(quarter);
        }

        Emit(start, end, TimexType.Date, value, "time.quarter");
        return end - start;
    }
}
