using System.Collections.Frozen;

namespace Dyad.Actors;

/// <summary>Closed word classes a word may belong to (several at once).</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Determiner = 1 << 0,
    Premodifier = 1 << 1,
    Affiliation = 1 << 2,
    LocationPreposition = 1 << 3,
    Joiner = 1 << 4,
    MonthOrWeekday = 1 << 5,
    CommonCapitalized = 1 << 6,
    FunctionWord = 1 << 7,
    OrganizationCue = 1 << 8,
    PlaceCue = 1 << 9,
    PersonCue = 1 << 10,
    SpeechVerb = 1 << 11,
    EventCue = 1 << 12,
    AfterNoun = 1 << 13,
    NationalBody = 1 << 14,
    /// <summary>From the lexicon's word table: some actor phrase may start with the word written in lower case.</summary>
    ActorLowerStart = 1 << 20,
    /// <summary>From the lexicon's word table: some agent phrase may start with the word written in lower case.</summary>
    AgentLowerStart = 1 << 21,
    /// <summary>From the lexicon's word table: the word is one of the given names in some letter case.</summary>
    GivenNameFolded = 1 << 22,
    /// <summary>Set on a per-token cache entry once the lexicon was asked whether the token is a given name.</summary>
    GivenNameKnown = 1 << 28,
    /// <summary>Set on a per-token cache entry when the token is one of the lexicon's given names.</summary>
    GivenName = 1 << 29,
    /// <summary>Set on a per-token cache entry once the token was classified.</summary>
    Known = 1 << 30,
}

/// <summary>Closed word classes the mention scanner needs (English news), compiled once for span lookups.</summary>
internal static class Words
{
    private static readonly string[] Determiners = [
        "the", "a", "an", "another", "this", "that", "these", "those", "its", "their", "his", "her", "our", "some",
        "several", "many", "both", "each", "any", "other", "two", "three", "four", "five", "few", "all", "most"];

    private static readonly string[] Premodifiers = [
        "senior", "top", "high-ranking", "high", "ranking", "former", "current", "unnamed", "anonymous", "informed",
        "local", "regional", "federal", "national", "provincial", "deputy", "acting", "new", "outgoing", "incoming",
        "other", "several", "some", "many", "two", "three", "four", "five", "few", "key", "leading", "veteran",
        "retired", "junior", "chief", "powerful", "influential", "well-placed", "knowledgeable", "diplomatic",
        "western", "foreign", "opposition", "state-run", "state", "official", "armed", "elite", "special", "rival",
        "hardline", "moderate", "conservative", "liberal", "pro-government", "anti-government", "ruling", "main",
        "largest", "biggest", "major", "same", "familiar", "concerned", "relevant", "interim", "transitional"];

    private static readonly string[] Affiliations = [
        "from", "at", "of", "in", "with", "for", "inside", "within"];

    private static readonly string[] LocationPrepositions = [
        "in", "near", "inside", "across", "through", "throughout", "via", "within", "around", "outside", "off", "along",
        "beyond", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
        "southeastern", "southwestern"];

    private static readonly string[] Joiners = [
        "of", "for", "de", "du", "des", "von", "van", "der", "den", "la", "le", "al", "el", "bin", "ibn", "and", "on", "da", "di", "del", "dos", "das"];

