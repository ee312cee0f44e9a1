#!/usr/bin/env python3
"""Writes a synthetic, deterministic benchmark corpus twice: in Guidance's content contract and as a
multilingual Hugo site with the same Markdown bodies.

    corpus.py N OUT        N finding ids (each in da and en), into OUT/guidance and OUT/hugo; OUT/hugo-norelated is
                           Hugo with the same content and layouts but bench/hugo-norelated's related findings,
                           and OUT/eleventy the same finding pages, themes and studies for Eleventy 3

Everything comes from one seeded random generator per finding, so the same N always gives the same bytes.
"""
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("da", "en")

STUDIES = ["study-alpha-2019", "study-beta-2020", "study-gamma-2021", "study-delta-2022", "study-epsilon-2023"]
THEMES = ["tillid", "magt", "faedre", "rolleklarhed", "at-blive-hoert", "netvaerk", "barnets-stemme",
          "organisation", "foelelser", "samarbejde", "helhed", "mindset"]
PERSPECTIVES = ["family", "social-worker", "child", "network", "organisation"]
EVIDENCE = ["qualitative", "review", "trial", "case-study", "evaluation"]

# Section headings the content contract asks for, and the anchors Markdig and Goldmark derive from them.
SECTIONS = {
    "da": ("Hvad studiet fandt", "Hvad det kan betyde for praksis", "hvad-studiet-fandt"),
    "en": ("What the study found", "What it can mean for practice", "what-the-study-found"),
}
SUBHEADINGS = {
    "da": ["Forældrenes perspektiv", "Socialrådgiverens rolle", "Barnets stemme", "Netværket", "Rammerne"],
    "en": ["The parents' perspective", "The social worker's role", "The child's voice", "The network", "The setting"],
}
WORDS = {
    "da": """forældre barnet familien socialrådgiveren sagsbehandleren kommunen netværket møde samtale tillid
        inddragelse afgørelse undersøgelse støtte hjælp oplevelse beslutning plan indsats rammer tid kontakt
        fagperson mødet samarbejde relation forståelse frygt magt ansvar mulighed erfaring viden praksis
        hverdag skole sundhedsplejerske fædre mødre børn unge hjemmet sagen forløbet opfølgning koordinering
        dialogmøde familierådslagning samordner inddragelsen børnesag myndighedssagsbehandling
        oplever fortæller peger viser beskriver understreger fremhæver tyder mener ønsker savner forventer
        tydelig åben ærlig rolig konkret løbende tidlig regelmæssig fælles vigtig svær tryg usikker
        ofte sjældent gradvist sammen særligt især måske også derfor samtidig ifølge blandt""".split(),
    "en": """parents the-child the-family the-social-worker the-caseworker the-local-authority the-network meeting
        conversation trust involvement decision assessment support help experience plan intervention setting
        time contact professional cooperation relationship understanding fear power responsibility
        opportunity knowledge practice everyday school health-visitor fathers mothers children young-people
        home the-case the-process follow-up coordination dialogue-meeting family-group-conference
        neutral-coordinator statutory-casework involvement child-welfare-case
        experience describe point show report stress highlight suggest feel want miss expect
        clear open honest calm concrete ongoing early regular shared important difficult safe uncertain
        often rarely gradually together particularly especially perhaps also therefore meanwhile according among""".split(),
}
CONSIDER = {"da": "Overvej", "en": "Consider"}

GLOSSARY = [
    ("inddragelse", ("inddragelse", ["inddragelsen"]), ("involvement", [])),
    ("samordner", ("samordner", ["samordneren"]), ("neutral coordinator", ["neutral coordinators"])),
    ("familieraadslagning", ("familierådslagning", []), ("family group conference", ["family group conferences"])),
    ("dialogmoede", ("dialogmøde", []), ("dialogue meeting", [])),
    ("boernesag", ("børnesag", []), ("child welfare case", [])),
    ("myndighedssagsbehandling", ("myndighedssagsbehandling", []), ("statutory casework", [])),
]


def finding_id(i):
    return f"f{i:05d}-{WORDS['en'][i % 40].replace('the-', '')}-{WORDS['en'][(i * 7) % 60].replace('the-', '')}"


def words(rng, lang, n):
    return " ".join(w.replace("-", " ") for w in rng.choices(WORDS[lang], k=n))


def sentence(rng, lang, n=None):
    text = words(rng, lang, n or rng.randint(9, 18))
    return text[0].upper() + text[1:] + "."


