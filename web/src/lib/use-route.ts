/** The current route, re-read on every `hashchange`. */
import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from './route.js';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

let lastHash: string | undefined;
let lastRoute: Route = parseHash('');

function snapshot(): Route {
  if (window.location.hash !== lastHash) {
    lastHash = window.location.hash;
    lastRoute = parseHash(lastHash);
  }
  return lastRoute;
}

/** The route of the page; changing `location.hash` re-renders. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Replace the query of the current page (filters), keeping it in the address for links and reloads. */
export function navigate(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}
