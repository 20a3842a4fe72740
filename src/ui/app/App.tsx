// The app shell: header with page navigation, then the page that `?page=` selects.
import { LanguageLoadNotice, UnknownLanguageNotice } from '../i18n/LanguagePicker';
import { useT } from '../i18n/language-store';
import { AppHeader } from './AppHeader';
import { PageGuide } from './PageGuide';
import { PAGES } from './pages';
import { usePageId } from './address-bar';
import { routeOf } from './routing';

export function App() {
  const pageId = usePageId();
  const t = useT();
  const page = routeOf(pageId, PAGES);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <AppHeader pages={PAGES} currentPageId={page.id} />
      <main id="main" className="app-main" tabIndex={-1}>
        <UnknownLanguageNotice />
        <LanguageLoadNotice />
        {/* The landing page (the first of the route table) says what the lab's pages are. */}
        {page === PAGES[0] && <PageGuide pages={PAGES} currentPageId={page.id} />}
        <page.Component />
      </main>
      <footer className="app-footer">
        {t.app.footer}
      </footer>
    </>
  );
}
