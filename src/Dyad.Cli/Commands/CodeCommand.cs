using System.CommandLine;
using Dyad.Core;
using Dyad.Core.Serialization;
using Dyad.Engine;
using Dyad.Ingest;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad code FILE...|DIR|-</c>: codes documents and writes the dyad.document.v1 JSON.</summary>
internal static class CodeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .jsonl, .csv, optionally .gz), folders (read recursively) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var jsonl = new Option<bool>("--jsonl") { Description = "One JSON object per line, even for a single document." };
        var outDir = new Option<string?>("--out") { Description = "Write DIR/<id>.json per document instead of standard output." };
        var threads = new Option<int>("--threads") { Description = "Coding threads.", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("code", "Code documents and print their JSON (schema dyad.document.v1).") { paths, jsonl, outDir, threads };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(jsonl),
            parse.GetValue(outDir),
            Math.Max(1, parse.GetValue(threads))));
        return command;
    }

    private static int Run(string[] paths, bool jsonl, string? outDir, int threads)
    {
        int exit = ExitCodes.Ok;
        var existing = InputPaths.Existing(paths, ref exit);

        if (outDir is not null)
        {
            try
            {
                Directory.CreateDirectory(outDir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {outDir}: cannot create output folder: {ex.Message}");
                return ExitCodes.UsageOrIo;
            }
        }

        var engine = DyadEngine.CreateDefault();
        using var stdout = Console.OpenStandardOutput();
        Document? held = null;
        bool lines = jsonl;
        int documents = 0;
        foreach (var item in engine.CodeAll(DocumentReader.ReadAll(existing), threads))
        {
            if (item.Error is { } error)
            {
                Console.Error.WriteLine($"error: {error}");
                exit = Math.Max(exit, ExitCodes.DocumentErrors);
                continue;
            }

            var document = item.Document!;
            documents++;
            foreach (var e in document.Errors)
            {
                bool warning = DyadErrors.IsWarning(e.Code);
                Console.Error.WriteLine($"{(warning ? "warning" : "error")}: {document.Source ?? document.Id}: {e.Stage}: {e.Message} ({e.Code})");
                if (!warning)
                {
                    exit = Math.Max(exit, ExitCodes.DocumentErrors);
                }
            }

            if (outDir is not null)
            {
                WriteFile(outDir, document);
                continue;
            }

            // Pretty output for a single document, JSON Lines as soon as a second one arrives.
            if (!lines && held is null)
            {
                held = document;
                continue;
            }

            if (held is not null)
            {
                WriteLine(stdout, held);
                held = null;
            }

            lines = true;
            WriteLine(stdout, document);
        }

        if (held is not null)
        {
            DocumentJson.Write(stdout, held, indented: true);
            stdout.Write("\n"u8);
        }

        if (documents == 0 && exit == ExitCodes.Ok)
        {
            Console.Error.WriteLine("error: no documents found in the given paths");
            exit = ExitCodes.UsageOrIo;
        }

        return exit;
    }

    private static void WriteLine(Stream stdout, Document document)
    {
        DocumentJson.Write(stdout, document, indented: false);
        stdout.Write("\n"u8);
    }

    private static void WriteFile(string outDir, Document document)
    {
        var name = string.Concat(document.Id.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c == '\\' ? '_' : c));
        var path = Path.Combine(outDir, name + ".json");
        using var file = File.Create(path);
        DocumentJson.Write(file, document, indented: true);
        file.Write("\n"u8);
    }
}
