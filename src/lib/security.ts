/**
 * The site's security headers, in one place: the Content-Security-Policy
 * shipped as a <meta> tag on every page and, with the rest, in `_headers` for
 * hosts that read one (Netlify, Cloudflare Pages and others); and how long a
 * host may let browsers keep each kind of file (the nginx recipe in
 * scripts/server-config/ reads both from here).
 *
 * Every script and stylesheet is an external file from this site (see
 * astro.config.mjs), so no inline code is allowed at all, and nothing may be
 * evaluated from a string, WebAssembly included: search is plain JavaScript.
 */
import { HASHED_FOLDERS, manifestPath, SEARCH_BASE } from './search/index-format.ts';

export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/** Directives a <meta> tag cannot carry; they go in the HTTP header only. */
export const CSP_HEADER_ONLY = ["frame-ancestors 'none'"] as const;

export const cspForMeta = (): string => CSP_DIRECTIVES.join('; ');
export const cspForHeader = (): string => [...CSP_DIRECTIVES, ...CSP_HEADER_ONLY].join('; ');

/** Every browser feature a page could ask for, denied. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'ambient-light-sensor',
  'autoplay',
  'battery',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'document-domain',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'web-share',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', cspForHeader()],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', PERMISSIONS_POLICY],
];

/** Cache-Control for a file whose name changes with its content: kept for a year, never asked for again. */
export const CACHE_FOREVER = 'public, max-age=31536000, immutable';
/** Cache-Control for the search index's manifest: it names the files of the current build, so it is revalidated on every use. */
export const CACHE_REVALIDATE = 'no-cache';

/**
 * Cache-Control by path pattern (`*` for any characters, as in `_headers`):
 * Astro's fingerprinted scripts and styles, and the search index's files,
 * which are named by the index's content (src/lib/search/index-format.ts).
 * Pages keep the host's default, so a deploy shows at once.
 */
export const CACHE_RULES: readonly (readonly [pattern: string, cacheControl: string])[] = [
  ['/_astro/*', CACHE_FOREVER],
  ...HASHED_FOLDERS.map((folder) => [`${SEARCH_BASE}${folder}/*`, CACHE_FOREVER] as const),
  [manifestPath(), CACHE_REVALIDATE],
];

/** The Cache-Control that CACHE_RULES give `path`, or null for the host's default. */
export function cacheControlFor(path: string): string | null {
  const rule = CACHE_RULES.find(([pattern]) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path),
  );
  return rule ? rule[1] : null;
}

/** Types stated outright rather than left to the host's guess: the captured source texts are UTF-8 plain text, whatever the host's default charset. */
export const CONTENT_TYPES: readonly (readonly [string, string])[] = [['/sources/*', 'text/plain; charset=utf-8']];

/** The `_headers` file: every path gets every security header; the cached kinds of file their Cache-Control; the paths of CONTENT_TYPES their type. */
export function headersFile(): string {
  return [
    '/*',
    ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    ...CACHE_RULES.flatMap(([pattern, value]) => [pattern, `  Cache-Control: ${value}`]),
    ...CONTENT_TYPES.flatMap(([path, type]) => [path, `  Content-Type: ${type}`]),
    '',
  ].join('\n');
}
