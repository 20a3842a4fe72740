// One catalog item as a button: recommending it is one step of the session.
import type { Item } from '../../sim/catalog';
import { capitalise, categoryName, formatPrice } from '../format';
import { useT } from '../i18n/language-store';

interface ItemCardProps {
  item: Item;
  disabled: boolean;
  /** This item was the last recommendation. */
  isLast: boolean;
  onRecommend: (item: number) => void;
}

export function ItemCard({ item, disabled, isLast, onRecommend }: ItemCardProps) {
  const t = useT().play;
  const tier = capitalise(t.tiers[item.tierName]);
  const category = categoryName(item.category, t);
  return (
    <button
      type="button"
      className={`item-card item-card--${item.tierName}${isLast ? ' item-card--last' : ''}`}
      disabled={disabled}
      // The name reads the visible text in order, so speech users can say what they see.
      aria-label={t.catalog.recommend(tier, formatPrice(item.price), isLast ? t.catalog.lastPickOf(category) : category)}
      onClick={() => onRecommend(item.index)}
    >
      <span className={`tier-badge tier-badge--${item.tierName}`}>{tier}</span>{' '}
      <span className="item-card__price">{formatPrice(item.price)}</span>{' '}
      {isLast ? <span className="item-card__last">{t.catalog.lastPick}</span> : <span className="item-card__category">{category}</span>}
    </button>
  );
}
