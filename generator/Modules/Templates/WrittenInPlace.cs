using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Guidance.Modules.Templates;

/// <summary>
/// A template function whose text, where the function stands as a statement (<c>{{ f }}</c>, <c>{{ x | f }}</c>), is
/// written straight into the page: a page-sized piece of text made first as a string of its own, then copied into the
/// page, doubled the memory a large page took, in large objects that set off collections of the oldest generation
/// while the preview server wrote the pages of an edit. Used as a value (<c>{{ f | string.size }}</c>), it is that text.
/// Written through the template context, so it is indented as Scriban indents any output.
/// </summary>
public abstract class WrittenInPlace : IScriptCustomFunction
{
    protected abstract void Write(TemplateContext context, ScriptArray arguments);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (IsStatement(callerContext))
        {
            Write(context, arguments);
            return null;
        }
        context.PushOutput();
        try
        {
            Write(context, arguments);
            return context.Output.ToString();
        }
        finally { context.PopOutput(); }
    }

    /// <summary>Whether the call's result would be written as it is: the whole of a statement, or the last step of a pipe that is.</summary>
    private static bool IsStatement(ScriptNode? call) => call?.Parent switch
    {
        ScriptExpressionStatement => true,
        ScriptPipeCall pipe => ReferenceEquals(pipe.To, call) && pipe.Parent is ScriptExpressionStatement,
        _ => false,
    };

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public abstract int RequiredParameterCount { get; }
    public int ParameterCount => RequiredParameterCount;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public abstract ScriptParameterInfo GetParameterInfo(int index);
}
