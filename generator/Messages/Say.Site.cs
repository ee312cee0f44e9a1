namespace Guidance.Messages;

// What generator/Site prints: settings, content types, front matter, references, links, translations, published paths.
public static partial class Say
{
    // Near misses (Suggestions.Hint) and kinds of page in messages.
    public static string DidYouMean(string close) => T($" (did you mean '{close}'?)", $" (mente du '{close}'?)");
    public static string ExpectedOneOf(string values) => T($" (expected one of: {values})", $" (mulige værdier: {values})");
    public static string Perhaps(string close) => T($" (perhaps '{close}')", $" (måske '{close}')");
    public static string Or => T(" or ", " eller ");

    /// <summary>A kind of page as a noun ("theme", "tema"); a kind the site declares itself keeps its own name.</summary>
    public static string Kind(string kind) => T(kind, kind switch
    {
        "theme" => "tema", "finding" => "fund", "study" => "studie", "recommendation" => "anbefaling",
        "page" => "side", "course" => "kursus", "glossary" => "ordliste", _ => kind,
    });

    /// <summary>"a theme", "et tema": Danish nouns differ in gender.</summary>
    public static string AKind(string kind) => T($"a {kind}", kind switch
    {
        "theme" or "finding" or "study" or "course" => $"et {Kind(kind)}",
        "recommendation" or "page" or "glossary" => $"en {Kind(kind)}",
        _ => $"en side af typen '{kind}'",
    });

    // Settings (statiq.json).
    public static string SettingsFileMissing => T("the settings file does not exist", "indstillingsfilen findes ikke");
    public static string MalformedJson(string detail) => T($"malformed JSON: {detail}", $"fejl i JSON: {detail}");
    public static string SettingsNotObject(string found) => T(
        $"the settings must be one JSON object, like {{ \"Title\": \"…\", \"BaseUrl\": \"https://…/\" }}, not {found}",
        $"indstillingerne skal være ét JSON-objekt, fx {{ \"Title\": \"…\", \"BaseUrl\": \"https://…/\" }}, ikke {found}");
    public static string JsonList => T("a list ([…])", "en liste ([…])");
    public static string JsonText => T("a text", "en tekst");
    public static string JsonSingleValue => T("a single value", "en enkelt værdi");
    public static string UnknownSetting(string name, string hint) => T($"unknown setting '{name}'{hint}", $"ukendt indstilling '{name}'{hint}");
    public static string SettingWrongKind(string key) => T(
        $"the setting '{key}' has the wrong kind of value",
        $"indstillingen '{key}' har en forkert slags værdi");
    public static string ListALanguage => T("list at least one language", "angiv mindst ét sprog");
    public static string LanguageTwice(string language) => T(
        $"the language '{language}' is listed twice in Languages; list each language once",
        $"sproget '{language}' står to gange i Languages; angiv hvert sprog én gang");
    public static string DefaultLanguageNotListed(string language) => T(
        $"the default language '{language}' is not in Languages",
        $"standardsproget '{language}' står ikke i Languages");
    public static string BadBaseUrl(string url) => T(
        $"BaseUrl '{url}' must be the site's address starting with https:// or http://, like https://example.org/guidance/",
        $"BaseUrl '{url}' skal være sidens adresse og begynde med https:// eller http://, fx https://example.org/guidance/");
    public static string PlaceholderBaseUrl(string url) => T(
        $"BaseUrl is still the example address {url}, so the QR codes in the course handouts, the sitemap, the feeds and the canonical links point there; change this one line to the site's real address, like \"BaseUrl\": \"https://<the site's address>/\"",
        $"BaseUrl er stadig eksempeladressen {url}, så QR-koderne i kursusmaterialet, sitemappet, feeds og de kanoniske links peger derhen; ret denne ene linje til sitets rigtige adresse, fx \"BaseUrl\": \"https://<sitets adresse>/\"");
    public static string UnknownValidationSetting(string name, string hint) => T(
        $"unknown validation setting '{name}'{hint}",
        $"ukendt valideringsindstilling '{name}'{hint}");
    public static string NotValidationLevel(string text) => T(
        $"'{text}' is not a validation level (expected error, warning or off)",
        $"'{text}' er ikke et valideringsniveau (mulige værdier: error, warning eller off)");