class Links:
    """The xref links of one finding: the same targets in both languages."""

    def __init__(self, rng, n, self_index):
        others = [j for j in rng.sample(range(n), min(n, 6)) if j != self_index][:4]
        self.findings = [finding_id(j) for j in others]
        self.themes = rng.sample(THEMES, 2)
        self.anchored = rng.random() < 0.2


def paragraph(rng, lang, links, k):
    parts = [sentence(rng, lang) for _ in range(rng.randint(3, 5))]
    # Emphasis, a strong phrase and a link or two, as editors write them.
    if rng.random() < 0.5:
        parts[0] = parts[0][:-1] + f", *{words(rng, lang, 2)}*."
    parts[1] = f"**{words(rng, lang, 3)}** " + parts[1]
    if k < len(links.findings):
        anchor = "#" + SECTIONS[lang][2] if links.anchored and k == 0 else ""
        parts.append(f"See [{words(rng, lang, 3)}](xref:{links.findings[k]}{anchor}).")
    if k < len(links.themes):
        parts.append(f"[{words(rng, lang, 2)}](xref:{links.themes[k]}).")
    return " ".join(parts)


def body(seed, lang, links):
    rng = random.Random(seed)
    found, practice, _ = SECTIONS[lang]
    out = [f"## {found}", "", paragraph(rng, lang, links, 0), "",
           f"### {rng.choice(SUBHEADINGS[lang])}", "", paragraph(rng, lang, links, 1), ""]
    out += [f"- {sentence(rng, lang, rng.randint(6, 12))}" for _ in range(rng.randint(3, 5))]
    out += ["", paragraph(rng, lang, links, 2), "", f"## {practice}", ""]
    out += [f"- {CONSIDER[lang]} {words(rng, lang, rng.randint(10, 18))}." for _ in range(rng.randint(3, 5))]
    out += ["", paragraph(rng, lang, links, 3), ""]
    k = 4
    while len("\n".join(out)) < 3900:
        out += [f"1. {sentence(rng, lang, rng.randint(8, 14))}" for _ in range(3)] + ["", paragraph(rng, lang, links, k), ""]
        k += 1
    return "\n".join(out)


def yaml_quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def front_matter(pairs):
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in pairs) + "---\n"


