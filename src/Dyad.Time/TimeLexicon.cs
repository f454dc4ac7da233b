namespace Dyad.Time;

/// <summary>The roles a word can play in a time expression; a word may have several (<c>second</c>: ordinal and unit).</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    Month = 1 << 0,
    Weekday = 1 << 1,
    Cardinal = 1 << 2,
    Ordinal = 1 << 3,
    Unit = 1 << 4,
    Season = 1 << 5,
    PartOfDay = 1 << 6,
    DayRef = 1 << 7,

    /// <summary><c>last</c>, <c>past</c>, <c>previous</c>.</summary>
    Past = 1 << 8,

    /// <summary><c>next</c>, <c>coming</c>, <c>upcoming</c>.</summary>
    Next = 1 << 9,

    /// <summary><c>this</c>, <c>current</c>.</summary>
    This = 1 << 10,

    /// <summary><c>early</c>, <c>late</c>, <c>mid</c>, <c>earlier</c>, <c>later</c>: a part of the period, same value.</summary>
    Edge = 1 << 11,

    /// <summary><c>several</c>, <c>few</c>, <c>many</c>: an unknown count (<c>X</c>).</summary>
    Quantifier = 1 << 12,
    PresentRef = 1 << 13,
    PastRef = 1 << 14,
    FutureRef = 1 << 15,

    /// <summary><c>daily</c>, <c>weekly</c>, <c>annually</c>: a set by itself.</summary>
    SetAdverb = 1 << 16,

    /// <summary><c>every</c>, <c>each</c>, <c>per</c>.</summary>
    Every = 1 << 17,

    /// <summary><c>a.m.</c>, <c>pm</c>.</summary>
    Meridiem = 1 << 18,

    /// <summary><c>noon</c>, <c>midnight</c>.</summary>
    ClockWord = 1 << 19,

    /// <summary>A time zone written after a clock time (<c>UTC</c>, <c>GMT</c>, <c>EST</c>).</summary>
    Zone = 1 << 20,

    /// <summary>A word with no time meaning of its own that can open one (<c>the</c> past, <c>at</c> present, <c>fiscal</c> 2008).</summary>
    Opener = 1 << 21,
}

internal enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>What the time lexicon knows about one word. <see cref="Code"/> holds a season (<c>SU</c>), part of day (<c>MO</c>), set or reference value.</summary>
internal readonly record struct WordInfo(WordClass Class, int Number, TimeUnit Unit, bool Plural, string? Code)
{
    public bool Is(WordClass c) => (Class & c) != 0;
}

/// <summary>How a word bears on the tense of its clause.</summary>
internal enum TenseCue : byte
{
    None,
    Past,
    Future,
    Present,

    /// <summary>Plans and expectations (<c>plans</c>, <c>scheduled</c>, <c>expected</c>): what follows is ahead.</summary>
    Intent,

    /// <summary>Verbs whose <c>that</c>-clause is irrealis (<c>proposed that officials hold talks</c>); past by themselves.</summary>
    Proposal,
}

/// <summary>The word lists of the time stage, compiled once into case-insensitive dictionaries with span lookups.</summary>
internal static class TimeLexicon
{
    private static readonly Dictionary<string, WordInfo> Words = BuildWords();
    private static readonly Dictionary<string, TenseCue> Cues = BuildCues();

    public static readonly Dictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly Dictionary<string, TenseCue>.AlternateLookup<ReadOnlySpan<char>> CueLookup =
        Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns that a bare four-digit number counts rather than dates (<c>2000 people</c>).</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountedNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "people", "percent", "persons", "troops", "soldiers", "students", "workers", "employees", "jobs", "dollars", "euros",
        "pounds", "yen", "times", "members", "votes", "km", "kilometers", "kilometres", "miles", "feet", "meters", "metres",
        "tons", "tonnes", "units", "cars", "vehicles", "homes", "houses", "acres", "points", "shares", "barrels", "cases",
        "deaths", "refugees", "families", "children", "women", "men", "police", "officers", "delegates", "seats", "planes",
        "aircraft", "flights", "passengers", "calories", "pages", "words", "hectares", "kg", "lbs",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before a bare number that make it a year (<c>in 2008</c>, <c>since 1945</c>).</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YearPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "during", "before", "after", "from", "through", "to", "between", "around",
        "circa", "early", "late", "mid", "of", "year", "summer", "winter", "spring", "autumn", "fall", "throughout",
        "ending", "beginning", "and", "or", "than", "into", "for", "at", "years", "versus", "vs",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs that move an event or a deadline: the date they move it to (<c>postponed the vote to Friday</c>) lies ahead.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RescheduleVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "postpone", "postpones", "postponed", "delay", "delays", "delayed", "reschedule", "reschedules", "rescheduled",
        "adjourn", "adjourns", "adjourned", "defer", "defers", "deferred", "extend", "extends", "extended", "prolong",
        "prolongs", "prolonged",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs that fix the date of an event to come with <c>for</c>: <c>called a snap election for April 12</c>.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SetForVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "set", "sets", "fix", "fixes", "fixed", "rescheduled", "postponed", "delayed", "adjourned",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs that move a date with a particle (<c>brought forward to April 22</c>, <c>pushed back to May</c>).</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MoveVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "bring", "brings", "brought", "push", "pushes", "pushed", "move", "moves", "moved", "put", "puts",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after which a capitalized month name alone is a date (<c>in October</c>), not a name or verb.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "during", "before", "after", "from", "through", "to", "between", "of",
        "throughout", "and", "or", "late", "early", "mid", "end", "last", "next", "this", "that", "for", "into", "around",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordInfo Lookup(ReadOnlySpan<char> word) =>
        WordLookup.TryGetValue(word, out var info) ? info : default;

