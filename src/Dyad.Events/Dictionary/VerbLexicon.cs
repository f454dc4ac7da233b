using Dyad.Text;

namespace Dyad.Events.Dictionary;

/// <summary>
/// A compiled verb dictionary: a token trie from every verb and event-noun form to its entries, each entry's patterns
/// sorted most specific first, and discard phrases. Built once by <see cref="VerbLexiconBuilder"/>; read-only after.
/// </summary>
public sealed class VerbLexicon
{
    internal VerbLexicon(IReadOnlyList<VerbEntry> entries, PhraseMatcher<VerbForm> forms, PhraseMatcher<bool> discards, IReadOnlyList<string> problems)
    {
        Entries = entries;
        Forms = forms;
        Discards = discards;
        Problems = problems;
    }

    public IReadOnlyList<VerbEntry> Entries { get; }

    public PhraseMatcher<VerbForm> Forms { get; }

    /// <summary>Phrases that stop a sentence from being coded (sports results, metaphors …).</summary>
    public PhraseMatcher<bool> Discards { get; }

    /// <summary>Malformed lines, as <c>file:line: reason</c>; they were skipped.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Every CAMEO code that some entry or pattern produces (for coverage checks).</summary>
    public IEnumerable<string> Codes() =>
        Entries.SelectMany(e => e.Patterns.SelectMany(p => new[] { p.Code, p.PairedCode }).Append(e.Code).Append(e.PairedCode))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
}

/// <summary>Collects entries, forms, synsets and discards from any of the readers, then compiles a <see cref="VerbLexicon"/>.</summary>
public sealed class VerbLexiconBuilder
{
    private readonly List<VerbEntry> _entries = [];
    private readonly List<(string Form, VerbForm Target)> _forms = [];
    private readonly List<string> _discards = [];

    public List<string> Problems { get; } = [];

    /// <summary>Synonym sets by name (<c>&amp;CURRENCY</c>), each a list of word sequences.</summary>
    public Dictionary<string, List<string[]>> Synsets { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int AddEntry(VerbEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.Add(entry);
        return _entries.Count - 1;
    }

    public VerbEntry Entry(int index) => _entries[index];

    /// <summary>Adds all inflected forms of <paramref name="lemma"/> (multi-word lemmas inflect their first word).</summary>
    public void AddLemma(int entry, string lemma, bool noun)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var words = lemma.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        if (noun)
        {
            // Nouns inflect their last word: "phone call" → "phone calls".
            var head = words.Length > 1 ? string.Join(' ', words[..^1]) + " " : string.Empty;
            foreach (var form in Inflector.NounForms(words[^1]))
            {
                _forms.Add((head + form, new VerbForm(entry, FormKind.Noun, false)));
            }

            return;
        }

        var rest = words.Length > 1 ? " " + string.Join(' ', words[1..]) : string.Empty;
        foreach (var form in Inflector.VerbForms(words[0]))
        {
            bool past = !string.Equals(form, words[0], StringComparison.OrdinalIgnoreCase) && Inflector.IsPastForm(words[0], form);
            var kind = string.Equals(form, words[0], StringComparison.OrdinalIgnoreCase) ? FormKind.Base
                : past ? FormKind.Past
                : form.EndsWith("ing", StringComparison.Ordinal) ? FormKind.Gerund
                : FormKind.ThirdPerson;
            _forms.Add((form + rest, new VerbForm(entry, kind, past)));
        }
    }

    /// <summary>Adds the inflected forms of a multi-word verb whose verb is word <paramref name="verbWord"/> ("wire TAP" → "wire tapped").</summary>
    public void AddLemma(int entry, string lemma, bool noun, int verbWord)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var words = lemma.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
        if (noun || verbWord <= 0 || verbWord >= words.Length)
        {
            AddLemma(entry, lemma, noun);
            return;
        }

        var head = string.Join(' ', words[..verbWord]) + " ";
        var rest = verbWord + 1 < words.Length ? " " + string.Join(' ', words[(verbWord + 1)..]) : string.Empty;
        foreach (var form in Inflector.VerbForms(words[verbWord]))
        {
            bool past = !string.Equals(form, words[verbWord], StringComparison.OrdinalIgnoreCase) && Inflector.IsPastForm(words[verbWord], form);
            _forms.Add((head + form + rest, new VerbForm(entry, FormKind.Listed, past)));
        }
    }

    /// <summary>Adds one explicit form (irregular forms listed in a dictionary).</summary>
    public void AddForm(int entry, string form, bool past)
    {
        ArgumentNullException.ThrowIfNull(form);
        var text = form.Replace('_', ' ').Trim();
        if (text.Length > 0)
        {
            _forms.Add((text, new VerbForm(entry, FormKind.Listed, past)));
        }
    }

    public void AddDiscard(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (!string.IsNullOrWhiteSpace(phrase))
        {
            _discards.Add(phrase.Replace('_', ' ').Trim());
        }
    }

    public VerbLexicon Build()
    {
        var forms = new PhraseMatcher<VerbForm>();
        var seen = new HashSet<(string, int, bool)>();
        foreach (var (form, target) in _forms)
        {
            if (seen.Add((form.ToLowerInvariant(), target.Entry, target.Noun)))
            {
                forms.Add(form, target);
            }
        }

        var discards = new PhraseMatcher<bool>();
        foreach (var d in _discards)
        {
            discards.Add(d, true);
        }

        foreach (var entry in _entries)
        {
            // Stable: among equally specific patterns the dictionary's order decides.
            var sorted = entry.Patterns.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Specificity).ThenBy(x => x.i).Select(x => x.p).ToList();
            entry.Patterns.Clear();
            entry.Patterns.AddRange(sorted);
            entry.HasContextPatterns = sorted.Exists(p => p.HasWordsBefore);
        }

        return new VerbLexicon(_entries.ToArray(), forms, discards, Problems.ToArray());
    }
}
