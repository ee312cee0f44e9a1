using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Guidance.Modules.Templates;

/// <summary>
/// A template context and a page buffer kept by a thread from render to render (<see cref="TemplateSet"/>). A context
/// made afresh for every page and every finding card cost more than the smaller layouts took to evaluate: its
/// constructor allocates some 17 KB (an argument array for every arity up to 64), every partial was copied into its
/// template cache, and every .NET type a layout reads (links, cards, dates) had its members looked up by reflection
/// again, since Scriban keeps those accessors per context (figures in bench/RESULTS.md). A render takes a slot and
/// gives it back when done, so a render inside a render (a finding card inside a page) takes a second one; a render
/// that fails gives nothing back, since it may leave the context's stacks unbalanced.
/// </summary>
internal sealed class RenderSlot
{
    /// <summary>Emptying a builder that grew chunk by chunk copies it into one array first: a page larger than this is left to the collector instead.</summary>
    private const int MaxKeptBuffer = 256 * 1024;

    [ThreadStatic] private static Stack<RenderSlot>? t_free;

    private RenderSlot(ScriptObject builtins)
    {
        Context = new TemplateContext(builtins)
        {
            StrictVariables = true,
            LoopLimit = 100_000,
            RecursiveLimit = 50,
            // Scriban cuts a page short after a million characters by default, silently ("..."): the findings index of a
            // site with a thousand findings is longer than that. A page is written whole; LoopLimit stops a runaway template.
            LimitToString = 0,
            OutputLimit = 0,
        };
    }

    public TemplateContext Context { get; }

    /// <summary>The template set whose parsed templates <see cref="TemplateContext.CachedTemplates"/> holds.</summary>
    public object? Owner { get; set; }

    /// <summary>
    /// This slot's page buffer: once emptied, one array the size of the largest page so far, where a new buffer grows
    /// chunk by chunk on every page and is copied into one such array the first time it is emptied.
    /// </summary>
    public StringBuilder Builder { get; private set; } = new(64 * 1024);

    public static RenderSlot Take(ScriptObject builtins) =>
        t_free is { Count: > 0 } free ? free.Pop() : new RenderSlot(builtins);

    /// <summary>Gives the slot back after a render that completed, with the globals and the output it pushed popped.</summary>
    public void GiveBack()
    {
        if (Builder.Capacity <= MaxKeptBuffer) Builder.Clear();
        else Builder = new StringBuilder(64 * 1024);
        (t_free ??= new Stack<RenderSlot>(2)).Push(this);
    }
}
