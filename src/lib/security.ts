/**
 * The site's security headers, in one place: the Content-Security-Policy
 * shipped as a <meta> tag on every page and, with the rest, in `_headers` for
 * hosts that read one (Netlify, Cloudflare Pages and others).
 *
 * Every script and stylesheet is an external file from this site (see
 * astro.config.mjs), so no inline code is allowed at all, and nothing may be
 * evaluated from a string, WebAssembly included: search is plain JavaScript.
 */
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

/** Types stated outright rather than left to the host's guess: the captured source texts are UTF-8 plain text, whatever the host's default charset. */
export const CONTENT_TYPES: readonly (readonly [string, string])[] = [['/sources/*', 'text/plain; charset=utf-8']];

/** The `_headers` file: every path gets every header; the paths of CONTENT_TYPES get their type. */
export function headersFile(): string {
  const types = CONTENT_TYPES.flatMap(([path, type]) => [path, `  Content-Type: ${type}`]);
  return ['/*', ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`), ...types, ''].join('\n');
}