    private static readonly string[] MonthsAndWeekdays = [
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
        "December", "May", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private static readonly string[] CommonCapitalized = [
        "I", "I'm", "I've", "I'll", "OK", "TV", "AM", "PM", "A.M.", "P.M.", "CEO", "CFO", "COO", "GDP", "Q1", "Q2", "Q3", "Q4",
        "Christmas", "Easter", "Ramadan", "Internet", "Web", "English", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.",
        "Sr.", "Jr.", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews", "Jew", "Hindu", "Hindus",
        "Buddhist", "Buddhists", "Islam", "Islamic", "Christianity", "Judaism", "Hinduism", "God", "Allah", "Earth", "Moon",
        "Sun", "Hindi", "Arabic", "Urdu", "Mandarin", "Cantonese", "Latin", "French", "Spanish", "Portuguese", "Russian",
        "COVID", "COVID-19", "DNA", "RNA", "GPS", "CO2", "PDF", "URL", "FAQ", "LGBT", "LGBTQ", "SARS", "MERS", "HIV", "AIDS", "Ebola", "Zika", "Catholic", "Catholics", "Protestant",
        "Sunni", "Shia", "Shiite", "Former", "Regional", "Western", "Westerners", "Arab", "Arabs", "Inc.", "Co.", "Corp.", "Ltd.", "No", "Yes", "Photo", "Reporting", "Editing", "Writing", "UPDATE",
        "BREAKING", "EXCLUSIVE", "ANALYSIS", "REUTERS", "AP", "AFP", "U", "S", "UTC", "GMT", "EST", "EDT", "PST", "PDT", "CET", "BST", "ET", "PT", "AM", "PM", "USD", "EUR", "GBP", "JPY", "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "P.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Fifteen", "Twenty",
        "Thirty", "Fifty", "Hundred", "Hundreds", "Thousands", "Dozens", "Scores", "Millions", "Several", "Many", "Most", "Some"];

    private static readonly string[] FunctionWords = [
        "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "in", "on", "at", "by", "to", "from", "with",
        "without", "of", "as", "if", "when", "while", "after", "before", "since", "until", "because", "although",
        "though", "however", "still", "also", "meanwhile", "moreover", "furthermore", "thus", "then", "now", "today",
        "yesterday", "tomorrow", "there", "here", "this", "that", "these", "those", "it", "its", "he", "she", "they",
        "we", "you", "his", "her", "their", "our", "my", "your", "who", "what", "which", "where", "why", "how", "some",
        "many", "most", "all", "both", "each", "every", "any", "no", "not", "one", "two", "three", "several", "such",
        "other", "another", "more", "less", "few", "only", "even", "just", "already", "instead", "under", "over",
        "during", "despite", "according", "about", "against", "between", "among", "amid", "through", "into", "onto",
        "last", "next", "earlier", "later", "first", "second", "third", "finally", "currently", "recently", "previously",
        "asked", "speaking", "analysts", "officials", "police", "experts", "sources", "residents", "witnesses",
        "authorities", "critics", "observers", "investors", "traders", "shares", "stocks", "prices", "sales", "its",
        "overall", "separately", "additionally", "similarly", "nevertheless", "nonetheless", "indeed", "perhaps",
        "maybe", "yes", "well", "again", "once", "twice", "almost", "nearly", "around", "roughly", "approximately",
        "unlike", "like", "following", "including", "regarding", "concerning", "whether", "whereas", "unless", "upon",
        "within", "beyond", "toward", "towards", "across", "behind", "below", "above", "near", "outside", "inside",
        "let", "please", "thank", "thanks", "nothing", "everything", "something", "anything", "nobody", "everybody",
        "somebody", "anyone", "everyone", "someone", "none", "neither", "either", "much", "very", "too", "quite",
        "rather", "always", "never", "often", "sometimes", "usually", "already", "eventually", "initially", "originally",
        "ultimately", "soon", "early", "late", "long", "new", "old", "big", "small", "large", "high", "low", "good",
        "bad", "best", "worst", "top", "major", "key", "total", "net", "annual", "quarterly", "monthly", "weekly",
        "daily", "global", "local", "national", "international", "federal", "state", "public", "private",
        "i", "me", "him", "them", "us", "is", "are", "was", "were", "be", "been", "do", "does", "did", "have", "has",
        "had", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "yeah", "yes", "oh", "ok",
        "okay", "hi", "hello", "sure", "right", "really", "actually", "basically", "tell", "say", "said", "says",
        "let's", "thank", "interviewer", "question", "answer", "note", "see", "read", "click", "source", "sources",
        "following", "according", "speaking", "including", "during", "being", "having", "regarding", "starting",
        "beginning", "looking", "going", "using", "citing", "asking", "adding", "noting", "saying"];

    private static readonly string[] OrganizationCues = [
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Co", "Co.", "LLC", "Ltd", "Ltd.", "Limited", "PLC",
        "plc", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH", "SpA", "Group", "Holdings", "Holding", "Bank", "Airlines",
        "Airways", "Air", "Motors", "Motor", "Automotive", "Association", "Associates", "University", "College",
        "School", "Institute", "Foundation", "Fund", "Trust", "Party", "Council", "Committee", "Commission", "Agency",
        "Authority", "Board", "Bureau", "Department", "Ministry", "Office", "Service", "Services", "Court", "Union",
        "Federation", "League", "Club", "Organization", "Organisation", "Society", "Center", "Centre", "Exchange",
        "Times", "Post", "Journal", "News", "Press", "Herald", "Telegraph", "Tribune", "Gazette", "Network",
        "Networks", "Systems", "Technologies", "Technology", "Industries", "Partners", "Capital", "Securities",
        "Investments", "Energy", "Petroleum", "Oil", "Pharmaceuticals", "Media", "Studios", "Entertainment", "Records",
        "Police", "Army", "Navy", "Force", "Forces", "Parliament", "Assembly", "Congress", "Senate", "Cabinet",
        "Government", "Administration", "Reserve", "Electronics", "Communications", "Telecom", "Software", "Labs",
        "Laboratories", "Hospital", "Church", "Mission", "Brigade", "Battalion", "Regiment", "Corps", "Guard",
        "Movement", "Front", "Alliance", "Coalition", "Brotherhood", "Council", "Chamber", "Parliamentary",
        "Channel", "Broadcasting", "Television", "Radio", "Magazine", "Daily", "Inc.,", "Ventures", "Enterprises",
        "Stores", "Bancorp", "Financial", "Insurance", "Mutual", "Aerospace", "Defence", "Defense", "Dynamics",
        "Steel", "Chemicals", "Foods", "Computer", "Computers", "Aircraft", "Auto", "Automobile", "Cars", "Pharma", "Semiconductor", "Airbus", "Brands", "Railways", "Railway", "Shipping", "Logistics", "Consulting"];

    private static readonly string[] PlaceCues = [
        "City", "County", "Province", "River", "Island", "Islands", "Mountains", "Mountain", "Mount", "Valley",
        "Street", "Avenue", "Road", "Square", "Bay", "Lake", "Ocean", "Sea", "Region", "District", "Peninsula",
        "Strait", "Coast", "Beach", "Park", "Airport", "Harbor", "Harbour", "Canal", "Desert", "Gulf", "Heights",
        "Hills", "Highway", "Bridge", "Village", "Town", "Township", "Prefecture", "Territory", "Territories", "Basin",
        "Plateau", "Falls", "Port", "Station", "Boulevard", "Plaza", "Stadium", "Arena", "Hall", "Palace", "Tower", "Camp"];

    private static readonly string[] PersonCues = [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "President", "Minister",
        "Senator", "Sen.", "Rep.", "Gov.", "Governor", "Mayor", "Chairman", "Chairwoman", "CEO", "Judge", "Justice",
        "General", "Gen.", "Colonel", "Col.", "Captain", "Capt.", "Lt.", "Sgt.", "Professor", "Prof.", "Rev.", "Father",
        "Pope", "King", "Queen", "Prince", "Princess", "Sheikh", "Ayatollah", "Secretary", "Chancellor", "Premier",
        "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "executive", "director", "founder",
        "analyst", "economist", "president", "minister", "secretary", "chief", "CFO", "COO", "officer", "manager",
        "actor", "actress", "singer", "author", "writer", "coach", "player",
        "striker", "candidate", "leader", "head", "boss", "commissioner", "ambassador", "envoy", "attorney", "lawyer",
        "senator", "governor", "mayor", "judge", "colleague", "wife", "husband", "son", "daughter", "brother", "sister",
        // Professions and callings that stand before a name in news ("musician Tiziano Lugli", "illustrator Johnnie Christmas").
        "musician", "songwriter", "composer", "rapper", "guitarist", "drummer", "pianist", "artist", "painter",
        "sculptor", "photographer", "photographers", "illustrator", "designer", "architect", "curator", "filmmaker",
        "novelist", "poet", "playwright", "journalist", "reporter", "correspondent", "editor", "columnist", "blogger", "presenter",
        "comedian", "researcher", "scientist", "professor", "historian",
        "scholar", "physicist", "engineer", "astronaut", "pilot", "doctor", "surgeon", "physician", "nurse",
        "teacher", "student", "businessman", "businesswoman", "entrepreneur", "investor", "billionaire", "tycoon",
        "politician", "lawmaker", "legislator", "councillor", "councilor", "councilman", "councilwoman",
        "congressman", "congresswoman", "activist", "campaigner", "dissident", "diplomat", "negotiator", "adviser",
        "advisor", "aide", "strategist", "prosecutor", "detective", "sheriff", "inspector", "priest", "bishop",
        "archbishop", "cardinal", "rabbi", "imam", "cleric", "pastor", "monk", "athlete", "footballer", "goalkeeper",
        "midfielder", "defender", "winger", "cyclist", "swimmer", "sprinter", "boxer", "wrestler", "quarterback",
        "pitcher", "skier", "golfer", "teammate", "compatriot", "mother", "father",
        "grandmother", "grandfather", "uncle", "aunt", "cousin", "nephew", "niece", "widow", "fiancé", "fiancée"];

    private static readonly string[] SpeechVerbs = [
        "said", "says", "told", "added", "stated", "explained", "noted", "argued", "wrote", "announced", "declared",
        "insisted", "warned", "claimed", "commented", "replied", "confirmed", "who", "whose"];

    private static readonly string[] EventCues = [
        "War", "Olympics", "Games", "Cup", "Championship", "Championships", "Summit", "Conference", "Festival",
        "Expo", "Election", "Elections", "Award", "Awards", "Prize", "Revolution", "Crisis", "Agreement", "Accord",
        "Treaty", "Act", "Bill", "Day", "Week", "Forum", "Tour", "Show", "Open", "Marathon", "Series"];

    // Words that may follow a role noun without making it a modifier ("the government is", "the official said").
    private static readonly string[] AfterNoun = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "should",
        "must", "shall", "did", "does", "do", "said", "says", "told", "to", "of", "in", "on", "at", "for", "with",
        "from", "that", "which", "who", "whom", "whose", "and", "or", "but", "as", "by", "about", "after", "before",
        "also", "still", "not", "then", "now", "later", "again", "already", "had", "over", "under", "into", "than",
        "against", "since", "during", "until", "when", "while", "where", "if", "because", "so", "yet", "too",
        "itself", "themselves", "alone", "only", "here", "there", "last", "this", "recently", "often", "never",
        // Irregular past forms, verbs after their subject: "The official spoke on condition of anonymity".
        "spoke", "met", "went", "came", "took", "gave", "made", "held", "left", "sent", "won", "led", "fled", "fought", "struck",
        "began", "wrote", "rose", "fell", "flew", "saw", "knew", "stood", "kept", "lost", "paid", "sold", "brought", "sought",
        "thought", "became", "declined", "refused"];