    // Content types (input/content-types.yml).
    public static string TypeNameInvalid(string kind) => T(
        $"the content type '{kind}' must be named with lower-case letters, digits and hyphens",
        $"indholdstypen '{kind}' skal navngives med små bogstaver, tal og bindestreger");
    public static string TypeExists(string kind) => T(
        $"'{kind}' is a kind of page the site already has; name yours differently",
        $"'{kind}' er en sidetype, som sitet allerede har; giv din et andet navn");
    public static string TypeNotMapping(string kind, string keys) => T(
        $"the content type '{kind}' must be a mapping of settings ({keys})",
        $"indholdstypen '{kind}' skal være en samling af indstillinger ({keys})");
    public static string UnknownTypeSetting(string key, string kind, string hint) => T(
        $"unknown setting '{key}' for the content type '{kind}'{hint}",
        $"ukendt indstilling '{key}' for indholdstypen '{kind}'{hint}");
    public static string TypeNeedsFolder(string kind) => T(
        $"the content type '{kind}' needs a 'folder' under input/: lower-case letters, digits and hyphens",
        $"indholdstypen '{kind}' skal have en 'folder' under input/: små bogstaver, tal og bindestreger");
    public static string FolderTaken(string folder, string kind) => T(
        $"the folder '{folder}' is already used by the content type '{kind}'",
        $"mappen '{folder}' bruges allerede af indholdstypen '{kind}'");
    public static string FolderReserved(string folder) => T(
        $"the folder '{folder}' is one the site publishes itself; choose another",
        $"mappen '{folder}' er en af dem, sitet selv udgiver; vælg en anden");
    public static string TypeSwitch(string key, string kind, string text) => T(
        $"'{key}' of the content type '{kind}' must be true or false, not '{text}'",
        $"'{key}' for indholdstypen '{kind}' skal være true eller false, ikke '{text}'");
    public static string NavWithoutList(string kind) => T(
        $"the content type '{kind}' has a nav entry but no list page for it to lead to; remove 'list: false' or 'nav: true'",
        $"indholdstypen '{kind}' har et punkt i menuen, men ingen listeside, det kan føre til; fjern 'list: false' eller 'nav: true'");
    public static string FieldsNotList(string kind) => T(
        $"'fields' of the content type '{kind}' must be a list, like [{{ key: setting }}]",
        $"'fields' for indholdstypen '{kind}' skal være en liste, fx [{{ key: setting }}]");
    public static string FieldNeedsKey(string kind) => T(
        $"each field of the content type '{kind}' needs a 'key'",
        $"hvert felt i indholdstypen '{kind}' skal have en 'key'");
    public static string UnknownFieldSetting(string setting, string key, string kind, string hint) => T(
        $"unknown setting '{setting}' for the field '{key}' of '{kind}'{hint}",
        $"ukendt indstilling '{setting}' for feltet '{key}' i '{kind}'{hint}");
    public static string UnknownFieldType(string key, string kind, string type, string hint) => T(
        $"the field '{key}' of '{kind}' has the unknown type '{type}'{hint}",
        $"feltet '{key}' i '{kind}' har den ukendte type '{type}'{hint}");
    public static string FieldRefersToUnknownType(string key, string kind, string target, string hint) => T(
        $"the field '{key}' of '{kind}' refers to the unknown content type '{target}'{hint}",
        $"feltet '{key}' i '{kind}' henviser til den ukendte indholdstype '{target}'{hint}");
    public static string TypeLabelPerLanguage(string key, string kind, string example) => T(
        $"'{key}' of the content type '{kind}' must give one value per language, like {{ {example} }}",
        $"'{key}' for indholdstypen '{kind}' skal have én værdi for hvert sprog, fx {{ {example} }}");
    public static string TypeLabelMissing(string key, string kind, string language) => T(
        $"'{key}' of the content type '{kind}' has no '{language}' value",
        $"'{key}' for indholdstypen '{kind}' har ingen værdi for '{language}'");

