/**
 * Registers the kit's service worker (src/lib/build/service-worker.ts writes it at the end of each build), so that
 * after one visit every page works offline, and offers a new build when one is ready. A new build
 * never takes over by itself: it waits until the reader presses "Reload for the new version", so a
 * running exercise is never swapped from under the room (its timer restores itself after the reload).
 * Bundled into every page; it has no imports, so Astro inlines it with a hash in the CSP.
 */
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  let reloading = false;
  const offer = (worker: ServiceWorker) => {
    if (document.getElementById('update-offer')) return;
    const box = document.createElement('div');
    box.id = 'update-offer';
    box.setAttribute('role', 'status');
    box.innerHTML =
      '<p>A new version of the kit is ready; running timers carry on.</p><button type="button" class="primary">Reload for the new version</button>';
    box.querySelector('button')?.addEventListener('click', (event) => {
      reloading = true;
      (event.currentTarget as HTMLButtonElement).disabled = true;
      worker.postMessage('skip-waiting');
    });
    document.body.append(box);
  };
  container.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  container
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      // Only an update is offered; the first install simply starts caching.
      const watch = (worker: ServiceWorker | null) => {
        if (!worker) return;
        const check = () => {
          if (worker.state === 'installed' && container.controller) offer(worker);
        };
        check();
        worker.addEventListener('statechange', check);
      };
      watch(registration.waiting);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    })
    .catch(() => {
      // No service worker (a private window, an insecure origin): the kit works online as before.
    });
}
