// Hands the lab's store to components; they read it only through useLab(namedSelector).
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { LabState, LabStore } from '../../store/lab-store';

const LabStoreContext = createContext<LabStore | null>(null);

export function LabStoreProvider({ store, children }: { store: LabStore; children: ReactNode }) {
  return <LabStoreContext.Provider value={store}>{children}</LabStoreContext.Provider>;
}

/** Subscribes to one slice of state; the component re-renders only when the selected value changes. */
export function useLab<Selected>(selector: (state: LabState) => Selected): Selected {
  const store = useContext(LabStoreContext);
  if (!store) throw new Error('useLab needs a LabStoreProvider above it');
  return useStore(store, selector);
}