    // Front matter (ContentSchema, AssignPage, SplitLanguages).
    public static string UnknownInheritedKey(string key, string aKind, string hint) => T(
        $"unknown key '{key}' for {aKind}, which every file below this folder file gets{hint}",
        $"ukendt nøgle '{key}' for {aKind}, som alle filer under denne mappefil får{hint}");
    public static string RequiredKeyMissing(string key, string kind) => T(
        $"the front matter has no '{key}', which every {kind} needs",
        $"front matter mangler '{key}', som {AKind(kind)} altid skal have");
    public static string IdInvalid(string id) => T(
        $"the id '{id}' must be lower-case letters, digits and hyphens (write æ, ø, å as ae, oe, aa)",
        $"id'et '{id}' må kun have små bogstaver, tal og bindestreger (skriv æ, ø, å som ae, oe, aa)");
    public static string IdTooLong(int length, int limit) => T(
        $"the id is {length} characters long; an id names a folder of the site, so it can be at most {limit}",
        $"id'et er {length} tegn langt; et id bliver navnet på en mappe på sitet, så det må højst være {limit}");
    public static string SlugInvalid(string slug) => T(
        $"the slug '{slug}' must be lower-case letters, digits and hyphens",
        $"slug'en '{slug}' må kun have små bogstaver, tal og bindestreger");
    public static string SlugTooLong(int length, int limit) => T(
        $"the slug is {length} characters long; it names a folder of the site, so it can be at most {limit}",
        $"slug'en er {length} tegn lang; den bliver navnet på en mappe på sitet, så den må højst være {limit}");
    public static string LayoutNameInvalid(string layout) => T(
        $"the layout '{layout}' must be the name of a file in layouts/ without '.html': lower-case letters, digits and hyphens",
        $"layoutet '{layout}' skal være navnet på en fil i layouts/ uden '.html': små bogstaver, tal og bindestreger");
    public static string LayoutWholeDocument(string layout) => T(
        $"the layout '{layout}' is a whole document of its own, not one for a page inside base.html; remove the key or name another layout",
        $"layoutet '{layout}' er et helt dokument for sig, ikke et til en side inden i base.html; fjern nøglen, eller angiv et andet layout");
    public static string NotAYear(string year) => T(
        $"'{year}' is not a year of publication; write the year with four digits, like 2024",
        $"'{year}' er ikke et udgivelsesår; skriv året med fire cifre, fx 2024");
    public static string ForAKind(string kind) => T($"for a {kind}", $"for {AKind(kind)}");
    public static string InKey(string key) => T($"in '{key}'", $"i '{key}'");
    public static string UnknownKey(string key, string owner, string hint) => T(
        $"unknown front matter key '{key}' {owner}{hint}",
        $"ukendt nøgle '{key}' i front matter {owner}{hint}");
    public static string SingleValue(string key) => T(
        $"'{key}' must be a single value, not a list or a mapping",
        $"'{key}' skal være én værdi, ikke en liste eller en samling af nøgler");
    public static string MustBeList(string key) => T($"'{key}' must be a list, like [a, b]", $"'{key}' skal være en liste, fx [a, b]");
    public static string WriteAList(string key, string items) => T($"write a list: {key}: [{items}]", $"skriv en liste: {key}: [{items}]");
    public static string OneValuePerLanguage(string key, string example) => T(
        $"'{key}' must give one value per language, like {{ {example} }}",
        $"'{key}' skal have én værdi for hvert sprog, fx {{ {example} }}");
    public static string NotASiteLanguage(string key, string language, string hint) => T(
        $"'{key}' has a value for '{language}', which is not a language of the site{hint}",
        $"'{key}' har en værdi for '{language}', som ikke er et af sitets sprog{hint}");
    public static string MustBeMapping(string key, string example) => T(
        $"'{key}' must be a mapping of {example}",
        $"'{key}' skal være en samling af {example}");
    public static string SubKeyMissing(string key, string missing) => T(
        $"'{key}' has no '{missing}', which it needs",
        $"'{key}' mangler '{missing}', som skal være der");
    public static string NotADate(string key, string date) => T(
        $"'{key}' must be a date written yyyy-mm-dd, not '{date}'",
        $"'{key}' skal være en dato skrevet åååå-mm-dd, ikke '{date}'");
    public static string NotAWebAddress(string key, string address) => T(
        $"'{key}' must be a web address starting with https:// or http://, not '{address}'",
        $"'{key}' skal være en webadresse, der begynder med https:// eller http://, ikke '{address}'");
    public static string NotAllowedValue(string text, string key, string hint) => T(
        $"'{text}' is not a valid {key}{hint}",
        $"'{text}' er ikke en gyldig værdi for {key}{hint}");
    public static string FileNameLanguage(string endings) => T(
        $"the file name must end in .<language>.md ({endings})",
        $"filnavnet skal ende på .<sprog>.md ({endings})");
    public static string NotALanguage(string language, string hint) => T(
        $"'{language}' is not a language of the site{hint}",
        $"'{language}' er ikke et af sitets sprog{hint}");
    public static string UnknownLayout(string layout, string folder, string hint) => T(
        $"unknown layout '{layout}': there is no {folder}/{layout}.html in the theme or the input{hint}",
        $"ukendt layout '{layout}': der er ingen {folder}/{layout}.html i mapperne theme og input{hint}");
    public static string IdDiffersFromFileName(string id, string fileName) => T(
        $"the id '{id}' differs from the file name '{fileName}'; name the file {id}.yml",
        $"id'et '{id}' er ikke det samme som filnavnet '{fileName}'; kald filen {id}.yml");
    public static string MissingValueTranslation(string key, string language) => T(
        $"missing translation: '{key}' has no '{language}' value",
        $"oversættelse mangler: '{key}' har ingen værdi for '{language}'");

    // Confidence (GRADE, GRADE-CERQual).
    public static string ConfidenceWrongApproach(string evidence, string approach, string own, string foreign) => T(
        $"a finding with evidence '{evidence}' is judged with {approach}, so 'confidence' takes {own}, not {foreign}",
        $"et fund med evidence '{evidence}' vurderes med {approach}, så 'confidence' skal være {own}, ikke {foreign}");
    public static string ConfidenceComponentsMissing(string level, string approach, string missing, string notJudged) => T(
        $"a confidence level of '{level}' needs every {approach} component; add {missing}, or write level: {notJudged}",
        $"sikkerhedsniveauet '{level}' kræver alle {approach}-komponenter; tilføj {missing}, eller skriv level: {notJudged}");
    public static string ConfidenceForBasis(string basis, string notJudged) => T(
        $"confidence is judged for a study's results; a finding with basis '{basis}' takes level: {notJudged}",
        $"sikkerheden vurderes for et studies resultater; et fund med basis '{basis}' skal have level: {notJudged}");

