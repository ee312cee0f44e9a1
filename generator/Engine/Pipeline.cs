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

    public List<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => InputModules,
        Phase.Process => ProcessModules,
        Phase.PostProcess => PostProcessModules,
        _ => OutputModules,
    };

    public override string ToString() => Name;
}
