using System.CommandLine;
using System.Globalization;
using Dyad.Core;
using Dyad.Engine;
using Dyad.Evaluation;
using Dyad.Evaluation.Entities;

namespace Dyad.Cli.Commands.Eval;

/// <summary>
/// <c>dyad eval entities --corpus meantime|gum PATH</c>: precision, recall and F1 of PER/ORG/LOC mentions per type,
/// exact and partial span; the last line is <c>entities_f1_partial: X</c> (named mentions).
/// </summary>
internal static class EvalEntitiesCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The corpus folder (meantime-en for MEANTIME, gum-wikinews for GUM)." };
        var corpus = new Option<string>("--corpus") { Description = "Corpus format: meantime (CAT XML) or gum (GUM CoNLL-U).", DefaultValueFactory = _ => "meantime" };
        var all = new Option<bool>("--all-mentions") { Description = "Also score nominal and pronominal gold mentions (printed as a second table either way)." };
        var errors = new Option<bool>("--errors") { Description = "List false positives and misses (named mentions) on standard error." };
        var command = new Command("entities", "Score person, organization and place mentions against an annotated corpus.") { path, corpus, all, errors };
        command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(corpus)!, parse.GetValue(all), parse.GetValue(errors)));
        return command;
    }

    private static int Run(string path, string corpus, bool allMentions, bool listErrors)
    {
        bool gum = string.Equals(corpus, "gum", StringComparison.OrdinalIgnoreCase);
        if (!gum && !string.Equals(corpus, "meantime", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"error: unknown corpus format {corpus} (known: meantime, gum)");
            return ExitCodes.UsageOrIo;
        }

        if (!Directory.Exists(path))
        {
            Console.Error.WriteLine($"error: {path}: no such folder");
            return ExitCodes.UsageOrIo;
        }

        var engine = DyadEngine.CreateDefault();
        var named = new EntityScores();
        var every = new EntityScores();
        int documents = 0;
        foreach (var gold in gum ? GumCorpus.Read(path) : MeantimeCorpus.Read(path))
        {
            var document = engine.Code(new Document(gold.Id, gold.Text, gold.Date));
            EntityScorer.Score(gold, document, named, allMentions: false, listErrors ? Console.Error : null);
            EntityScorer.Score(gold, document, every, allMentions: true);
            documents++;
        }

        if (documents == 0)
        {
            Console.Error.WriteLine($"error: {path}: no {(gum ? "GUM" : "MEANTIME")} documents found");
            return ExitCodes.UsageOrIo;
        }

        if (allMentions)
        {
            Print("all mentions (NAM, NOM, PRO, ...)", every);
        }

        Print($"named mentions ({(gum ? "proper-noun heads" : "NAM, PRE.NAM")}), {documents} documents", named);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entities_f1_partial: {named.PartialTotal.Score:F3}"));
        return ExitCodes.Ok;
    }

    private static void Print(string title, EntityScores scores)
    {
        Console.WriteLine(title);
        Console.WriteLine("type   match     tp    fp    fn  precision  recall     f1");
        foreach (var (label, table, total) in new[] { ("exact", scores.Exact, scores.ExactTotal), ("partial", scores.Partial, scores.PartialTotal) })
        {
            foreach (var (type, f) in table)
            {
                Line(type, label, f);
            }

            Line("ALL", label, total);
        }
    }

    private static void Line(string type, string match, F1 f) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type,-6} {match,-7} {f.TruePositives,5} {f.FalsePositives,5} {f.FalseNegatives,5}  {f.Precision,9:F3} {f.Recall,7:F3} {f.Score,6:F3}"));
}
