import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 600px)';

const subscribe = (notify: () => void) => {
  if (typeof window.matchMedia !== 'function') return () => {};
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', notify);
  return () => list.removeEventListener('change', notify);
};
const snapshot = () => typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;

/** True on a phone-sized screen, where charts shorten their labels. */
export const useCompactCharts = (): boolean =>
  useSyncExternalStore(subscribe, snapshot, () => false);
