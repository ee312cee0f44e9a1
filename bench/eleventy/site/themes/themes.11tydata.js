const lang = (data) => /\.(da|en)\.md$/.exec(data.page.inputPath)?.[1] ?? "da";
module.exports = {
  kind: "theme", layout: "theme.njk", parent: "themes",
  eleventyComputed: { lang, permalink: (data) => `/${lang(data)}/themes/${data.page.fileSlug.split(".")[0]}/` },
};