    // Ids and references (SiteModel).
    public static string IdUsedByOtherKind(string id, string kind, string file) => T(
        $"the id '{id}' is already used by the {kind} {file}; ids are shared by all kinds of page",
        $"id'et '{id}' bruges allerede af {file} ({Kind(kind)}); alle sidetyper deler de samme id'er");
    public static string IdUsedTwice(string id, string language, string location) => T(
        $"the id '{id}' in '{language}' is also used by {location}",
        $"id'et '{id}' på '{language}' bruges også af {location}");
    public static string MissingTranslation(string id, string language) => T(
        $"missing translation: '{id}' has no '{language}' version",
        $"oversættelse mangler: '{id}' findes ikke på '{language}'");
    public static string CourseNeedsItems => T(
        "a course needs at least one finding or recommendation id in 'items'",
        "et kursus skal have mindst ét id på et fund eller en anbefaling i 'items'");
    public static string UnknownReference(string kinds, string id, string hint) => T(
        $"unknown {kinds} '{id}'{hint}",
        $"ukendt {kinds} '{id}'{hint}");
    public static string ListedTwice(string id, int count, string key) => T(
        $"'{id}' is listed {count} times in '{key}'; list it once",
        $"'{id}' står {count} gange i '{key}'; skriv det kun én gang");
    public static string XrefUnknownId(string id, string hint) => T(
        $"xref to unknown id '{id}'{hint}",
        $"xref til ukendt id '{id}'{hint}");
    public static string XrefUnknownAnchor(string target, string id, string anchor) => T(
        $"xref to '{target}': '{id}' has no anchor '{anchor}'",
        $"xref til '{target}': '{id}' har intet anker '{anchor}'");

    // Glossary (input/glossary.yml).
    public static string GlossaryNeedsTerms(string key) => T(
        $"the glossary must start with '{key}:', with the terms listed under it ('  - id: …')",
        $"ordlisten skal begynde med '{key}:' og have begreberne listet under den ('  - id: …')");
    public static string GlossaryOldFormat(string key) => T(
        $"the glossary is in the old format, a list at the top: add the line '{key}:' at the top and indent every line under it by two spaces",
        $"ordlisten er i det gamle format, en liste øverst: tilføj linjen '{key}:' øverst, og ryk alle linjerne under den to mellemrum ind");
    public static string GlossaryEntryNeedsId => T("each glossary entry needs an 'id'", "hvert begreb i ordlisten skal have et 'id'");
    public static string GlossaryIdInvalid(string id) => T(
        $"the glossary id '{id}' must be lower-case letters, digits and hyphens (write æ, ø, å as ae, oe, aa)",
        $"ordlistens id '{id}' må kun have små bogstaver, tal og bindestreger (skriv æ, ø, å som ae, oe, aa)");
    public static string GlossaryTermTwice(string id) => T($"the glossary term '{id}' appears twice", $"begrebet '{id}' står to gange i ordlisten");
    public static string GlossaryUnknownKey(string key, string id, string hint) => T(
        $"unknown key '{key}' in glossary term '{id}'{hint}",
        $"ukendt nøgle '{key}' i begrebet '{id}'{hint}");
    public static string GlossaryMissingTranslation(string id, string language) => T(
        $"missing translation: glossary term '{id}' needs a '{language}' term and definition",
        $"oversættelse mangler: begrebet '{id}' skal have en betegnelse og en definition på '{language}'");

    // Links and images in the text (CheckLinks).
    public static string LinkHasNoTarget => T("the link has no target", "linket fører ingen steder hen");
    public static string LinkLeavesSite(string written, string basePath) => T(
        $"link to {written} leaves the site, which lives under {basePath}",
        $"linket til {written} fører ud af sitet, som ligger under {basePath}");
    public static string LinkNoSuchPage(string written, string hint) => T(
        $"link to {written}: no page has that URL{hint}",
        $"link til {written}: ingen side har den adresse{hint}");
    public static string LinkNoSuchAnchor(string written, string anchor, string hint) => T(
        $"link to {written}: the page has no anchor '{anchor}'{hint}",
        $"link til {written}: siden har intet anker '{anchor}'{hint}");
    public static string ImageHasNoFile => T("the image has no file", "billedet har ingen fil");
    public static string ImageNotFoundPutAt(string url, string folder, string hint) => T(
        $"image '{url}' not found: put the file at input/{folder}/{url}{hint}",
        $"billedet '{url}' findes ikke: læg filen i input/{folder}/{url}{hint}");
    public static string ImageNotFound(string url, string hint) => T($"image '{url}' not found{hint}", $"billedet '{url}' findes ikke{hint}");

