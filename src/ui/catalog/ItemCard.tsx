// One catalog item as a button: recommending it is one step of the session.
import type { Item } from '../../sim/catalog';
import { capitalise, formatPrice } from '../format';

interface ItemCardProps {
  item: Item;
  disabled: boolean;
  /** This item was the last recommendation. */
  isLast: boolean;
  onRecommend: (item: number) => void;
}

export function ItemCard({ item, disabled, isLast, onRecommend }: ItemCardProps) {
  const tier = capitalise(item.tierName);
  return (
    <button
      type="button"
      className={`item-card item-card--${item.tierName}${isLast ? ' item-card--last' : ''}`}
      disabled={disabled}
      // The name reads the visible text in order, so speech users can say what they see.
      aria-label={`Recommend ${tier} ${formatPrice(item.price)} ${isLast ? `Last pick (${item.categoryName})` : item.categoryName}`}
      onClick={() => onRecommend(item.index)}
    >
      <span className={`tier-badge tier-badge--${item.tierName}`}>{tier}</span>{' '}
      <span className="item-card__price">{formatPrice(item.price)}</span>{' '}
      {isLast ? (
        <span className="item-card__last">Last pick</span>
      ) : (
        <span className="item-card__category">{item.categoryName}</span>
      )}
    </button>
  );
}
