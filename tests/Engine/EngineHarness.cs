using Guidance.Engine;

namespace Guidance.Tests.Engine;

/// <summary>A temporary folder for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "guidance-unit-" + Guid.NewGuid().ToString("N")[..12]);

    public TempFolder() => Directory.CreateDirectory(Root);

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes UTF-8 text (no byte-order mark) below the folder and returns the full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new System.Text.UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>What one harness run produced: the final documents, or the errors the build failed with.</summary>
public sealed record HarnessRun(IReadOnlyList<Document> Documents, IReadOnlyList<ContentError> Warnings, BuildFailedException? Failure)
{
    public bool Succeeded => Failure is null;
    public IReadOnlyList<ContentError> Errors => Failure?.Errors ?? [];

    public Document Single(string source) => Documents.Single(d => d.Source == source);
}

/// <summary>
/// Runs modules through a real <see cref="Guidance.Engine.Engine"/> (the only way to get a <see cref="BuildContext"/>):
/// one pipeline whose input phase yields the given documents and whose process phase runs the given modules.
/// </summary>
public static class EngineHarness
{
    public const string PipelineName = "test";

    public static FileSystem FileSystem(params string[] inputRoots) =>
        new(inputRoots, Path.Combine(Path.GetTempPath(), "guidance-unit-unused-output"));

    public static HarnessRun Run(IEnumerable<Document> inputs, params IModule[] processModules) =>
        Run(FileSystem(), inputs, processModules);

    public static HarnessRun Run(FileSystem fileSystem, IEnumerable<Document> inputs, params IModule[] processModules)
    {
        var pipeline = new Pipeline(PipelineName);
        var documents = inputs.ToList();
        pipeline.InputModules.Add(new Lambda((docs, _) => [.. docs, .. documents]));
        pipeline.ProcessModules.AddRange(processModules);
        return Run(fileSystem, pipeline);
    }

    /// <summary>Runs one pipeline as it is configured and returns its final documents.</summary>
    public static HarnessRun Run(FileSystem fileSystem, Pipeline pipeline)
    {
        var engine = new Guidance.Engine.Engine(new EngineServices(fileSystem));
        engine.Pipelines.Add(pipeline);
        try
        {
            var result = engine.Execute();
            return new HarnessRun(result.Outputs[pipeline.Name], result.Warnings, null);
        }
        catch (BuildFailedException e)
        {
            return new HarnessRun([], [], e);
        }
    }

    /// <summary>A document as ReadFiles would make it, with content given in the test.</summary>
    public static Document Doc(string source, string content = "") => new() { Source = source, Content = content };
}

/// <summary>A module made from a function, for tests.</summary>
public sealed class Lambda(Func<IReadOnlyList<Document>, BuildContext, IReadOnlyList<Document>> execute) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) => execute(inputs, context);
}

/// <summary>A per-document module made from a function, run in parallel by <see cref="DocumentModule"/>.</summary>
public sealed class PerDocument(Func<Document, BuildContext, IEnumerable<Document>> execute) : DocumentModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context) => execute(input, context);
}
