namespace Guidance.Messages;

// What generator/Modules prints: files, YAML and front matter, Markdown, layouts, and the Node tools (Pagefind, Workbox, npm).
public static partial class Say
{
    public static string FileTooLarge(long megabytes, long limit) => T(
        $"the file is {megabytes} MB; files over {limit} MB are refused",
        $"filen fylder {megabytes} MB; filer over {limit} MB afvises");
    public static string NotUtf8 => T("the file is not UTF-8 text; save it as UTF-8", "filen er ikke UTF-8-tekst; gem den som UTF-8");
    public static string LeavesOutputFolder(string path) => T(
        $"the output path '{path}' leaves the output folder",
        $"stien '{path}' fører ud af output-mappen");

    public static string FrontMatterNotClosed => T(
        "front matter starts with '---' but has no closing '---' line",
        "front matter (felterne øverst i filen) begynder med '---', men mangler den afsluttende '---'-linje");
    public static string ExpectedKeyValueLines => T(
        "expected 'key: value' lines, found a single value or a list",
        "her skulle stå linjer som 'nøgle: værdi', men der står en enkelt værdi eller en liste");
    public static string SecondYamlDocument => T(
        "a second YAML document starts here; front matter holds one",
        "her begynder endnu et YAML-dokument; front matter må kun rumme ét");
    public static string MalformedYaml(string detail) => T($"malformed YAML: {detail}", $"fejl i YAML: {detail}");
    public static string YamlValueNotClosed => T(
        "a value here is not closed (a '[', '{' or quote without its partner?)",
        "en værdi her er ikke afsluttet (en '[', '{' eller et anførselstegn uden sin makker?)");
    public static string YamlTooDeep(int levels) => T(
        $"YAML nested more than {levels} levels deep",
        $"YAML'en er indlejret i mere end {levels} niveauer");
    public static string YamlAlias(string alias) => T(
        $"YAML aliases (*{alias}) are not supported; write the value out",
        $"YAML-aliasser (*{alias}) understøttes ikke; skriv værdien helt ud");
    public static string ControlCharacter(string code) => T(
        $"the value holds the invisible control character U+{code}, which a web page or feed cannot carry; delete it",
        $"værdien indeholder det usynlige kontroltegn U+{code}, som en webside eller et feed ikke kan rumme; slet det");
    public static string KeyNotPlainWord => T("a key must be a plain word", "en nøgle skal være et almindeligt ord");
    public static string KeyTwice(string key) => T(
        $"the key '{key}' appears twice (keys are case-insensitive)",
        $"nøglen '{key}' står to gange (store og små bogstaver regnes for ens i nøgler)");
    public static string YamlLineIndented => T(
        "this line is indented, so it reads as part of the value above; start each key at the beginning of its line",
        "linjen er rykket ind og læses derfor som en del af værdien ovenfor; skriv hver nøgle helt ude i starten af linjen");
    public static string ColonNeedsQuotes(string quoted) => T(
        $"a value with a colon needs quotes: {quoted}",
        $"en værdi med kolon skal stå i anførselstegn: {quoted}");
    public static string QuoteNotClosed => T(
        "a quote is opened but not closed; end the value with the same quote it starts with",
        "et anførselstegn er åbnet, men ikke lukket; slut værdien med samme slags anførselstegn, som den begynder med");
    public static string ValueCannotStartWith(string character, string quoted) => T(
        $"a value cannot start with '{character}'; put it in quotes: {quoted}",
        $"en værdi kan ikke begynde med '{character}'; sæt den i anførselstegn: {quoted}");
    public static string NotKeyValueLine => T(
        "this line is not 'key: value'; if a value starts with a quote, nothing may follow its closing quote, and a list item (- x) belongs under a key",
        "linjen er ikke 'nøgle: værdi'; begynder en værdi med et anførselstegn, må intet stå efter det afsluttende anførselstegn, og et listepunkt (- x) hører til under en nøgle");

    public static string MarkdownTooDeep => T(
        "the Markdown is nested too deeply (lists, quotes, emphasis or links inside each other); flatten it",
        "teksten er indlejret for dybt (lister, citater, fremhævning eller links inden i hinanden); gør den mere flad");
    public static string LinkRunsCode(string url) => T(
        $"the link '{url}' uses a scheme that runs code; it is refused",
        $"linket '{url}' bruger en adressetype, der kører kode; det afvises");
    public static string AttributeNotAllowed(string name) => T(
        $"the attribute '{name}' is not allowed; only {{#id}} and {{.class}} are",
        $"attributten '{name}' er ikke tilladt; kun {{#id}} og {{.class}} er");