def main():
    n = int(sys.argv[1])
    out = os.path.abspath(sys.argv[2])
    ours, hugo = os.path.join(out, "guidance"), os.path.join(out, "hugo")
    for d in (ours, hugo):
        shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "hugo"), hugo)
    shutil.copytree(os.path.join(HERE, "..", "theme", "assets"), os.path.join(hugo, "static", "assets"))
    # Hugo's twin without .Related: the same content and static files (read from ../hugo), the same layouts
    # except those bench/hugo-norelated replaces or adds.
    twin = os.path.join(out, "hugo-norelated")
    shutil.rmtree(twin, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(twin, "layouts"))
    shutil.copytree(os.path.join(HERE, "hugo-norelated", "layouts"), os.path.join(twin, "layouts"), dirs_exist_ok=True)
    with open(os.path.join(HERE, "hugo", "hugo.toml"), encoding="utf-8") as f:
        write(os.path.join(twin, "hugo.toml"), 'contentDir = "../hugo/content"\nstaticDir = "../hugo/static"\n' + f.read())

    write(os.path.join(ours, "statiq.json"), """{
  "Title": { "da": "Inddragelse i praksis", "en": "Involvement in practice" },
  "BaseUrl": "https://guidance.example.org/",
  "Languages": ["da", "en"],
  "DefaultLanguage": "da",
  "Validation": { "Links": "error", "MissingTranslations": "error" },
  "AllowRawHtml": false
}
""")

    for s, study in enumerate(STUDIES):
        rng = random.Random(f"study-{s}")
        fields = {lang: (sentence(rng, lang, 6)[:-1], sentence(rng, lang), sentence(rng, lang), sentence(rng, lang)) for lang in LANGS}
        yml = [f"id: {study}", "title:"] + [f"  {l}: {yaml_quote(fields[l][0])}" for l in LANGS]
        yml += [f'original_title: {yaml_quote(fields["da"][0])}', 'authors: ["Hansen, Anne", "Berg, Ole"]', f"year: {2019 + s}",
                "venue: Nordic Social Work Research", "country: DK", "language: da", "type: article", "peer_reviewed: true"]
        for key, k in (("design", 1), ("sample", 2), ("note", 3), ("summary", 1)):
            yml += [f"{key}:"] + [f"  {l}: {yaml_quote(fields[l][k])}" for l in LANGS]
        write(os.path.join(ours, "input", "studies", f"{study}.yml"), "\n".join(yml) + "\n")
        for lang in LANGS:
            fm = front_matter([("title", yaml_quote(fields[lang][0])), ("sid", study), ("design", yaml_quote(fields[lang][1])),
                               ("sample", yaml_quote(fields[lang][2]))])
            write(os.path.join(hugo, "content", "studies", f"{study}.{lang}.md"), fm + "\n" + fields[lang][3] + "\n")

    for t, theme in enumerate(THEMES):
        rng = random.Random(f"theme-{t}")
        for lang in LANGS:
            title, summary = sentence(rng, lang, 3)[:-1], sentence(rng, lang)
            text = "\n\n".join(" ".join(sentence(rng, lang) for _ in range(4)) for _ in range(3)) + "\n"
            write(os.path.join(ours, "input", "themes", f"{theme}.{lang}.md"),
                  front_matter([("id", theme), ("title", yaml_quote(title)), ("summary", yaml_quote(summary))]) + "\n" + text)
            write(os.path.join(hugo, "content", "themes", theme, f"_index.{lang}.md"),
                  front_matter([("title", yaml_quote(title)), ("summary", yaml_quote(summary))]) + "\n" + text)

    for lang in LANGS:
        rng = random.Random(f"about-{lang}")
        title = {"da": "Om siden", "en": "About this site"}[lang]
        text = "\n\n".join(" ".join(sentence(rng, lang) for _ in range(5)) for _ in range(4)) + "\n"
        write(os.path.join(ours, "input", "pages", f"about.{lang}.md"), front_matter([("id", "about"), ("title", yaml_quote(title))]) + "\n" + text)
        write(os.path.join(hugo, "content", "about", f"index.{lang}.md"), front_matter([("title", yaml_quote(title))]) + "\n" + text)

    glossary = ["terms:"]
    for gid, da, en in GLOSSARY:
        glossary.append(f"  - id: {gid}")
        for lang, (term, forms) in (("da", da), ("en", en)):
            glossary.append(f"    {lang}: {{ term: {term}, definition: {yaml_quote(sentence(random.Random(gid + lang), lang))}, forms: [{', '.join(forms)}] }}")
    write(os.path.join(ours, "input", "glossary.yml"), "\n".join(glossary) + "\n")

    for i in range(n):
        rng = random.Random(i * 7919 + 17)
        fid = finding_id(i)
        study = STUDIES[rng.randrange(len(STUDIES))]
        themes = rng.sample(THEMES, rng.randint(1, 3))
        perspective, evidence = rng.choice(PERSPECTIVES), rng.choice(EVIDENCE)
        links = Links(rng, n, i)
        seed = rng.random()
        for lang in LANGS:
            trng = random.Random(f"{i}-{lang}")
            text = body(seed, lang, links)
            fm = front_matter([("id", fid), ("title", yaml_quote(sentence(trng, lang, rng.randint(6, 10))[:-1])), ("study", study),
                               ("themes", "[" + ", ".join(themes) + "]"), ("perspective", perspective), ("evidence", evidence),
                               ("summary", yaml_quote(sentence(trng, lang))), ("basis", "result"),
                               ("confidence", "{ level: not-judged, reason: " + yaml_quote(sentence(trng, lang)) + " }")])
            page = fm + text + "\n"
            write(os.path.join(ours, "input", "findings", study, f"{fid}.{lang}.md"), page)
            write(os.path.join(hugo, "content", "findings", f"{fid}.{lang}.md"), page)

    # Eleventy: the same files as Hugo's content (themes and the about page named by id and language), with the
    # templates of bench/eleventy/site and the theme's assets.
    eleventy = os.path.join(out, "eleventy")
    shutil.rmtree(eleventy, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "eleventy", "site"), eleventy)
    shutil.copytree(os.path.join(HERE, "..", "theme", "assets"), os.path.join(eleventy, "assets"))
    content = os.path.join(hugo, "content")
    for folder in ("findings", "studies"):
        for name in os.listdir(os.path.join(content, folder)):
            shutil.copyfile(os.path.join(content, folder, name), os.path.join(eleventy, folder, name))
    for theme in THEMES:
        for lang in LANGS:
            shutil.copyfile(os.path.join(content, "themes", theme, f"_index.{lang}.md"), os.path.join(eleventy, "themes", f"{theme}.{lang}.md"))
    for lang in LANGS:
        shutil.copyfile(os.path.join(content, "about", f"index.{lang}.md"), os.path.join(eleventy, "about", f"about.{lang}.md"))


if __name__ == "__main__":
    main()
