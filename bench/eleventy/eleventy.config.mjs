// Eleventy 3 as a benchmark peer (bench/run): the corpus of bench/corpus.py (OUT/eleventy, the same finding pages
// as Hugo's) with templates equivalent to bench/hugo's layouts (site/, copied into the corpus): finding pages with
// their facts and related findings (ranked as Guidance ranks them), theme and study pages and the findings index
// with their cards, xref links resolved, headings with ids. Run from the corpus folder:
//   node bench/eleventy/node_modules/@11ty/eleventy/cmd.cjs --config=bench/eleventy/eleventy.config.mjs --input=eleventy --output=eleventy/_site
import markdownIt from "markdown-it";

const LANGS = ["da", "en"];
export const SITE = {
  da: { title: "Inddragelse i praksis", name: "Dansk" },
  en: { title: "Involvement in practice", name: "English" },
};

export const langOf = (path) => /\.(da|en)\.md$/.exec(path)?.[1] ?? "da";
const slug = (text) => text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, "").replace(/\s+/g, "-");
const push = (map, key, value) => (map.get(key) ?? map.set(key, []).get(key)).push(value);

let index = null; // built once from all pages, before rendering (the "index" collection)

function build(all) {
  const byLang = Object.fromEntries(LANGS.map((l) => [l, { findings: [], studies: new Map(), themes: new Map(), ids: new Map() }]));
  for (const item of all) {
    const d = item.data, L = byLang[langOf(item.inputPath)];
    if (d.kind === "finding") { L.findings.push(item); L.ids.set(d.id, item); }
    else if (d.kind === "study") L.studies.set(d.sid, item);
    else if (d.kind === "theme") L.themes.set(item.fileSlug.split(".")[0], item);
    else if (d.kind === "about") L.about = item;
  }
  for (const lang of LANGS) {
    const L = byLang[lang], collator = new Intl.Collator(lang);
    L.byTitle = (a, b) => collator.compare(a.data.title, b.data.title);
    L.findings.sort(L.byTitle);
    L.ofTheme = new Map(); L.ofStudy = new Map(); L.groups = new Map(); L.related = new Map();
    for (const f of L.findings) {
      for (const t of new Set(f.data.themes)) push(L.ofTheme, t, f);
      push(L.ofStudy, f.data.study, f);
    }
    // As SiteModel.ThemeGroupsIn: findings by their set of themes, then by study, each study's in id order.
    for (const f of [...L.findings].sort((a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0))) {
      const themes = [...new Set(f.data.themes)].sort();
      const key = themes.join("\n");
      const group = L.groups.get(key) ?? L.groups.set(key, { themes, byStudy: new Map() }).get(key);
      push(group.byStudy, f.data.study, f);
    }
  }
  return byLang;
}

// As SiteModel.RelatedFindings: most shared themes first, then findings of other studies, then by id; ranked once
// per language, set of themes and study (one more than shown, in case the finding itself is among them).
function related(finding, lang, count = 5) {
  const L = index[lang], themes = [...new Set(finding.data.themes)].sort();
  const key = `${themes.join("\n")}|${finding.data.study}`;
  let ranked = L.related.get(key);
  if (!ranked) {
    const wanted = count + 1, levels = new Map();
    for (const group of L.groups.values()) {
      const shared = group.themes.filter((t) => themes.includes(t)).length;
      if (shared > 0) push(levels, shared, group);
    }
    ranked = [];
    for (const shared of [...levels.keys()].sort((a, b) => b - a))
      for (const sameStudy of [false, true]) {
        const need = wanted - ranked.length;
        if (need === 0) break;
        const found = [];
        for (const group of levels.get(shared))
          for (const [study, fs] of group.byStudy) if ((study === finding.data.study) === sameStudy) found.push(...fs.slice(0, need));
        found.sort((a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));
        ranked.push(...found.slice(0, need));
      }
    L.related.set(key, ranked);
  }
  return ranked.filter((f) => f.data.id !== finding.data.id).slice(0, count);
}

export default function (eleventyConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addPassthroughCopy({ "eleventy/assets": "assets" }); // relative to the folder it runs in (the corpus)
  eleventyConfig.addCollection("index", (api) => { index = build(api.getAll()); return []; });

  const md = markdownIt({ html: false });
  // xref:<id>[#anchor] to the finding or theme with that id in the page's language, as Guidance's XrefExtension.
  const linkOpen = md.renderer.rules.link_open ?? ((tokens, i, options, env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const href = tokens[i].attrGet("href");
    if (href?.startsWith("xref:")) {
      const [id, anchor] = href.slice(5).split("#");
      const lang = env.lang, L = index[lang];
      const target = L.ids.get(id) ?? L.themes.get(id);
      if (!target) throw new Error(`xref to unknown id ${id} in ${env.page?.inputPath}`);
      tokens[i].attrSet("href", target.url + (anchor ? `#${anchor}` : ""));
    }
    return linkOpen(tokens, i, options, env, self);
  };
  // Headings get ids, as Goldmark's and Markdig's automatic identifiers.
  md.core.ruler.push("heading_ids", (state) => {
    state.tokens.forEach((token, i) => {
      if (token.type === "heading_open") token.attrSet("id", slug(state.tokens[i + 1].content));
    });
  });
  eleventyConfig.setLibrary("md", md);

  const L = (lang) => index[lang];
  eleventyConfig.addFilter("site", (lang) => SITE[lang]);
  eleventyConfig.addFilter("findings", (lang) => L(lang).findings);
  eleventyConfig.addFilter("findingsOfStudy", (sid, lang) => L(lang).ofStudy.get(sid) ?? []);
  eleventyConfig.addFilter("studyOf", (finding, lang) => L(lang).studies.get(finding.data.study));
  eleventyConfig.addFilter("finding", (id, lang) => L(lang).ids.get(id));
  eleventyConfig.addFilter("theme", (id, lang) => L(lang).themes.get(id));
  eleventyConfig.addFilter("related", (id, lang) => related(L(lang).ids.get(id), lang));
  eleventyConfig.addFilter("about", (lang) => L(lang).about);
  eleventyConfig.addFilter("studies", (lang) => [...L(lang).studies.values()].sort(L(lang).byTitle));
  // Themes alphabetically by id (Hugo's .Data.Terms.Alphabetical), with their count of findings.
  eleventyConfig.addFilter("themes", (lang) => [...L(lang).themes.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, page]) => ({ page, count: (L(lang).ofTheme.get(id) ?? []).length })));
  // A theme's findings grouped by study (ids in order, as Hugo's GroupByParam), each group's by title.
  eleventyConfig.addFilter("themeGroups", (id, lang) => {
    const groups = new Map();
    for (const f of L(lang).ofTheme.get(id) ?? []) push(groups, f.data.study, f);
    return [...groups.keys()].sort().map((sid) => ({ study: L(lang).studies.get(sid), findings: groups.get(sid) }));
  });
  eleventyConfig.addFilter("themeCount", (id, lang) => (L(lang).ofTheme.get(id) ?? []).length);
  eleventyConfig.addFilter("translations", (url, lang) => LANGS.filter((l) => l !== lang).map((l) => ({ lang: l, url: url.replace(`/${lang}/`, `/${l}/`) })));

  return {
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    dir: { includes: "_includes", data: "_data" },
  };
}
