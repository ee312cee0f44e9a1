using System.Globalization;
using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// When a finding or recommendation was last checked against the evidence (<c>reviewed: yyyy-mm-dd</c>) and when it is
/// due again: <c>review_interval</c> months later (front matter), else the site's <c>ReviewIntervalMonths</c>.
/// </summary>
public sealed record Review(DateOnly Reviewed, int IntervalMonths)
{
    public const string ReviewedKey = "reviewed", IntervalKey = "review_interval";

    public DateOnly NextDue => Reviewed.AddMonths(IntervalMonths);

    public bool IsOverdue(DateOnly today) => NextDue < today;

    /// <summary>The kinds of page that carry a review: those built on evidence, which newer studies can overtake.</summary>
    public static readonly IReadOnlyList<string> Kinds = [Site.Kinds.Finding, Site.Kinds.Recommendation];

    public static readonly Field[] Fields = [new(ReviewedKey, FieldType.Date), new(IntervalKey)];

    /// <summary>The page's review, or null when it has no <c>reviewed</c> date.</summary>
    public static Review? Of(Document page, SiteSettings settings) =>
        PageHistory.DateOf(page, ReviewedKey) is { } reviewed
            ? new Review(reviewed, IntervalOf(page) ?? settings.ReviewIntervalMonths)
            : null;

    private static int? IntervalOf(Document page) =>
        page.GetString(IntervalKey) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months > 0 ? months : null;

    /// <summary>What is wrong with a page's <c>review_interval</c>: it must be a whole number of months from 1.</summary>
    public static IEnumerable<(string Key, string Message)> Problems(Document page)
    {
        if (page.GetString(IntervalKey) is { } text && IntervalOf(page) is null)
            yield return (IntervalKey, Say.NotAReviewInterval(text));
    }

    /// <summary>A check warning, when the review was due before <paramref name="today"/>.</summary>
    public static ContentError? Overdue(Document page, SiteSettings settings, DateOnly today) =>
        Of(page, settings) is { } review && review.IsOverdue(today)
            ? new ContentError(page.LocationOf(ReviewedKey),
                Say.ReviewOverdue(page.PageId(), $"{review.NextDue:yyyy-MM-dd}", $"{review.Reviewed:yyyy-MM-dd}", review.IntervalMonths), Severity.Warning)
            : null;
}