    public static TenseCue Cue(ReadOnlySpan<char> word) =>
        CueLookup.TryGetValue(word, out var cue) ? cue : TenseCue.None;

    private static Dictionary<string, WordInfo> BuildWords()
    {
        var d = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);

        void Add(string word, WordClass c, int number = 0, TimeUnit unit = TimeUnit.None, bool plural = false, string? code = null)
        {
            if (d.TryGetValue(word, out var old))
            {
                d[word] = new WordInfo(
                    old.Class | c,
                    number != 0 ? number : old.Number,
                    unit != TimeUnit.None ? unit : old.Unit,
                    plural || old.Plural,
                    code ?? old.Code);
            }
            else
            {
                d[word] = new WordInfo(c, number, unit, plural, code);
            }
        }

        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        string[] shortMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (int m = 0; m < 12; m++)
        {
            Add(months[m], WordClass.Month, m + 1);
            Add(shortMonths[m] + ".", WordClass.Month, m + 1);
            if (m != 4)
            {
                Add(shortMonths[m], WordClass.Month, m + 1);
            }
        }

        Add("sept.", WordClass.Month, 9);
        Add("sept", WordClass.Month, 9);

        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (int w = 0; w < 7; w++)
        {
            Add(days[w], WordClass.Weekday, w + 1);
            Add(days[w] + "s", WordClass.Weekday, w + 1, plural: true);
        }

        string[] cardinals =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        for (int n = 1; n < cardinals.Length; n++)
        {
            Add(cardinals[n], WordClass.Cardinal, n);
        }

        Add("thirty", WordClass.Cardinal, 30);
        Add("forty", WordClass.Cardinal, 40);
        Add("fifty", WordClass.Cardinal, 50);
        Add("sixty", WordClass.Cardinal, 60);
        Add("seventy", WordClass.Cardinal, 70);
        Add("eighty", WordClass.Cardinal, 80);
        Add("ninety", WordClass.Cardinal, 90);
        Add("hundred", WordClass.Cardinal, 100);
        Add("a", WordClass.Cardinal, 1);
        Add("an", WordClass.Cardinal, 1);
        Add("dozen", WordClass.Cardinal, 12);

