// The web host's per-run token arrives in the URL fragment (never sent to the server in a request line). It is
// moved to sessionStorage and removed from the address bar, so a reload keeps working and the token is not left
// on screen.
const KEY = 'fix-workstation.token';

export function takeWebToken(loc: Location, history: History, storage: Storage): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(loc.hash);
  if (match?.[1] !== undefined) {
    storage.setItem(KEY, match[1]);
    history.replaceState(null, '', loc.pathname + loc.search);
    return match[1];
  }
  return storage.getItem(KEY);
}
