// The app shell: header with page navigation, then the page that `?page=` selects.
import { AppHeader } from './AppHeader';
import { PAGES } from './pages';
import { pageFromSearch } from './routing';
import { useLocationSearch } from './use-location-search';

export function App() {
  const search = useLocationSearch();
  const page = pageFromSearch(search, PAGES);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader pages={PAGES} currentPageId={page.id} />
      <main id="main" className="app-main" tabIndex={-1}>
        <page.Component />
      </main>
      <footer className="app-footer">
        Q-Shop Lab · a synthetic shopper, seeded and reproducible · nothing leaves your browser
      </footer>
    </>
  );
}