    // Published paths and redirects (published-urls.txt, RedirectFrom).
    public static string Vanished(string path, string perhaps) => T(
        $"the page '{path}' was published, but no page makes it now, so readers' links and bookmarks to it would break; "
        + $"if another page replaced it, add 'RedirectFrom: [{path}]' to the front matter of that page{perhaps}; if it was deleted or renamed by mistake, restore it",
        $"siden '{path}' er udgivet, men sitet har den ikke længere, så læsernes links og bogmærker til den ville holde op med at virke; "
        + $"har en anden side afløst den, så tilføj 'RedirectFrom: [{path}]' i front matter på den side{perhaps}; er den slettet eller omdøbt ved en fejl, så læg den tilbage");
    public static string PerhapsFileNowAt(string file, string successor) => T(
        $" (perhaps {file}, now at '{successor}')",
        $" (måske {file}, som nu ligger på '{successor}')");
    public static string PerhapsPageNowAt(string successor) => T(
        $" (perhaps the page now at '{successor}')",
        $" (måske den side, der nu ligger på '{successor}')");
    public static string MergeConflictMarker(string line) => T(
        $"a merge-conflict marker ('{line}'); keep the paths of both sides, delete the marker lines, and build again",
        $"en markering fra en flettekonflikt ('{line}'); behold stierne fra begge sider, slet markeringslinjerne, og byg igen");
    public static string NotASitePath(string line) => T(
        $"'{line}' is not a path of the site; each line is one path, like /da/themes/tillid/",
        $"'{line}' er ikke en sti på sitet; hver linje er én sti, fx /da/themes/tillid/");
    public static string RedirectIsAPage(string path, string file) => T(
        $"the RedirectFrom path '{path}' is a page of the site ({file}); only a path the site no longer uses can redirect",
        $"RedirectFrom-stien '{path}' er en side på sitet ({file}); kun en sti, sitet ikke længere bruger, kan viderestille");
    public static string PublishedByBoth(string path, string first, string second) => T(
        $"'{path}' would be published by both {first} and {second}; give one of them another slug",
        $"'{path}' ville blive udgivet af både {first} og {second}; giv en af dem en anden slug");
    public static string RedirectPathProblem(string path, string problem) => T(
        $"the RedirectFrom path '{path}' {problem}",
        $"RedirectFrom-stien '{path}' {problem}");
    public static string RedirectClaimedTwice(string path, string location) => T(
        $"the RedirectFrom path '{path}' is also claimed by {location}; an old path can lead to one page only",
        $"RedirectFrom-stien '{path}' bruges også af {location}; en gammel sti kan kun føre til én side");
    public static string PathIsFullUrl => T("is a full URL, not a path on this site", "er en fuld webadresse, ikke en sti på dette site");
    public static string PathLeavesOutput => T("leaves the output folder", "fører ud af output-mappen");
    public static string PathNotClean => T(
        "is not a clean site path (letters, digits, '-', '_' and '.' between slashes, like /da/themes/old-name/)",
        "er ikke en ren sti på sitet (bogstaver, tal, '-', '_' og '.' mellem skråstreger, fx /da/themes/old-name/)");
    public static string PathSegmentTooLong(int length, int limit) => T(
        $"has a segment of {length} characters; each part between slashes names a file or folder, so it can be at most {limit}",
        $"har et led på {length} tegn; hver del mellem skråstreger er navnet på en fil eller mappe, så den må højst være {limit}");

    // UI strings (theme/i18n/<lang>.yml) and the t function of layouts.
    public static string NoUiStrings(string language) => T(
        $"there are no UI strings for the language '{language}'",
        $"der er ingen UI-tekster til sproget '{language}'");
    public static string MissingUiString(string key, string language) => T(
        $"missing UI string '{key}' for language '{language}'",
        $"UI-teksten '{key}' mangler for sproget '{language}'");
    public static string MissingUiStringAddIt(string key, string language) => T(
        $"missing UI string '{key}' for language '{language}' (add it to i18n/{language}.yml)",
        $"UI-teksten '{key}' mangler for sproget '{language}' (tilføj den i i18n/{language}.yml)");
    public static string UiStringProblem(string key, string problem) => T($"UI string '{key}': {problem}", $"UI-teksten '{key}': {problem}");
    public static string UiStringNeedsArgument(string key, string argument) => T(
        $"the UI string '{key}' needs the argument '{argument}'",
        $"UI-teksten '{key}' skal have argumentet '{argument}'");
    public static string TNeedsKey => T(
        "t needs the key of a UI string, like t \"nav.home\"",
        "t skal have nøglen til en UI-tekst, fx t \"nav.home\"");
    public static string TNamedArgumentsOnly(string key) => T(
        $"t \"{key}\" takes named arguments only, like t \"{key}\" count: 2",
        $"t \"{key}\" tager kun navngivne argumenter, fx t \"{key}\" count: 2");
    public static string UnmatchedBrace(int position) => T(
        $"an unmatched '}}' at character {position}",
        $"en '}}' uden sin '{{' ved tegn {position}");
    public static string BraceNotClosed(int position) => T(
        $"a '{{' at character {position} is not closed",
        $"en '{{' ved tegn {position} er ikke lukket");
    public static string NotPluralForm(string name) => T(
        $"'{{{name}, …' must be '{{{name}, plural, one {{…}} other {{…}}}}'",
        $"'{{{name}, …' skal være '{{{name}, plural, one {{…}} other {{…}}}}'");
    public static string PluralNotClosed(string name) => T(
        $"the plural of {{{name}}} is not closed with '}}'",
        $"flertalsformen af {{{name}}} er ikke lukket med '}}'");
    public static string PluralFormWithoutText(string form, string name) => T(
        $"the form '{form}' of {{{name}}} has no text in braces",
        $"formen '{form}' af {{{name}}} har ingen tekst i krøllede parenteser");
    public static string PluralFormNotClosed(string category, string name) => T(
        $"the '{category}' form of {{{name}}} is not closed with '}}'",
        $"formen '{category}' af {{{name}}} er ikke lukket med '}}'");
    public static string NotAPluralCategory(string category, string language, string categories) => T(
        $"'{category}' is not a plural form in '{language}', whose forms are {categories}",
        $"'{category}' er ikke en bøjningsform på '{language}', som har formerne {categories}");
    public static string PluralFormMissing(string category, string name, string language) => T(
        $"no '{category}' form of {{{name}}} for '{language}'",
        $"ingen '{category}'-form af {{{name}}} for '{language}'");

