using System.Globalization;
using Dyad.Core;

namespace Dyad.Time;

/// <summary>Counted units: durations, ago/earlier/later, sets and present/past/future references.</summary>
internal ref partial struct TimexScanner
{
    /// <summary>Reads a count at <paramref name="j"/>: digits, a number word, <c>a</c>, or an unknown count (<c>several</c>, <c>a few</c>).</summary>
    private readonly bool TryCount(int j, out string count, out int next)
    {
        count = string.Empty;
        next = j;
        if (j >= _end)
        {
            return false;
        }

        if (_tokens[j].Kind == TokenKind.Number)
        {
            var s = W(j);
            if (s.Length > 6 || s.Contains(',') || s.Contains(':') || s.Contains('/') || s.Contains('-'))
            {
                return false;
            }

            foreach (char c in s)
            {
                if (!char.IsAsciiDigit(c) && c != '.')
                {
                    return false;
                }
            }

            count = s.ToString();
            next = j + 1;
            return true;
        }

        var info = L(j);
        if (info.Is(WordClass.Quantifier))
        {
            count = "X";
            next = Is(j + 1, "of") ? j + 2 : j + 1;
            return true;
        }

        if (!info.Is(WordClass.Cardinal))
        {
            return false;
        }

        if ((Is(j, "a") || Is(j, "an")) && L(j + 1).Is(WordClass.Quantifier))
        {
            count = "X";
            next = Is(j + 2, "of") ? j + 3 : j + 2;
            return true;
        }

        int value = info.Number;
        next = j + 1;

        // "twenty-five", "thirty five".
        if (value is >= 20 and < 100 && value % 10 == 0)
        {
            int k = IsHyphen(next) ? next + 1 : next;
            var unit = L(k);
            if (unit.Is(WordClass.Cardinal) && unit.Number is >= 1 and <= 9)
            {
                value += unit.Number;
                next = k + 1;
            }
        }

        count = TimexValue.Number(value);
        return true;
    }

    /// <summary><c>five weeks</c>, <c>two-year</c>, <c>the next six months</c>, <c>two days ago</c>, <c>a 45-year-old</c>.</summary>
    private int MatchQuantity(int start, int j, Relation relation)
    {
        if (!TryCount(j, out string count, out int u))
        {
            return 0;
        }

        // "between 60 and 90 days", "three to five years": the first count shares the unit of the second.
        if (relation == Relation.None && count != "X" && (Is(u, "and") || Is(u, "to") || Is(u, "or") || IsHyphen(u))
            && !(Is(j, "a") || Is(j, "an")) && TryCount(u + 1, out string second, out int secondUnit) && second != "X"
            && L(secondUnit).Is(WordClass.Unit) && L(secondUnit).Plural && !IsCapitalized(secondUnit)
            && !(Is(u, "and") && !Is(j - 1, "between")))
        {
            Emit(j, u, TimexType.Duration, TimexValue.Duration(count, L(secondUnit).Unit), "time.duration.range-start");
            return u - start;
        }

        if (IsHyphen(u))
        {
            u++;
        }

        // "two and a half years": TIMEX3 writes the fraction as a decimal (P2.5Y).
        bool half = false;
        if (Is(u, "and") && Is(u + 1, "a") && Is(u + 2, "half") && count != "X" && !count.Contains('.'))
        {
            half = true;
            u += 3;
        }

        bool consecutive = false;
        if (Is(u, "straight") || Is(u, "consecutive") || Is(u, "more") || Is(u, "full") || Is(u, "long") || Is(u, "trading")
            || Is(u, "business") || Is(u, "working") || Is(u, "additional") || Is(u, "calendar") || Is(u, "extra") || Is(u, "successive"))
        {
            consecutive = Is(u, "straight") || Is(u, "consecutive") || Is(u, "successive");
            u++;
        }

        var info = L(u);
        if (!info.Is(WordClass.Unit) || (IsCapitalized(u) && u > _start))
        {
            // "60 Minutes": a capitalized unit inside a sentence is a name.
            return 0;
        }

        // "a few days" is a count; "a days" is not.
        bool article = (Is(j, "a") || Is(j, "an")) && count != "X";
        if (article && (info.Plural || (info.Unit == TimeUnit.Second && (IsWordToken(u + 1) || IsHyphen(u + 1)))))
        {
            // "a second consecutive day", "a second-floor flat": the ordinal, not the unit.
            return 0;
        }

        // "a quarter of the workforce", "three quarters of all voters": a fraction; "two consecutive quarters of growth" is time.
        if (info.Unit == TimeUnit.Quarter && !consecutive
            && ((Is(u + 1, "of") && (StartsNounPhrase(u + 2) || Is(u + 2, "all") || Is(u + 2, "those") || Is(u + 2, "them") || Is(u + 2, "us")))
                || Is(u + 1, "as") || Is(u + 1, "than") || Is(u + 1, ",")))
        {
            return 0;
        }

        int end = u + 1;
        if (!half && Is(end, "and") && Is(end + 1, "a") && Is(end + 2, "half") && count != "X" && !count.Contains('.'))
        {
            // "a year and a half".
            half = true;
            end += 3;
        }

        if (half)
        {
            count += ".5";
        }

        if (info.Unit == TimeUnit.Week && info.Number == 2 && decimal.TryParse(count, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal fortnights))
        {
            // "a fortnight": two weeks.
            count = (fortnights * 2).ToString("0.##", CultureInfo.InvariantCulture);
        }

        // The scan resumes after what was read from the original start, whatever the extent takes in on the left.
        int origin = start;
        // "up to 30-year terms": the bound belongs to the noun the adjective modifies.
        if (relation == Relation.None && start == j && !IsHyphen(u - 1))
        {
            start = ModifierStart(start);
        }

        // "sales rose in the first quarter from a year earlier": compared with the same quarter a year before.
        if ((Is(end, "ago") || Is(end, "earlier")) && relation == Relation.None && count == "1" && info.Unit == TimeUnit.Year
            && PeriodYearBefore(sameSentence: true) is { } period)
        {
            Emit(start, end + 1, TimexType.Date, period, "time.year-before-period");
            return end + 1 - origin;
        }

        if (Is(end, "ago") && relation == Relation.None)
        {
            Emit(start, end + 1, TimexType.Date, Ago(count, info.Unit, _anchor, 1), "time.ago");
            return end + 1 - origin;
        }

        // "a year earlier", "two days later": counted from the last date mentioned (the article date at worst for earlier).
        if ((Is(end, "earlier") || Is(end, "later")) && relation == Relation.None && !Is(end + 1, "than"))
        {
            bool later = Is(end, "later");
            var reference = _lastDate ?? (later ? null : _anchor);

            // "elected in 2008 and re-elected four years later": years counted from the year named in the sentence.
            if (_lastDate is null && _lastYear > 0 && info.Unit is TimeUnit.Year or TimeUnit.Decade
                && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int years) && years <= 100)
            {
                int span = info.Unit == TimeUnit.Decade ? years * 10 : years;
                int year = later ? _lastYear + span : _lastYear - span;
                Emit(start, end + 1, TimexType.Date, TimexValue.Year(year), later ? "time.later.year" : "time.earlier.year");
                return end + 1 - origin;
            }

            if (reference is not null)
            {
                Emit(start, end + 1, TimexType.Date, Ago(count, info.Unit, reference, later ? -1 : 1), later ? "time.later" : "time.earlier");
                return end + 1 - origin;
            }
        }

        if (IsHyphen(end) && Is(end + 1, "old"))
        {
            end += 2;
        }
        else if (info.Plural && Is(end, "old"))
        {
            // "64 years old": an age keeps its adjective.
            end++;
        }
        else if (IsHyphen(end) && Is(end + 1, "long"))
        {
            end += 2;
        }

        string rule = relation == Relation.None ? "time.duration" : "time.duration" + RelationRule(relation);
        Emit(start, end, TimexType.Duration, TimexValue.Duration(count, info.Unit), rule);
        return end - origin;
    }

    /// <summary>
    /// Where a counted period starts once its approximating or bounding words are taken in: TIMEX3 keeps
    /// <c>nearly</c>, <c>about</c>, <c>more than</c>, <c>at least</c> inside the extent and records them as its mod.
    /// </summary>
    private readonly int ModifierStart(int start)
    {
        int p = start - 1;
        if (Is(p, "nearly") || Is(p, "almost") || Is(p, "about") || Is(p, "approximately") || Is(p, "roughly") || Is(p, "around")
            || (Is(p, "some") && _tokens[start].Kind == TokenKind.Number)
            || (Is(p, "over") && (Is(p - 1, "in") || Is(p - 1, "for"))))
        {
            return p;
        }

        if (Is(p, "than") && (Is(p - 1, "more") || Is(p - 1, "less") || Is(p - 1, "fewer")))
        {
            return Is(p - 2, "no") ? p - 2 : p - 1;
        }

        if ((Is(p, "least") || Is(p, "most")) && Is(p - 1, "at"))
        {
            return p - 1;
        }

        if (Is(p, "to") && Is(p - 1, "up"))
        {
            return p - 1;
        }

        return start;
    }

    /// <summary>The date <paramref name="count"/> units before <paramref name="reference"/> (after it when <paramref name="sign"/> is -1), at the unit's granularity.</summary>
    private static string Ago(string count, TimeUnit unit, DateOnly? reference, int sign)
    {
        if (reference is not { } a || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int magnitude) || magnitude > 5000)
        {
            return reference is null ? TimexValue.UnknownDay : sign > 0 ? "PAST_REF" : "FUTURE_REF";
        }

        int n = magnitude * sign;
        double years = unit switch
        {
            TimeUnit.Day => n / 365.0,
            TimeUnit.Week or TimeUnit.Weekend => n / 52.0,
            TimeUnit.Month => n / 12.0,
            TimeUnit.Quarter => n / 4.0,
            TimeUnit.Decade => n * 10.0,
            TimeUnit.Century => n * 100.0,
            _ => n,
        };
        if (a.Year - years is < 2 or > 9998)
        {
            return sign > 0 ? "PAST_REF" : "FUTURE_REF";
        }

        return unit switch
        {
            TimeUnit.Day => TimexValue.Day(a.AddDays(-n)),
            TimeUnit.Week => TimexValue.Day(a.AddDays(-7 * n)),
            TimeUnit.Weekend => TimexValue.Week(a.AddDays(-7 * n)) + "-WE",
            TimeUnit.Month => TimexValue.Month(a.AddMonths(-n).Year, a.AddMonths(-n).Month),
            TimeUnit.Quarter => TimexValue.Month(a.AddMonths(-3 * n).Year, a.AddMonths(-3 * n).Month),
            TimeUnit.Year => TimexValue.Year(a.Year - n),
            TimeUnit.Decade => TimexValue.Decade(a.Year - (10 * n)),
            TimeUnit.Century => TimexValue.Two((a.Year / 100) - n),
            _ => TimexValue.Day(a),
        };
    }

    /// <summary><c>for years</c>, <c>over decades</c>: a plural unit alone, an unknown count.</summary>
    private int MatchBareUnit(int i)
    {
        var info = L(i);
        if (Is(i + 1, "ago"))
        {
            Emit(i, i + 2, TimexType.Date, "PAST_REF", "time.ago.unspecified");
            return 2;
        }

        // "Weeks later, the firm collapsed", "days earlier": an unknown distance from the time in view.
        if ((Is(i + 1, "later") || Is(i + 1, "earlier")) && !Is(i + 2, "than") && info.Unit is not (TimeUnit.Weekend or TimeUnit.Quarter) && !IsCapitalized(i + 1))
        {
            bool later = Is(i + 1, "later");
            Emit(i, i + 2, TimexType.Date, later ? "FUTURE_REF" : "PAST_REF", later ? "time.later.unspecified" : "time.earlier.unspecified");
            return 2;
        }

        // "after decades of war", "had been decades in the making", "Years of drought have …"; "in just minutes": an
        // adverb between the cue and the unit; "days after the vote", "hours before the attack": a span before or after
        // an event.
        int p = Is(i - 1, "just") || Is(i - 1, "only") || Is(i - 1, "mere") ? i - 1 : i;
        bool cued = Is(p - 1, "for") || Is(p - 1, "over") || Is(p - 1, "within") || Is(p - 1, "after") || Is(p - 1, "in")
                    || Is(i - 1, "took") || Is(i - 1, "takes") || Is(i - 1, "last") || Is(i - 1, "lasted") || Is(i - 1, "been")
                    || Is(i - 1, "spent") || Is(i - 1, "spend") || Is(i - 1, "take") || Is(i - 1, "taking") || Is(i - 1, "during")
                    || (i == _start && Is(i + 1, "of"))
                    || (IsHyphen(i + 1) && Is(i + 2, "long"))
                    || ((Is(i + 1, "after") || Is(i + 1, "before")) && (p < i || p == _start || _tokens[p - 1].Kind == TokenKind.Punctuation));
        if (!cued || info.Unit is TimeUnit.Weekend or TimeUnit.Quarter)
        {
            return 0;
        }

        int end = i + 1;
        if (IsHyphen(end) && Is(end + 1, "long"))
        {
            end += 2;
        }

        Emit(i, end, TimexType.Duration, TimexValue.Duration("X", info.Unit), "time.duration.unspecified");
        return end - i;
    }

    /// <summary><c>every year</c>, <c>each Monday</c>, <c>every two weeks</c>, <c>per month</c>.</summary>
    private int MatchEvery(int i)
    {
        int j = i + 1;
        if (Is(j, "other"))
        {
            j++;
        }

        string count = "1";
        if (!Is(j, "a") && TryCount(j, out string c, out int after) && L(after).Is(WordClass.Unit))
        {
            count = c;
            j = after;
        }

        var info = L(j);
        string? value = null;
        if (info.Is(WordClass.Unit))
        {
            value = TimexValue.Duration(Is(i + 1, "other") ? "2" : count, info.Unit);
        }
        else if (info.Is(WordClass.Weekday))
        {
            value = "XXXX-WXX-" + TimexValue.Number(info.Number);
        }
        else if (info.Is(WordClass.PartOfDay))
        {
            value = "XXXX-XX-XXT" + info.Code;
        }
        else if (info.Is(WordClass.Month) && IsCapitalized(j))
        {
            value = TimexValue.Month(null, info.Number);
        }
        else if (info.Is(WordClass.Season))
        {
            value = "XXXX-" + info.Code;
        }

        if (value is null)
        {
            return 0;
        }

        Emit(i, j + 1, TimexType.Set, value, "time.set.every");
        return j + 1 - i;
    }

    /// <summary>Whether <c>a year</c> at <paramref name="i"/> is a rate (<c>twice a year</c>, <c>$5 million a year</c>) rather than a duration.</summary>
    private readonly bool IsSetArticle(int i)
    {
        if (!(Is(i, "a") || Is(i, "an") || Is(i, "per") || Is(i, "each")))
        {
            return false;
        }

        var unit = L(i + 1);
        if (!unit.Is(WordClass.Unit) || unit.Plural || Is(i + 2, "ago") || Is(i + 2, "earlier") || Is(i + 2, "later") || Is(i + 2, "before"))
        {
            return false;
        }

        int p = i - 1;
        return p >= _start && (_tokens[p].Kind == TokenKind.Number || Is(p, "times") || Is(p, "once") || Is(p, "twice")
                               || Is(p, "million") || Is(p, "billion") || Is(p, "trillion") || Is(p, "percent") || Is(p, "%"));
    }

    private int MatchSetArticle(int start, int a)
    {
        if (!IsSetArticle(a))
        {
            return 0;
        }

        var unit = L(a + 1);
        bool frequency = Is(start, "once") || Is(start, "twice") || Is(a - 1, "times");
        int first = frequency ? start : a;
        Emit(first, a + 2, TimexType.Set, TimexValue.Duration("1", unit.Unit), "time.set.rate");
        return a + 2 - start;
    }

    private int MatchReference(int i, WordInfo info)
    {
        if (IsHyphen(i + 1))
        {
            return 0;
        }

        if (info.Is(WordClass.FutureRef))
        {
            if (Is(i - 1, "as") || Is(i + 1, "as") || Is(i + 1, "after"))
            {
                return 0;
            }

            Emit(i, i + 1, TimexType.Date, "FUTURE_REF", "time.ref.future");
            return 1;
        }

        if (info.Is(WordClass.PastRef))
        {
            int first = Is(i - 1, "more") || Is(i - 1, "most") ? i - 1 : i;
            Emit(first, i + 1, TimexType.Date, "PAST_REF", "time.ref.past");
            return 1;
        }

        Emit(i, i + 1, TimexType.Date, "PRESENT_REF", "time.ref.present");
        return 1;
    }
}
