using System.Collections.Concurrent;

namespace Guidance.Engine;

/// <summary>What a module can see while it runs: files, other pipelines' documents, and the error log.</summary>
public sealed class BuildContext
{
    private readonly ErrorLog _errors;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Document>> _outputs;

    private readonly EngineServices _services;

    internal BuildContext(EngineServices services, Pipeline pipeline, Phase phase,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> outputs, ErrorLog errors, CancellationToken cancellationToken,
        Rerun? rerun = null)
    {
        _services = services;
        Rerun = rerun;
        FileSystem = services.FileSystem;
        Pipeline = pipeline;
        Phase = phase;
        _outputs = outputs;
        _errors = errors;
        CancellationToken = cancellationToken;
    }

    public FileSystem FileSystem { get; }
    public Pipeline Pipeline { get; }
    public Phase Phase { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// The engine's hook for running again after edits (<see cref="Engine.Rerun"/>), as modules see it: null in an engine
    /// that runs once, which must remember nothing.
    /// </summary>
    public Rerun? Rerun { get; }

    /// <summary>
    /// The processed documents of another pipeline: in the process phase only a dependency's,
    /// in post-process and output every pipeline's.
    /// </summary>
    public IReadOnlyList<Document> OutputsOf(string pipelineName)
    {
        if (Phase == Phase.Process && !Pipeline.Dependencies.Contains(pipelineName))
            throw new InvalidOperationException(
                $"Pipeline '{Pipeline.Name}' reads '{pipelineName}' in its process phase without depending on it.");
        return _outputs.TryGetValue(pipelineName, out var docs) ? docs : [];
    }

    public IEnumerable<Document> AllOutputs => _outputs.Values.SelectMany(d => d);

    private readonly List<ContentError>? _capture;

    private BuildContext(BuildContext other, List<ContentError> capture)
        : this(other._services, other.Pipeline, other.Phase, other._outputs, other._errors, other.CancellationToken, other.Rerun) => _capture = capture;

    /// <summary>The same context, also collecting what is reported into <paramref name="capture"/> (one document's reports, to remember them).</summary>
    internal BuildContext CapturingReports(List<ContentError> capture) => new(this, capture);

    /// <summary>The files errors were reported against so far in this run: what failed before this step.</summary>
    public IReadOnlySet<string> FilesWithErrors => _errors.Files();

    public void Report(ContentError error)
    {
        _errors.Add(error);
        if (_capture is not null) lock (_capture) _capture.Add(error);
    }

    public void Report(SourceLocation location, string message, Severity severity = Severity.Error) =>
        Report(new ContentError(location, message, severity));
}

internal sealed class ErrorLog
{
    private readonly ConcurrentQueue<ContentError> _items = new();
    public void Add(ContentError error) => _items.Enqueue(error);
    public bool HasErrors => _items.Any(e => e.Severity == Severity.Error);
    public IReadOnlySet<string> Files() => _items.Where(e => e.Severity == Severity.Error).Select(e => e.Location.File).ToHashSet(StringComparer.Ordinal);

    /// <summary>Sorted by file, line and column so that output is the same from run to run and reads like the file.</summary>
    public IReadOnlyList<ContentError> Sorted() => _items.Distinct()
        .OrderBy(e => e.Location.File, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ThenBy(e => e.Location.Column)
        .ThenBy(e => e.Message, StringComparer.Ordinal)
        .ToList();
}

/// <summary>What the engine hands every module: the file system.</summary>
public sealed record EngineServices(FileSystem FileSystem);
