using System.Globalization;
using Dyad.Core;

namespace Dyad.Time;

/// <summary>How a modifier places a period relative to the article date.</summary>
internal enum Relation : byte
{
    None,

    /// <summary><c>last</c>, <c>past</c>, <c>previous</c>.</summary>
    Last,

    /// <summary><c>next</c>, <c>coming</c>.</summary>
    Next,

    /// <summary><c>this</c>, <c>current</c>.</summary>
    This,
}

/// <summary>
/// A forward scanner over one sentence's tokens: at each token it tries the time patterns that can start there,
/// longest first, and moves past what it matched. Every test is a bounded look at the next few tokens, so the work
/// is linear in the tokens whatever the input.
/// </summary>
internal ref struct TimexScanner
{
    private const string Stage = TimeStage.Name;

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly int _start;
    private readonly int _end;
    private readonly int _sentence;
    private readonly DateOnly? _anchor;
    private readonly List<TimeExpression> _output;

    /// <summary>The last full date found in the sentence: a clock time without a date takes it.</summary>
    private DateOnly? _lastDate;

    /// <summary>How deep <see cref="MatchPartOf"/> has nested.</summary>
    private int _partDepth;

    /// <summary>The first clock time of the sentence that took the article date for want of a named day, or -1.</summary>
    private int _firstUndatedClock;

    private const string UndatedClockRule = "time.clock.article-date";

    /// <summary>The last full date of the earlier sentences: what "the day" and "the same day" refer back to.</summary>
    private readonly DateOnly? _previousDate;

    public TimexScanner(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in Sentence sentence, int sentenceIndex, DateOnly? anchor, DateOnly? previousDate, List<TimeExpression> output)
    {
        _previousDate = previousDate;
        _text = text;
        _tokens = tokens;
        _start = sentence.FirstToken;
        _end = sentence.EndToken;
        _sentence = sentenceIndex;
        _anchor = anchor;
        _output = output;
        _lastDate = null;
        _partDepth = 0;
        _firstUndatedClock = -1;
    }

    /// <summary>The last full date found so far in the document, for the next sentence.</summary>
    public readonly DateOnly? LastDate => _lastDate ?? _previousDate;

    public void Scan()
    {
        int first = _output.Count;
        int i = _start;
        while (i < _end)
        {
            int n = MatchAt(i);
            i += n > 0 ? n : 1;
        }

        // "at 3 p.m. on Tuesday": a clock time that only had the article date takes the day named after it.
        if (_firstUndatedClock >= 0 && _lastDate is { } day)
        {
            string prefix = TimexValue.Day(day);
            for (int k = Math.Max(first, _firstUndatedClock); k < _output.Count; k++)
            {
                var t = _output[k];
                if (t.Evidence.Rule == UndatedClockRule)
                {
                    _output[k] = t with { Value = prefix + t.Value[t.Value.IndexOf('T', StringComparison.Ordinal)..], Evidence = t.Evidence with { Rule = "time.clock" } };
                }
            }
        }
    }

    // ---- token helpers -------------------------------------------------------------------------------------------

    private readonly ReadOnlySpan<char> W(int i) => i >= _start && i < _end ? _text.Slice(_tokens[i].Start, _tokens[i].Span.Length) : [];

    private readonly bool IsWordToken(int i) => i >= _start && i < _end && _tokens[i].Kind == TokenKind.Word;

    private readonly WordInfo L(int i) => IsWordToken(i) ? TimeLexicon.Lookup(W(i)) : default;

    private readonly bool Is(int i, string word) => i >= _start && i < _end && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private readonly bool IsPunct(int i, char c) => i >= _start && i < _end && _tokens[i].Kind == TokenKind.Punctuation && W(i) is [var p] && p == c;

    private readonly bool IsHyphen(int i) => i >= _start && i < _end && W(i) is ['-' or '\u2013' or '\u2010' or '\u2011'];

    private readonly bool IsCapitalized(int i) => i >= _start && i < _end && _tokens[i].Has(TokenTraits.Capitalized);

    /// <summary>A number token of at most four plain digits, or -1.</summary>
    private readonly int SmallInt(int i)
    {
        if (i < _start || i >= _end || _tokens[i].Kind != TokenKind.Number)
        {
            return -1;
        }

        return Digits(W(i));
    }

    private static int Digits(ReadOnlySpan<char> s)
    {
        if (s.Length is 0 or > 4)
        {
            return -1;
        }

        int v = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            v = v * 10 + (c - '0');
        }

        return v;
    }

    /// <summary>A day of the month written <c>7</c>, <c>07</c> or <c>7th</c>, or -1.</summary>
    private readonly int DayNumber(int i)
    {
        int n = SmallInt(i);
        if (n < 0)
        {
            n = OrdinalNumber(i);
        }

        return n is >= 1 and <= 31 ? n : -1;
    }

    /// <summary>An ordinal written with digits (<c>7th</c>, <c>21st</c>), or -1.</summary>
    private readonly int OrdinalNumber(int i)
    {
        if (i < _start || i >= _end || _tokens[i].Kind != TokenKind.Number)
        {
            return -1;
        }

        var s = W(i);
        if (s.Length is < 3 or > 6)
        {
            return -1;
        }

        var suffix = s[^2..];
        if (!(suffix.Equals("th", StringComparison.OrdinalIgnoreCase) || suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
              || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }

        return Digits(s[..^2]);
    }

    /// <summary>An ordinal in words or digits (<c>third</c>, <c>3rd</c>), or -1.</summary>
    private readonly int AnyOrdinal(int i)
    {
        var info = L(i);
        return info.Is(WordClass.Ordinal) ? info.Number : OrdinalNumber(i);
    }

    /// <summary>A four-digit number read as a year (1000–2199), or -1.</summary>
    private readonly int YearNumber(int i)
    {
        var s = W(i);
        if (s.Length != 4)
        {
            return -1;
        }

        int n = SmallInt(i);
        return n is >= 1000 and <= 2199 ? n : -1;
    }

    private void Emit(int first, int endToken, TimexType type, string value, string rule)
    {
        var span = TextSpan.FromBounds(_tokens[first].Start, _tokens[endToken - 1].End);
        _output.Add(new TimeExpression(span, _sentence, type, value, new Evidence(Stage, rule)));
    }

    private void EmitChars(int start, int end, TimexType type, string value, string rule) =>
        _output.Add(new TimeExpression(TextSpan.FromBounds(start, end), _sentence, type, value, new Evidence(Stage, rule)));

    private readonly Direction Tense(int first, int end) => ClauseTense.Detect(_text, _tokens, _start, _end, first, end);

    // ---- dispatch ------------------------------------------------------------------------------------------------

    private int MatchAt(int i)
    {
        var token = _tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            return MatchNumber(i);
        }

        if (token.Kind != TokenKind.Word)
        {
            return 0;
        }

        var word = W(i);
        var info = TimeLexicon.Lookup(word);
        if (info.Class == WordClass.None)
        {
            // "Q3": a quarter written as a code.
            return word.Length == 2 && (word[0] is 'Q' or 'q') && word[1] is >= '1' and <= '4' ? MatchQuarter(i, i + 1, word[1] - '0') : 0;
        }

        if (info.Class == WordClass.Opener)
        {
            return MatchFunctionWord(i);
        }

        int n = 0;
        if (info.Is(WordClass.Every))
        {
            n = MatchEvery(i);
        }

        if (n == 0 && info.Is(WordClass.Past | WordClass.Next | WordClass.This | WordClass.Edge))
        {
            n = MatchModified(i, i, the: false);
        }

        if (n == 0 && info.Is(WordClass.Weekday))
        {
            n = MatchWeekday(i, i, Relation.None);
        }

        if (n == 0 && info.Is(WordClass.Month))
        {
            n = MatchMonth(i, i, Relation.None, edge: false);
        }

        if (n == 0 && info.Is(WordClass.DayRef))
        {
            n = MatchDayRef(i, i);
        }

        if (n == 0 && info.Is(WordClass.Cardinal) && IsSetArticle(i))
        {
            n = MatchSetArticle(i, i);
        }

        if (n == 0 && info.Is(WordClass.Cardinal | WordClass.Quantifier))
        {
            n = MatchQuantity(i, i, Relation.None);
        }

        if (n == 0 && info.Is(WordClass.Ordinal))
        {
            n = MatchOrdinal(i, i, the: false);
        }

        if (n == 0 && info.Is(WordClass.Unit) && info.Plural)
        {
            n = MatchBareUnit(i);
        }

        if (n == 0 && info.Is(WordClass.Season))
        {
            n = MatchSeason(i, i, Relation.None, edge: false);
        }

        if (n == 0 && info.Is(WordClass.PresentRef | WordClass.PastRef | WordClass.FutureRef))
        {
            n = MatchReference(i, info);
        }

        if (n == 0 && info.Is(WordClass.SetAdverb) && !(IsCapitalized(i) && IsCapitalized(i + 1)))
        {
            Emit(i, i + 1, TimexType.Set, info.Code!, "time.set.adverb");
            n = 1;
        }

        if (n == 0 && info.Is(WordClass.ClockWord))
        {
            n = MatchClockWord(i, info);
        }

        return n;
    }

    /// <summary>Words that only open a time expression: <c>the</c>, <c>at present</c>, <c>recent years</c>, <c>fiscal 2008</c>, <c>once a year</c>.</summary>
    private int MatchFunctionWord(int i)
    {
        var w = W(i);
        if (w.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return MatchThe(i);
        }

        if (w.Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            if (Is(i + 1, "present"))
            {
                Emit(i, i + 2, TimexType.Date, "PRESENT_REF", "time.ref.present");
                return 2;
            }

            if (Is(i + 1, "the") && Is(i + 2, "moment"))
            {
                Emit(i, i + 3, TimexType.Date, "PRESENT_REF", "time.ref.present");
                return 3;
            }

            return 0;
        }

        if (w.Equals("recent", StringComparison.OrdinalIgnoreCase))
        {
            var next = L(i + 1);
            if (next.Is(WordClass.Unit) && next.Plural)
            {
                Emit(i, i + 2, TimexType.Date, "PAST_REF", "time.ref.recent");
                return 2;
            }

            // "recent losses": the adjective dates its noun to the recent past.
            if (IsWordToken(i + 1) && !Is(i - 1, "most") && !Is(i - 1, "more"))
            {
                Emit(i, i + 1, TimexType.Date, "PAST_REF", "time.ref.recent");
                return 1;
            }

            return 0;
        }

        if (w.Equals("fiscal", StringComparison.OrdinalIgnoreCase))
        {
            int k = Is(i + 1, "year") ? i + 2 : i + 1;
            int year = YearNumber(k);
            if (year > 0)
            {
                Emit(i, k + 1, TimexType.Date, "FY" + TimexValue.Year(year), "time.fiscal-year");
                return k + 1 - i;
            }

            return 0;
        }

        if (w.Equals("once", StringComparison.OrdinalIgnoreCase) || w.Equals("twice", StringComparison.OrdinalIgnoreCase))
        {
            return MatchSetArticle(i, i + 1);
        }

        if (w.Equals("these", StringComparison.OrdinalIgnoreCase) && Is(i + 1, "days"))
        {
            Emit(i, i + 2, TimexType.Date, "PRESENT_REF", "time.ref.these-days");
            return 2;
        }

        return IsCapitalized(i) ? MatchHoliday(i) : 0;
    }

    /// <summary>Fixed-date holidays (<c>Christmas</c>, <c>New Year's Day</c>) and Thanksgiving, dated like a month and day.</summary>
    private int MatchHoliday(int i)
    {
        // "Christmas sales", "Halloween-themed": only a holiday governed by a preposition of time is a date.
        if (!(Is(i - 1, "on") || Is(i - 1, "at") || Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "since") || Is(i - 1, "until")
              || Is(i - 1, "over") || Is(i - 1, "by") || Is(i - 1, "during") || Is(i - 1, "for") || Is(i - 1, "from") || Is(i - 1, "till")
              || Is(i - 1, "through") || Is(i - 1, "around") || Is(i - 1, "last") || Is(i - 1, "next") || Is(i - 1, "this")))
        {
            return 0;
        }

        int month;
        int day;
        int end;
        if (Is(i, "Christmas"))
        {
            (month, day, end) = Is(i + 1, "Eve") ? (12, 24, i + 2) : (12, 25, Is(i + 1, "Day") ? i + 2 : i + 1);
        }
        else if (Is(i, "Halloween"))
        {
            (month, day, end) = (10, 31, i + 1);
        }
        else if (Is(i, "Valentine") && (Is(i + 1, "’s") || Is(i + 1, "'s")) && Is(i + 2, "Day"))
        {
            (month, day, end) = (2, 14, i + 3);
        }
        else if (Is(i, "New") && Is(i + 1, "Year") && (Is(i + 2, "’s") || Is(i + 2, "'s")) && (Is(i + 3, "Day") || Is(i + 3, "Eve")))
        {
            (month, day, end) = Is(i + 3, "Eve") ? (12, 31, i + 4) : (1, 1, i + 4);
        }
        else if (Is(i, "Thanksgiving"))
        {
            // The fourth Thursday of November (United States).
            int? year = _anchor is { } a ? InferYear(a, 11, 25, Tense(i, i + 1)) : null;
            end = Is(i + 1, "Day") ? i + 2 : i + 1;
            if (year is { } y)
            {
                var first = new DateOnly(y, 11, 1);
                int toThursday = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
                day = 1 + toThursday + 21;
                Emit(i, end, TimexType.Date, TimexValue.Day(y, 11, day), "time.holiday");
            }
            else
            {
                Emit(i, end, TimexType.Date, "XXXX-11", "time.holiday");
            }

            return end - i;
        }
        else
        {
            return 0;
        }

        // A holiday with a year after it: "Christmas 2016".
        int explicitYear = YearNumber(end);
        if (explicitYear > 0)
        {
            Emit(i, end + 1, TimexType.Date, TimexValue.Day(explicitYear, month, day), "time.holiday");
            return end + 1 - i;
        }

        EmitDate(i, end, month, day, null, "time.holiday");
        return end - i;
    }

    // ---- numbers -------------------------------------------------------------------------------------------------

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

        if (value is >= 1 and <= 12 && L(i + 1).Is(WordClass.Meridiem))
        {
            int hour = L(i + 1).Number == 12 ? (value % 12) + 12 : value % 12;
            return EmitClock(i, i + 2, hour, 0);
        }

        if (s.Length == 4 && value is >= 1000 and <= 2199 && IsYearInContext(i, value))
        {
            Emit(i, i + 1, TimexType.Date, TimexValue.Year(value), "time.year");
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
              || Is(i - 1, "around") || Is(i - 1, "till") || Is(i - 1, "from") || Is(i - 1, "to")))
        {
            return 0;
        }

        return EmitClock(i, i + 1, info.Number, 0);
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

    // ---- words ---------------------------------------------------------------------------------------------------

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

        if ((Is(j, "end") || Is(j, "beginning") || Is(j, "start") || Is(j, "middle")) && Is(j + 1, "of"))
        {
            return MatchPartOf(i, j + 2);
        }

        if (Is(j, "weekend") && !Is(j + 1, "of"))
        {
            return MatchWeekend(i, j);
        }

        if (Is(j, "year") && (Is(i - 1, "in") || Is(i - 1, "for") || Is(i - 1, "during") || Is(i - 1, "throughout"))
            && (j + 1 >= _end || _tokens[j + 1].Kind is TokenKind.Punctuation || Is(j + 1, "and") || Is(j + 1, "to") || Is(j + 1, "ago")))
        {
            // "earlier in the year", "for the year": the year being reported.
            if (Is(j + 1, "ago"))
            {
                return 0;
            }

            var known = _lastDate ?? _anchor;
            Emit(i, j + 1, TimexType.Date, known is { } k ? TimexValue.Year(k.Year) : "XXXX", "time.the-year");
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

        if ((Is(j, "day") && IsDayOfTrading(i - 1)) || (Is(j, "same") && Is(j + 1, "day")))
        {
            j = Is(j, "same") ? j + 1 : j;
            var known = _lastDate ?? _previousDate ?? _anchor;
            string value = known is { } k ? TimexValue.Day(k) : TimexValue.UnknownDay;
            Emit(i, j + 1, TimexType.Date, value, "time.the-day");
            return j + 1 - i;
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
        int n = Is(inner, "the") && (Is(inner + 1, "year") || Is(inner + 1, "month") || Is(inner + 1, "week"))
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

        if (head.Unit == TimeUnit.Quarter && !head.Plural && relation == Relation.Last && (Is(j + 1, "of") || YearNumber(j + 1) > 0))
        {
            // "the last quarter of 2009" is its fourth quarter, not the quarter before the article's.
            return MatchQuarter(start, j + 1, 4);
        }

        if (head.Is(WordClass.Unit) && !head.Plural && !head.Is(WordClass.Cardinal))
        {
            // "the previous year", "the following day", "the next day": counted from the last date mentioned.
            var modifier = W(j - 1);
            bool anaphoric = the && (modifier.Equals("previous", StringComparison.OrdinalIgnoreCase) || modifier.Equals("preceding", StringComparison.OrdinalIgnoreCase)
                                     || modifier.Equals("prior", StringComparison.OrdinalIgnoreCase) || modifier.Equals("following", StringComparison.OrdinalIgnoreCase)
                                     || modifier.Equals("next", StringComparison.OrdinalIgnoreCase));
            return MatchRelativeUnit(start, j, relation, pastWord && the, head.Unit, anaphoric ? _lastDate ?? _previousDate ?? _anchor : _anchor);
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

    private void EmitDate(int start, int end, int month, int day, int? year, string rule)
    {
        if (year is null && _anchor is { } anchor)
        {
            year = InferYear(anchor, month, day, Tense(start, end));
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
            if (j - 1 < _start || !TimeLexicon.MonthPrepositions.Contains(prev))
            {
                return 0;
            }

            // "May" and "March" are also a modal and a verb: only after a preposition of time.
            if (month is 3 or 5 && (prev.Equals("and", StringComparison.OrdinalIgnoreCase) || prev.Equals("or", StringComparison.OrdinalIgnoreCase)
                                    || prev.Equals("to", StringComparison.OrdinalIgnoreCase) || prev.Equals("that", StringComparison.OrdinalIgnoreCase)))
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
            _ => InferYearForMonth(anchor, month, Tense(start, end)),
        };
        Emit(start, end, TimexType.Date, TimexValue.Month(resolved, month), "time.month" + RelationRule(relation));
        return end - start;
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
            Relation.Last => part == "NI" ? -1 : 0,
            Relation.Next => 1,
            _ => 0,
        };
        if (relation == Relation.Last && part != "NI")
        {
            return 0;
        }

        string day = _anchor is { } anchor ? TimexValue.Day(anchor.AddDays(offset)) : TimexValue.UnknownDay;
        Emit(start, j + 1, TimexType.Time, day + "T" + part, "time.part-of-day");
        return j + 1 - start;
    }

    /// <summary><c>last week</c> → <c>2017-W28</c>, <c>next month</c>, <c>this year</c>; <c>the past year</c> is a duration.</summary>
    private int MatchRelativeUnit(int start, int j, Relation relation, bool duration, TimeUnit unit, DateOnly? reference)
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
            case TimeUnit.Day when relation == Relation.This || reference != _anchor:
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

        if (IsHyphen(u))
        {
            u++;
        }

        if (Is(u, "straight") || Is(u, "consecutive") || Is(u, "more") || Is(u, "full") || Is(u, "long") || Is(u, "trading")
            || Is(u, "business") || Is(u, "working") || Is(u, "additional") || Is(u, "calendar") || Is(u, "extra"))
        {
            u++;
        }

        var info = L(u);
        if (!info.Is(WordClass.Unit) || (IsCapitalized(u) && u > _start))
        {
            // "60 Minutes": a capitalized unit inside a sentence is a name.
            return 0;
        }

        bool article = Is(j, "a") || Is(j, "an");
        if (article && (info.Plural || (info.Unit == TimeUnit.Second && (IsWordToken(u + 1) || IsHyphen(u + 1)))))
        {
            // "a second consecutive day", "a second-floor flat": the ordinal, not the unit.
            return 0;
        }

        if (info.Unit == TimeUnit.Quarter && (Is(u + 1, "of") || Is(u + 1, "as") || Is(u + 1, "than") || Is(u + 1, ",")))
        {
            // "a quarter of the workforce": a fraction.
            return 0;
        }

        int end = u + 1;
        if (Is(end, "ago") && relation == Relation.None)
        {
            Emit(start, end + 1, TimexType.Date, Ago(count, info.Unit, _anchor, 1), "time.ago");
            return end + 1 - start;
        }

        // "a year earlier", "two days later": counted from the last date mentioned (the article date at worst for earlier).
        if ((Is(end, "earlier") || Is(end, "later")) && relation == Relation.None && !Is(end + 1, "than"))
        {
            bool later = Is(end, "later");
            var reference = _lastDate ?? (later ? null : _anchor);
            if (reference is not null)
            {
                Emit(start, end + 1, TimexType.Date, Ago(count, info.Unit, reference, later ? -1 : 1), later ? "time.later" : "time.earlier");
                return end + 1 - start;
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
        return end - start;
    }

    /// <summary>The date <paramref name="count"/> units before <paramref name="reference"/> (after it when <paramref name="sign"/> is -1), at the unit's granularity.</summary>
    private static string Ago(string count, TimeUnit unit, DateOnly? reference, int sign)
    {
        if (reference is not { } a || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int magnitude) || magnitude > 5000)
        {
            return reference is null ? TimexValue.UnknownDay : sign > 0 ? "PAST_REF" : "FUTURE_REF";
        }

        int n = magnitude * sign;

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

        bool cued = Is(i - 1, "for") || Is(i - 1, "over") || Is(i - 1, "within") || Is(i - 1, "after") || Is(i - 1, "in")
                    || Is(i - 1, "took") || Is(i - 1, "takes") || Is(i - 1, "last") || Is(i - 1, "lasted")
                    || (IsHyphen(i + 1) && Is(i + 2, "long"));
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

    // ---- resolution ----------------------------------------------------------------------------------------------

    private void SetDate(DateOnly date) => _lastDate = date;

    /// <summary>
    /// The year of a month and day written without one: the article's year unless the tense puts it clearly on the
    /// other side of the article date; with no tense, the nearer of the neighbouring years.
    /// </summary>
    internal static int InferYear(DateOnly anchor, int month, int day, Direction tense)
    {
        int y = anchor.Year;
        int safeDay = Math.Min(day, DateTime.DaysInMonth(y, month));
        int diff = new DateOnly(y, month, safeDay).DayNumber - anchor.DayNumber;
        return tense switch
        {
            Direction.Past when diff > 30 => y - 1,
            Direction.Future when diff < -30 => y + 1,
            Direction.Past or Direction.Future => y,

            // Without a tense, news mostly looks back: a date well after the article's is last year's.
            _ when diff > 60 => y - 1,
            _ => y,
        };
    }

    internal static int InferYearForMonth(DateOnly anchor, int month, Direction tense)
    {
        int y = anchor.Year;
        int diff = month - anchor.Month;
        return tense switch
        {
            Direction.Past when diff > 1 => y - 1,
            Direction.Future when diff < 0 => y + 1,
            Direction.Past or Direction.Future => y,
            _ when diff > 2 => y - 1,
            _ => y,
        };
    }
}
