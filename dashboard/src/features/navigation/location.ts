// The URL's query string as React state: one place that changes it, so everything showing a link
// built from it (the nav bar) follows the uitstroom filters as they change.
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Back and forward change the URL without us.
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function currentSearch(): string {
  return window.location.search;
}

export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

function urlFor(search: string): string {
  // An empty query string must still drop the old one: keep the path.
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/** Changes the query string in place: no new history entry (filters). */
export function replaceSearch(search: string): void {
  window.history.replaceState(window.history.state, '', urlFor(search));
  notify();
}

/** Moves to a new query string with its own history entry (another page), so Back returns. */
export function pushSearch(search: string): void {
  window.history.pushState(null, '', urlFor(search));
  notify();
}

export function hrefForSearch(search: string): string {
  return search === '' ? window.location.pathname : search;
}
