// The gateway's security and cache settings read from the environment.
import { describe, expect, it } from 'vitest';
import { readResponseCacheTtl, sessionOf } from './response-cache.ts';
import { introspectionRefused, readSecurityConfig } from './security.ts';
import { signViewer, VIEWER_TOKEN_HEADER } from '@uitstroom/subgraph-kit/edge';

const requestAs = async (role: 'analist' | 'beheerder' | 'werkgroep' | null) =>
  new Request('http://gateway/graphql', { headers: role ? { [VIEWER_TOKEN_HEADER]: await signViewer({ role, organisationId: null, covenants: ['woonkans'] }) } : {} });

describe('introspection', () => {
  it('is for the analist and the beheerder by default, off in production, and on or off when asked', () => {
    expect(readSecurityConfig({}).introspection).toBe('analysts');
    expect(readSecurityConfig({ NODE_ENV: 'production' }).introspection).toBe('off');
    expect(readSecurityConfig({ GRAPHQL_INTROSPECTION: 'on' }).introspection).toBe('on');
    expect(readSecurityConfig({ GRAPHQL_INTROSPECTION: 'off' }).introspection).toBe('off');
    expect(() => readSecurityConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow('GRAPHQL_INTROSPECTION must be on or off, got "maybe"');
  });

  it('is refused to other roles and to nobody signed in when set to analysts', async () => {
    const analysts = readSecurityConfig({});
    expect(introspectionRefused(analysts, await requestAs('analist'))).toBe(false);
    expect(introspectionRefused(analysts, await requestAs('beheerder'))).toBe(false);
    expect(introspectionRefused(analysts, await requestAs('werkgroep'))).toBe(true);
    expect(introspectionRefused(analysts, await requestAs(null))).toBe(true);
  });
});

describe('response cache', () => {
  it('lives 60 s by default, 0 turns it off, and a bad value is refused', () => {
    expect(readResponseCacheTtl({})).toBe(60_000);
    expect(readResponseCacheTtl({ RESPONSE_CACHE_TTL_MS: '0' })).toBe(0);
    expect(() => readResponseCacheTtl({ RESPONSE_CACHE_TTL_MS: '-5' })).toThrow('RESPONSE_CACHE_TTL_MS must be a whole number of milliseconds ≥ 0, got "-5"');
  });

  it('keys answers by the viewer scope, not by the token or the user', async () => {
    const a = await signViewer({ role: 'werkgroep', organisationId: 'gemeente-venlo', user: 'A', covenants: ['woonkans', 'walcheren'] });
    const b = await signViewer({ role: 'werkgroep', organisationId: 'gemeente-venlo', user: 'B', covenants: ['walcheren', 'woonkans'] });
    const other = await signViewer({ role: 'werkgroep', organisationId: 'gemeente-venlo', user: 'A', covenants: ['woonkans'] });
    const session = (token: string) => sessionOf(new Request('http://gateway/graphql', { headers: { [VIEWER_TOKEN_HEADER]: token } }));
    expect(session(a)).toBe(session(b));
    expect(session(a)).not.toBe(session(other));
    expect(sessionOf(new Request('http://gateway/graphql'))).toBe('anoniem');
  });
});
