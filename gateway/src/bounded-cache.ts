// The response cache's store: least recently used answers out first, bounded by their size in bytes
// (RESPONSE_CACHE_MAX_MB), not by their number — a count bound let a few large monitor answers
// grow the gateway's heap without limit. lru-cache does the accounting; this adapts it to the
// key-value interface Hive's response cache expects (ttl in seconds).
import { LRUCache } from 'lru-cache';

export interface ByteBoundedCache {
  get(key: string): unknown;
  set(key: string, value: unknown, options?: { ttl?: number }): void;
  delete(key: string): boolean;
  getKeysByPrefix(prefix: string): string[];
  /** Bytes held now (JSON length of the values, a fair proxy for their heap size). */
  readonly bytes: number;
}

export function byteBoundedCache(maxBytes: number): ByteBoundedCache {
  const lru = new LRUCache<string, { value: unknown }>({
    maxSize: maxBytes,
    // An entry larger than a tenth of the cache is not worth evicting the rest for.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 10)),
    sizeCalculation: (entry, key) => key.length + (JSON.stringify(entry.value)?.length ?? 1),
    ttlAutopurge: false,
  });
  return {
    get: (key) => lru.get(key)?.value,
    set: (key, value, options) => {
      lru.set(key, { value }, options?.ttl && options.ttl > 0 ? { ttl: options.ttl * 1000 } : {});
    },
    delete: (key) => lru.delete(key),
    getKeysByPrefix: (prefix) => [...lru.keys()].filter((key) => key.startsWith(prefix)),
    get bytes() {
      return lru.calculatedSize;
    },
  };
}

/** RESPONSE_CACHE_MAX_MB: the response cache's bound in megabytes (default 32). */
export function readResponseCacheMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.RESPONSE_CACHE_MAX_MB?.trim();
  if (!raw) return 32 * 1024 * 1024;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0 || mb > 4096) throw new Error(`RESPONSE_CACHE_MAX_MB must be a number of megabytes (0-4096], got "${raw}"`);
  return Math.round(mb * 1024 * 1024);
}
