using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Guidance.Modules.Pdf;

/// <summary>The look of a run of text: its size in points, weight, slant and colour.</summary>
public sealed record TextStyle(double Size, bool Bold = false, bool Italic = false, double Leading = 1.3, string Colour = "#000000");

/// <summary>
/// A simple flowing layout on A4 pages with PDFsharp: paragraphs wrapped to the text width, blocks kept on one page,
/// an image beside a block, links, and a footer on every page. It knows nothing of what it lays out; the same input
/// gives the same bytes (fixed dates and document id), so a build that changed nothing rewrites no PDF.
/// </summary>
public sealed partial class PrintLayout : IDisposable
{
    private const double Margin = 56.7; // 2 cm
    private readonly PdfDocument _document = new();
    private readonly Dictionary<TextStyle, XFont> _fonts = [];
    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _y;

    public PrintLayout(string title, string author, DateTime date, string language)
    {
        EmbeddedFonts.Install();
        _document.Info.Title = title;
        _document.Info.Author = author;
        _document.Info.Creator = author;
        _document.Info.CreationDate = date;
        _document.Info.ModificationDate = date;
        _document.Language = language;
        _document.PageLayout = PdfPageLayout.SinglePage;
        NewPage();
    }

    public double Width => _page!.Width.Point - 2 * Margin;

    private double Bottom => _page!.Height.Point - Margin - 20; // room for the footer

    /// <summary>The height a page has for text, from the top margin to the footer.</summary>
    public double PageHeight => Bottom - Margin;

    private XFont FontOf(TextStyle style)
    {
        if (!_fonts.TryGetValue(style, out var font))
        {
            var weight = style.Bold ? XFontStyleEx.Bold : style.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular;
            _fonts[style] = font = new XFont(EmbeddedFonts.Family, style.Size, weight, XPdfFontOptions.UnicodeDefault);
        }
        return font;
    }

    public void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    /// <summary>Vertical space; at the top of a page it is dropped.</summary>
    public void Space(double points)
    {
        if (_y > Margin) _y += points;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (_y + height > Bottom && _y > Margin) NewPage();
    }

