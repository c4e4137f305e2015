/**
 * The Action's `cache` input: faq-lint's `--cache` folder kept across workflow runs with the
 * Actions cache service. Saved under `faq-lint-<version>-<commit>`; restored from the exact key,
 * else from the newest cache whose key starts with `faq-lint-<version>-` (the service matches
 * restore keys by prefix, newest first), so a run after a small change re-lints only what
 * changed. Another faq-lint version never reuses a cache (its results could differ). A cache
 * problem is never the step's failure: the run goes on without it.
 */

/** The part of the Actions cache service the Action uses; `@actions/cache` in real runs, a fake in tests. */
export interface CacheService {
  /** False outside a GitHub runner (no cache service configured). */
  isAvailable(): Promise<boolean>;
  /** Restore `paths`; resolves to the key restored from, or undefined on a miss. */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

/** The key to save under, and the prefix to restore from. */
export function cacheKeys(version: string, commit: string): { key: string; restoreKeys: string[] } {
  const prefix = `faq-lint-${version}-`;
  return { key: `${prefix}${commit}`, restoreKeys: [prefix] };
}

/** The real service: `@actions/cache`, loaded only when the input asks for a cache. */
export const actionsCache: CacheService = {
  async isAvailable() {
    const cache = await import('@actions/cache');
    return cache.isFeatureAvailable();
  },
  async restore(paths, key, restoreKeys) {
    const cache = await import('@actions/cache');
    return cache.restoreCache(paths, key, restoreKeys);
  },
  async save(paths, key) {
    const cache = await import('@actions/cache');
    await cache.saveCache(paths, key);
  },
};
