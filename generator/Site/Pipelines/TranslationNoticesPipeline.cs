using Guidance.Engine;
using Guidance.Modules.Content;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The notice pages that stand in for missing translations (<see cref="TranslationNotice"/>): "This page is only
/// available in Danish", with a link to the version that exists. The language switch of that version leads here.
/// </summary>
public static class TranslationNoticesPipeline
{
    public const string Name = "translation-notices";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        pipeline.Dependencies.Add(ModelPipeline.Name);
        pipeline.ProcessModules.Add(new AddDocuments(context => ModelPipeline.ModelOf(context).TranslationNotices));
        ContentPipeline.AddRendering(site, pipeline, (notice, _, page) =>
        {
            var original = notice.Get<Document>(TranslationNotice.OriginalKey)!;
            var lang = notice.Lang();
            var language = site.Strings.Get(lang, "language_of_original." + original.Lang());
            page["original"] = new { Title = original.Title(), Url = original.PageUrl(), Lang = original.Lang() };
            page["notice"] = site.Strings.Format(lang, "missing_translation.only_in", ("language", language));
            page["read"] = site.Strings.Format(lang, "missing_translation.read", ("language", language));
        });
        return pipeline;
    }
}
