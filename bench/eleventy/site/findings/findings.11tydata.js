const lang = (data) => /\.(da|en)\.md$/.exec(data.page.inputPath)?.[1] ?? "da";
module.exports = {
  kind: "finding", layout: "finding.njk", parent: "findings",
  eleventyComputed: { lang, permalink: (data) => `/${lang(data)}/findings/${data.id}/` },
};