    public static string UnknownLayoutLookedIn(string layout, string folder) => T(
        $"unknown layout '{layout}' (looked in {folder}/ of the theme and the input)",
        $"ukendt layout '{layout}' (søgt i {folder}/ i mapperne theme og input)");
    public static string TemplateError(string detail) => T($"template error: {detail}", $"fejl i skabelonen: {detail}");
    public static string UnknownPartial(string partial) => T($"unknown partial '{partial}'", $"ukendt delskabelon '{partial}'");

    public static string InstallNode => T(
        "install Node.js 20 with npm (on Debian: apt-get install -y nodejs npm)",
        "installér Node.js 20 med npm (på Debian: apt-get install -y nodejs npm)");
    public static string SearchNeedsNode(string node) => T(
        $"the search index needs Node.js to run Pagefind, and '{node}' was not found on the PATH: {InstallNode}",
        $"søgeindekset skal bruge Node.js til at køre Pagefind, og '{node}' blev ikke fundet på PATH: {InstallNode}");
    public static string SearchNeedsNpm => T("the search index needs npm to install Pagefind", "søgeindekset skal bruge npm til at installere Pagefind");
    public static string PagefindFailed(int exitCode, string folder, string output) => T(
        $"Pagefind failed (exit code {exitCode}) while indexing {folder}:\n{output}",
        $"Pagefind fejlede (slutkode {exitCode}) under indekseringen af {folder}:\n{output}");
    public static string PagefindWroteNothing(string file) => T($"Pagefind ran but wrote no {file}", $"Pagefind kørte, men skrev ingen {file}");
    public static string OfflineNeedsNpm => T("the offline copy needs npm to install Workbox", "offlinekopien skal bruge npm til at installere Workbox");
    public static string WorkboxScriptMissing(string script) => T(
        $"{script} is missing; it makes the service workers of the offline copy",
        $"{script} mangler; den laver offlinekopiens service workers");
    public static string OfflineNeedsNode(string node) => T(
        $"the offline copy needs Node.js to run Workbox, and '{node}' was not found on the PATH: {InstallNode}",
        $"offlinekopien skal bruge Node.js til at køre Workbox, og '{node}' blev ikke fundet på PATH: {InstallNode}");
    public static string WorkboxFailed(int exitCode, string folder, string output) => T(
        $"Workbox failed (exit code {exitCode}) while making the service workers of {folder}:\n{output}",
        $"Workbox fejlede (slutkode {exitCode}) under arbejdet med service workers i {folder}:\n{output}");
    public static string WorkboxNoReport(string output) => T(
        $"Workbox ran but did not report what it keeps offline:\n{output}",
        $"Workbox kørte, men oplyste ikke, hvad det gemmer offline:\n{output}");
    public static string LockFileMissing(string lockFile, string folder) => T(
        $"{lockFile} is missing; run 'npm install' in {folder} once and commit the lock file",
        $"{lockFile} mangler; kør 'npm install' i {folder} én gang, og commit lock-filen");
    public static string NpmNotFound(string purpose, string npm) => T(
        $"{purpose}, and '{npm}' was not found on the PATH: {InstallNode}",
        $"{purpose}, og '{npm}' blev ikke fundet på PATH: {InstallNode}");
    public static string NpmCiFailed(string folder, int exitCode, string packages, string output) => T(
        $"'npm ci' in {folder} failed (exit code {exitCode}), so {packages} could not be installed:\n{output}",
        $"'npm ci' i {folder} fejlede (slutkode {exitCode}), så {packages} kunne ikke installeres:\n{output}");
    public static string NpmCiWrongVersion(string folder, string package, string version) => T(
        $"'npm ci' in {folder} did not install {package} {version}; check package-lock.json",
        $"'npm ci' i {folder} installerede ikke {package} {version}; tjek package-lock.json");
    public static string NotInDevDependencies(string file, string package) => T(
        $"{file} does not list {package} in devDependencies",
        $"{file} har ikke {package} under devDependencies");
    public static string PackageJsonMissing(string file) => T(
        $"{file} is missing; it pins the Node tools the build installs",
        $"{file} mangler; den fastlåser versionerne af de Node-værktøjer, som byggeprocessen installerer");

    /// <summary>Between the last two items of a list: "Pagefind and Workbox".</summary>
    public static string And => T(" and ", " og ");
}