    /// <summary>The lines a text wraps to within a width (a word longer than the width gets a line of its own).</summary>
    public IReadOnlyList<string> Wrap(string text, TextStyle style, double width)
    {
        var font = FontOf(style);
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && _gfx!.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else line = candidate;
            }
            lines.Add(line);
        }
        return lines;
    }

    public double LineHeight(TextStyle style) => style.Size * style.Leading;

    /// <summary>The height a text takes, wrapped within <see cref="Width"/> less <paramref name="rightInset"/>.</summary>
    public double Measure(string text, TextStyle style, double rightInset = 0, double indent = 0) =>
        Wrap(text, style, Width - rightInset - indent).Count * LineHeight(style);

    /// <summary>
    /// Writes a text, wrapped, from the left margin plus <paramref name="indent"/> (every line after the first also
    /// <paramref name="hangingIndent"/> further in, as a reference list's entries are); a page break may fall between lines.
    /// With <paramref name="link"/>, the text is a link to it.
    /// </summary>
    public void Text(string text, TextStyle style, double rightInset = 0, double indent = 0, double hangingIndent = 0, string? link = null)
    {
        var font = FontOf(style);
        var brush = new XSolidBrush(XColor.FromArgb(int.Parse(style.Colour.TrimStart('#'), System.Globalization.NumberStyles.HexNumber) | unchecked((int)0xFF000000)));
        var first = Wrap(text, style, Width - rightInset - indent);
        var lines = hangingIndent == 0 || first.Count == 1 ? first
            : [first[0], .. Wrap(string.Join(' ', first.Skip(1)), style, Width - rightInset - indent - hangingIndent)];
        for (var i = 0; i < lines.Count; i++)
        {
            if (_y + LineHeight(style) > Bottom) NewPage();
            var x = Margin + indent + (i > 0 ? hangingIndent : 0);
            _gfx!.DrawString(lines[i], font, brush, x, _y, XStringFormats.TopLeft);
            if (link is not null)
            {
                var width = _gfx.MeasureString(lines[i], font).Width;
                var height = _page!.Height.Point;
                var annotation = _page.AddWebLink(new PdfRectangle(new XPoint(x, height - _y - LineHeight(style)), new XPoint(x + width, height - _y)), link);
                // Both optional; PDFsharp fills them with a random id and the time of the build.
                annotation.Elements.Remove("/NM");
                annotation.Elements.Remove("/M");
            }
            _y += LineHeight(style);
        }
    }

    /// <summary>An image (BMP, PNG or JPEG) in a square of <paramref name="size"/> points at the right margin, its top where the next text starts; the flow does not move.</summary>
    public void ImageAtRight(byte[] image, double size)
    {
        using var picture = XImage.FromStream(new MemoryStream(image));
        picture.Interpolate = false; // a QR code's modules stay sharp at any scale
        _gfx!.DrawImage(picture, Margin + Width - size, _y, size, size);
    }

    /// <summary>The current position, to keep the flow below an image beside a block.</summary>
    public double Position => _y;

    public void MoveTo(double y) => _y = Math.Max(_y, y);

    /// <summary>A thin rule across the text width.</summary>
    public void Rule()
    {
        _gfx!.DrawLine(new XPen(XColors.Gray, 0.5), Margin, _y, Margin + Width, _y);
        _y += 6;
    }

    /// <summary>Writes a footer on every page (given the page's number and the number of pages) and returns the PDF.</summary>
    public byte[] Finish(Func<int, int, string> footer, TextStyle style)
    {
        _gfx?.Dispose();
        _gfx = null;
        var font = FontOf(style);
        for (var i = 0; i < _document.PageCount; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            gfx.DrawString(footer(i + 1, _document.PageCount), font, XBrushes.DimGray, Margin, page.Height.Point - Margin + 4, XStringFormats.TopLeft);
        }
        // A fixed document id: PDFsharp would draw a new one at random on every save.
        var id = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(_document.Info.Title + _document.Info.CreationDate.ToString("O"))))[..32];
        _document.Internals.FirstDocumentID = id;
        _document.Internals.SecondDocumentID = id;
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return WithFixedIds(stream.ToArray(), id);
    }

    /// <summary>
    /// What PDFsharp draws at random on every save, made to follow from the document instead, so two builds of the same
    /// handout are the same bytes (and a build that changed nothing rewrites no PDF): each font subset's six capitals
    /// (<c>CSMHJL+Liberation#20Sans</c>; the standard asks only that they differ between subsets of one file), derived
    /// from the font's name, and the XMP metadata's document and instance uuids, derived from the document id. Each is
    /// replaced by one of the same length, so the file's offsets stay right.
    /// </summary>
    private static byte[] WithFixedIds(byte[] pdf, string documentId)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        text = SubsetTag().Replace(text, match =>
        {
            var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.Latin1.GetBytes(match.Groups[2].Value));
            return "/" + new string(hash.Take(6).Select(b => (char)('A' + b % 26)).ToArray()) + "+" + match.Groups[2].Value;
        });
        text = XmpUuid().Replace(text, match =>
        {
            var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.Latin1.GetBytes(documentId + match.Groups[1].Value));
            return $"{match.Groups[1].Value}>uuid:{new Guid(hash.AsSpan(0, 16))}<";
        });
        return System.Text.Encoding.Latin1.GetBytes(text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/([A-Z]{6})\+([A-Za-z0-9#,-]+)")]
    private static partial System.Text.RegularExpressions.Regex SubsetTag();

    [System.Text.RegularExpressions.GeneratedRegex(@"(xmpMM:(?:DocumentID|InstanceID))>uuid:[0-9a-f-]{36}<")]
    private static partial System.Text.RegularExpressions.Regex XmpUuid();

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }
}
