using System.Reflection;
using System.Text.RegularExpressions;
using Guidance.Messages;
using Guidance.Tests.Support;

namespace Guidance.Tests.Messages;

/// <summary>
/// The message table (<see cref="Say"/>): every entry has an English and a Danish text, with the same arguments in
/// both, and the tool's code prints no message that is not in it.
/// </summary>
public sealed partial class MessageTableTests
{
    /// <summary>Entries that are the same in both languages when given an argument the table does not know: a kind a site declares itself keeps its name.</summary>
    private static readonly string[] SameInBoth = [nameof(Say.Kind)];

    public static TheoryData<string> Entries() => [.. EntryMembers().Select(m => m.Name).Distinct()];

    [Theory]
    [MemberData(nameof(Entries))]
    public void Every_message_has_both_languages_with_the_same_arguments(string name)
    {
        foreach (var member in EntryMembers().Where(m => m.Name == name))
        {
            var arguments = Arguments(member);
            var english = Text(member, arguments, MessageLanguage.English);
            var danish = Text(member, arguments, MessageLanguage.Danish);
            Assert.False(string.IsNullOrWhiteSpace(english), $"{name}: no English text");
            Assert.False(string.IsNullOrWhiteSpace(danish), $"{name}: no Danish text");
            if (!SameInBoth.Contains(name)) Assert.NotEqual(english, danish);
            foreach (var argument in arguments.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture)!))
            {
                Assert.True(english.Contains(argument, StringComparison.Ordinal), $"{name}: the English text does not show the argument {argument}: {english}");
                Assert.True(danish.Contains(argument, StringComparison.Ordinal), $"{name}: the Danish text does not show the argument {argument}: {danish}");
            }
        }
    }

    [Fact]
    public void The_table_has_the_messages_of_every_layer()
    {
        var names = EntryMembers().Select(m => m.Name).ToHashSet();
        Assert.True(names.Count > 150, $"only {names.Count} entries");
        Assert.Contains(nameof(Say.FileLinkLoops), names); // Engine
        Assert.Contains(nameof(Say.MalformedYaml), names); // Modules
        Assert.Contains(nameof(Say.UnknownReference), names); // Site
        Assert.Contains(nameof(Say.RebuildFailed), names); // Cli and the overlay
    }

    /// <summary>
    /// A literal message where the code reports an error, throws one, or prints a line of its own would be English
    /// only: each must be an entry of the table (generator/Messages/Say.*.cs), called as <c>Say.Name(arguments)</c>.
    /// </summary>
    [Fact]
    public void The_code_prints_no_message_outside_the_table()
    {
        var generator = Path.Combine(Repo.Root, "generator");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains(Path.DirectorySeparatorChar + "Messages" + Path.DirectorySeparatorChar) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                if (LiteralMessage().IsMatch(lines[i]) && !lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                    found.Add($"{Path.GetRelativePath(Repo.Root, file)}:{i + 1}: {lines[i].Trim()}");
        }
        Assert.True(found.Count == 0, "messages written as literals (add each to generator/Messages/Say.<layer>.cs in English and Danish, and call it):\n" + string.Join("\n", found));
    }

    // A message given as a literal: to Report, a fail callback, a problem variable, or to a ContentError, UsageException, ContentException, ExternalToolException,
    // SearchIndexException or ScriptRuntimeException, or a "guidance: …" line written to the user.
    [GeneratedRegex("""(Report\(|[Ff]ail\(|problem = |ContentError\((Usage|Content|ExternalTool|SearchIndex|ScriptRuntime)Exception\()[^;]*\$?"[a-zA-Z'{][^"]* [^"]*"|WriteLine\(\$?"guidance: [a-zA-Z]""")]
    private static partial Regex LiteralMessage();

    [Theory]
    [InlineData(null, null, null, null, "en")]
    [InlineData("da", null, null, null, "da")]
    [InlineData("en", null, null, "da_DK.UTF-8", "da")]
    [InlineData("en", null, null, "C.UTF-8", "en")]
    [InlineData("en", "en_GB.UTF-8", null, "da_DK.UTF-8", "en")] // LC_ALL before LANG, as for every program
    [InlineData("en", null, "da_DK.UTF-8", "en_GB.UTF-8", "da")] // LC_MESSAGES before LANG
    public void The_language_is_danish_for_a_danish_site_or_a_danish_locale(string? site, string? lcAll, string? lcMessages, string? lang, string expected)
    {
        var environment = new Dictionary<string, string?> { ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang };
        Assert.Equal(expected, MessageLanguage.Choose(site, name => environment.GetValueOrDefault(name)));
    }

    [Theory]
    [InlineData("en", "da", "da_DK.UTF-8", "en")]
    [InlineData("da", "en", "en_GB.UTF-8", "da")]
    [InlineData("da_DK", "en", null, "da")]
    public void GUIDANCE_LANG_overrides_the_site_and_the_locale(string chosen, string site, string? lang, string expected)
    {
        var environment = new Dictionary<string, string?> { [MessageLanguage.Variable] = chosen, ["LANG"] = lang };
        Assert.Equal(expected, MessageLanguage.Choose(site, name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void A_run_in_one_language_leaves_the_next_in_its_own()
    {
        Assert.Equal(MessageLanguage.English, MessageLanguage.Current);
        using (MessageLanguage.Use(MessageLanguage.Danish))
        {
            Assert.Equal("ukendt tema 'tilid' (mente du 'tillid'?)", Say.UnknownReference(Say.Kind("theme"), "tilid", Say.DidYouMean("tillid")));
        }
        Assert.Equal("unknown theme 'tilid' (did you mean 'tillid'?)", Say.UnknownReference(Say.Kind("theme"), "tilid", Say.DidYouMean("tillid")));
    }

    private static IEnumerable<MemberInfo> EntryMembers() =>
        typeof(Say).GetMembers(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m is PropertyInfo || m is MethodInfo { IsSpecialName: false });

    /// <summary>A distinct value for each parameter, so that each can be found in the text.</summary>
    private static object[] Arguments(MemberInfo member) => member is MethodInfo method
        ? method.GetParameters().Select((p, i) => p.ParameterType == typeof(string) ? (object)$"‹{p.Name}›"
            : p.ParameterType == typeof(int) ? 9101 + i
            : p.ParameterType == typeof(long) ? (object)(9201L + i)
            : throw new InvalidOperationException($"{method.Name}: a parameter of type {p.ParameterType.Name}; give the table strings and numbers")).ToArray()
        : [];

    private static string Text(MemberInfo member, object[] arguments, string language)
    {
        using var speaking = MessageLanguage.Use(language);
        return (string)(member is PropertyInfo property ? property.GetValue(null)! : ((MethodInfo)member).Invoke(null, arguments)!);
    }
}