    private static readonly FrozenSet<string> NationalAgents = new[] { "GOV", "MIL", "COP", "LEG", "JUD", "SPY" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] NationalBodies = [
        "Ministry", "ministry", "Ministries", "Government", "government", "Cabinet", "cabinet", "Parliament",
        "parliament", "Police", "police", "Army", "army", "Navy", "navy", "Force", "Forces", "Court", "Office",
        "Department", "Agency", "Assembly", "Congress", "Senate", "Council", "Administration", "administration",
        "Guard", "Corps", "Military", "military", "Service", "Bureau"];

    /// <summary>
    /// The state of a city the dictionaries list as an international organization's name ("Brussels" for the European
    /// Union): where the text places something in it, it is that state's city.
    /// </summary>
    public static string? SeatOf(ReadOnlySpan<char> w) =>
        w.Equals("Brussels", StringComparison.OrdinalIgnoreCase) ? "BEL" : null;

    /// <summary>A rank word that may stand before any title ("Deputy Foreign Minister", "Acting Defense Secretary").</summary>
    public static bool IsTitleRank(ReadOnlySpan<char> w) =>
        w is "Deputy" or "Vice" or "Acting" or "Assistant" or "Associate" or "Interim" or "Senior" or "First" or "Under" or "Principal" or "Executive";

