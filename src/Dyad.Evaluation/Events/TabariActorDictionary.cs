using System.Globalization;
using Dyad.Core;

namespace Dyad.Evaluation.Events;

/// <summary>
/// A minimal reader of TABARI actor and agent dictionaries, for the TABARI and PETRARCH evaluations only (the actors
/// stage owns real actor coding). Words not ending in <c>_</c> match as stems; codes may carry date restrictions
/// (<c>[USAGOV 991201-010114]</c>, <c>[AR1 &lt;911226]</c>); agents (<c>[~GOV]</c>) join the actor they modify.
/// It adds <see cref="Mention"/>s to a tokenized document, with pronouns referring back to the previous actor.
/// </summary>
internal sealed class TabariActorDictionary
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they", "him", "them", "his", "its", "their", "her" };

    private readonly Node _root = new();

    public List<string> Problems { get; } = [];

    public void ReadActors(string path, bool agents)
    {
        var name = Path.GetFileName(path);
        int lineNumber = 0;
        bool skip = false;
        List<string>? pending = null;
        Entry? last = null;
        bool inComment = false;
        var pendingCodes = new List<(string? Code, int From, int To)>();

        void Flush()
        {
            if (pending is not null && pendingCodes.Count > 0)
            {
                var entry = new Entry([.. pendingCodes], agents);
                foreach (var p in pending)
                {
                    Add(p, entry);
                }

                last = entry;
            }

            pending = null;
            pendingCodes.Clear();
        }

        foreach (var raw in File.ReadLines(path, System.Text.Encoding.Latin1))
        {
            lineNumber++;
            var line = raw;
            if (inComment)
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            if (line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            if (line.Contains('!', StringComparison.Ordinal))
            {
                // PETRARCH substitution macros (!PERSON! = MAN, MEN) are not supported.
                continue;
            }

            int semicolon = line.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                line = line[..semicolon];
            }

            // '#' starts a PETRARCH comment, but inside brackets it is TABARI's discard code: [### <890101].
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            while (hash >= 0 && line.LastIndexOf('[', hash) > line.LastIndexOf(']', hash))
            {
                hash = line.IndexOf('#', line.IndexOf(']', hash) is int close and >= 0 ? close : line.Length - 1);
            }

            if (hash >= 0)
            {
                line = line[..hash];
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('<'))
            {
                skip = !line.StartsWith("</", StringComparison.Ordinal);
                continue;
            }

            if (skip || line.StartsWith('-') || line.StartsWith('{') || line.StartsWith('&'))
            {
                continue;
            }

            // A block: NAME alone, then +SYNONYM lines, then one or more [CODE DATES] lines.
            if (line.StartsWith('+'))
            {
                if (pending is not null)
                {
                    pending.Add(line[1..].Trim());
                }
                else if (last is not null)
                {
                    // PETRARCH lists synonyms after the coded line.
                    Add(line[1..].Trim(), last);
                }

                continue;
            }

            int open = line.IndexOf('[', StringComparison.Ordinal);
            if (open < 0)
            {
                Flush();
                pending = [line];
                continue;
            }

            if (open == 0)
            {
                if (pending is null)
                {
                    if (last is not null)
                    {
                        // PETRARCH: date-restricted codes on the lines after "NAME [DEFAULT]".
                        int closing = line.IndexOf(']', StringComparison.Ordinal);
                        last.Codes.Add(ParseCode(line[1..(closing > 0 ? closing : line.Length)]));
                    }
                    else
                    {
                        Problems.Add($"{name}:{lineNumber}: code without a name");
                    }

                    continue;
                }

                int close = line.IndexOf(']', StringComparison.Ordinal);
                pendingCodes.Add(ParseCode(line[1..(close > 0 ? close : line.Length)]));
                continue;
            }

            Flush();
            var phrase = line[..open].Trim();
            var codes = new List<(string? Code, int From, int To)>();
            int at = open;
            while (at >= 0 && at < line.Length)
            {
                int close = line.IndexOf(']', at);
                if (close < 0)
                {
                    break;
                }

                codes.Add(ParseCode(line[(at + 1)..close]));
                at = line.IndexOf('[', close);
            }

            if (codes.Count == 0 || phrase.Length == 0)
            {
                Problems.Add($"{name}:{lineNumber}: malformed entry");
                continue;
            }

            // PETRARCH agents list plurals in braces: ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV].
            var extra = new List<string>();
            int brace = phrase.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                int closeBrace = phrase.IndexOf('}', brace);
                if (closeBrace > brace)
                {
                    extra.AddRange(phrase[(brace + 1)..closeBrace].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }

                phrase = phrase[..brace].Trim();
            }

            last = new Entry(codes, agents);
            if (phrase.Length > 0)
            {
                Add(phrase, last);
            }

            foreach (var e in extra)
            {
                Add(e, last);
            }
        }

        Flush();
    }

    /// <summary>
    /// Adds actor mentions (and pronoun mentions referring back) to a tokenized, sentence-split document. With
    /// <paramref name="firstActorPronouns"/> pronouns follow TABARI's rules (HE, SHE, IT, ITS, THEY … name the first actor
    /// of the sentence before them), else they name the nearest actor before them. A pronoun before any actor takes
    /// <paramref name="forwarded"/>, the first actor of the story's previous sentence (TABARI's FORWARD). Returns the code
    /// to forward to the next sentence: this one's first actor, or the forwarded one it used.
    /// </summary>
    public string? AddMentions(Document document, int date, bool firstActorPronouns = false, string? forwarded = null)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var spans = new List<(int Start, int End, string? Code, bool Agent)>();
        for (int t = 0; t < tokens.Count;)
        {
            int best = 0;
            Entry? found = null;
            Walk(_root, document, t, 0, ref best, ref found);
            if (best > 0 && found is not null)
            {
                spans.Add((t, t + best, found.CodeAt(date), found.Agent));
                t += best;
            }
            else
            {
                t++;
            }
        }

        var used = new bool[spans.Count];
        string? listAgent = null;
        int listEnd = -1;
        for (int i = 0; i < spans.Count; i++)
        {
            var (start, end, code, agent) = spans[i];
            if (code is null || agent)
            {
                continue;
            }

            used[i] = true;

            // PETRARCH: "the ambassadors of Arnor, Osgiliath and Gondor" gives every listed actor the agent.
            if (listAgent is not null && !(start > listEnd && OnlyListWords(document, listEnd, start)))
            {
                listAgent = null;
            }

            // "Former" before the actor or its agent makes the agent an elite (CAMEO's ELI).
            bool former = start > 0 && IsWord(document, start - 1, "former");

            // An agent right after the actor ("Gondor 's Prime Minister", "Gondor army", "Arnor former officials") joins it.
            int mentionEnd = end;
            var full = code;
            if (i + 1 < spans.Count && spans[i + 1].Agent && spans[i + 1].Code is { } agentCode)
            {
                int gap = spans[i + 1].Start - end;
                bool possessive = gap == 1 && tokens[end].Kind == TokenKind.Clitic;
                bool formerAgent = gap == 1 && IsWord(document, end, "former");
                if (gap == 0 || possessive || formerAgent)
                {
                    full = Join(code, former || formerAgent ? Elite(agentCode) : agentCode);
                    mentionEnd = spans[i + 1].End;
                    used[i + 1] = true;
                    i++;
                }
            }

            // An agent right before the actor ("President Umbardacil") or before "of"/"in"/"from" and the actor joins it.
            int before = i - 1;
            while (before >= 0 && used[before] && spans[before].End > start)
            {
                before--;
            }

            if (before >= 0 && !used[before] && spans[before].Agent && spans[before].Code is { } leading
                && (spans[before].End == start || spans[before].End + 1 == start && IsLink(document, spans[before].End)))
            {
                bool formerLeading = spans[before].Start > 0 && IsWord(document, spans[before].Start - 1, "former");
                full = Join(code, formerLeading ? Elite(leading) : leading);
                start = spans[before].Start;
                used[before] = true;
                listAgent = DistributeAgents && spans[before].End + 1 == spans[i].Start ? (formerLeading ? Elite(leading) : leading) : null;
            }
            else if (listAgent is not null && full == code)
            {
                full = Join(code, listAgent);
            }

            listEnd = mentionEnd;
            AddActor(document, tokens, start, mentionEnd, full);
        }

        if (ConvertAgents)
        {
            // An agent with no actor becomes an actor with the agent's own code ("Guerrillas" → ~REB).
            for (int i = 0; i < spans.Count; i++)
            {
                if (!used[i] && spans[i].Agent && spans[i].Code is { } alone)
                {
                    bool former = spans[i].Start > 0 && IsWord(document, spans[i].Start - 1, "former");
                    AddActor(document, tokens, spans[i].Start, spans[i].End, former ? Elite(alone) : alone);
                }
            }
        }

        // Forwarding carries the actor, not its agent: "Fornost President Umbardacil … He" is FOR.
        string? first = document.Mentions.Count > 0 && document.Mentions.MinBy(m => m.Span.Start) is { } opening ? opening.Country ?? opening.Actor : null;
        bool forwardedUsed = false;

        // Pronouns point to an actor before them.
        var ordered = document.Mentions.OrderBy(m => m.Span.Start).ToList();
        document.Mentions.Clear();
        document.Mentions.AddRange(ordered);
        var pronouns = new List<Mention>();
        for (int t = 0; t < tokens.Count; t++)
        {
            var word = text.Substring(tokens[t].Start, tokens[t].Span.Length);
            if (!Pronouns.Contains(word) || document.Mentions.Any(m => m.Span.Contains(tokens[t].Start)))
            {
                continue;
            }

            int antecedent = -1;
            int sentence = document.SentenceAt(tokens[t].Start);
            for (int m = 0; m < document.Mentions.Count && document.Mentions[m].Span.Start < tokens[t].Start; m++)
            {
                if (!firstActorPronouns)
                {
                    antecedent = m;
                }
                else if (document.SentenceAt(document.Mentions[m].Span.Start) == sentence)
                {
                    antecedent = m;
                    break;
                }
            }

            if (antecedent >= 0)
            {
                pronouns.Add(new Mention(tokens[t].Span, Math.Max(0, sentence), MentionKind.Country, null, null, null, antecedent, new Evidence("eval.tabari-actors", "pronoun")));
            }
            else if (forwarded is not null && t < FirstMentionToken(document))
            {
                pronouns.Add(new Mention(tokens[t].Span, Math.Max(0, sentence), MentionKind.Country, forwarded, forwarded.Length >= 3 ? forwarded[..3] : forwarded, null, null, new Evidence("eval.tabari-actors", "forwarded pronoun")));
                forwardedUsed = true;
            }
        }

        if (pronouns.Count > 0)
        {
            // Pronoun antecedents are indices into the ordered list; appending keeps them valid, then sort with remapping.
            var all = document.Mentions.Concat(pronouns).Select((m, i) => (m, i)).OrderBy(x => x.m.Span.Start).ToList();
            var newIndex = new int[all.Count];
            for (int k = 0; k < all.Count; k++)
            {
                newIndex[all[k].i] = k;
            }

            document.Mentions.Clear();
            foreach (var (m, _) in all)
            {
                document.Mentions.Add(m.RefersTo is int r ? m with { RefersTo = newIndex[r] } : m);
            }
        }

        return first ?? (forwardedUsed ? forwarded : null);
    }

    private static int FirstMentionToken(Document document)
    {
        if (document.Mentions.Count == 0)
        {
            return int.MaxValue;
        }

        int start = document.Mentions.Min(m => m.Span.Start);
        int token = 0;
        while (token < document.Tokens.Count && document.Tokens[token].Span.End <= start)
        {
            token++;
        }

        return token;
    }

    /// <summary>PETRARCH's reading of "AGENT of A, B and C": every listed actor takes the agent.</summary>
    public bool DistributeAgents { get; set; }

    // Between two listed actors only commas and conjunctions.
    private static bool OnlyListWords(Document document, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!(IsWord(document, t, ",") || IsWord(document, t, "and") || IsWord(document, t, "or")))
            {
                return false;
            }
        }

        return to > from;
    }

    /// <summary>TABARI's SET: CONVERT AGENTS: agents with no actor are coded as actors.</summary>
    public bool ConvertAgents { get; set; }

    private static void AddActor(Document document, List<Token> tokens, int start, int end, string full)
    {
        var span = TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].Span.End);
        if (document.Mentions.Count > 0 && document.Mentions[^1] is var previous && previous.Actor is { Length: > 3 }
            && start > 0 && tokens[start - 1].Span.End == previous.Span.End && previous.Span.End + 1 >= span.Start)
        {
            // A name right after a titled actor ("Bree Prime Minister Romendacil") is the same person: keep the title's code.
            document.Mentions[^1] = previous with { Span = TextSpan.FromBounds(previous.Span.Start, span.End) };
            return;
        }

        var country = full.StartsWith('~') ? null : full.Length >= 3 ? full[..3] : full;
        document.Mentions.Add(new Mention(span, Math.Max(0, document.SentenceAt(span.Start)), MentionKind.Country, full, country, null, null, new Evidence("eval.tabari-actors", "dictionary")));
    }

    private static bool IsWord(Document document, int token, string word) =>
        token >= 0 && token < document.Tokens.Count && document.Slice(document.Tokens[token].Span).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsLink(Document document, int token) =>
        IsWord(document, token, "of") || IsWord(document, token, "in") || IsWord(document, token, "from");

    // "~GOV" → "~ELI", "NGM~" → "ELI~".
    private static string Elite(string agent) => agent.StartsWith('~') ? "~ELI" : agent.EndsWith('~') ? "ELI~" : "ELI";

    // An actor that already carries the agent (White House = USAGOV, + officials ~GOV) keeps its code.
    private static string Join(string actor, string agent)
    {
        var suffix = agent.Trim('~');
        if (actor.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && actor.Length > 3)
        {
            return actor;
        }

        if (agent.EndsWith('~') && actor.StartsWith(suffix, StringComparison.OrdinalIgnoreCase))
        {
            return actor;
        }

        return agent.StartsWith('~') ? actor + suffix : agent.EndsWith('~') ? suffix + actor : actor + agent;
    }

    private static void Walk(Node node, Document document, int t, int depth, ref int best, ref Entry? found, bool skipping = false)
    {
        if (!skipping && node.Entry is not null && depth > best)
        {
            best = depth;
            found = node.Entry;
        }

        if (t >= document.Tokens.Count)
        {
            return;
        }

        // Words written apart (PRINCE DOL_AMROTH) may have a word or two between them: "Prince of Dol Amroth".
        if (node.GapAfter && !skipping)
        {
            for (int k = 1; k <= 2 && t + k < document.Tokens.Count && document.Tokens[t + k - 1].Kind == TokenKind.Word; k++)
            {
                Walk(node, document, t + k, depth + k, ref best, ref found, skipping: true);
            }
        }

        var word = document.Text.AsSpan(document.Tokens[t].Start, document.Tokens[t].Span.Length);

        // TABARI reads a hyphen in text as a blank: "state-run television" matches STATE_RUN_TELEVISION.
        if (depth > 0 && word is "-" or "_" && (node.Exact is null || !node.Exact.ContainsKey(word.ToString())))
        {
            Walk(node, document, t + 1, depth + 1, ref best, ref found);
            return;
        }

        if (node.Exact is not null && node.Exact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var next))
        {
            Walk(next, document, t + 1, depth + 1, ref best, ref found);
        }

        if (node.Stems is not null)
        {
            foreach (var (prefix, child) in node.Stems)
            {
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    Walk(child, document, t + 1, depth + 1, ref best, ref found);
                }
            }
        }
    }

    private void Add(string phrase, Entry entry)
    {
        // "MOUSE=": no regular endings; the word itself still matches.
        phrase = phrase.Replace("=", string.Empty, StringComparison.Ordinal);
        var node = _root;
        var words = phrase.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A trailing underscore on the last word (or any word) means an exact word; otherwise a stem.
        var exactFlags = new List<bool>();
        var gapAfter = new List<bool>();
        foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split('_');
            int last = Array.FindLastIndex(pieces, x => x.Length > 0);
            for (int k = 0; k < pieces.Length; k++)
            {
                if (pieces[k].Length > 0)
                {
                    exactFlags.Add(k < pieces.Length - 1);
                    gapAfter.Add(k == last);
                }
            }
        }

        if (gapAfter.Count > 0)
        {
            gapAfter[^1] = false;
        }

        for (int w = 0; w < words.Length; w++)
        {
            // Split a word the way the tokenizer would ("U.S." stays, "AL-QAEDA" splits at hyphens, "'s" splits).
            var pieces = SplitLikeTokens(words[w]);
            for (int p = 0; p < pieces.Count; p++)
            {
                bool exact = (w < exactFlags.Count && exactFlags[w]) || p < pieces.Count - 1 || pieces[p].Length < 3;
                if (exact)
                {
                    node.Exact ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                    if (!node.Exact.TryGetValue(pieces[p], out var child))
                    {
                        child = new Node();
                        node.Exact[pieces[p]] = child;
                    }

                    // TABARI adds the regular plural endings to the last word even when it must match exactly (MUSLIM_ → Muslims).
                    if (w == words.Length - 1 && p == pieces.Count - 1 && pieces[p].Length >= 3 && char.IsLetter(pieces[p][^1]))
                    {
                        node.Exact.TryAdd(pieces[p] + "s", child);
                        node.Exact.TryAdd(pieces[p] + "es", child);
                    }

                    node = child;
                }
                else
                {
                    node.Stems ??= [];
                    var existing = node.Stems.FindIndex(s => string.Equals(s.Prefix, pieces[p], StringComparison.OrdinalIgnoreCase));
                    if (existing < 0)
                    {
                        node.Stems.Add((pieces[p], new Node()));
                        existing = node.Stems.Count - 1;
                    }

                    node = node.Stems[existing].Child;
                }
            }

            if (w < gapAfter.Count && gapAfter[w])
            {
                node.GapAfter = true;
            }
        }

        node.Entry ??= entry;
    }

    private static List<string> SplitLikeTokens(string word)
    {
        var tokens = new List<Token>();
        Dyad.Text.Tokenizer.Tokenize(word, tokens);
        return tokens.Select(t => word.Substring(t.Start, t.Span.Length)).ToList();
    }

    private static (string? Code, int From, int To) ParseCode(string inside)
    {
        var parts = inside.Trim().Replace(" - ", "-", StringComparison.Ordinal).Replace("< ", "<", StringComparison.Ordinal).Replace("> ", ">", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 0 && parts[0].Length > 0 && (char.IsAsciiDigit(parts[0][0]) || parts[0][0] is '<' or '>'))
        {
            // A date restriction with no code: the entry says nothing in that period.
            parts = ["---", .. parts];
        }

        if (parts.Length == 0)
        {
            return (null, int.MinValue, int.MaxValue);
        }

        string? code = parts[0].Trim();
        if (code.All(c => c is '-' or '#'))
        {
            code = null;
        }

        int from = int.MinValue, to = int.MaxValue;
        if (parts.Length > 1)
        {
            var d = parts[1];
            if (d.StartsWith('<'))
            {
                to = Date(d[1..]);
            }
            else if (d.StartsWith('>'))
            {
                from = Date(d[1..]);
            }
            else if (d.Contains('-', StringComparison.Ordinal))
            {
                var range = d.Split('-');
                from = Date(range[0]);
                to = Date(range[1]);
            }
        }

        return (code, from, to);
    }

    /// <summary>A TABARI date (YYMMDD or YYYYMMDD) as yyyymmdd.</summary>
    public static int Date(string text)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            return 0;
        }

        if (text.Length == 6)
        {
            int year = value / 10000;
            value += year >= 30 ? 19000000 : 20000000;
        }

        return value;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Exact { get; set; }

        public List<(string Prefix, Node Child)>? Stems { get; set; }

        public Entry? Entry { get; set; }

        /// <summary>The phrase continues after a blank here, so other words may come first.</summary>
        public bool GapAfter { get; set; }
    }

    private sealed record Entry(List<(string? Code, int From, int To)> Codes, bool Agent)
    {
        /// <summary>The first date-restricted code that holds on <paramref name="date"/>, else the unrestricted one.</summary>
        public string? CodeAt(int date)
        {
            (string? Code, int From, int To)? open = null;
            foreach (var (code, from, to) in Codes)
            {
                if (from == int.MinValue && to == int.MaxValue)
                {
                    open ??= (code, from, to);
                }
                else if (date >= from && date <= to)
                {
                    return code;
                }
            }

            return open is { } fallback ? fallback.Code : Codes[^1].Code;
        }
    }
}