        string[] ordinals =
        [
            "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ];
        for (int n = 1; n < ordinals.Length; n++)
        {
            Add(ordinals[n], WordClass.Ordinal, n);
        }

        Add("thirtieth", WordClass.Ordinal, 30);

        foreach (var q in new[] { "several", "few", "many", "numerous", "some", "couple", "multiple" })
        {
            Add(q, WordClass.Quantifier);
        }

        (string Singular, string Plural, TimeUnit Unit)[] units =
        [
            ("second", "seconds", TimeUnit.Second), ("minute", "minutes", TimeUnit.Minute), ("hour", "hours", TimeUnit.Hour),
            ("day", "days", TimeUnit.Day), ("week", "weeks", TimeUnit.Week), ("weekend", "weekends", TimeUnit.Weekend),
            ("month", "months", TimeUnit.Month), ("quarter", "quarters", TimeUnit.Quarter), ("year", "years", TimeUnit.Year),
            ("decade", "decades", TimeUnit.Decade), ("century", "centuries", TimeUnit.Century),
        ];
        foreach (var (singular, plural, unit) in units)
        {
            Add(singular, WordClass.Unit, unit: unit);
            Add(plural, WordClass.Unit, unit: unit, plural: true);
        }

        // A fortnight is two weeks: its number doubles the count.
        Add("fortnight", WordClass.Unit, 2, unit: TimeUnit.Week);
        Add("fortnights", WordClass.Unit, 2, unit: TimeUnit.Week, plural: true);
        Add("yr", WordClass.Unit, unit: TimeUnit.Year);
        Add("yrs", WordClass.Unit, unit: TimeUnit.Year, plural: true);
        Add("hrs", WordClass.Unit, unit: TimeUnit.Hour, plural: true);
        Add("mins", WordClass.Unit, unit: TimeUnit.Minute, plural: true);

        Add("spring", WordClass.Season, code: "SP");
        Add("summer", WordClass.Season, code: "SU");
        Add("autumn", WordClass.Season, code: "FA");
        Add("fall", WordClass.Season, code: "FA");
        Add("winter", WordClass.Season, code: "WI");

        Add("morning", WordClass.PartOfDay, code: "MO");
        Add("afternoon", WordClass.PartOfDay, code: "AF");
        Add("evening", WordClass.PartOfDay, code: "EV");
        Add("night", WordClass.PartOfDay, code: "NI");
        Add("overnight", WordClass.PartOfDay, code: "NI");

        Add("yesterday", WordClass.DayRef, -1);
        Add("today", WordClass.DayRef, 0);
        Add("tomorrow", WordClass.DayRef, 1);
        Add("tonight", WordClass.DayRef, 0, code: "NI");

        foreach (var w in new[] { "last", "past", "previous", "preceding", "prior", "final" })
        {
            Add(w, WordClass.Past);
        }

        foreach (var w in new[] { "next", "coming", "upcoming", "following" })
        {
            Add(w, WordClass.Next);
        }

        Add("this", WordClass.This);
        Add("current", WordClass.This);
        foreach (var w in new[] { "early", "late", "mid", "earlier", "later" })
        {
            Add(w, WordClass.Edge);
        }

        Add("now", WordClass.PresentRef);
        Add("currently", WordClass.PresentRef);
        Add("presently", WordClass.PresentRef);
        Add("nowadays", WordClass.PresentRef);
        Add("recently", WordClass.PastRef);
        Add("lately", WordClass.PastRef);
        Add("soon", WordClass.FutureRef);

        Add("daily", WordClass.SetAdverb, code: "P1D");
        Add("nightly", WordClass.SetAdverb, code: "TNI");
        Add("weekly", WordClass.SetAdverb, code: "P1W");
        Add("monthly", WordClass.SetAdverb, code: "P1M");
        Add("quarterly", WordClass.SetAdverb, code: "P3M");
        Add("annually", WordClass.SetAdverb, code: "P1Y");
        Add("yearly", WordClass.SetAdverb, code: "P1Y");
        Add("annual", WordClass.SetAdverb, code: "P1Y");
        Add("hourly", WordClass.SetAdverb, code: "PT1H");

        Add("every", WordClass.Every);
        Add("each", WordClass.Every);
        Add("per", WordClass.Every);

        foreach (var w in new[] { "a.m.", "p.m.", "am", "pm", "a.m", "p.m" })
        {
            Add(w, WordClass.Meridiem, w[0] is 'p' or 'P' ? 12 : 0);
        }

        Add("noon", WordClass.ClockWord, 12);
        Add("midday", WordClass.ClockWord, 12);
        Add("midnight", WordClass.ClockWord, 24);

        foreach (var z in new[] { "UTC", "GMT", "EST", "EDT", "CST", "CDT", "PST", "PDT", "ET", "BST", "CET", "KST", "JST" })
        {
            Add(z, WordClass.Zone);
        }

        foreach (var w in new[] { "the", "at", "recent", "fiscal", "once", "twice", "these", "half", "that", "christmas", "halloween", "thanksgiving", "new", "valentine", "easter", "good", "labor", "memorial", "future", "financial" })
        {
            Add(w, WordClass.Opener);
        }

        return d;
    }

    private static Dictionary<string, TenseCue> BuildCues()
    {
        var d = new Dictionary<string, TenseCue>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in """
            said told was were had did held met went came made took gave began saw found left led brought thought sought
            became fell rose won lost sent spent paid sold bought kept struck fought caught taught wrote spoke broke chose
            drove flew grew knew threw drew shot stood understood felt heard meant built ran sat been gone done has have
            hit quit ago killed died
            """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            d[w] = TenseCue.Past;
        }

        foreach (var w in "will ’ll 'll shall wo would could might may should must gonna".Split(' '))
        {
            d[w] = TenseCue.Future;
        }

        foreach (var w in """
            plan plans planned planning expect expects expected scheduled schedule due intend intends intended aims aim
            hope hopes hoped want wants wanted slated poised upcoming seek seeks seeking agreed agree agrees promised vowed
            threatened pledged decided going set prepares prepared preparing predict predicts forecast forecasts
            anticipate anticipates projected
            """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            d[w] = TenseCue.Intent;
        }

        foreach (var w in """
            propose proposed proposes suggest suggested suggests urge urged urges demand demanded demands recommend
            recommended recommends request requested requests insist insisted insists ask asked asks
            """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            d[w] = TenseCue.Proposal;
        }

        foreach (var w in "is are am says say".Split(' '))
        {
            d[w] = TenseCue.Present;
        }

        // News writes a scheduled event in the simple present ("the president arrives on Wednesday", "talks resume
        // Monday"): these verbs are rarely nouns, so their present forms point ahead like "is".
        foreach (var w in """
            arrives arrive begins begin resumes resume opens meets goes go travels departs depart expires expire
            convenes convene concludes reconvenes reconvene closes ends starts meet
            """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            d[w] = TenseCue.Present;
        }

        return d;
    }
}
