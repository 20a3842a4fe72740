// Entry: builds the one store, brings the page's language, and renders the lab (each page reads its own part
// of the address when it opens).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createLabStore } from './store/lab-store';
import { App } from './ui/app/App';
import { readPageId } from './ui/app/address-bar';
import { PAGES } from './ui/app/pages';
import { routeOf } from './ui/app/routing';
import { startLanguage } from './ui/i18n/language-store';
import { LabStoreProvider } from './ui/app/store-context';
import './ui/app/app.css';

const store = createLabStore();
// The page's own code is fetched while its words are (one wait, not two, for a page in a fetched language).
routeOf(readPageId(), PAGES).preload?.();

// Offline after the first visit: the built site's service worker precaches every file (relative URL, so any sub-path works).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without it the lab still works online (file:// pages and some private modes refuse service workers).
    });
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The first render waits for the chosen language's words, so the first paint already speaks it (no other language
// flashes by); if they cannot be had, the lab opens in English and says so.
await startLanguage();
createRoot(root).render(
  <StrictMode>
    <LabStoreProvider store={store}>
      <App />
    </LabStoreProvider>
  </StrictMode>,
);
