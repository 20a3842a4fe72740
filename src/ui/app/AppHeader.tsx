// The lab's header: name, one navigation link per page of the route table, and the training backend once one runs.
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useT } from '../i18n/language-store';
import { BackendBadge } from '../lab/BackendBadge';
import type { PageId } from '../../preset/address';
import type { PageRoute } from './routing';
import { usePageLink } from './use-page-link';

interface AppHeaderProps {
  pages: readonly PageRoute[];
  currentPageId: PageId;
}

export function AppHeader({ pages, currentPageId }: AppHeaderProps) {
  const t = useT();
  const { href: pageSearch, open: openPage } = usePageLink(currentPageId);
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