    // The output folder (--output) the tool refuses, one line each.
    public static string OutputIsLink(string shown, string target) => T(
        $"{shown} is a symbolic link (to '{target}'); give the folder itself",
        $"{shown} er et symbolsk link (til '{target}'); angiv selve mappen");
    public static string OutputIsFile(string shown) => T($"{shown} is a file, not a folder", $"{shown} er en fil, ikke en mappe");
    public static string OutputIsRoot(string shown) => T($"{shown} is the root of the file system", $"{shown} er roden af filsystemet");
    public static string OutputIs(string shown, string folder) => T(
        $"{shown} is the {folder}; choose a folder of its own, like 'output'",
        $"{shown} er {folder}; vælg en særskilt mappe, fx 'output'");
    public static string OutputContains(string shown, string folder) => T(
        $"{shown} contains the {folder}; choose a folder of its own, like 'output'",
        $"{shown} indeholder {folder}; vælg en særskilt mappe, fx 'output'");
    public static string OutputInside(string shown, string folder) => T(
        $"{shown} is inside the {folder}; choose a folder outside it, like 'output'",
        $"{shown} ligger inden i {folder}; vælg en mappe uden for den, fx 'output'");
    public static string OutputHoldsOtherFiles(string shown, string marker) => T(
        $"{shown} already holds files that guidance did not make (it has no {marker}); choose a new or empty folder, or, if it holds only a site an older guidance built, delete it once",
        $"{shown} indeholder allerede filer, som guidance ikke har lavet (den har ingen {marker}); vælg en ny eller tom mappe, eller slet den én gang, hvis den kun indeholder et site, som en ældre guidance har bygget");
    public static string InputFolder => T("input folder", "input-mappen");
    public static string ThemeFolder => T("theme folder", "theme-mappen");
    public static string SettingsFolder => T("folder of the settings file", "mappen med indstillingsfilen");
    public static string Repository => T("repository", "git-repositoriet");
    public static string HomeFolder => T("home folder", "hjemmemappen");

    // Content types: what a page is based on, required lists.
    public static string BasedOnNeedsStructuredData(string kind) => T(
        $"'based_on' of the content type '{kind}' is for its structured data; add 'structured_data: true' or remove it",
        $"'based_on' for indholdstypen '{kind}' bruges til dens strukturerede data; tilføj 'structured_data: true', eller fjern den");
    public static string BasedOnNotReferring(string kind, string fields, string found) => T(
        $"'based_on' of the content type '{kind}' must name one of its fields that refers to other pages ({fields}), not {found}",
        $"'based_on' for indholdstypen '{kind}' skal angive et af dens felter, der henviser til andre sider ({fields}), ikke {found}");
    public static string ItHasNone => T("it has none", "den har ingen");
    public static string AListOrMapping => T("a list or mapping", "en liste eller en samling af nøgler");
    public static string NeedsAtLeastOneId(string kind, string targets, string key) => T(
        $"a {kind} needs at least one {targets} id in '{key}'",
        $"{AKind(kind)} skal have mindst ét id på {targets} i '{key}'");
    /// <summary>A kind among those an id may name: "finding" in English ("finding or recommendation id"), "et fund" in Danish ("id på et fund eller en anbefaling").</summary>
    public static string KindInList(string kind) => T(kind, AKind(kind));
    public static string NeedsAtLeastOneValue(string kind, string key) => T(
        $"a {kind} needs at least one value in '{key}'",
        $"{AKind(kind)} skal have mindst én værdi i '{key}'");

