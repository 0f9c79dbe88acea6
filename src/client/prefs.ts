/**
 * Display preferences: theme, reading mode, notes shown or hidden. Stored in
 * localStorage under `pip:*` (never a cookie) only when the reader changes one;
 * applied before paint by /prefs.js.
 */
export const PREFS = {
  theme: { key: 'pip:theme', attribute: 'theme', values: ['system', 'light', 'dark'], fallback: 'system' },
  mode: { key: 'pip:mode', attribute: 'mode', values: ['both', 'en', 'original'], fallback: 'both' },
  notes: { key: 'pip:notes', attribute: 'notes', values: ['shown', 'hidden'], fallback: 'shown' },
} as const;
export type PrefName = keyof typeof PREFS;

export function currentPref(name: PrefName): string {
  const pref = PREFS[name];
  return document.documentElement.dataset[pref.attribute] ?? pref.fallback;
}

export function setPref(name: PrefName, value: string): void {
  const pref = PREFS[name];
  if (!(pref.values as readonly string[]).includes(value)) return;
  const root = document.documentElement;
  if (value === pref.fallback) delete root.dataset[pref.attribute];
  else root.dataset[pref.attribute] = value;
  try {
    if (value === pref.fallback) localStorage.removeItem(pref.key);
    else localStorage.setItem(pref.key, value);
  } catch {
    /* Storage blocked: the choice lasts for this page only. */
  }
}

/** Puts the page's controls in step with the preferences in force. */
export function syncControls(): void {
  for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-pref]')) {
    const name = el.dataset.pref as PrefName;
    if (!(name in PREFS)) continue;
    const value = currentPref(name);
    if (el instanceof HTMLSelectElement) el.value = value;
    else if (el.type === 'radio') el.checked = el.value === value;
    else if (el.type === 'checkbox') el.checked = value === (el.dataset.on ?? 'shown');
  }
}

export function onPrefChange(el: HTMLInputElement | HTMLSelectElement): void {
  const name = el.dataset.pref as PrefName;
  if (!(name in PREFS)) return;
  if (el instanceof HTMLInputElement && el.type === 'checkbox')
    setPref(name, el.checked ? (el.dataset.on ?? 'shown') : (el.dataset.off ?? 'hidden'));
  else setPref(name, el.value);
}
