using Guidance.Engine;
using Guidance.Modules.Templates;
using Guidance.Tests.Engine;
using Scriban.Runtime;

namespace Guidance.Tests.Modules;

public sealed class TemplateSetTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private static readonly SourceLocation Page = new("input/page.md", 3);

    public void Dispose() => _temp.Dispose();

    private TemplateSet Templates() =>
        new(new FileSystem([_temp.PathOf("theme"), _temp.PathOf("input")], _temp.PathOf("output")));

    private static ScriptObject Globals(string title = "Hello")
    {
        var globals = new ScriptObject();
        globals.Add("title", title);
        return globals;
    }

    [Fact]
    public void A_layout_is_rendered_with_the_globals_and_includes_come_from_layouts_partials()
    {
        _temp.Write("theme/layouts/page.html", "<h1>{{ title }}</h1>{{ include \"footer.html\" }}");
        _temp.Write("theme/layouts/partials/footer.html", "<footer>{{ title | string.upcase }}</footer>");

        var html = Templates().Render("page.html", Globals(), Page);

        Assert.Equal("<h1>Hello</h1><footer>HELLO</footer>", html);
    }

    [Fact]
    public void A_layout_wrapped_in_another_appears_where_the_wrapper_says_content_and_sees_the_same_globals()
    {
        _temp.Write("theme/layouts/base.html", "<html>\n<title>{{ title }}</title>\n{{ content }}\n</html>");
        _temp.Write("theme/layouts/page.html", "<h1>{{ title }}</h1>{{ include \"footer.html\" }}");
        _temp.Write("theme/layouts/partials/footer.html", "<footer>{{ title | string.upcase }}</footer>");

        var html = Templates().RenderWrapped("page.html", "base.html", "content", Globals(), Page);

        Assert.Equal("<html>\n<title>Hello</title>\n<h1>Hello</h1><footer>HELLO</footer>\n</html>", html);
    }

    [Fact]
    public void A_wrapper_that_uses_content_as_a_value_gets_the_layouts_text()
    {
        _temp.Write("theme/layouts/base.html", "{{ content | string.size }}:{{ if content != \"\" }}[{{ content | string.upcase }}]{{ end }}");
        _temp.Write("theme/layouts/page.html", "<b>{{ title }}</b>");

        var html = Templates().RenderWrapped("page.html", "base.html", "content", Globals(), Page);

        Assert.Equal("12:[<B>HELLO</B>]", html);
    }

    /// <summary>Writes "[x]" and "end" on two lines, and where it wrote: after how much of the page.</summary>
    private sealed class Bracket : WrittenInPlace
    {
        public List<int> WrittenAfter { get; } = [];

        protected override void Write(Scriban.TemplateContext context, ScriptArray arguments)
        {
            WrittenAfter.Add((context.Output.ToString() ?? "").Length);
            context.Write($"[{arguments[0]}]\nend");
        }

        public override int RequiredParameterCount => 1;
        public override ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "x");
    }

    [Fact]
    public void A_function_written_in_place_writes_into_the_page_indented_and_is_its_text_where_used_as_a_value()
    {
        _temp.Write("theme/layouts/page.html", "<ul>\n  {{ title | bracket }}\n</ul>|{{ title | bracket | string.size }}|{{ (title | bracket) | string.upcase }}");
        var bracket = new Bracket();
        var globals = Globals();
        globals.SetValue("bracket", bracket, readOnly: true);

        var html = Templates().Render("page.html", globals, Page);

        Assert.Equal("<ul>\n  [Hello]\n  end\n</ul>|11|[HELLO]\nEND", html);
        // Written into the page itself where it stands as a statement, after "<ul>\n  "; as a value, into text of its own.
        Assert.Equal([7, 0, 0], bracket.WrittenAfter);
    }

    [Fact]
    public void An_error_in_a_wrapped_layout_is_reported_in_the_layouts_file_and_line()
    {
        _temp.Write("theme/layouts/base.html", "<html>\n{{ content }}\n</html>");
        _temp.Write("theme/layouts/page.html", "<h1>{{ title }}</h1>\n\n<p>{{ no_such_thing }}</p>\n");

        var e = Assert.Throws<ContentException>(() => Templates().RenderWrapped("page.html", "base.html", "content", Globals(), Page));

        Assert.EndsWith("theme/layouts/page.html", e.Error.Location.File);
        Assert.Equal(3, e.Error.Location.Line);
        Assert.Contains("no_such_thing", e.Message);
    }

    [Fact]
    public void A_template_set_renders_a_layout_many_times_with_fresh_globals()
    {
        _temp.Write("theme/layouts/page.html", "{{ title }}|{{ include \"footer.html\" }}");
        _temp.Write("theme/layouts/partials/footer.html", "[{{ title }}]");
        var templates = Templates();

        var first = templates.Render("page.html", Globals("one"), Page);
        var second = templates.Render("page.html", Globals("two"), Page);

        Assert.Equal("one|[one]", first);
        Assert.Equal("two|[two]", second);
    }

    /// <summary>The preview server makes a new template set when a layout is edited; the thread that rendered with the old one renders the edit.</summary>
    [Fact]
    public void A_new_template_set_renders_an_edited_partial_on_the_thread_that_rendered_the_old_one()
    {
        _temp.Write("theme/layouts/page.html", "{{ title }}|{{ include \"footer.html\" }}");
        _temp.Write("theme/layouts/partials/footer.html", "[old]");
        var before = Templates().Render("page.html", Globals(), Page);

        _temp.Write("theme/layouts/partials/footer.html", "[edited]");
        var after = Templates().Render("page.html", Globals(), Page);

        Assert.Equal("Hello|[old]", before);
        Assert.Equal("Hello|[edited]", after);
    }

    /// <summary>A page whose layout fails leaves nothing of itself to the next page rendered on the same thread.</summary>
    [Fact]
    public void A_page_rendered_after_a_failed_one_sees_only_its_own_globals()
    {
        _temp.Write("theme/layouts/failing.html", "<main>{{ include \"card.html\" }}</main>");
        _temp.Write("theme/layouts/partials/card.html", "{{ for i in 1..2 }}{{ missing_value }}{{ end }}");
        _temp.Write("theme/layouts/page.html", "<p>{{ title }}: {{ secret }}</p>");
        var templates = Templates();
        var failing = Globals("first");
        failing.Add("secret", "of the first page");
        Assert.Throws<ContentException>(() => templates.Render("failing.html", failing, Page));

        var e = Assert.Throws<ContentException>(() => templates.Render("page.html", Globals("second"), Page));

        Assert.Contains("secret", e.Message);
    }

    [Fact]
    public void Templates_render_safely_from_many_threads_at_once()
    {
        _temp.Write("theme/layouts/page.html", "{{ title }}{{ include \"footer.html\" }}");
        _temp.Write("theme/layouts/partials/footer.html", "!");
        var templates = Templates();

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = templates.Render("page.html", Globals(i.ToString()), Page));

        Assert.Equal(Enumerable.Range(0, 64).Select(i => i + "!"), results);
    }

    [Fact]
    public void A_Scriban_syntax_error_is_reported_with_the_templates_file_and_line()
    {
        _temp.Write("theme/layouts/broken.html", "<html>\n<body>\n{{ if }}\n</body>\n");

        var e = Assert.Throws<ContentException>(() => Templates().Render("broken.html", Globals(), Page));

        Assert.EndsWith("theme/layouts/broken.html", e.Error.Location.File);
        Assert.Equal(3, e.Error.Location.Line);
        Assert.StartsWith("template error: ", e.Message);
    }

    [Fact]
    public void A_Scriban_syntax_error_in_a_partial_is_reported_with_the_partials_file_and_line()
    {
        _temp.Write("theme/layouts/page.html", "<main>\n{{ include \"bad.html\" }}\n</main>\n");
        _temp.Write("theme/layouts/partials/bad.html", "<p>\n\n{{ for }}\n");

        var e = Assert.Throws<ContentException>(() => Templates().Render("page.html", Globals(), Page));

        Assert.EndsWith("theme/layouts/partials/bad.html", e.Error.Location.File);
        Assert.Equal(3, e.Error.Location.Line);
    }

    [Fact]
    public void A_runtime_error_such_as_an_unknown_variable_is_reported_at_its_line()
    {
        _temp.Write("theme/layouts/page.html", "<h1>{{ title }}</h1>\n<p>{{ no_such_thing }}</p>\n");

        var e = Assert.Throws<ContentException>(() => Templates().Render("page.html", Globals(), Page));

        Assert.EndsWith("theme/layouts/page.html", e.Error.Location.File);
        Assert.Equal(2, e.Error.Location.Line);
        Assert.Contains("no_such_thing", e.Message);
    }

    [Fact]
    public void A_runtime_error_in_a_partial_is_reported_in_the_partials_file()
    {
        _temp.Write("theme/layouts/page.html", "<main>\n{{ include \"card.html\" }}\n</main>\n");
        _temp.Write("theme/layouts/partials/card.html", "<div>\n{{ missing_value }}\n</div>\n");

        var e = Assert.Throws<ContentException>(() => Templates().Render("page.html", Globals(), Page));

        Assert.EndsWith("theme/layouts/partials/card.html", e.Error.Location.File);
        Assert.Equal(2, e.Error.Location.Line);
    }

    [Fact]
    public void An_unknown_layout_is_a_ContentException_at_the_requesting_location_naming_the_layout()
    {
        var templates = Templates();

        var e = Assert.Throws<ContentException>(() => templates.Render("nothing-here.html", Globals(), Page));

        Assert.Equal(Page, e.Error.Location);
        Assert.Contains("'nothing-here.html'", e.Message);
        Assert.False(templates.Exists("nothing-here.html"));
    }

    [Fact]
    public void A_layout_name_that_climbs_out_of_the_roots_is_an_unknown_layout()
    {
        _temp.Write("secret.html", "not a template of the site");

        var e = Assert.Throws<ContentException>(() => Templates().Render("../../secret.html", Globals(), Page));

        Assert.Contains("unknown layout '../../secret.html'", e.Message);
    }

    [Fact]
    public void A_later_roots_layout_and_partial_override_the_earlier_roots()
    {
        _temp.Write("theme/layouts/page.html", "theme {{ include \"p.html\" }}");
        _temp.Write("theme/layouts/partials/p.html", "theme-partial");
        _temp.Write("input/layouts/page.html", "input {{ include \"p.html\" }}");
        _temp.Write("input/layouts/partials/p.html", "input-partial");

        Assert.Equal("input input-partial", Templates().Render("page.html", Globals(), Page));
    }

    [Fact]
    public void An_unknown_partial_is_reported_as_a_template_error()
    {
        _temp.Write("theme/layouts/page.html", "{{ include \"absent.html\" }}");

        var e = Assert.Throws<ContentException>(() => Templates().Render("page.html", Globals(), Page));

        Assert.Contains("absent.html", e.Message);
        Assert.EndsWith("theme/layouts/page.html", e.Error.Location.File);
    }
}
