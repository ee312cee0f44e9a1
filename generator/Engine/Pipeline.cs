namespace Guidance.Engine;

public enum Phase { Input, Process, PostProcess, Output }

/// <summary>
/// A pipeline is data: four lists of modules and the names of the pipelines it depends on.
/// Process modules see the processed documents of dependencies; post-process modules see
/// the processed documents of every pipeline.
/// </summary>
public sealed class Pipeline(string name)
{
    public string Name { get; } = name;
    public HashSet<string> Dependencies { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<IModule> InputModules { get; } = [];
    public List<IModule> ProcessModules { get; } = [];
    public List<IModule> PostProcessModules { get; } = [];
    public List<IModule> OutputModules { get; } = [];

    /// <summary>
    /// Post-processes (and, streaming, writes) its documents once every pipeline without this mark has: for the few
    /// pages that list the whole site, so that their megabytes are made when the many pages have let go of what they held
    /// (a large site's memory peaked while they rendered at the start of the phase; bench/RESULTS.md).
    /// </summary>
    public bool PostProcessLast { get; set; }

    public List<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => InputModules,
        Phase.Process => ProcessModules,
        Phase.PostProcess => PostProcessModules,
        _ => OutputModules,
    };

    public override string ToString() => Name;
}
