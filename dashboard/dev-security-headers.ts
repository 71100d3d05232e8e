// The Vite dev server's security headers (`npm start`, the browser tests): the production policy
// (security-headers.ts) plus one script, by its hash — the React Fast Refresh preamble that
// @vitejs/plugin-react writes inline into each page. Still no 'unsafe-inline'. Kept apart from
// security-headers.ts so the production server does not load the Vite plugin.
import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { API_EXPLORER_CSP_DIRECTIVES, CSP_DIRECTIVES, securityHeaders } from './security-headers.ts';

/** The preamble exactly as the plugin writes it for base '/' (Vite serialises the tag's text as is). */
export const REACT_PREAMBLE = react.preambleCode.replace('__BASE__', '/');
const preambleHash = `'sha256-${createHash('sha256').update(REACT_PREAMBLE).digest('base64')}'`;

const withPreamble = (directives: readonly string[]) => directives.map((d) => (d.startsWith('script-src ') ? `${d} ${preambleHash}` : d));

export const DEV_SECURITY_HEADERS = securityHeaders(withPreamble(CSP_DIRECTIVES));
export const DEV_API_EXPLORER_SECURITY_HEADERS = securityHeaders(withPreamble(API_EXPLORER_CSP_DIRECTIVES));
