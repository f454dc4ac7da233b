namespace Dyad.Cli.Commands;

/// <summary>The inputs a command reads: files, folders or <c>-</c> for standard input.</summary>
internal static class InputPaths
{
    /// <summary>
    /// The paths that exist, in order. Each missing one is reported on standard error and sets <paramref name="exit"/>
    /// to <see cref="ExitCodes.UsageOrIo"/>, so the others are still read (one bad path never stops a batch).
    /// </summary>
    public static List<string> Existing(IEnumerable<string> paths, ref int exit)
    {
        var existing = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-" || File.Exists(path) || Directory.Exists(path))
            {
                existing.Add(path);
            }
            else
            {
                Console.Error.WriteLine($"error: {path}: no such file or folder");
                exit = ExitCodes.UsageOrIo;
            }
        }

        return existing;
    }
}
