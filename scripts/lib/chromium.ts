/**
 * Debian's Chromium, as the tests and benchmarks drive it. Test tools cannot
 * download browsers here, so /usr/bin/chromium (or CHROMIUM_PATH) is used,
 * with flags that keep it from reaching for the network on its own.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Nothing but the local server resolves, so a stray request fails instead of leaving the machine. */
export const LOCAL_ONLY_FLAG = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1';
