namespace Dyad.Quotes;

/// <summary>What a word can be to the quote finder; a word may belong to several classes.</summary>
[Flags]
internal enum WordClass
{
    None = 0,

    /// <summary>A finite verb of saying: <c>said</c>, <c>lamented</c>, <c>tweeted</c>.</summary>
    Cue = 1,

    /// <summary>A participle of saying that takes the clause's subject as speaker: <c>saying</c>, <c>adding</c>.</summary>
    Participle = 1 << 1,

    /// <summary>A cue that takes an object before its clause: <c>told reporters that</c>, <c>warned Seoul that</c>.</summary>
    TakesObject = 1 << 2,

    /// <summary>A cue that may introduce a reported clause without <c>that</c>: <c>said the talks failed</c>.</summary>
    BareClause = 1 << 3,

    Determiner = 1 << 4,

    /// <summary>A pronoun that can speak: <c>he</c>, <c>she</c>, <c>they</c>, <c>it</c>, <c>we</c>.</summary>
    Pronoun = 1 << 5,

    Preposition = 1 << 6,

    /// <summary>An auxiliary or modal: ends a subject noun phrase.</summary>
    Auxiliary = 1 << 7,

    /// <summary>An adverb that may sit between a speaker and the cue: <c>also</c>, <c>later</c>.</summary>
    Adverb = 1 << 8,

    /// <summary>A word that opens a clause and so bounds a noun phrase: <c>that</c>, <c>and</c>, <c>while</c>.</summary>
    ClauseBoundary = 1 << 9,

    /// <summary>A head noun for people and bodies that speak: <c>official</c>, <c>spokesman</c>, <c>sources</c>.</summary>
    SpeakerNoun = 1 << 10,

    /// <summary>A plural speaker noun (for <c>they</c> and <c>the sources</c>).</summary>
    Plural = 1 << 11,

    /// <summary>A day, month or deictic time word: never part of a speaker.</summary>
    TimeWord = 1 << 12,

    /// <summary>A word that, before a cue, cancels it as a report: <c>to say</c>, <c>not said</c>, <c>declined to</c>.</summary>
    Negating = 1 << 13,

    /// <summary>A sentence opener that is not a subject: <c>However</c>, <c>Still</c>, <c>Meanwhile</c>.</summary>
    Opener = 1 << 14,

    /// <summary>A title or role adjective that may precede a name: <c>former</c>, <c>senior</c>, <c>deputy</c>.</summary>
    TitleWord = 1 << 15,

    /// <summary>A cue whose that-less clause needs no visible verb: <c>said the offer stood</c>.</summary>
    PlainClause = 1 << 17,

    /// <summary>A verb that names what a speaker called something: <c>called the stabbing “an act of barbarity”</c>.</summary>
    Evaluative = 1 << 18,

    /// <summary>The first word of a two-word cue: <c>expressed</c> (concern), <c>pointed</c> (out), <c>made</c> (clear).</summary>
    CueHead = 1 << 19,

    /// <summary>A noun for a written or spoken text that a colon may introduce: <c>issued a statement: “…”</c>.</summary>
    StatementNoun = 1 << 20,

    /// <summary>An elided word written with a leading apostrophe: <c>'em</c>, <c>'til</c>.</summary>
    Elision = 1 << 16,

    /// <summary>A speaker noun for people who hold no office and speak for no body: <c>researchers</c>, <c>witnesses</c>.</summary>
    Unaffiliated = 1 << 21,
    /// <summary>A cue whose listener may precede a that-less clause: <c>told reporters the situation was calm</c>.</summary>
    ListenerClause = 1 << 22,
    /// <summary>A speaker noun for a body that is no organ of a state: <c>the group</c>, <c>the company</c>, <c>the charity</c>.</summary>
    NonStateBody = 1 << 23,
    /// <summary>A title or role that names a woman: <c>Mrs</c>, <c>Queen</c>, <c>spokeswoman</c> (for <c>she</c>).</summary>
    Feminine = 1 << 24,
    /// <summary>A title or role that names a man: <c>Mr</c>, <c>King</c>, <c>spokesman</c> (for <c>he</c>).</summary>
    Masculine = 1 << 25,
}

/// <summary>
/// The compiled word lists of the quote finder, looked up case-insensitively without allocation. Every key is ASCII
/// letters, so the table is a small open-addressing hash over ASCII-folded characters: a word with any other character
/// misses at once, and a lookup costs a few nanoseconds (this runs once per word of every document).
/// </summary>
internal static class WordClasses
{
    private static readonly HashTable Table = HashTable.Create(Build());

    public static WordClass Of(ReadOnlySpan<char> word) => Table.Find(word);

    public static bool Is(ReadOnlySpan<char> word, WordClass wordClass) => (Of(word) & wordClass) != 0;

