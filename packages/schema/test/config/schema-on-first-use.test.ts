import * as v from 'valibot'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// Counts the object schemas valibot builds, to see when the config schema is built.
const built = vi.hoisted(() => ({ objects: 0 }))
vi.mock('valibot', async (importOriginal) => {
  const original = await importOriginal<typeof import('valibot')>()
  const strictObject = ((...args: Parameters<typeof original.strictObject>) => {
    built.objects++
    return original.strictObject(...args)
  }) as typeof original.strictObject
  return { ...original, strictObject }
})

beforeEach(() => {
  vi.resetModules()
  built.objects = 0
})

describe('the config schema is built on first use, once', () => {
  it('importing the package builds no config schema; the first validation builds it, later ones reuse it', async () => {
    const schema = await import('../../src/index')
    expect(built.objects).toBe(0)
    expect(schema.validateConfig({ tableName: 'app' }).ok).toBe(true)
    const afterFirst = built.objects
    expect(afterFirst).toBeGreaterThan(10)
    expect(schema.validateConfig({ tableName: 'other', capacity: { billingMode: 'PROVISIONED' } }).ok).toBe(
      true,
    )
    expect(schema.resolveConfig({}).tableName).toBe('dbtooling')
    expect(built.objects).toBe(afterFirst)
  })

  it('the exported configSchema is that schema: valibot parses through it and its entries read as before', async () => {
    const { configSchema, validateConfig } = await import('../../src/index')
    expect(built.objects).toBe(0)
    expect(configSchema.type).toBe('strict_object')
    const afterRead = built.objects
    expect(Object.keys(configSchema.entries)).toContain('singleTableDesign')
    expect('entries' in configSchema).toBe(true)
    expect(Object.keys(configSchema)).toEqual(expect.arrayContaining(['type', 'entries', 'kind']))
    const parsed = v.safeParse(configSchema, { tableName: 'app', streams: { enabled: true } })
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues))
    expect(parsed.output.streams.viewType).toBe('NEW_AND_OLD_IMAGES')
    expect(v.safeParse(configSchema, { tabelName: 'app' }).success).toBe(false)
    validateConfig({ tableName: 'app' })
    expect(built.objects).toBe(afterRead)
  })
})
