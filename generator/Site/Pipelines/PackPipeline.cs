using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Modules.IO;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The pack page of each language (<c>/&lt;lang&gt;/pack/</c>), where a trainer puts together findings and recommendations
/// for a session ("Add to my pack" on their pages), orders them, prints them as a handout with a reference list,
/// downloads their references and shares the pack as a link. The pack lives in the browser (localStorage); the page
/// reads what it shows of each item from <see cref="PackData"/>, written beside it.
/// </summary>
public static class PackPipeline
{
    public const string Name = Kinds.Pack;

    /// <summary>The pipeline writing the pack's data file (<see cref="PackData"/>).</summary>
    public const string DataName = Name + "-data";
    public const string Section = "pack";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        // In the process phase, so that the site model knows the pages as translations of each other.
        pipeline.ProcessModules.Add(new AddDocuments(_ => site.Settings.Languages.Select(lang => site.Identify(
            new Document { Source = "(pack page)" }.With([new("id", Name), new(SiteKeys.Title, site.Strings.Get(lang, "pack.title"))]),
            Name, lang, Section, ""))));
        ContentPipeline.AddRendering(site, pipeline, (pack, model, page) =>
        {
            var lang = pack.Lang();
            page["data_url"] = DataUrlOf(site, lang);
            page["findings_url"] = site.UrlFor(lang, ContentTypes.Finding.Section, "");
            page["guidance_url"] = site.UrlFor(lang, ContentTypes.Recommendation.Section, "");
        });
        return pipeline;
    }

    public static string DataUrlOf(GuidanceSite site, string lang) => site.UrlFor(lang, Section, "") + PackData.FileName;

    /// <summary>
    /// The data file of each language: a pipeline of its own, as the model depends on the pack pages and the data on the
    /// model. Known in the process phase, written from every page's entry in the post-process phase, as a feed is: no page
    /// waits for it, and the preview server writes an edited page before it (bench/RESULTS.md).
    /// </summary>
    public static Pipeline CreateData(GuidanceSite site)
    {
        const string LangKey = "PackDataLang";
        var pipeline = new Pipeline(DataName);
        pipeline.ProcessModules.Add(new AddDocuments(_ => site.Settings.Languages.Select(lang => new Document
        {
            Source = $"(pack data, {lang})",
            Destination = DataUrlOf(site, lang)[site.Settings.BasePath.Length..],
        }.With(LangKey, lang))));
        pipeline.PostProcessModules.Add(new SetBytes((data, context) => PackData.Write(site, ModelPipeline.ModelOf(context), data.GetString(LangKey)!)));
        pipeline.OutputModules.Add(new WriteFiles());
        return pipeline;
    }
}
