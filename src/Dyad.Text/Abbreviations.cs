namespace Dyad.Text;

/// <summary>Words whose following period belongs to them (<c>Gen.</c>, <c>Jan.</c>), compiled once into hash sets with span lookups.</summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that (almost) never end a sentence: titles, months, and the like.</summary>
    private static readonly HashSet<string> Inner = new(StringComparer.OrdinalIgnoreCase)
    {
        // titles and ranks
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Fr", "Sr", "St", "Hon", "Pres", "Gov", "Sen", "Rep", "Reps", "Sens",
        "Amb", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Lieut", "Supt", "Insp",
        "Det", "Atty", "Messrs", "Mmes", "Msgr", "Sec", "Secy", "Supt",
        // degrees ("Ph.D."; single letters are initials anyway)
        "Ph",
        // months and days
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
        // addresses and misc.
        "Ave", "Blvd", "Rd", "Mt", "Ft", "Pt", "vs", "cf", "approx", "est", "dept", "Dept", "Univ", "Assn", "Bros",
        "Ariz", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss",
        "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    };

    /// <summary>Abbreviations that may end a sentence (<c>… for Apple Inc. The company …</c>).</summary>
    private static readonly HashSet<string> Final = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Corp", "Ltd", "Co", "Jr", "Plc", "LLC", "etc", "Bros",
    };

    /// <summary>Abbreviations only when a number follows (<c>No. 2</c>, <c>Art. 5</c>).</summary>
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nos", "Art", "Vol", "Fig", "pp", "para", "Ch", "Sec", "Op",
    };

    /// <summary>Capitalized words that typically open a sentence: after an abbreviation such as <c>U.S.</c> they signal a boundary.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But", "And", "Or",
        "However", "In", "On", "At", "For", "Its", "His", "Her", "Their", "Our", "There", "Some", "Many", "Most", "Officials",
        "After", "Before", "When", "While", "As", "If", "Yet", "So", "Still", "Meanwhile", "Earlier", "Later", "Last", "Next",
        "Such", "No", "Both", "Each", "All", "One", "Two", "According", "Despite", "Since", "Under", "With", "Without",
        "What", "Who", "Why", "How", "Where", "Also", "Then", "Now", "Today", "Yesterday", "Tomorrow",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InnerLookup = Inner.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FinalLookup = Final.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup = BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsInner(ReadOnlySpan<char> word) => InnerLookup.Contains(word);

    public static bool IsFinal(ReadOnlySpan<char> word) => FinalLookup.Contains(word);

    public static bool IsBeforeNumber(ReadOnlySpan<char> word) => BeforeNumberLookup.Contains(word);

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);
}
