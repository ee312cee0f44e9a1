using System.Globalization;
using Guidance.Engine;
using Guidance.Modules.IO;

namespace Guidance.Site;

/// <summary>When a content page last changed: from the git history of its source file, else the file's modification time.</summary>
public static class LastUpdated
{
    /// <summary>The date of a page's source file, or null for a generated page (lists, notices, redirects).</summary>
    public static DateTimeOffset? Of(GuidanceSite site, Document page) =>
        page.GetString(ReadFiles.RelativePathKey) is { } relative && site.FileSystem.GetFile(relative) is { } file
            ? site.History.LastChanged(file.FullPath)
            : null;

    public static ShownDate Show(GuidanceSite site, DateTimeOffset date, string lang) =>
        new(date.ToString(site.Strings.Get(lang, "format.date"), site.Strings.CultureOf(lang)), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static ShownDate? ShowFor(GuidanceSite site, Document page) =>
        Of(site, page) is { } date ? Show(site, date, page.Lang()) : null;
}
