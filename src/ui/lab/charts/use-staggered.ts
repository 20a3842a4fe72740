// A value handed on a set delay after it changes, so that charts whose axes move together redraw in turn.
import { useEffect, useState } from 'react';

/**
 * `value`, or `delayMs` after it last changed. Six charts whose step axes jump at the same refresh then
 * redraw their Recharts frames in six short tasks instead of one long one (fewer dropped frames).
 */
export function useStaggered<T>(value: T, delayMs: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (delayMs <= 0) return;
    const timer = setTimeout(() => setShown(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs <= 0 ? value : shown;
}
