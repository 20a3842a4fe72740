// The landing page's one line about the lab: how many pages it has, what each is for, a link to each.
import { Fragment } from 'react';
import { useT } from '../i18n/language-store';
import type { PageId } from '../../preset/address';
import type { PageRoute } from './routing';
import { usePageLink } from './use-page-link';

interface PageGuideProps {
  pages: readonly PageRoute[];
  currentPageId: PageId;
}

export function PageGuide({ pages, currentPageId }: PageGuideProps) {
  const t = useT();
  const { href, open } = usePageLink(currentPageId);
  return (
    <p className="page-guide">
      {t.app.pageGuide(pages.length)}
      {pages.map((page, index) => (
        <Fragment key={page.id}>
          {index > 0 && t.app.pageGuideSeparator}
          {page.id === currentPageId ? (
            <>
              <strong>{page.label(t)}</strong>
              {t.app.pageGuideHere(page.summary(t))}
            </>
          ) : (
            <>
              <a href={href(page.id)} onClick={(event) => open(event, page.id)}>
                {page.label(t)}
              </a>
              {t.app.pageGuideSummary(page.summary(t))}
            </>
          )}
        </Fragment>
      ))}
      {t.app.pageGuideEnd}
    </p>
  );
}
