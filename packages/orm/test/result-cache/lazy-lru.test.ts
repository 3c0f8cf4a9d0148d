import { describe, expect, it, vi } from 'vitest'

/** Fresh copies of the result-cache modules, so lru-cache is not loaded yet whatever ran before. */
async function freshModules() {
  vi.resetModules()
  const { ResultCache } = await import('../../src/result-cache/result-cache')
  const { resultCacheSettings } = await import('../../src/result-cache/cache-settings')
  const { loadedLru } = await import('../../src/result-cache/lru-loader')
  return { ResultCache, resultCacheSettings, loadedLru }
}

const answer = { Item: { _et: { S: 'Member' }, id: { S: 'm1' } } }

describe('lru-cache loads with the first enabled result cache, not with the package', () => {
  it('a disabled cache never loads it and is ready at once', async () => {
    const { ResultCache, resultCacheSettings, loadedLru } = await freshModules()
    const cache = new ResultCache(resultCacheSettings(undefined, '_et'))
    expect(cache.whenReady()).toBeNull()
    await Promise.resolve()
    expect(loadedLru()).toBeUndefined()
  })

  it('an enabled cache loads it; answers stored after whenReady() are hits, earlier ones are skipped', async () => {
    const { ResultCache, resultCacheSettings, loadedLru } = await freshModules()
    const settings = resultCacheSettings({ enabled: true, maxSize: 10, ttlMs: 60_000, perEntity: {} }, '_et')
    const cache = new ResultCache(settings)
    expect(loadedLru()).toBeUndefined()
    const ready = cache.whenReady()
    expect(ready).toBeInstanceOf(Promise)
    cache.store('GetItem:a', ['t'], answer)
    expect(cache.stats()).toMatchObject({ stores: 0, skipped: 1, size: 0 })
    await ready
    expect(cache.whenReady()).toBeNull()
    expect(loadedLru()).toBeTypeOf('function')
    cache.store('GetItem:a', ['t'], answer)
    expect(cache.lookup('GetItem:a')).toEqual(answer)
    expect(cache.stats()).toMatchObject({ stores: 1, hits: 1, size: 1 })
  })
})
