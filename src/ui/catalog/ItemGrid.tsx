// The 24 catalog items as cards, grouped by category, each group one row of four tiers.
import { useMemo } from 'react';
import type { Item } from '../../sim/catalog';
import { selectCatalogItems, selectLastStep, selectPlayActions, selectSessionDone } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { categoryName } from '../format';
import { useT } from '../i18n/language-store';
import { ItemCard } from './ItemCard';
import './catalog.css';

function groupByCategory(items: readonly Item[]): Array<{ category: number; items: Item[] }> {
  const groups = new Map<number, Item[]>();
  for (const item of items) {
    const group = groups.get(item.category) ?? [];
    group.push(item);
    groups.set(item.category, group);
  }
  return Array.from(groups, ([category, groupItems]) => ({ category, items: groupItems }));
}

export function ItemGrid() {
  const items = useLab(selectCatalogItems);
  const done = useLab(selectSessionDone);
  const lastStep = useLab(selectLastStep);
  const { recommend } = useLab(selectPlayActions);
  const groups = useMemo(() => groupByCategory(items), [items]);
  const t = useT().play;
  return (
    <section className="panel item-grid" aria-labelledby="catalog-heading">
      <div className="panel__header">
        <h2 id="catalog-heading">{t.catalog.heading}</h2>
        <p className="panel__hint">{done ? t.catalog.over : t.catalog.pick}</p>
      </div>
      <div className="item-grid__groups">
        {groups.map((group) => (
          <div key={group.category} className="item-group" role="group" aria-labelledby={`category-${group.category}`}>
            <h3 id={`category-${group.category}`} className="item-group__title">
              {categoryName(group.category, t)}
            </h3>
            <div className="item-group__cards">
              {group.items.map((item) => (
                <ItemCard
                  key={item.index}
                  item={item}
                  disabled={done}
                  isLast={lastStep?.item.index === item.index}
                  onRecommend={recommend}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
