// Security headers on every dashboard response: no framing (clickjacking), no MIME sniffing, no
// referrer to other sites, no powerful browser features, and a content security policy that allows
// only this origin (inline scripts and styles: Vite's module preamble and recharts' inline styles).
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP_DIRECTIVES.join('; '),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

/** For the API-verkenner's page (GraphiQL, graphiql.html): its CSS carries its fonts inline as `data:` URLs. Nothing else is loosened. */
export const API_EXPLORER_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'content-security-policy': [...CSP_DIRECTIVES, "font-src 'self' data:"].join('; '),
};
