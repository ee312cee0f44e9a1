using System.Collections.Concurrent;
using Guidance.Engine;
using Guidance.Modules.IO;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Guidance.Modules.Templates;

/// <summary>
/// The Scriban templates under <c>layouts/</c> of the merged roots, each parsed once and cached by path,
/// then rendered many times in a context the thread keeps (<see cref="RenderSlot"/>). <c>{{ include "x.html" }}</c> finds
/// <c>layouts/partials/x.html</c>. Errors point at the template's own file and line.
/// </summary>
public sealed class TemplateSet(FileSystem fileSystem) : ITemplateLoader
{
    public const string Folder = "layouts";
    private readonly ConcurrentDictionary<string, Lazy<(Template Template, string DisplayPath)?>> _cache = new(StringComparer.Ordinal);

    /// <summary>
    /// Scriban's built-ins with <c>html.escape</c> replaced: the default also turns letters such as æ into
    /// numeric entities, which is safe but makes pages larger and harder to read. Only the five characters that
    /// matter in HTML text and attributes are escaped. Built once; rendering only reads it.
    /// </summary>
    private static readonly ScriptObject Builtins = CreateBuiltins();

    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        var html = (ScriptObject)builtins["html"]!;
        html.SetReadOnly("escape", false);
        html.Remove("escape");
        html.SetValue("escape", new DirectFunction<string?, string>(EscapeHtml), readOnly: true);
        return builtins;
    }

    public static string EscapeHtml(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0) return text ?? "";
        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    public bool Exists(string relativePath) => Get(relativePath) is not null;

    /// <summary>Renders a layout with the given globals; a missing layout or a template error throws a located <see cref="ContentException"/>.</summary>
    public string Render(string relativePath, ScriptObject globals, SourceLocation requestedBy) =>
        Render(Find(relativePath, requestedBy), globals);

    /// <summary>
    /// Renders <paramref name="layout"/> inside <paramref name="wrapper"/>, where the wrapper says <c>{{ content }}</c>.
    /// The layout writes straight into the wrapper's output: rendering it to a string first, to be copied into the
    /// wrapper's, doubled the memory a page took, which on the findings index of a large site is megabytes per render.
    /// Used in any other way (<c>{{ content | string.size }}</c>), <c>content</c> is the layout's text as before.
    /// </summary>
    public string RenderWrapped(string layout, string wrapper, string contentVariable, ScriptObject globals, SourceLocation requestedBy)
    {
        var inner = Find(layout, requestedBy);
        var outer = Find(wrapper, requestedBy);
        globals.SetValue(contentVariable, new RenderedInPlace(inner.Template), readOnly: true);
        return Render(outer, globals);
    }

    private (Template Template, string DisplayPath) Find(string relativePath, SourceLocation requestedBy) =>
        Get(relativePath) ?? throw new ContentException(requestedBy, Say.UnknownLayoutLookedIn(relativePath, Folder));

    private string Render((Template Template, string DisplayPath) layout, ScriptObject globals)
    {
        var slot = RenderSlot.Take(Builtins);
        var context = slot.Context;
        context.TemplateLoader = this;
        if (!ReferenceEquals(slot.Owner, this))
        {
            context.CachedTemplates.Clear();
            slot.Owner = this;
        }
        foreach (var (path, entry) in _cache)
            if (entry.IsValueCreated && entry.Value is { } cached) context.CachedTemplates.TryAdd(path, cached.Template);
        // A kept context remembers whether the last page ended a line, which decides the indentation of the next one's first line.
        context.ResetPreviousNewLine();
        context.CurrentIndent = null;
        context.PushGlobal(globals);
        context.PushOutput(new StringBuilderOutput(slot.Builder));
        try
        {
            RenderInto(context, layout.Template);
            var html = slot.Builder.ToString();
            context.PopOutput();
            context.PopGlobal();
            slot.GiveBack();
            return html;
        }
        // A partial that fails to parse is reported from inside Scriban; its own location is the useful one.
        catch (ScriptRuntimeException e) when (e.InnerException is ContentException inner) { throw inner; }
        catch (ScriptRuntimeException e)
        {
            throw new ContentException(LocationOf(e.Span, layout.DisplayPath), Say.TemplateError(e.OriginalMessage));
        }
    }

    /// <summary>
    /// What Scriban's <c>Template.Render(context)</c> does, without its last step: it empties the output by setting its
    /// length to 0, which copies a builder that grew chunk by chunk into one array the size of the page, only to throw it away.
    /// </summary>
    private static void RenderInto(TemplateContext context, Template template)
    {
        // Parsed templates always have a page and the path they were parsed from.
        context.PushSourceFile(template.SourceFilePath!);
        try
        {
            if (context.Evaluate(template.Page!) is { } result) context.Write(template.Page!.Span, result);
        }
        finally { context.PopSourceFile(); }
    }

    /// <summary>The wrapper's <c>content</c>: the layout rendered where it stands (see <see cref="RenderWrapped"/>).</summary>
    private sealed class RenderedInPlace(Template layout) : WrittenInPlace
    {
        protected override void Write(TemplateContext context, ScriptArray arguments) => RenderInto(context, layout);

        public override int RequiredParameterCount => 0;
        public override ScriptParameterInfo GetParameterInfo(int index) => throw new ArgumentOutOfRangeException(nameof(index));
    }

    private (Template Template, string DisplayPath)? Get(string relativePath) =>
        _cache.GetOrAdd(relativePath, path => new Lazy<(Template, string)?>(() => Parse(path))).Value;

    private (Template, string)? Parse(string relativePath)
    {
        if (fileSystem.GetFile($"{Folder}/{relativePath}") is not { } file) return null;
        var template = Template.Parse(ReadFiles.ReadText(file), relativePath);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new ContentException(LocationOf(first.Span, file.DisplayPath), Say.TemplateError(first.Message));
        }
        return (template, file.DisplayPath);
    }

    private SourceLocation LocationOf(SourceSpan span, string fallback)
    {
        var path = span.FileName is { Length: > 0 } name && fileSystem.GetFile($"{Folder}/{name}") is { } file ? file.DisplayPath : fallback;
        return new SourceLocation(path, span.Start.Line + 1, span.Start.Column + 1);
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => "partials/" + templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var file = fileSystem.GetFile($"{Folder}/{templatePath}")
            ?? throw new ScriptRuntimeException(callerSpan, Say.UnknownPartial(templatePath));
        // Parse through the cache so the next page reuses the parsed partial.
        _ = Get(templatePath);
        return ReadFiles.ReadText(file);
    }

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
