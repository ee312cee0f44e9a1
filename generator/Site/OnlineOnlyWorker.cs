namespace Guidance.Site;

/// <summary>
/// The service worker every build writes at <c>/sw-&lt;lang&gt;.js</c>, so the pages always find the worker they register:
/// the offline step (Workbox, with the search index) replaces it. Left in place, in a <c>--no-search</c> build, it keeps
/// nothing and drops what an earlier build's worker kept for its language, so no reader is shown an old copy.
/// </summary>
public static class OnlineOnlyWorker
{
    public const string Script = """
        // Built without the offline copy (guidance build --no-search): the site is read online only.
        self.addEventListener("install", function () { self.skipWaiting(); });
        self.addEventListener("activate", function (event) {
          event.waitUntil(caches.keys().then(function (keys) {
            return Promise.all(keys.filter(function (key) { return key.indexOf(self.registration.scope) >= 0; })
              .map(function (key) { return caches.delete(key); }));
          }).then(function () { return self.clients.claim(); }));
        });

        """;
}
