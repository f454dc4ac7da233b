namespace Dyad.Actors.Tests;

/// <summary>Finds the repository and the shared corpora by walking up from the test's base directory.</summary>
internal static class TestPaths
{
    public static string Shared => Find(dir => Directory.Exists(Path.Combine(dir, "shared", "corpora")), "shared");

    public static string DataActors => Path.Combine(Find(dir => Directory.Exists(Path.Combine(dir, "data", "actors")) && File.Exists(Path.Combine(dir, "Dyad.slnx")), ""), "data", "actors");

    private static string Find(Func<string, bool> found, string child)
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null)
        {
            if (found(dir))
            {
                return child.Length == 0 ? dir : Path.Combine(dir, child);
            }

            dir = Path.GetDirectoryName(dir);
        }

        throw new DirectoryNotFoundException($"no folder above {AppContext.BaseDirectory} holds {child}");
    }
}
