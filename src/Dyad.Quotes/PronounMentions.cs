using Dyad.Core;

namespace Dyad.Quotes;

/// <summary>
/// Mentions that only the quotes can resolve: a pronoun speaker (<c>he said</c>) becomes a mention that refers to the
/// mention naming that speaker, and a first-person plural inside a direct quote (<c>“We will respond”</c>) refers to
/// the quote's speaker and takes its codes. They are appended after the actors stage's mentions, so no earlier index
/// moves.
/// </summary>
internal static class PronounMentions
{
    public static void Add(TokenView v, SpeakerLinker linker, string stage)
    {
        var document = v.Document;
        for (int q = 0; q < document.Quotes.Count; q++)
        {
            var quote = document.Quotes[q];
            if (quote.Speaker is not { } speaker || (speaker.Actor is null && speaker.Country is null))
            {
                continue;
            }

            int? antecedent = speaker.Mention;
            if (speaker.Mention is null && SameSpan(document, speaker.Span) is int existing)
            {
                // "“…,” he said. “…”": the pronoun already became a mention for the first quote it speaks.
                antecedent = existing;
                document.Quotes[q] = quote with { Speaker = speaker with { Mention = existing } };
            }
            else if (speaker.Mention is null && PronounKind(v, speaker.Span) is { } kind)
            {
                int named = NearestNaming(document, speaker);
                document.Mentions.Add(new Mention(
                    speaker.Span, Math.Max(0, document.SentenceAt(speaker.Span.Start)), kind, speaker.Actor, speaker.Country,
                    AgentOf(document, named, speaker), named >= 0 ? named : null, new Evidence(stage, "quotes.pronoun.speaker")));
                antecedent = document.Mentions.Count - 1;
                document.Quotes[q] = quote with { Speaker = speaker with { Mention = antecedent } };
            }

            if (quote.Kind == QuoteKind.Direct && antecedent is int a)
            {
                AddFirstPersonPlural(v, quote, a, stage);
            }
        }

        AddSubjectPronouns(v, linker, stage);
        AddObjectPronouns(v, linker, stage);
    }

