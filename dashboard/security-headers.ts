// Security headers on every dashboard response: no framing (clickjacking), no MIME sniffing, no
// referrer to other sites, no powerful browser features, and a content security policy that allows
// only this origin. Scripts: the built files only (`vite build` writes no inline script); connections:
// this origin only (/graphql and /auth are proxied here). Inline styles stay for recharts' inline
// styles. The dev server's one relaxation is in dev-security-headers.ts.
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The headers with this content security policy. */
export function securityHeaders(directives: readonly string[]): Readonly<Record<string, string>> {
  return {
    'content-security-policy': directives.join('; '),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** The API-verkenner's page (GraphiQL, graphiql.html): its CSS carries its fonts inline as `data:` URLs. Nothing else is loosened. */
export const API_EXPLORER_CSP_DIRECTIVES: readonly string[] = [...CSP_DIRECTIVES, "font-src 'self' data:"];

export const SECURITY_HEADERS = securityHeaders(CSP_DIRECTIVES);
export const API_EXPLORER_SECURITY_HEADERS = securityHeaders(API_EXPLORER_CSP_DIRECTIVES);