    // Settings added with the upkeep features (statiq.json).
    public static string RepositoryInvalid(string repository) => T(
        $"Repository '{repository}' must be the GitHub repository as owner/name, like \"knowledge-centre/guidance\"",
        $"Repository '{repository}' skal være GitHub-repositoriet skrevet som ejer/navn, fx \"knowledge-centre/guidance\"");
    public static string SectionHeadingMissing(string kind, string language) => T(
        $"a section of '{kind}' in Sections has no heading for '{language}'; give one per language, like {{ \"da\": \"…\", \"en\": \"…\" }}",
        $"et afsnit for '{kind}' i Sections har ingen overskrift for '{language}'; angiv én for hvert sprog, fx {{ \"da\": \"…\", \"en\": \"…\" }}");
    public static string CmsUnknownSetting(string name, string hint) => T(
        $"unknown Cms setting '{name}'{hint}",
        $"ukendt indstilling '{name}' i Cms{hint}");
    public static string CmsNeedsRepository(string repository) => T(
        $"Cms needs \"Repository\": the GitHub repository as owner/name, like \"my-centre/guidance\", not '{repository}'",
        $"Cms kræver \"Repository\": GitHub-repositoriet skrevet som ejer/navn, fx \"my-centre/guidance\", ikke '{repository}'");
    public static string AuthUrlInvalid(string address) => T(
        $"AuthUrl '{address}' must be the sign-in service's address starting with https://",
        $"AuthUrl '{address}' skal være adressen på login-tjenesten og begynde med https://");
    public static string ReadabilityLimitInvalid(string name) => T(
        $"the readability limit of '{name}' must be a whole number from 1 to 100 (a LIX score, like 40)",
        $"læsbarhedsgrænsen for '{name}' skal være et helt tal fra 1 til 100 (et LIX-tal, fx 40)");

    // The sections a kind of page must have (Sections in statiq.json, CheckSections).
    public static string SectionMissing(string heading, string kind, string order) => T(
        $"the body has no section '## {heading}'; a {kind} has the sections {order}, in that order",
        $"teksten mangler overskriften '## {heading}'; {AKind(kind)} skal have overskrifterne {order} i den rækkefølge");
    public static string SectionOutOfOrder(string heading, string kind, string order) => T(
        $"the section '## {heading}' is out of order; a {kind} has the sections {order}, in that order",
        $"overskriften '## {heading}' står det forkerte sted; {AKind(kind)} skal have overskrifterne {order} i den rækkefølge");
    public static string ParagraphCitesNoFinding(string heading) => T(
        $"this paragraph of '## {heading}' links to no finding; every paragraph there says which findings it rests on, with [text](xref:<finding-id>)",
        $"dette afsnit under '## {heading}' linker ikke til noget fund; hvert afsnit dér skal vise, hvilke fund det bygger på, med [tekst](xref:<fundets-id>)");

    // What the languages of a page must share, and themes without findings (SiteModel.Agreement).
    public static string TranslationsDisagree(string name, string here, string expected, string reference) => T(
        $"'{name}' is {here} here but {expected} in {reference}; the translations of a page must agree on it (only the text is translated)",
        $"'{name}' er {here} her, men {expected} i {reference}; alle sprogversioner af en side skal være ens på dette punkt (kun teksten oversættes)");
    public static string NotGiven => T("not given", "ikke angivet");
    public static string ThemeWithoutFindings(string id) => T(
        $"no finding is tagged with the theme '{id}', so its page lists no findings; add '{id}' to the 'themes' of the findings that belong to it",
        $"intet fund er knyttet til temaet '{id}', så temaets side viser ingen fund; tilføj '{id}' under 'themes' i de fund, der hører til temaet");

    // Why an id is unknown (MissingIds): a draft, renamed, or published once.
    public static string IdIsDraft(string draft) => T(
        $"it is a draft ({draft} has 'draft: true'), so it is not published and a link to it would lead nowhere; remove it here, or publish it by removing 'draft: true'",
        $"siden er en kladde ({draft} har 'draft: true'), så den er ikke udgivet, og et link til den ville ikke føre nogen steder hen; fjern henvisningen her, eller udgiv siden ved at fjerne 'draft: true'");
    public static string IdRenamed(string renamed) => T(
        $"it was renamed to '{renamed}'; write that instead",
        $"siden har fået det nye id '{renamed}'; skriv det i stedet");
    public static string IdWasPublished(string path) => T(
        $"it was published (at '{path}') but no page has that id now; if it was renamed, write its new id, and if it was deleted, remove it here",
        $"siden har været udgivet (på '{path}'), men ingen side har det id nu; er den omdøbt, så skriv dens nye id, og er den slettet, så fjern henvisningen her");

    // Reviews (reviewed, review_interval) and translations that have fallen behind.
    public static string NotAReviewInterval(string text) => T(
        $"'{text}' is not a review interval; give a whole number of months, like 'review_interval: 24'",
        $"'{text}' er ikke et gyldigt interval mellem gennemgange; angiv et helt antal måneder, fx 'review_interval: 24'");
    public static string ReviewOverdue(string id, string due, string reviewed, int months) => T(
        $"the review of '{id}' was due on {due} (reviewed {reviewed}, every {months} months); check the page against newer evidence, then set 'reviewed' to the day you did",
        $"'{id}' skulle have været gennemgået senest {due} (sidst gennemgået {reviewed}, hver {months}. måned); tjek siden op mod nyere forskning, og sæt derefter 'reviewed' til den dato, du gjorde det");
    public static string TranslationOutOfDate(string changed, string day, string lastChanged, string checkedKey) => T(
        $"translation out of date: {changed} changed on {day}, and this file was last changed on {lastChanged}; bring it up to date, or add '{checkedKey}: {day}' if it needs no change",
        $"oversættelsen er ikke ajour: {changed} blev ændret {day}, og denne fil blev sidst ændret {lastChanged}; opdatér den, eller tilføj '{checkedKey}: {day}', hvis den ikke skal ændres");

