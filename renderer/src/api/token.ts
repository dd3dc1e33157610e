/**
 * Browser mode: the server prints a URL with a random token (`http://127.0.0.1:PORT/#token=…`, or
 * `?token=…`), and every /api/ request must carry it. The token is read once, at load, then taken
 * out of the address bar (so it is not in the history, a bookmark or a screenshot) and kept in
 * memory, with a copy in sessionStorage so that reloading the tab keeps working. sessionStorage
 * belongs to this tab and this origin only (127.0.0.1 and the server's port), and is gone when the
 * tab closes.
 */
const STORAGE_KEY = 'course-planner.token';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,200}$/;

let token: string | undefined;

function readSessionCopy(): string | undefined {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeSessionCopy(value: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Storage switched off: the token still lives in memory until the page is reloaded.
  }
}

/**
 * Takes the token out of the page's URL (fragment `#token=` or query `?token=`), keeps it, and
 * rewrites the address without it. Safe to call more than once; does nothing under Electron.
 */
export function captureToken(location: Location = window.location, history: History = window.history): string | undefined {
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  const query = new URLSearchParams(location.search);
  const found = hash.get('token') ?? query.get('token');
  if (found !== null) {
    if (TOKEN_PATTERN.test(found)) {
      token = found;
      writeSessionCopy(found);
    }
    hash.delete('token');
    query.delete('token');
    const search = query.toString();
    const rest = hash.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${rest ? `#${rest}` : ''}`);
  }
  token ??= readSessionCopy();
  return token;
}

/** The token for /api/ requests, if the page was opened with one. */
export function currentToken(): string | undefined {
  return token ?? captureToken();
}