    /// <summary>
    /// "Kim Jong Un greeted him at the airport", "Abe met Moon and told him …": an object "him" (or "her" before no
    /// noun) outside quotations stands for the person named last before it in its sentence other than the sentence's
    /// first actor (its subject, more often than not); without one, for the person the sentence-opening pronoun rule
    /// would take from the sentences before, when that is not the subject again.
    /// </summary>
    private static void AddObjectPronouns(TokenView v, SpeakerLinker linker, string stage)
    {
        var document = v.Document;
        int added = document.Mentions.Count;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
            {
                // "him" and "her" are three letters starting with 'h': most tokens fail that without a string compare.
                var token = v.Tokens[t];
                if (token.Span.Length != 3 || v.Text[token.Start] != 'h'
                    || !IsObjectPronoun(v, t, sentence.EndToken) || InQuote(document, token.Start) || Covered(document, token.Span))
                {
                    continue;
                }

                // "Following the UK's Brexit vote, Theresa May appointed him": the subject follows a fronted phrase.
                int clauseStart = FrontedPhraseEnd(v, sentence.FirstToken, t);
                int? subject = null;
                int? nearest = null;
                for (int m = 0; m < added; m++)
                {
                    var x = document.Mentions[m];
                    if (x.Sentence != s || x.Span.Start < v.Tokens[clauseStart].Start || x.Span.End > v.Tokens[t].Start || x.Kind == MentionKind.Location)
                    {
                        continue;
                    }

                    // The sentence's first actor is its subject, more often than not: "The ministry summoned the
                    // ambassador and warned him" warns the ambassador.
                    if (subject is not int first || x.Span.Start < document.Mentions[first].Span.Start)
                    {
                        subject = m;
                    }

                    if (x.Kind == MentionKind.Person && (nearest is not int last || x.Span.Start > document.Mentions[last].Span.Start))
                    {
                        nearest = m;
                    }
                }

                // "Jeremy Hunt, who succeeded him": a relative clause is about the person it follows, not its object.
                if (nearest is int n && nearest != subject && RelativeBetween(v, document.Mentions[n].Span.End, t))
                {
                    continue;
                }

                int? antecedent = nearest != subject ? nearest
                    : linker.RecentPerson(sentence.Start, s, SubjectReach) is { } earlier && !SamePerson(document, linker, earlier.Mention, subject) ? earlier.Mention
                    : null;
                if (antecedent is not int a || linker.CodedMention(a) is not { } coded)
                {
                    continue;
                }

                document.Mentions.Add(new Mention(
                    v.Tokens[t].Span, s, MentionKind.Person, coded.Actor, coded.Country, coded.Agent, a, new Evidence(stage, "quotes.pronoun.object")));
            }
        }
    }

    /// <summary>
    /// After a sentence that opens with a preposition or a participle and a comma before <paramref name="limit"/>, the
    /// token after that comma; else <paramref name="first"/>.
    /// </summary>
    private static int FrontedPhraseEnd(TokenView v, int first, int limit)
    {
        if (!(v.Has(first, WordClass.Preposition) || v.EndsWith(first, "ing")))
        {
            return first;
        }

        for (int k = first + 1; k < limit; k++)
        {
            if (v.Is(k, ','))
            {
                return k + 1;
            }
        }

        return first;
    }

    /// <summary>Whether "who", "whom" or "which" stands between offset <paramref name="from"/> and token <paramref name="pronoun"/>.</summary>
    private static bool RelativeBetween(TokenView v, int from, int pronoun)
    {
        for (int k = pronoun - 1; k >= 0 && v.Tokens[k].Start >= from; k--)
        {
            if (v.Word(k) is "who" or "which" or "whom")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"him"; "her" when no noun follows ("met her on Monday", not "her government").</summary>
    private static bool IsObjectPronoun(TokenView v, int t, int end)
    {
        if (v.Word(t) is "him")
        {
            return true;
        }

        return v.Word(t) is "her" && (t + 1 >= end || !v.IsWord(t + 1) || v.Has(t + 1, WordClass.Preposition) || v.Word(t + 1) is "to" or "that" or "and" or "on" or "in" or "at");
    }

    private static bool InQuote(Document document, int offset)
    {
        foreach (var q in document.Quotes)
        {
            if (q.Kind == QuoteKind.Direct && q.Span.Start <= offset && offset < q.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether mentions <paramref name="a"/> and <paramref name="b"/> name one person (one refers to the other, or the same name).</summary>
    private static bool SamePerson(Document document, SpeakerLinker linker, int a, int? b)
    {
        if (b is not int other)
        {
            return false;
        }

        var x = document.Mentions[a];
        var y = document.Mentions[other];
        return x.RefersTo == other || y.RefersTo == a || x.RefersTo is not null && x.RefersTo == y.RefersTo
            || document.TextOf(x.Span) == document.TextOf(y.Span)
            || linker.CodedMention(a) is { } cx && linker.CodedMention(other) is { } cy && cx.Span == cy.Span;
    }

    /// <summary>How many sentences back a sentence-opening "He"/"She" looks for the person it stands for.</summary>
    private const int SubjectReach = 2;

    /// <summary>
    /// "Putin met Erdogan on Monday. He criticized the sanctions.": a "He" or "She" opening a sentence, before its verb,
    /// stands for the first person named in the latest sentence that names one (its subject, more often than not; the
    /// linker's rule for a pronoun speaker), so the events stage can code what that person did.
    /// </summary>
    private static void AddSubjectPronouns(TokenView v, SpeakerLinker linker, string stage)
    {
        var document = v.Document;
        for (int s = 1; s < document.Sentences.Count; s++)
        {
            int t = document.Sentences[s].FirstToken;
            if (t + 1 >= v.Count || !(v.Word(t) is "He" or "She") || !v.IsLowerWord(t + 1) || Covered(document, v.Tokens[t].Span)
                || linker.RecentPerson(v.Tokens[t].Start, s, SubjectReach) is not { } person
                || linker.CodedMention(person.Mention) is not { } coded)
            {
                continue;
            }

            document.Mentions.Add(new Mention(
                v.Tokens[t].Span, s, MentionKind.Person, coded.Actor, coded.Country, coded.Agent, person.Mention, new Evidence(stage, "quotes.pronoun.subject")));
        }
    }

    private static void AddFirstPersonPlural(TokenView v, Quote quote, int antecedent, string stage)
    {
        var document = v.Document;
        var named = document.Mentions[antecedent];
        for (int t = FirstTokenAt(v, quote.Span.Start); t < v.Count && v.Tokens[t].Start < quote.Span.End; t++)
        {
            var word = v.Word(t);
            bool plural = word is "we" or "We" or "our" or "Our" or "us" or "ours" or "WE";
            if (!plural || Covered(document, v.Tokens[t].Span))
            {
                continue;
            }

            document.Mentions.Add(new Mention(
                v.Tokens[t].Span, quote.Sentence, MentionKind.Group, named.Actor, named.Country, named.Agent, antecedent,
                new Evidence(stage, "quotes.first-person-plural")));
        }
    }

    /// <summary>The kind of a pronoun speaker phrase (<c>he</c>, <c>she</c>, <c>they</c>, <c>it</c>), or null.</summary>
    private static MentionKind? PronounKind(TokenView v, TextSpan span)
    {
        int t = FirstTokenAt(v, span.Start);
        if (t >= v.Count || v.Tokens[t].Span != span)
        {
            return null;
        }

        var w = v.Word(t);
        return w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase) ? MentionKind.Person
            : w.Equals("they", StringComparison.OrdinalIgnoreCase) ? MentionKind.Group
            : w.Equals("it", StringComparison.OrdinalIgnoreCase) ? MentionKind.Organization
            : null;
    }

    /// <summary>The nearest earlier mention with the speaker's codes (-1 when none).</summary>
    private static int NearestNaming(Document document, Speaker speaker)
    {
        int best = -1;
        for (int m = 0; m < document.Mentions.Count; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Span.Start < speaker.Span.Start && mention.Actor == speaker.Actor && mention.Country == speaker.Country
                && mention.Kind != MentionKind.Location && (best < 0 || mention.Span.Start > document.Mentions[best].Span.Start))
            {
                best = m;
            }
        }

        return best;
    }

    private static string? AgentOf(Document document, int named, Speaker speaker) =>
        named >= 0 ? document.Mentions[named].Agent
        : speaker.Actor is { Length: 6 } actor && speaker.Country is { } country && actor.StartsWith(country, StringComparison.Ordinal) ? actor[3..]
        : null;

    private static int? SameSpan(Document document, TextSpan span)
    {
        for (int m = document.Mentions.Count - 1; m >= 0; m--)
        {
            if (document.Mentions[m].Span == span)
            {
                return m;
            }
        }

        return null;
    }

    private static bool Covered(Document document, TextSpan span)
    {
        foreach (var m in document.Mentions)
        {
            if (m.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstTokenAt(TokenView v, int start)
    {
        int lo = 0, hi = v.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (v.Tokens[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