    /// <summary>A word that says when someone holds a post, not which post ("Current Prime Minister", "Outgoing President").</summary>
    public static bool IsTenureWord(ReadOnlySpan<char> w) =>
        w is "Current" or "Former" or "Then" or "New" or "Outgoing" or "Incoming" or "Late" or "Ex" or "Newly" or "Previous" or "Future" or "Sitting";

    /// <summary>The last word of a post that a portfolio may lead into ("Commerce Secretary", "Tourism Minister").</summary>
    public static bool IsPortfolioHead(ReadOnlySpan<char> w) => w is "Minister" or "Secretary" or "Commissioner";

    public static bool IsDeterminer(ReadOnlySpan<char> w) => IsDeterminer(w, Classify(w));

    public static bool IsDeterminer(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.Determiner) != 0;

    public static bool IsPremodifier(ReadOnlySpan<char> w) => IsPremodifier(w, Classify(w));

    public static bool IsPremodifier(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.Premodifier) != 0;

    public static bool IsAffiliation(ReadOnlySpan<char> w) => IsAffiliation(w, Classify(w));

    public static bool IsAffiliation(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.Affiliation) != 0;

    public static bool IsLocationPreposition(ReadOnlySpan<char> w) => IsLocationPreposition(w, Classify(w));

    public static bool IsLocationPreposition(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.LocationPreposition) != 0;