    private static Dictionary<string, WordClass> Build()
    {
        var table = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Add(WordClass c, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                table[w] = table.GetValueOrDefault(w) | c;
            }
        }

        // Finite verbs of saying, past and present. Verbs of thinking (believes, thinks) are left out: they are not reports.
        Add(WordClass.Cue | WordClass.BareClause,
            "said says say added adds noted notes stressed stresses insisted insists argued argues claimed claims "
            + "stated states declared declares announced announces explained explains wrote writes tweeted tweets "
            + "emphasized emphasised emphasizes emphasises reiterated reiterates acknowledged acknowledges admitted admits "
            + "conceded concedes confirmed confirms denied denies reported reports recalled recalls predicted predicts "
            + "suggested suggests complained complains vowed vows pledged pledges promised promises maintained maintains "
            + "contended contends asserted asserts alleged alleges countered counters concluded concludes lamented laments "
                        + "underscored underscores underlined underlines disclosed discloses revealed reveals indicated indicates "
            + "cautioned cautions mentioned mentions hinted hints boasted boasts posted posts testified testifies "
            + "proclaimed proclaims agreed agrees recommended recommends demanded demands "
            + "warned warns threatened threatens signaled signalled signals estimated estimates");
        Add(WordClass.Cue | WordClass.TakesObject,
            "told tells tell asked asks assured assures reminded reminds urged urges warned warns briefed "
            + "wrote writes");
        Add(WordClass.NonStateBody,
            "group groups organization organisation organizations organisations charity company companies firm association "
            + "union movement network foundation");
        Add(WordClass.ListenerClause, "told tells tell assured assures reminded reminds warned warns");
        // Verbs that take a that-less clause so often that no verb needs to be seen in it: "said the offer stood".
        Add(WordClass.PlainClause, "said says say added adds insisted insists argued argues claimed claims stated states");

        // Cues only next to quotation marks: "the statement read: “…”", "X reacted on Twitter, “…”".
        Add(WordClass.Cue,
            "read reads reacted reacts spoke speaks replied replies responded responds answered answers remarked remarks "
            + "commented comments observed observes quipped joked shouted yelled whispered mused exclaimed exclaims "
            + "recounted recounts continued continues elaborated elaborates retorted retorts marveled marvelled marvels "
            + "wondered wonders summarized summarised summarizes opined opines");
        Add(WordClass.Participle,
            "saying adding noting stressing insisting arguing claiming stating declaring announcing explaining writing "
            + "tweeting telling asking replying responding emphasizing emphasising reiterating acknowledging admitting "
            + "conceding confirming denying recalling predicting suggesting complaining vowing pledging promising "
            + "maintaining contending asserting alleging countering concluding lamenting remarking commenting observing "
            + "underscoring warning cautioning urging quipping joking declaring posting recommending demanding");
        Add(WordClass.Determiner,
            "a an the another this these those his her its their our my your one two three four five several some many "
            + "most other both each every all any few");
        Add(WordClass.Pronoun, "he she they it we i");
        Add(WordClass.Preposition,
            "of from at for with in on to by about under over between among into during after before without within "
            + "against toward towards near");
        Add(WordClass.Auxiliary,
            "is are was were be been being has have had will would can could may might should must shall did does do "
            + "am not never");
        Add(WordClass.Adverb,
            "also later then previously earlier further again reportedly separately recently once still too simply only "
            + "finally often repeatedly publicly privately bluntly flatly firmly openly frankly angrily calmly quickly "
            + "initially subsequently already immediately");
        Add(WordClass.ClauseBoundary,
            "that and but or while as because since although though if when whether which who whom whose where so than "
            + "unless until after before despite");
        Add(WordClass.SpeakerNoun,
            "official source spokesman spokeswoman spokesperson minister president secretary chairman chairwoman chair "
            + "leader diplomat ambassador envoy lawmaker legislator senator representative congressman congresswoman "
            + "governor mayor analyst expert researcher professor economist general commander officer director "
            + "executive chief head aide adviser advisor negotiator premier chancellor king queen prince emperor "
            + "government ministry department agency office administration military army police party campaign "
            + "committee council commission court judge prosecutor lawyer attorney witness resident activist "
            + "statement report spokesmen people person man woman member observer insider colleague counterpart "
            + "delegate delegation embassy regime foreign media news newspaper broadcaster outlet television radio "
            + "network company firm organization organisation group union association institute center centre "
            + "foundation agency bureau service scientist palace");
        Add(WordClass.SpeakerNoun | WordClass.Plural,
            "officials sources spokesmen ministers leaders diplomats lawmakers legislators analysts experts researchers "
            + "economists officers aides advisers advisors negotiators residents activists witnesses people members "
            + "observers insiders delegates authorities critics officers politicians protesters experts organizers groups "
            + "scientists companies organizations organisations governments ministries agencies");
        Add(WordClass.Unaffiliated,
            "analyst analysts expert experts researcher researchers professor professors economist economists scientist "
            + "scientists witness witnesses resident residents activist activists people person man woman observer observers "
            + "critic critics protester protesters organizer organizers organiser organisers insider insiders "
            // "The Security Council will meet on Tuesday, diplomats said": unnamed diplomats seldom serve the state
            // just named (a named state stays theirs: "Chinese diplomats", "a Western diplomat at the UN").
            + "diplomat diplomats");
        Add(WordClass.TimeWord,
            "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
            + "september october november december today yesterday tonight tomorrow week month year weekend morning "
            + "evening afternoon night");
        Add(WordClass.Negating, "to not never declined refused cannot neither nor without");
        Add(WordClass.Opener,
            "however still meanwhile moreover furthermore nevertheless nonetheless but and yet so also instead then "
            + "separately earlier later previously indeed in on at with after before during for from under when while "
            + "as although though because since if despite according last");
        Add(WordClass.TitleWord,
            "former senior deputy acting chief top vice foreign prime then interim incoming outgoing junior assistant "
            + "associate general special new current");
        Add(WordClass.Evaluative,
            "called calls termed terms described describes labeled labelled labels dubbed dubs referred refers branded "
            + "brands hailed hails slammed slams criticized criticised criticizes blasted denounced condemned condemns "
            + "praised praises decried decries accused accuses dismissed dismisses rejected rejects mocked mocks ridiculed "
            + "lambasted calling describing labeling labelling branding dubbing terming expressed expresses voiced");
        Add(WordClass.StatementNoun,
            "statement statements message tweet post letter note remarks words reply response announcement communique "
            + "declaration speech");
        Add(WordClass.Feminine,
            "mrs ms miss madam madame queen princess duchess countess lady dame baroness empress spokeswoman chairwoman "
            + "congresswoman councilwoman businesswoman assemblywoman she");
        Add(WordClass.Masculine,
            "mr king prince duke sir lord emperor spokesman chairman congressman councilman businessman assemblyman he");
        Add(WordClass.CueHead, "expressed expresses voiced pointed points made");
        Add(WordClass.Elision, "em til tis twas cause n bout");
        foreach (var word in table.Keys)
        {
            if (!word.All(char.IsAsciiLetterLower))
            {
                throw new InvalidOperationException($"word list entry '{word}' must be lower-case ASCII letters");
            }
        }

