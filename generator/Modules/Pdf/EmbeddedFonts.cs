using PdfSharp.Fonts;

namespace Guidance.Modules.Pdf;

/// <summary>
/// The one typeface of the PDFs, from the program itself (Liberation Sans, regular, bold and italic): PDFsharp's
/// cross-platform build finds no fonts of its own, and a build must not depend on the fonts a machine happens to have.
/// PDFsharp keeps its font resolver in a global setting, so it is set once for the process.
/// </summary>
public sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "Liberation Sans";

    private static readonly Lazy<bool> Installed = new(() =>
    {
        GlobalFontSettings.FontResolver ??= new EmbeddedFonts();
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Install() => _ = Installed.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "LiberationSans-Bold" : italic ? "LiberationSans-Italic" : "LiberationSans-Regular");

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"Guidance.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
