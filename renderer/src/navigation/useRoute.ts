import { useCallback, useSyncExternalStore } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

const currentHash = () => window.location.hash;

/** The route in the address fragment, and a way to go elsewhere (pushing history, or replacing it). */
export function useRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const navigate = useCallback((route: Route, options?: { replace?: boolean }) => {
    const next = formatRoute(route);
    if (next === window.location.hash) return;
    if (options?.replace) {
      window.history.replaceState(window.history.state, '', next);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = next;
    }
  }, []);
  return [parseRoute(hash), navigate];
}

/**
 * Focuses an element once it is on the page (a section may still be rendering), scrolled into view;
 * falls back to `fallbackId`. Tries for a few frames, then gives up quietly.
 */
export function focusWhenReady(elementId: string, fallbackId?: string, frames = 20): void {
  const attempt = (left: number) => {
    const element = document.getElementById(elementId) ?? (left === 0 && fallbackId ? document.getElementById(fallbackId) : null);
    if (element) {
      element.scrollIntoView({ block: 'center', behavior: 'auto' });
      const focusable = element.matches('input, select, textarea, button, [tabindex]') ? element : element.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]');
      (focusable ?? element).focus({ preventScroll: true });
      element.classList.add('flash');
      window.setTimeout(() => element.classList.remove('flash'), 1_200);
      return;
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(frames));
}