    // guidance translations: one line per language of each page, then the totals.
    public static string TranslationUpToDate(string lang, string file) => T($"  {lang}  up to date  {file}", $"  {lang}  ajour  {file}");
    public static string TranslationStale(string lang, string since, string file, string changedLang, string changedOn) => T(
        $"  {lang}  stale since {since}  {file} (the {changedLang} version changed on {changedOn})",
        $"  {lang}  bagud siden {since}  {file} ({changedLang}-versionen blev ændret {changedOn})");
    public static string TranslationMissing(string lang) => T($"  {lang}  missing", $"  {lang}  mangler");
    public static string TranslationTotals(int pages, int upToDate, int stale, int missing) => T(
        $"guidance: {pages} pages: {upToDate} up to date, {stale} stale, {missing} missing",
        $"guidance: {pages} sider: {upToDate} ajour, {stale} bagud, {missing} mangler");

    // Readability (LIX) warnings (ReadabilityPipeline).
    public static string ReadabilityNoKind(string key, string hint, string summary, string kinds) => T(
        $"Readability: '{key}' is no kind of page{hint}; give '{summary}' or a kind: {kinds}",
        $"Readability: '{key}' er ikke en sidetype{hint}; angiv '{summary}' eller en sidetype: {kinds}");
    public static string TextAboveLix(int score, int limit, string kind) => T(
        $"the text's LIX score is {score}, above the limit of {limit} for a {kind} (Readability in statiq.json); shorter sentences and fewer long words bring it down",
        $"tekstens LIX-tal er {score}, over grænsen på {limit} for {AKind(kind)} (Readability i statiq.json); kortere sætninger og færre lange ord får det ned");
    public static string SummaryAboveLix(int score, int limit) => T(
        $"the summary's LIX score is {score}, above the limit of {limit} for summaries (Readability in statiq.json); shorter sentences and fewer long words bring it down",
        $"resuméets LIX-tal er {score}, over grænsen på {limit} for resuméer (Readability i statiq.json); kortere sætninger og færre lange ord får det ned");

    // guidance rename.
    public static string RenameNotAnId(string id) => T(
        $"'{id}' cannot be an id: use lower-case letters, digits and hyphens (write æ, ø, å as ae, oe, aa)",
        $"'{id}' kan ikke være et id: brug små bogstaver, tal og bindestreger (skriv æ, ø, å som ae, oe, aa)");
    public static string RenameNoSuchId(string id) => T($"no page has the id '{id}'; nothing was renamed", $"ingen side har id'et '{id}'; intet blev omdøbt");
    public static string RenameTaken(string id, string file) => T(
        $"the id '{id}' is already used by {file}; choose another id; nothing was renamed",
        $"id'et '{id}' bruges allerede af {file}; vælg et andet id; intet blev omdøbt");
    public static string RenameWouldOverwrite(string file) => T(
        $"{file} already exists and would be overwritten; nothing was renamed",
        $"{file} findes allerede og ville blive overskrevet; intet blev omdøbt");
    public static string RenameUnreadable(string location, string detail, string id) => T(
        $"{location}: {Warning}: its front matter cannot be read ({detail}), so references to '{id}' in it were not changed",
        $"{location}: {Warning}: filens front matter kan ikke læses ({detail}), så henvisninger til '{id}' i den er ikke ændret");
    public static string Xrefs(int count) => count == 1 ? "1 xref" : T($"{count} xrefs", $"{count} xref'er");
    public static string Renamed(string oldId, string newId, int files) => T(
        $"guidance: renamed '{oldId}' to '{newId}' in {files} file(s); run 'guidance check' to see the site builds",
        $"guidance: '{oldId}' er omdøbt til '{newId}' i {files} fil(er); kør 'guidance check' for at se, at sitet kan bygges");
    public static string RenameDryRun(string oldId, string newId, int files) => T(
        $"guidance: --dry-run: renaming '{oldId}' to '{newId}' would change {files} file(s) as above; nothing was changed",
        $"guidance: --dry-run: at omdøbe '{oldId}' til '{newId}' ville ændre {files} fil(er) som vist ovenfor; intet blev ændret");

    // Publishing.
    public static string DiskFull(string detail, string ledger) => T(
        $"the disk is full ({detail}); the site and {ledger} are as they were; free some space and build again",
        $"disken er fuld ({detail}); sitet og {ledger} er som før; frigør noget plads, og byg igen");
}
