using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Guidance.Modules.Templates;

/// <summary>
/// A one-argument function for templates that Scriban calls directly. <c>ScriptObject.Import(name, delegate)</c>
/// wraps a delegate so that every call goes through <c>Delegate.DynamicInvoke</c> (reflection), which made the
/// functions a page calls dozens of times (<c>html.escape</c>) a large part of rendering. Scriban still checks and
/// converts the arguments as it does for any delegate; only the final call is direct.
/// </summary>
public sealed class DirectFunction<T, TResult>(Func<T, TResult> function) : DelegateCustomFunction(function)
{
    protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) => function((T)arguments[0]!);
}
