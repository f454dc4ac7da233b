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
internal ref partial struct TimexScanner
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

    /// <summary>The first full date found after an undated clock time: "at 16:15 UTC, June 1st, … earlier today" dates it by June 1st.</summary>
    private DateOnly? _clockDay;

    /// <summary>The index in the output of this sentence's first expression (when it has one).</summary>
    private int _firstOutput;

    /// <summary>The last bare year named in the sentence (<c>in 2008</c>), or 0: "four years later" counts from it.</summary>
    private int _lastYear;

    private const string UndatedClockRule = "time.clock.article-date";

    /// <summary>The last full date of the earlier sentences: what "the day" and "the same day" refer back to.</summary>
    private readonly DateOnly? _previousDate;

    /// <summary>The last date, month or year named in this sentence: what "the next month" and "the following year" count from.</summary>
    private NamedPeriod? _lastPeriod;

    /// <summary>The last date, month or year named in the earlier sentences.</summary>
    private readonly NamedPeriod? _previousPeriod;

    public TimexScanner(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in Sentence sentence, int sentenceIndex, DateOnly? anchor, DateOnly? previousDate, List<TimeExpression> output, NamedPeriod? previousPeriod = null)
    {
        _previousDate = previousDate;
        _previousPeriod = previousPeriod;
        _lastPeriod = null;
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
        _clockDay = null;
        _lastYear = 0;
    }

    /// <summary>The last full date found so far in the document, for the next sentence.</summary>
    public readonly DateOnly? LastDate => _lastDate ?? _previousDate;

    /// <summary>The last date, month or year named so far in the document, for the next sentence.</summary>
    public readonly NamedPeriod? LastPeriod => _lastPeriod ?? _previousPeriod;

    /// <summary>
    /// What an anaphoric "the next/previous/following &lt;unit&gt;" counts from: the last period named if it is at least
    /// as fine as the unit ("Bayes withdrew in March 2019 … the next month" is April 2019), else the last full date.
    /// </summary>
    private readonly DateOnly? AnaphoricReference(TimeUnit unit) =>
        LastPeriod is { } period && period.Precision <= unit ? period.Date : _lastDate ?? _previousDate ?? _anchor;

    private void SetPeriod(DateOnly date, TimeUnit precision)
    {
        if (date.Year is >= 1000 and <= 9000)
        {
            _lastPeriod = new NamedPeriod(date, precision);
        }
    }

    public void Scan()
    {
        int first = _output.Count;
        _firstOutput = first;
        int i = _start;
        while (i < _end)
        {
            int n = MatchAt(i);
            i += n > 0 ? n : 1;
        }

        // "at 3 p.m. on Tuesday": a clock time that only had the article date takes the day named after it.
        if (_firstUndatedClock >= 0 && (_clockDay ?? _lastDate) is { } day)
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

    /// <summary>
    /// The year a sentence opens with as its frame (<c>Last year, …</c>, <c>In 2008, …</c>): a month or day without a year
    /// later in that sentence falls in it. Null when the sentence opens otherwise.
    /// </summary>
    private readonly int? FramingYear()
    {
        // Expressions are found in text order, so a frame is the sentence's first one.
        int first = Is(_start, "in") ? _start + 1 : _start;
        if (_firstOutput >= _output.Count || first >= _end)
        {
            return null;
        }

        var t = _output[_firstOutput];
        if (t.Span.Start != _tokens[first].Start || t.Type != TimexType.Date || t.Value.Length != 4 || !int.TryParse(t.Value, out int year))
        {
            return null;
        }

        int after = first;
        while (after < _end && after - first < 4 && _tokens[after].Start < t.Span.End)
        {
            after++;
        }

        return IsPunct(after, ',') ? year : null;
    }

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
            if (char.IsAsciiDigit(word[0]))
            {
                return word.Length <= 7 && word[^1] is 'm' or 'M' ? MatchCompactClock(i, word) : 0;
            }

            // A cheap first-letter test spares most words the comparisons of MatchOddWord.
            return (word[0] | 0x20) is 'y' or 'm' or 'w' or 'd' or 'h' or 's' or 'f' or 'q' ? MatchOddWord(i, word) : 0;
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

        if (n == 0 && info.Unit == TimeUnit.Year && !info.Plural && (IsHyphen(i + 1) ? Is(i + 2, "end") : Is(i + 1, "end")) && !IsHyphen(i - 1)
            && (Is(i - 1, "by") || Is(i - 1, "at") || Is(i - 1, "before") || Is(i - 1, "until") || Is(i - 1, "since") || Is(i - 1, "through") || Is(i - 1, "of") || Is(i - 1, "after")))
        {
            // "by year-end", "at year end": the end of the year being reported.
            int end = IsHyphen(i + 1) ? i + 3 : i + 2;
            int year = SentenceYear() ?? (_lastDate ?? _anchor)?.Year ?? 0;
            Emit(i, end, TimexType.Date, year > 0 ? TimexValue.Year(year) : "XXXX", "time.year-end");
            n = end - i;
        }

        if (n == 0 && info.Is(WordClass.Unit) && !info.Plural && IsHyphen(i + 1) && Is(i + 2, "long") && !IsHyphen(i - 1)
            && info.Unit is not (TimeUnit.Quarter or TimeUnit.Weekend))
        {
            // "a year-long probe": one unit; "two-year-long" is read from its count.
            Emit(i, i + 3, TimexType.Duration, TimexValue.Duration("1", info.Unit), "time.duration.long");
            n = 3;
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
            // "annual profit", "quarterly loss": an amount over one such period is a duration, not a recurrence.
            if (IsPeriodAmount(i + 1) && (W(i).Equals("annual", StringComparison.OrdinalIgnoreCase) || W(i).Equals("quarterly", StringComparison.OrdinalIgnoreCase)))
            {
                Emit(i, i + 1, TimexType.Duration, info.Code!, "time.duration.adjective");
            }
            else
            {
                Emit(i, i + 1, TimexType.Set, info.Code!, "time.set.adverb");
            }

            n = 1;
        }

        if (n == 0 && info.Is(WordClass.PartOfDay) && word.Equals("overnight", StringComparison.OrdinalIgnoreCase) && !IsHyphen(i + 1))
        {
            // "Markets fell overnight": the night before the article in a past clause, the coming one otherwise; "after his
            // arrest on Friday he stayed overnight": the night of the day named in the sentence.
            // The article's own day named in a past clause ("detained soldiers on Saturday after crushing a coup
            // overnight") has not had its night yet: the night is the one before.
            bool past = Tense(i, i + 1) == Direction.Past;
            string day = _lastDate is { } named && !(past && named == _anchor) ? TimexValue.Day(named)
                : _anchor is { } a ? TimexValue.Day(past ? a.AddDays(-1) : a) : TimexValue.UnknownDay;
            Emit(i, i + 1, TimexType.Time, day + "TNI", "time.overnight");
            n = 1;
        }

        if (n == 0 && info.Is(WordClass.PartOfDay) && (Is(i + 1, "trading") || Is(i + 1, "session")) && (Is(i - 1, "in") || Is(i - 1, "during")))
        {
            // "shares rose in morning trading": that part of the day being reported.
            var day = _lastDate ?? _previousDate ?? _anchor;
            Emit(i, i + 1, TimexType.Time, (day is { } d ? TimexValue.Day(d) : TimexValue.UnknownDay) + "T" + info.Code, "time.part-of-day.trading");
            n = 1;
        }

        if (n == 0 && info.Is(WordClass.ClockWord))
        {
            n = MatchClockWord(i, info);
        }

        return n;
    }

    /// <summary>Time words outside the lexicon: <c>weeklong</c>, <c>single-day</c>, <c>multi-year</c>, <c>FY2013</c>, <c>Q3</c>.</summary>
    private int MatchOddWord(int i, ReadOnlySpan<char> word)
    {
        // "a weeklong strike", "the yearlong probe": one unit, written as one word.
        string? longValue = word.Equals("yearlong", StringComparison.OrdinalIgnoreCase) ? "P1Y"
            : word.Equals("monthlong", StringComparison.OrdinalIgnoreCase) ? "P1M"
            : word.Equals("weeklong", StringComparison.OrdinalIgnoreCase) ? "P1W"
            : word.Equals("daylong", StringComparison.OrdinalIgnoreCase) ? "P1D"
            : word.Equals("hourlong", StringComparison.OrdinalIgnoreCase) ? "PT1H" : null;
        if (longValue is not null)
        {
            Emit(i, i + 1, TimexType.Duration, longValue, "time.duration.long");
            return 1;
        }

        // "the worst single-day fall": one unit.
        if (word.Equals("single", StringComparison.OrdinalIgnoreCase) && IsHyphen(i + 1) && L(i + 2) is { Plural: false } single
            && single.Is(WordClass.Unit) && single.Unit is not (TimeUnit.Quarter or TimeUnit.Weekend) && !IsHyphen(i + 3))
        {
            Emit(i, i + 3, TimexType.Duration, TimexValue.Duration("1", single.Unit), "time.duration.single");
            return 3;
        }

        // "a multi-year deal", "a multiyear contract": an unknown number of the unit.
        if (word.Equals("multi", StringComparison.OrdinalIgnoreCase) && IsHyphen(i + 1) && L(i + 2) is { Plural: false } multi
            && multi.Is(WordClass.Unit) && multi.Unit is not (TimeUnit.Quarter or TimeUnit.Weekend) && !IsHyphen(i + 3))
        {
            Emit(i, i + 3, TimexType.Duration, TimexValue.Duration("X", multi.Unit), "time.duration.multi");
            return 3;
        }

        if (word.Equals("multiyear", StringComparison.OrdinalIgnoreCase))
        {
            Emit(i, i + 1, TimexType.Duration, "PXY", "time.duration.multi");
            return 1;
        }

        // "FY2013", "FY13": a fiscal year written as a code.
        if (word.Length is 4 or 6 && (word[0] is 'F' or 'f') && (word[1] is 'Y' or 'y') && Digits(word[2..]) is var fy and >= 0)
        {
            int fiscal = word.Length == 6 ? fy : fy < 50 ? 2000 + fy : 1900 + fy;
            if (fiscal is >= 1000 and <= 2199)
            {
                Emit(i, i + 1, TimexType.Date, "FY" + TimexValue.Year(fiscal), "time.fiscal-year");
                return 1;
            }
        }

        // "Q3": a quarter written as a code.
        return word.Length == 2 && (word[0] is 'Q' or 'q') && word[1] is >= '1' and <= '4' ? MatchQuarter(i, i + 1, word[1] - '0') : 0;
    }

    private readonly bool IsPeriodAmount(int i) =>
        Is(i, "profit") || Is(i, "profits") || Is(i, "loss") || Is(i, "losses") || Is(i, "revenue") || Is(i, "revenues") || Is(i, "sales")
        || Is(i, "earnings") || Is(i, "income") || Is(i, "growth") || Is(i, "output") || Is(i, "deficit") || Is(i, "surplus")
        || Is(i, "turnover") || Is(i, "inflation");

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

        if (w.Equals("fiscal", StringComparison.OrdinalIgnoreCase) || w.Equals("financial", StringComparison.OrdinalIgnoreCase))
        {
            int k = Is(i + 1, "year") ? i + 2 : i + 1;
            int year = YearNumber(k);
            if (year > 0 && w.Equals("fiscal", StringComparison.OrdinalIgnoreCase))
            {
                Emit(i, k + 1, TimexType.Date, "FY" + TimexValue.Year(year), "time.fiscal-year");
                return k + 1 - i;
            }

            return k == i + 2 && year < 0 && !IsHyphen(k) ? MatchRelativeFiscalYear(i) : 0;
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

        if (w.Equals("future", StringComparison.OrdinalIgnoreCase))
        {
            // British "in future": from now on.
            if (Is(i - 1, "in") && (i + 1 >= _end || !IsWordToken(i + 1) || Is(i + 1, "the") || Is(i + 1, "it") || Is(i + 1, "we") || Is(i + 1, "they")
                                    || Is(i + 1, "he") || Is(i + 1, "she") || Is(i + 1, "and") || Is(i + 1, "but") || Is(i + 1, "there") || Is(i + 1, "this")))
            {
                Emit(i - 1, i + 1, TimexType.Date, "FUTURE_REF", "time.ref.in-future");
                return 1;
            }

            return 0;
        }

        if (w.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            return MatchHalf(i);
        }

        if (w.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return MatchThatUnit(i);
        }

        return IsCapitalized(i) ? MatchHoliday(i) : 0;
    }

    /// <summary>
    /// <c>the fiscal year</c>, <c>last fiscal year</c>, <c>the current financial year</c>: a fiscal year named by its
    /// place (TIMEX3 writes <c>FY2007</c>), the one being reported unless a modifier moves it.
    /// </summary>
    private int MatchRelativeFiscalYear(int i)
    {
        int first = i;
        int shift = 0;
        if (Is(i - 1, "last") || Is(i - 1, "previous") || Is(i - 1, "prior"))
        {
            shift = -1;
            first = i - 1;
        }
        else if (Is(i - 1, "next") || Is(i - 1, "coming"))
        {
            shift = 1;
            first = i - 1;
        }
        else if (Is(i - 1, "this") || Is(i - 1, "current") || Is(i - 1, "new"))
        {
            first = i - 1;
        }

        if (Is(first - 1, "the"))
        {
            first--;
        }

        // Only a placed fiscal year is a date: "a fiscal year" or "each fiscal year" is not.
        if (first == i)
        {
            return 0;
        }

        int reference = SentenceYear() ?? (_lastDate ?? _anchor)?.Year ?? 0;
        string value = reference > 0 ? "FY" + TimexValue.Year(reference + shift) : "FYXXXX";
        Emit(first, i + 2, TimexType.Date, value, "time.fiscal-year.relative");
        return 2;
    }

    /// <summary>
    /// <c>later that day</c>, <c>that night</c>, <c>in that year</c>: the period of the date last mentioned. Only after a
    /// preposition or at the start of a clause, so "said that day traders …" is left alone; with no date before it,
    /// nothing is guessed.
    /// </summary>
    private int MatchThatUnit(int i)
    {
        var reference = _lastDate ?? _previousDate;
        if (reference is not { } d)
        {
            return 0;
        }

        // At the start of a clause only a fronted adverbial counts ("That night, fire spread"), not a subject ("that day has come").
        bool fronted = (i == _start || (i - 1 >= _start && _tokens[i - 1].Kind == TokenKind.Punctuation)) && IsPunct(i + 2, ',');
        bool placed = fronted
                      || Is(i - 1, "on") || Is(i - 1, "in") || Is(i - 1, "of") || Is(i - 1, "during") || Is(i - 1, "by") || Is(i - 1, "until")
                      || Is(i - 1, "later") || Is(i - 1, "earlier") || Is(i - 1, "since") || Is(i - 1, "for") || Is(i - 1, "throughout");
        var next = L(i + 1);
        if (!placed || !IsWordToken(i + 1) || IsHyphen(i + 2) || Is(i + 2, "of"))
        {
            return 0;
        }

        if (next.Is(WordClass.PartOfDay))
        {
            Emit(i, i + 2, TimexType.Time, TimexValue.Day(d) + "T" + next.Code, "time.that-part-of-day");
            return 2;
        }

        if (!next.Is(WordClass.Unit) || next.Plural)
        {
            return 0;
        }

        string value = next.Unit switch
        {
            TimeUnit.Day => TimexValue.Day(d),
            TimeUnit.Week => TimexValue.Week(d),
            TimeUnit.Month => TimexValue.Month(d.Year, d.Month),
            TimeUnit.Year => TimexValue.Year(d.Year),
            _ => string.Empty,
        };
        if (value.Length == 0)
        {
            return 0;
        }

        Emit(i, i + 2, TimexType.Date, value, "time.that-" + next.Unit.ToString().ToLowerInvariant());
        return 2;
    }

    /// <summary><c>half an hour</c> → <c>PT30M</c>, <c>half a century</c> → <c>P50Y</c>, <c>a half-hour</c>: the half in the next smaller unit.</summary>
    private int MatchHalf(int i)
    {
        if (!(Is(i + 1, "a") || Is(i + 1, "an") || IsHyphen(i + 1)) || IsHyphen(i - 1))
        {
            return 0;
        }

        var info = L(i + 2);
        if (!info.Is(WordClass.Unit) || info.Plural)
        {
            return 0;
        }

        (string count, TimeUnit unit) = info.Unit switch
        {
            TimeUnit.Century => ("50", TimeUnit.Year),
            TimeUnit.Decade => ("5", TimeUnit.Year),
            TimeUnit.Year => ("6", TimeUnit.Month),
            TimeUnit.Day => ("12", TimeUnit.Hour),
            TimeUnit.Hour => ("30", TimeUnit.Minute),
            TimeUnit.Minute => ("30", TimeUnit.Second),
            _ => ("0.5", info.Unit),
        };
        int end = i + 3;
        if (Is(end, "ago"))
        {
            Emit(i, end + 1, TimexType.Date, Ago(count, unit, _anchor, 1), "time.ago");
            return end + 1 - i;
        }

        Emit(i, end, TimexType.Duration, TimexValue.Duration(count, unit), "time.duration.half");
        return end - i;
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
        else if (Is(i, "Easter") || (Is(i, "Good") && Is(i + 1, "Friday")))
        {
            // Easter Sunday moves with the moon; Good Friday is two days before it, Easter Monday the day after.
            int shift = Is(i, "Good") ? -2 : Is(i + 1, "Monday") ? 1 : 0;
            end = Is(i, "Good") || Is(i + 1, "Monday") || Is(i + 1, "Sunday") ? i + 2 : i + 1;
            return EmitMovableHoliday(i, end, y => Easter(y).AddDays(shift));
        }
        else if ((Is(i, "Labor") || Is(i, "Memorial")) && Is(i + 1, "Day"))
        {
            // United States: Labor Day is the first Monday of September, Memorial Day the last Monday of May.
            return Is(i, "Labor")
                ? EmitMovableHoliday(i, i + 2, y => NthWeekday(y, 9, DayOfWeek.Monday, 1))
                : EmitMovableHoliday(i, i + 2, y => NthWeekday(y, 5, DayOfWeek.Monday, -1));
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

    /// <summary>A holiday whose date changes each year: the year as for a fixed date near it, or one written after it.</summary>
    private int EmitMovableHoliday(int start, int end, Func<int, DateOnly> date)
    {
        int explicitYear = YearNumber(end);
        int? year = explicitYear > 0 ? explicitYear : null;
        if (year is null && _anchor is { } a)
        {
            var guess = date(a.Year);
            year = InferYear(a, guess.Month, guess.Day, Tense(start, end));
        }

        if (explicitYear > 0)
        {
            end++;
        }

        if (year is not { } y)
        {
            // Without a year the month is still known to be around the holiday's usual one; the day is not.
            Emit(start, end, TimexType.Date, TimexValue.Month(null, date(2000).Month), "time.holiday");
            return end - start;
        }

        var day = date(y);
        SetDate(day);
        Emit(start, end, TimexType.Date, TimexValue.Day(day), "time.holiday");
        return end - start;
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian computus).</summary>
    internal static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The <paramref name="n"/>th such weekday of a month, or the last one when <paramref name="n"/> is -1.</summary>
    internal static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        if (n < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (n - 1)));
    }

    // ---- resolution ----------------------------------------------------------------------------------------------

    /// <summary>Remembers a date for later references; dates near the ends of the calendar are not kept, so arithmetic on them stays in range.</summary>
    private void SetDate(DateOnly date)
    {
        if (date.Year is >= 1000 and <= 9000)
        {
            if (_firstUndatedClock >= 0)
            {
                _clockDay ??= date;
            }

            _lastDate = date;
            _lastPeriod = new NamedPeriod(date, TimeUnit.Day);
        }
    }

    /// <summary>
    /// The year of a month and day written without one: the article's year unless the tense puts it clearly on the
    /// other side of the article date; with no tense, the past unless the date is close ahead.
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

            // A present tense ("the vote is on November 3", "sales are up in February") means the nearest such date.
            // Only a date just across the new year is read into the neighbouring year.
            Direction.Present when diff < -240 => y + 1,
            Direction.Present when diff > 300 => y - 1,
            Direction.Present => y,

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
            Direction.Present when diff < -8 => y + 1,
            Direction.Present when diff > 9 => y - 1,
            Direction.Present => y,
            _ when diff > 2 => y - 1,
            _ => y,
        };
    }
}

/// <summary>A date, month or year named in the text (its first day, and how precise it is).</summary>
internal readonly record struct NamedPeriod(DateOnly Date, TimeUnit Precision);
