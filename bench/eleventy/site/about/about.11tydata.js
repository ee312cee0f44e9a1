const lang = (data) => /\.(da|en)\.md$/.exec(data.page.inputPath)?.[1] ?? "da";
module.exports = {
  kind: "about", layout: "page.njk",
  eleventyComputed: { lang, permalink: (data) => `/${lang(data)}/about/` },
};
