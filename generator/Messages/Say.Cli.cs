namespace Guidance.Messages;

// What generator/Cli prints: help, usage errors, the summary of a build, serve's lines and the preview's error overlay.
public static partial class Say
{
    public static string InputOption => T("Content folder (default: input/)", "Mappen med indholdet (standard: input/)");
    public static string ThemeOption => T("Theme folder (default: theme/)", "Mappen med designet (standard: theme/)");
    public static string OutputOption => T("Output folder (default: output/)", "Mappen, sitet bygges i (standard: output/)");
    public static string ConfigOption => T("Settings file (default: statiq.json)", "Indstillingsfilen (standard: statiq.json)");
    public static string NoSearchOption => T(
        "Skip the search index and the offline copy (no Node.js needed)",
        "Spring søgeindekset og offlinekopien over (så behøves Node.js ikke)");
    public static string TimingsOption => T(
        "Print how long each pipeline's modules and each phase took",
        "Vis, hvor lang tid hvert trin og hver fase tog");
    public static string ReadabilityOption => T(
        "Print the LIX score of every page's text and summary",
        "Vis LIX-tallet for hver sides tekst og resumé");
    public static string NoPdfOption => T("Skip the courses' PDF handouts", "Spring kursernes PDF-materialer over");
    public static string EditOption => T(
        "Also serve the browser editor (Decap CMS) at /admin/, saving into the input folder",
        "Vis også redigeringsværktøjet (Decap CMS) på /admin/; det gemmer i input-mappen");
    public static string EditNeedsNode => T(
        "--edit needs the editor, which the build installs with Node as it does the search index; leave out --no-search",
        "--edit kræver redigeringsværktøjet, som bygningen installerer med Node ligesom søgeindekset; udelad --no-search");
    public static string EditorAt(string address, string input) => T(
        $"guidance: the editor is at {address} and saves into {input}",
        $"guidance: redigeringsværktøjet er på {address} og gemmer i {input}");
    public static string EditorBuilt(int files, string saves, string milliseconds) => T(
        $"guidance: editor (Decap CMS) at /admin/: {files} files, {saves}, in {milliseconds} ms of the build",
        $"guidance: redigeringsværktøj (Decap CMS) på /admin/: {files} filer, {saves}, på {milliseconds} ms af byggetiden");
    public static string EditorSavesLocally => T("saving into the input folder", "gemmer i input-mappen");
    public static string EditorPublishesThroughGitHub => T("publishing through GitHub", "udgiver gennem GitHub");
    public static string RequestNotJson => T("the request is not JSON", "forespørgslen er ikke JSON");
    public static string PortOption => T("Port for the preview server on 127.0.0.1", "Porten til forhåndsvisningen på 127.0.0.1");
    public static string BuildCommand => T("Build the site into the output folder", "Byg sitet i output-mappen");
    public static string CheckCommand => T("Validate everything a build validates; write nothing", "Tjek alt det, som 'build' tjekker; skriv intet");
    public static string ServeCommand => T(
        "Build, serve on 127.0.0.1 and rebuild on change",
        "Byg, vis sitet på 127.0.0.1, og byg igen ved hver ændring");
    public static string RootCommand => T(
        "Builds the Guidance practice-guidance site from Markdown research findings.",
        "Bygger Guidance-sitet med praksisvejledning ud fra forskningsfund skrevet i Markdown.");

    public static string NotAPort(int port) => T(
        $"--port {port} is not a port; give a number from 1 to 65535",
        $"--port {port} er ikke en port; angiv et tal fra 1 til 65535");
    public static string UnknownArgument(string argument) => T(
        $"unknown command, option or argument '{argument}'",
        $"ukendt kommando, tilvalg eller argument '{argument}'");
    public static string SeeHelp => T("Run 'guidance --help' for usage.", "Skriv 'guidance --help' for at se, hvordan kommandoen bruges.");

