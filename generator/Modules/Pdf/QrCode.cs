using QRCoder;

namespace Guidance.Modules.Pdf;

/// <summary>A QR code of an address, as a BMP of black modules on white with the quiet zone the standard asks for.</summary>
public static class QrCode
{
    /// <summary>Error correction M (15%): a printed, creased or scribbled-on handout still scans.</summary>
    public static byte[] Bitmap(string text, int pixelsPerModule = 4)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new BitmapByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
