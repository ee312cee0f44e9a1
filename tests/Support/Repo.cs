namespace Guidance.Tests.Support;

/// <summary>Paths in the repository, found from the test assembly's folder upwards.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();
    public static string Theme => Path.Combine(Root, "theme");
    public static string Input => Path.Combine(Root, "input");
    public static string Settings => Path.Combine(Root, "statiq.json");
    public static string Fixture => Path.Combine(Root, "tests", "fixture");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Guidance.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Guidance.sln not found above " + AppContext.BaseDirectory);
    }
}