    public static bool IsJoiner(ReadOnlySpan<char> w) => IsJoiner(w, Classify(w));

    public static bool IsJoiner(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.Joiner) != 0 && w.Length > 0 && char.IsLower(w[0]);

    public static bool IsMonthOrWeekday(ReadOnlySpan<char> w) => IsMonthOrWeekday(w, Classify(w));

    public static bool IsMonthOrWeekday(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.MonthOrWeekday) != 0 && w.Length > 0 && char.IsUpper(w[0]);

    public static bool IsCommonCapitalized(ReadOnlySpan<char> w) => IsCommonCapitalized(w, Classify(w));

    public static bool IsCommonCapitalized(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.CommonCapitalized) != 0;

    public static bool IsFunctionWord(ReadOnlySpan<char> w) => IsFunctionWord(w, Classify(w));

    public static bool IsFunctionWord(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.FunctionWord) != 0;

    public static bool IsOrganizationCue(ReadOnlySpan<char> w) => IsOrganizationCue(w, Classify(w));

    public static bool IsOrganizationCue(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.OrganizationCue) != 0 && w.Length > 0 && !char.IsLower(w[0]);

    public static bool IsPlaceCue(ReadOnlySpan<char> w) => IsPlaceCue(w, Classify(w));

    public static bool IsPlaceCue(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.PlaceCue) != 0 && w.Length > 0 && char.IsUpper(w[0]);

    public static bool IsPersonCue(ReadOnlySpan<char> w) => IsPersonCue(w, Classify(w));

    public static bool IsPersonCue(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.PersonCue) != 0;

    public static bool IsSpeechVerb(ReadOnlySpan<char> w) => IsSpeechVerb(w, Classify(w));

    public static bool IsSpeechVerb(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.SpeechVerb) != 0;

    public static bool IsCurrency(ReadOnlySpan<char> w) => w is "$" || w.StartsWith("dollar", StringComparison.OrdinalIgnoreCase) || w.Equals("cents", StringComparison.OrdinalIgnoreCase);

    public static bool IsWeakLocationPreposition(ReadOnlySpan<char> w) => w is "in" or "near" or "across" or "throughout" or "around" or "In" or "Near";

