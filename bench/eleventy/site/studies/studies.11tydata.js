const lang = (data) => /\.(da|en)\.md$/.exec(data.page.inputPath)?.[1] ?? "da";
module.exports = {
  kind: "study", layout: "study.njk", parent: "studies",
  eleventyComputed: { lang, permalink: (data) => `/${lang(data)}/studies/${data.sid}/` },
};
