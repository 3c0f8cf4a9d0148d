import { fileURLToPath } from 'node:url'
import { loadModels } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, runSeeders, type SeedableOrm } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { auditTable, canonical, scanAll } from './audit'

const modelsPath = fileURLToPath(new URL('./stacks-app/models', import.meta.url))
const quiet = { info: () => undefined, warn: () => undefined }
const orms: SeedableOrm[] = []

async function stacksOrm() {
  const models = await loadModels({ modelsPath, stacksShims: 'always' })
  const orm = createOrm({
    models,
    client: localClient(),
    design: { tableName: uniqueTableName('seed-stacks') },
    setDefault: false,
  })
  orms.push(orm)
  await orm.createTable()
  return orm
}

let orm: SeedableOrm
beforeAll(async () => {
  orm = await stacksOrm()
})
afterAll(async () => {
  await Promise.all(orms.map((each) => each.dropTable()))
})

describe('a Stacks app seeds from its model files alone (attribute factory functions, useSeeder counts)', () => {
  it('seeds the useSeeder models with their counts, from their factory functions, keys resolving', async () => {
    const result = await runSeeders(orm, { seed: 9, logger: quiet })
    expect(result.mode).toBe('auto')
    expect(result.auto!.counts).toEqual({ Author: 4, Genre: 6, Book: 12, Review: 30 })
    const audit = await auditTable(orm)
    expect(audit.invalid).toEqual([])
    expect(audit.dangling).toEqual([])
    expect(audit.missingGuards).toEqual([])
    expect(audit.emptyKeys).toEqual([])
    expect(audit.byEntity.AuditLog).toBeUndefined()
    // Values come from the attributes' own `factory: (faker) => ...` functions.
    for (const book of audit.byEntity.Book!) {
      expect(book.isbn).toMatch(/^97[89]-\d+-\d+-\d+-\d$/)
      expect(['hardcover', 'paperback', 'ebook']).toContain(book.format)
    }
    for (const author of audit.byEntity.Author!) expect(author.email).toBe(String(author.email).toLowerCase())
    expect(new Set(audit.byEntity.Genre!.map((genre) => genre.name)).size).toBe(6)
    expect(audit.edges.BookGenre ?? Object.values(audit.edges)[0]).toBe(result.auto!.edges)
    // Edges are seeded from one side of the pair, the first seeded: each of the 6 genres gets 3 books.
    expect(result.auto!.edges).toBe(6 * 3)
  }, 120_000)

  it('gives identical items for the same seed in another table', async () => {
    const again = await stacksOrm()
    await runSeeders(again, { seed: 9, logger: quiet })
    expect(canonical(await scanAll(again))).toBe(canonical(await scanAll(orm)))
  }, 120_000)
})