        return table;
    }

    /// <summary>Open addressing over ASCII-folded characters; built once, then only read.</summary>
    private sealed class HashTable
    {
        private readonly string?[] _keys;
        private readonly WordClass[] _values;
        private readonly int _mask;
        private readonly int _maxLength;

        private HashTable(int size)
        {
            _keys = new string?[size];
            _values = new WordClass[size];
            _mask = size - 1;
        }

        public static HashTable Create(Dictionary<string, WordClass> entries)
        {
            int size = 1;
            while (size < entries.Count * 4)
            {
                size <<= 1;
            }

            var table = new HashTable(size);
            int longest = 0;
            foreach (var (word, wordClass) in entries)
            {
                int slot = (int)(Hash(word) & (uint)table._mask);
                while (table._keys[slot] is not null)
                {
                    slot = (slot + 1) & table._mask;
                }

                table._keys[slot] = word;
                table._values[slot] = wordClass;
                longest = Math.Max(longest, word.Length);
            }

            return new HashTable(table, longest);
        }

        private HashTable(HashTable built, int maxLength)
        {
            _keys = built._keys;
            _values = built._values;
            _mask = built._mask;
            _maxLength = maxLength;
        }

        public WordClass Find(ReadOnlySpan<char> word)
        {
            if (word.Length == 0 || word.Length > _maxLength)
            {
                return WordClass.None;
            }

            uint hash = 2166136261;
            foreach (char c in word)
            {
                if (!char.IsAsciiLetter(c))
                {
                    return WordClass.None;
                }

                hash = unchecked((hash ^ (uint)(c | 0x20)) * 16777619);
            }

            for (int slot = (int)(hash & (uint)_mask); _keys[slot] is { } key; slot = (slot + 1) & _mask)
            {
                if (key.Length == word.Length && Matches(key, word))
                {
                    return _values[slot];
                }
            }

            return WordClass.None;
        }

        private static bool Matches(string key, ReadOnlySpan<char> word)
        {
            for (int i = 0; i < key.Length; i++)
            {
                if (key[i] != (word[i] | 0x20))
                {
                    return false;
                }
            }

            return true;
        }

        private static uint Hash(string word)
        {
            uint hash = 2166136261;
            foreach (char c in word)
            {
                hash = unchecked((hash ^ c) * 16777619);
            }

            return hash;
        }
    }
}
