// The service worker of one language, at /sw-<lang>.js and scoped to /<lang>/. offline/workbox.mjs copies it for each
// language with the list of files to keep filled in below (Workbox's injectManifest), and copies
// Workbox's runtime beside it to /workbox/.
importScripts("workbox/workbox-core.prod.js", "workbox/workbox-routing.prod.js", "workbox/workbox-strategies.prod.js", "workbox/workbox-precaching.prod.js");

// A new build changes the files' revisions and so this file: the new worker takes over at once, without waiting for
// every tab to close, and the caches of the old one are dropped.
self.skipWaiting();
workbox.core.clientsClaim();
workbox.precaching.cleanupOutdatedCaches();

// The search page is /<lang>/search/?q=…, and Pagefind asks for its entry file with ?ts=…: no query names another file.
workbox.precaching.precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: "index.html" });
