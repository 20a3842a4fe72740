// The lab's header: name, one navigation link per page of the route table, and the training backend once one runs.
import type { MouseEvent } from 'react';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useT, useWithPageLanguage } from '../i18n/language-store';
import { BackendBadge } from '../lab/BackendBadge';
import { searchForPage, type PageRoute } from './routing';
import { navigateToSearch } from './use-location-search';

interface AppHeaderProps {
  pages: readonly PageRoute[];
  currentPageId: string;
}

export function AppHeader({ pages, currentPageId }: AppHeaderProps) {
  const t = useT();
  const withPageLanguage = useWithPageLanguage();
  const pageSearch = (pageId: string) => withPageLanguage(searchForPage(pageId));
  const openPage = (event: MouseEvent<HTMLAnchorElement>, pageId: string) => {
    // Plain clicks navigate in place; modified clicks (new tab) keep the browser's default.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (pageId !== currentPageId) navigateToSearch(pageSearch(pageId));
  };
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a className="app-brand" href="./">
          <span className="app-brand__mark" aria-hidden="true">
            Q
          </span>
          {t.app.title}
        </a>
        <nav aria-label={t.app.pagesNav}>
          <ul className="app-nav">
            {pages.map((page) => (
              <li key={page.id}>
                <a
                  className="app-nav__link"
                  href={pageSearch(page.id)}
                  aria-current={page.id === currentPageId ? 'page' : undefined}
                  onClick={(event) => openPage(event, page.id)}
                >
                  {page.label(t)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <BackendBadge />
        <LanguagePicker />
      </div>
    </header>
  );
}
