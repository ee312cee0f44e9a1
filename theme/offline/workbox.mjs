// The offline copy: one service worker per language, made with Workbox (injectManifest) in a built site after its
// search index, so that the index's files are kept with the pages. The build runs it (Modules/Offline/Workbox.cs):
//   node offline/workbox.mjs <site folder> <language>...
// and reads the last line it prints: {"<language>": {"files": n, "bytes": n}, ...}.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { injectManifest } from "workbox-build";

const [site, ...languages] = process.argv.slice(2);
if (!site || languages.length === 0) {
  console.error("usage: node offline/workbox.mjs <site folder> <language>...");
  process.exit(2);
}

// Workbox's runtime, the four modules the worker uses, production builds, beside the workers (sw.js imports them).
const require = createRequire(import.meta.url);
const runtime = path.join(site, "workbox");
await mkdir(runtime, { recursive: true });
for (const module of ["workbox-core", "workbox-routing", "workbox-strategies", "workbox-precaching"]) {
  const file = path.join(path.dirname(require.resolve(`${module}/package.json`)), "build", `${module}.prod.js`);
  // Without its source map, which is not published: the comment would only send developer tools looking for it.
  const code = (await readFile(file, "utf8")).replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
  await writeFile(path.join(runtime, `${module}.prod.js`), code);
}

const report = {};
for (const language of languages) {
  const { count, size, warnings } = await injectManifest({
    swSrc: fileURLToPath(new URL("sw.js", import.meta.url)),
    swDest: path.join(site, `sw-${language}.js`),
    globDirectory: site,
    globPatterns: [
      // Every file of the language (pages, manifest, feed, citation files), the shared assets, and the language's
      // search index: Pagefind's script and entry (search.js runs it without its worker where a worker serves the page), this language's WebAssembly, metadata and chunks.
      `${language}/**/*`,
      "assets/**/*",
      "icons/**/*",
      "pagefind/pagefind.js",
      "pagefind/pagefind-entry.json",
      `pagefind/wasm.${language}.pagefind`,
      `pagefind/pagefind.${language}_*.pf_meta`,
      `pagefind/{index,fragment,filter}/${language}_*`,
    ],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
  for (const warning of warnings) console.error(`workbox (${language}): ${warning}`);
  report[language] = { files: count, bytes: size };
}
console.log(JSON.stringify(report));
