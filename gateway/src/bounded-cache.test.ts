import { describe, expect, it } from 'vitest';
import { byteBoundedCache, readResponseCacheMaxBytes } from './bounded-cache.ts';

const answer = (n: number, size: number) => ({ data: { covenant: { id: `c${n}`, note: 'x'.repeat(size) } } });

describe('the response cache store', () => {
  it('stays under its byte bound, dropping the least recently used answers first', () => {
    const cache = byteBoundedCache(10_000);
    for (let n = 0; n < 100; n++) {
      cache.set(`key-${n}`, answer(n, 500));
      if (n === 1) cache.get('key-0');
    }
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.get('key-99')).toEqual(answer(99, 500));
    expect(cache.get('key-1')).toBeUndefined();
    expect(cache.getKeysByPrefix('key-9').length).toBeGreaterThan(0);
  });

  it('does not keep an answer larger than a tenth of the bound', () => {
    const cache = byteBoundedCache(10_000);
    cache.set('small', answer(1, 100));
    cache.set('huge', answer(2, 5_000));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')).toEqual(answer(1, 100));
  });

  it('forgets an answer after its time to live (seconds, as Hive passes it)', async () => {
    const cache = byteBoundedCache(10_000);
    cache.set('short', answer(1, 10), { ttl: 0.05 });
    cache.set('long', answer(2, 10), { ttl: 60 });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(cache.get('short')).toBeUndefined();
    expect(cache.get('long')).toEqual(answer(2, 10));
    expect(cache.delete('long')).toBe(true);
    expect(cache.get('long')).toBeUndefined();
  });

  it('reads RESPONSE_CACHE_MAX_MB', () => {
    expect(readResponseCacheMaxBytes({})).toBe(32 * 1024 * 1024);
    expect(readResponseCacheMaxBytes({ RESPONSE_CACHE_MAX_MB: '4' })).toBe(4 * 1024 * 1024);
    expect(() => readResponseCacheMaxBytes({ RESPONSE_CACHE_MAX_MB: 'lots' })).toThrow(/RESPONSE_CACHE_MAX_MB/);
  });
});