    public static bool IsEventCue(ReadOnlySpan<char> w) => IsEventCue(w, Classify(w));

    public static bool IsEventCue(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.EventCue) != 0 && w.Length > 0 && char.IsUpper(w[0]);

    public static bool MayFollowNoun(ReadOnlySpan<char> w) => MayFollowNoun(w, Classify(w));

    public static bool MayFollowNoun(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.AfterNoun) != 0;

    public static bool IsNationalAgent(string agent) => NationalAgents.Contains(agent);

    public static bool IsNationalBody(ReadOnlySpan<char> w) => IsNationalBody(w, Classify(w));

    public static bool IsNationalBody(ReadOnlySpan<char> w, WordClass c) => (c & WordClass.NationalBody) != 0;

    private static readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Classes = BuildClasses();

    // The same words in an open-addressing table on WordKey: the scanner has each token's key already, so most
    // lookups are one probe and no hashing.
    private static readonly (ulong[] Keys, string[] Words, WordClass[] Values) KeyedClasses = BuildKeyedClasses();

    /// <summary>Every class <paramref name="w"/> belongs to, in one lookup (case-insensitive; case rules are applied by the Is… methods).</summary>
    public static WordClass Classify(ReadOnlySpan<char> w) => Classes.TryGetValue(w, out var c) ? c : WordClass.None;

    /// <summary>Like <see cref="Classify(ReadOnlySpan{char})"/> with the word's <see cref="WordKey"/> already computed.</summary>
    public static WordClass Classify(ReadOnlySpan<char> w, ulong key)
    {
        if (key == WordKey.None)
        {
            return Classify(w);
        }

        var (keys, words, values) = KeyedClasses;
        int mask = keys.Length - 1;
        for (int slot = (int)(WordKey.Spread(key) >> 40) & mask; ; slot = (slot + 1) & mask)
        {
            ulong k = keys[slot];
            if (k == 0)
            {
                return WordClass.None;
            }

            if (k == key && w.Equals(words[slot], StringComparison.OrdinalIgnoreCase))
            {
                return values[slot];
            }
        }
    }

    private static (ulong[] Keys, string[] Words, WordClass[] Values) BuildKeyedClasses()
    {
        var all = BuildClassDictionary();
        int size = 1;
        while (size < all.Count * 4)
        {
            size <<= 1;
        }

        var keys = new ulong[size];
        var words = new string[size];
        var values = new WordClass[size];
        foreach (var (word, c) in all)
        {
            ulong key = WordKey.Of(word);
            if (key == WordKey.None)
            {
                // Such a word is found by the frozen table: a key of None always goes there.
                continue;
            }

            int slot = (int)(WordKey.Spread(key) >> 40) & (size - 1);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            keys[slot] = key;
            words[slot] = word;
            values[slot] = c;
        }

        return (keys, words, values);
    }

    private static FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> BuildClasses() =>
        BuildClassDictionary().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    internal static Dictionary<string, WordClass> BuildClassDictionary()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(string[] words, WordClass c)
        {
            foreach (var w in words)
            {
                classes[w] = classes.GetValueOrDefault(w) | c;
            }
        }

        Add(Determiners, WordClass.Determiner);
        Add(Premodifiers, WordClass.Premodifier);
        Add(Affiliations, WordClass.Affiliation);
        Add(LocationPrepositions, WordClass.LocationPreposition);
        Add(Joiners, WordClass.Joiner);
        Add(MonthsAndWeekdays, WordClass.MonthOrWeekday);
        Add(CommonCapitalized, WordClass.CommonCapitalized);
        Add(FunctionWords, WordClass.FunctionWord);
        Add(OrganizationCues, WordClass.OrganizationCue);
        Add(PlaceCues, WordClass.PlaceCue);
        Add(PersonCues, WordClass.PersonCue);
        Add(SpeechVerbs, WordClass.SpeechVerb);
        Add(EventCues, WordClass.EventCue);
        Add(AfterNoun, WordClass.AfterNoun);
        Add(NationalBodies, WordClass.NationalBody);
        return classes;
    }
}
