// The service worker: after the first visit the whole app (every file of the
// build) comes from a cache named by the build, so it works with the network
// off and survives a reload. A new build is a new sw.js (its BUILD and FILES
// below change): the browser installs it beside the running one, the page
// shows "updated — reload", and the new build takes over when asked to
// (message 'skip-waiting'). Served from the app's own folder, so its scope is
// that folder (/ or /sim/ alike).
//
// scripts/postbuild.mjs (a trunk post_build hook) writes the next line; as
// copied from static/ it caches nothing and passes every request through.
const BUILD = 'unbuilt', FILES = [];

const PREFIX = 'urs-';
const CACHE = PREFIX + BUILD;

self.addEventListener('install', (event) => {
  if (FILES.length === 0) return;
  // Straight from the server (not the HTTP cache), so the cache holds exactly
  // this build's files; any failure fails the install and the old build stays.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((f) => new Request(new URL(f, self.location.href), { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  // Only this build's cache is kept. On a first visit the open page is taken
  // over at once, so what it loads later (the band's worker) is cached too.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (FILES.length === 0 || request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  // The app's folder and its index.html are one page; a share link's
  // scenario is in the #fragment, which never reaches here.
  // room.json (the address to share) is never cached: from the network, and
  // offline an empty one (the page's own address), not a failed request.
  if (url.pathname === scope.pathname + 'room.json') {
    const none = () => new Response('{"urls": []}', { headers: { 'content-type': 'application/json' } });
    event.respondWith(fetch(request).catch(none));
    return;
  }
  const page = request.mode === 'navigate' && (url.pathname === scope.pathname || url.pathname === scope.pathname + 'index.html');
  const key = page ? new URL('index.html', scope).href : url.origin + url.pathname;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key)).then((hit) => hit || fetch(request)),
  );
});
