// Entry: builds the one store and renders the lab (each page reads its own part of the address when it opens).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createLabStore } from './store/lab-store';
import { App } from './ui/app/App';
import { applyInitialLanguage } from './ui/i18n/language-store';
import { LabStoreProvider } from './ui/app/store-context';
import './ui/app/app.css';

applyInitialLanguage();
const store = createLabStore();

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
createRoot(root).render(
  <StrictMode>
    <LabStoreProvider store={store}>
      <App />
    </LabStoreProvider>
  </StrictMode>,
);
