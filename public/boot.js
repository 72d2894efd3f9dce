// Starts the WebAssembly app; if it cannot start, says so in the page instead of staying blank.
import init from './pkg/partner-atlas.js';

function showStartupError(error) {
  const box = document.createElement('div');
  box.className = 'status error';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'startup-error';
  const headline = document.createElement('p');
  headline.className = 'headline';
  headline.textContent = 'Partner Atlas konnte nicht starten. · Partner Atlas could not start.';
  const detail = document.createElement('p');
  detail.className = 'detail';
  detail.textContent = String(error?.message || error);
  box.append(headline, detail);
  document.body.append(box);
}

/**
 * On a kiosk (`?kiosk=1`, as the app reads it), keeps the atlas in a service worker for offline
 * use, registered once the map has drawn its first arcs so that it never slows the first view.
 */
function keepOffline() {
  const kiosk = new URLSearchParams(location.search).get('kiosk');
  if (kiosk === null || ['0', 'false', 'no'].includes(kiosk.trim()) || !('serviceWorker' in navigator)) return;
  new PerformanceObserver((marks, observer) => {
    if (marks.getEntriesByName('first-arcs').length === 0) return;
    observer.disconnect();
    navigator.serviceWorker
      .register(new URL('./sw.js', import.meta.url))
      .then(takeUpdatesWhenSafe)
      .catch((error) => console.warn('Partner Atlas: no offline copy for this kiosk:', error));
  }).observe({ type: 'mark', buffered: true });
}

/**
 * A new version waits until nobody uses the kiosk: now, as it starts, or on its next idle reset
 * (the app's `partner-atlas:idle-reset` event, which also looks for a new version). Then the
 * worker takes over and the page reloads at once, so that it never mixes files of two versions.
 */
function takeUpdatesWhenSafe(registration) {
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first worker a kiosk gets serves the version the page already runs: no reload.
    if (!controlled) {
      controlled = true;
      return;
    }
    location.reload();
  });
  const takeWaiting = () => registration.waiting?.postMessage('partner-atlas:take-update');
  takeWaiting();
  addEventListener('partner-atlas:idle-reset', () => {
    takeWaiting();
    registration.update().catch(() => {});
  });
}

init({ module_or_path: new URL('./pkg/partner-atlas_bg.wasm', import.meta.url) }).then(keepOffline, showStartupError);
