namespace Guidance.Site;

/// <summary>What a build does with its output.</summary>
public enum BuildMode
{
    /// <summary>Validate everything, write nothing (<c>guidance check</c>).</summary>
    Check,
    /// <summary>
    /// Write into a fresh folder beside the output and swap it in only when the whole build succeeded; then record
    /// what was published in <c>input/published-urls.txt</c> (<c>guidance build</c>).
    /// </summary>
    Staged,
}
