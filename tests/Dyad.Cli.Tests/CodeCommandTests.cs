using System.Text.Json;

namespace Dyad.Cli.Tests;

public sealed class CodeCommandTests
{
    private static string SeedPath => Path.Combine(DyadProcess.SharedPath, "seed", "000_9eeac597d1877c74.txt");

    [Fact]
    public void Code_Seed_PrintsDateAndSentencesWhoseSpansEqualTheirText()
    {
        var result = DyadProcess.Run(null, "code", SeedPath);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("000_9eeac597d1877c74", root.GetProperty("id").GetString());
        Assert.Equal("2017-07-19", root.GetProperty("publication_date").GetString());

        var header = File.ReadAllText(SeedPath);
        var body = header[(header.IndexOf("2017-07-19", StringComparison.Ordinal) + 11)..];
        var sentences = root.GetProperty("sentences").EnumerateArray().ToList();
        Assert.InRange(sentences.Count, 19, 20);
        foreach (var s in sentences)
        {
            int start = s.GetProperty("start").GetInt32();
            int end = s.GetProperty("end").GetInt32();
            Assert.Equal(body[start..end], s.GetProperty("text").GetString());
        }

        var texts = sentences.Select(s => s.GetProperty("text").GetString()!).ToList();
        var dontThink = Assert.Single(texts, t => t.StartsWith("“We don’t think", StringComparison.Ordinal));
        Assert.EndsWith("news conference on Tuesday.", dontThink, StringComparison.Ordinal);
        Assert.Single(texts, t => t.Contains("Abe “understood” Moon’s position at the end of the meeting.", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_ExampleInTheRepository_Works()
    {
        var example = Path.Combine(DyadProcess.RepoPath, "examples", "summit.txt");
        var result = DyadProcess.Run(null, "code", example);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.True(json.RootElement.GetProperty("sentences").GetArrayLength() > 3);
    }

    [Fact]
    public void Code_SeveralDocuments_WritesJsonLines()
    {
        var result = DyadProcess.Run(
            "{\"id\": \"one\", \"date\": \"2019-01-01\", \"text\": \"First.\"}\n{\"id\": \"two\", \"text\": \"Second.\"}\n",
            "code", "-");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("two", JsonDocument.Parse(lines[1]).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Code_JsonlFlag_PrintsOneLineForOneDocument()
    {
        var result = DyadProcess.Run("date 2019-01-01 Just one.", "code", "--jsonl", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Code_BatchWithBadInputs_CodesTheGoodOnesAndExitsOne()
    {
        var dir = Directory.CreateTempSubdirectory("dyad-cli-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a-good.txt"), "date 2019-01-01 A good document.");
            File.WriteAllText(Path.Combine(dir.FullName, "b-date.txt"), "date 2017-02-30 Impossible date.");
            File.WriteAllBytes(Path.Combine(dir.FullName, "c-binary.txt"), [0, 1, 2, 3, 0, 255]);
            File.WriteAllBytes(Path.Combine(dir.FullName, "d-latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x2E]);
            File.WriteAllText(Path.Combine(dir.FullName, "e-empty.txt"), "   ");
            File.WriteAllText(Path.Combine(dir.FullName, "f-good.txt"), "Another good one.");
            var result = DyadProcess.Run(null, "code", dir.FullName);
            Assert.Equal(1, result.ExitCode);
            var ids = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString())
                .ToList();
            Assert.Equal(["a-good", "f-good"], ids);
            var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(4, errors.Length);
            Assert.Contains(errors, e => e.Contains("b-date.txt:1", StringComparison.Ordinal) && e.Contains("impossible date", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.Contains("c-binary.txt", StringComparison.Ordinal) && e.Contains("binary", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.Contains("d-latin1.txt", StringComparison.Ordinal) && e.Contains("byte 3", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.Contains("e-empty.txt", StringComparison.Ordinal) && e.Contains("empty", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Code_OutFolder_WritesOneFilePerDocument()
    {
        var dir = Directory.CreateTempSubdirectory("dyad-out-");
        try
        {
            var result = DyadProcess.Run(
                "{\"id\": \"x1\", \"text\": \"One.\"}\n{\"id\": \"x2\", \"text\": \"Two.\"}\n",
                "code", "--out", dir.FullName, "-");
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(["x1.json", "x2.json"], Directory.GetFiles(dir.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal("x2", JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "x2.json"))).RootElement.GetProperty("id").GetString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "code", "/nonexistent/dyad.txt" }, 2)] // a missing file is an I/O error
    [InlineData(new[] { "code" }, 2)] // no paths: a usage error
    [InlineData(new[] { "nosuchcommand" }, 2)] // unknown command: a usage error
    public void Code_UsageAndIoErrors_HaveTheirExitCode(string[] args, int expected)
    {
        var result = DyadProcess.Run(null, args);
        Assert.Equal(expected, result.ExitCode);
        Assert.NotEmpty(result.Stderr);
    }
}