    public static string Built => T("built", "bygget");
    public static string Checked => T("checked", "tjekket");
    public static string Rebuilt => T("rebuilt", "bygget igen");
    public static string Summary(string done, int pages, string perLanguage, int files, string milliseconds) => T(
        $"guidance: {done} {pages} pages ({perLanguage}), {files} files written, in {milliseconds} ms",
        $"guidance: {pages} sider {done} ({perLanguage}), {files} filer skrevet, på {milliseconds} ms");
    public static string UnchangedSummary(int pages, string perLanguage, string milliseconds) => T(
        $"guidance: nothing changed since the last build, so its {pages} pages ({perLanguage}) stay as they are: 0 files written, in {milliseconds} ms",
        $"guidance: intet er ændret siden sidste bygning, så de {pages} sider ({perLanguage}) er uændrede: 0 filer skrevet, på {milliseconds} ms");
    public static string PagefindInstalled(string milliseconds) => T(
        $"guidance: installed Pagefind (npm ci) in {milliseconds} ms",
        $"guidance: Pagefind installeret (npm ci) på {milliseconds} ms");
    public static string SearchIndexLine(string perLanguage, string milliseconds) => T(
        $"guidance: search index (Pagefind): {perLanguage} pages, in {milliseconds} ms of the build",
        $"guidance: søgeindeks (Pagefind): {perLanguage} sider, på {milliseconds} ms af byggetiden");
    public static string OfflineLanguage(string language, int files, long kilobytes) => T(
        $"{language} {files} files, {kilobytes} KB",
        $"{language} {files} filer, {kilobytes} KB");
    public static string OfflineLine(string perLanguage, string milliseconds) => T(
        $"guidance: offline copy (Workbox): {perLanguage}, in {milliseconds} ms of the build",
        $"guidance: offlinekopi (Workbox): {perLanguage}, på {milliseconds} ms af byggetiden");

    public static string NothingPublished => T("nothing was published", "intet blev udgivet");
    public static string NothingWritten => T("nothing was written", "intet blev skrevet");
    public static string SkipSearch(string nothingDone) => T(
        $"guidance: {nothingDone} (build with --no-search to skip the search index and the offline copy)",
        $"guidance: {nothingDone} (byg med --no-search for at springe søgeindekset og offlinekopien over)");
    public static string Failed(int errors, string nothingDone) => T(
        $"guidance: {errors} error(s); {nothingDone}",
        $"guidance: {errors} fejl; {nothingDone}");
    public static string InternalError(string message) => T($"guidance: internal error: {message}", $"guidance: intern fejl: {message}");

    public static string ServingLastGood => T(
        "guidance: serving the last good build, if there is one",
        "guidance: viser den seneste udgave, der kunne bygges, hvis der er en");
    public static string Serving(string folder, string address) => T(
        $"guidance: serving {folder} at {address} (Ctrl+C to stop)",
        $"guidance: viser {folder} på {address} (Ctrl+C for at stoppe)");

    /// <summary>The heading of the preview's overlay over a page after a failed rebuild.</summary>
    public static string RebuildFailed => T(
        "The rebuild failed; this is the last good version of the page.",
        "Siden kunne ikke bygges igen; du ser den seneste udgave, der virkede.");

    // guidance translations and guidance rename.
    public static string TranslationsCommand => T(
        "Print whether each page's translations are up to date, stale or missing",
        "Vis for hver side, om oversættelserne er ajour, bagud eller mangler");
    public static string TranslationsFailed(int errors) => T(
        $"guidance: {errors} error(s); fix the content to see the status of the translations",
        $"guidance: {errors} fejl; ret indholdet for at se, hvordan det står til med oversættelserne");
    public static string RenameCommand => T(
        "Give a page a new id in every language: rename its files, rewrite every reference to it, redirect its old URLs",
        "Giv en side et nyt id på alle sprog: omdøb dens filer, ret alle henvisninger til den, og viderestil dens gamle adresser");
    public static string OldIdArgument => T("The id the page has now", "Det id, siden har nu");
    public static string NewIdArgument => T("The id it gets", "Det id, siden skal have");
    public static string DryRunOption => T("Print what would change; change nothing", "Vis, hvad der ville blive ændret; ændr intet");

    // check --readability: each file's LIX scores, then the medians per language and kind.
    public static string LixText(int score) => T($"text {score}", $"tekst {score}");
    public static string LixSummary(int score) => T($"summary {score}", $"resumé {score}");
    public static string LixLimit(int limit) => T($" (limit {limit})", $" (grænse {limit})");
    public static string LixAboveLimit(int count) => T($", {count} above their limit", $", {count} over deres grænse");
    public static string LixMedians(string lang, string kind, int pages, string text, string summary, string above) => T(
        $"guidance: readability (LIX), {lang} {kind}: {pages} pages; text median {text}; summary median {summary}{above}",
        $"guidance: læsbarhed (LIX), {lang} {Kind(kind)}: {pages} sider; median for tekst {text}; median for resumé {summary}{above}");
}
