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
  detail.textContent = String(error && error.message ? error.message : error);
  box.append(headline, detail);
  document.body.append(box);
}

init({ module_or_path: new URL('./pkg/partner-atlas_bg.wasm', import.meta.url) }).catch(showStartupError);
