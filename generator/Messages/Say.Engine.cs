namespace Guidance.Messages;

// What generator/Engine prints: a content error's "warning:" and refusals of files the build will not read.
public static partial class Say
{
    public static string Warning => T("warning", "advarsel");

    public static string FileLinkLoops(string target) => T(
        $"this file is a link to '{target}', which leads back to itself (a loop); remove the link",
        $"filen er et link til '{target}', som fører tilbage til sig selv (en løkke); fjern linket");
    public static string FileLinkBroken(string target) => T(
        $"this file is a link to '{target}', which does not exist; remove the link or restore its file",
        $"filen er et link til '{target}', som ikke findes; fjern linket, eller læg filen tilbage");
    public static string LinksOutsideInput(string target) => T(
        $"links outside the input folder (to '{target}'); copy the file into the folder instead",
        $"filen er et link, der fører uden for input-mappen (til '{target}'); kopiér i stedet selve filen ind i mappen");
    public static string NotOrdinaryFile(string kind) => T(
        $"this is {kind}, not an ordinary file; guidance reads only ordinary files",
        $"dette er {kind}, ikke en almindelig fil; guidance læser kun almindelige filer");
    public static string NamedPipe => T("a named pipe", "en navngivet pipe");
    public static string Device => T("a device", "en enhedsfil");
    public static string Socket => T("a socket", "en socket");
    public static string FolderLinkLoops(string target) => T(
        $"this folder is a link to '{target}', which contains it: a loop; remove the link",
        $"mappen er et link til '{target}', som indeholder den: en løkke; fjern linket");
    public static string FolderLinkNotRead(string target) => T(
        $"this folder is a link to '{target}'; linked folders are not read, so move or copy the files here instead",
        $"mappen er et link til '{target}'; linkede mapper bliver ikke læst, så flyt eller kopiér i stedet filerne hertil");
}
