using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Guidance.Site;

/// <summary>
/// The template function <c>t</c> of a language: <c>t "nav.home"</c> is a UI string, <c>t "theme.count" findings: 3 studies: 1</c>
/// the same with its arguments filled in and its plurals chosen (<see cref="Message"/>). Scriban leaves out named
/// arguments a function does not declare, so they are read and evaluated from the call itself.
/// </summary>
public sealed class Translate(UiStrings strings, string language) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        var key = arguments[0] as string ?? throw new ScriptRuntimeException(span, Say.TNeedsKey);
        if (arguments.Count > 1) throw new ScriptRuntimeException(span, Say.TNamedArgumentsOnly(key));
        // Most calls are a key alone, dozens on every page: those take no list of arguments.
        if (callerContext is not ScriptFunctionCall { Arguments.Count: > 1 } call) return strings.Get(language, key);
        var values = call.Arguments.OfType<ScriptNamedArgument>().Where(a => a.Name is not null && a.Value is not null)
            .ToDictionary(a => a.Name!.Name, a => context.Evaluate(a.Value!), StringComparer.Ordinal);
        try { return strings.Format(language, key, values); }
        catch (ArgumentException e) { throw new ScriptRuntimeException(span, e.Message); }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct; // else Scriban counts the named arguments as extra ones
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new(typeof(string), "key") : new(typeof(object), "argument");
}
