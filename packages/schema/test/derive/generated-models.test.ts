import { describe, expect, it } from 'vitest'
import { deriveDesign } from '../../src/index'
import { generateModels } from '../fixtures/generated-models'

const raw = generateModels(100, 18)
// handed over as the loader hands over files: an untyped definition each
const models = raw.map((definition) => ({ definition, source: null }))

describe('a generated set of 100 Stacks-style models', () => {
  it('covers the forms it is meant to: keyed relations, snake_case columns, foreign-key indexes', () => {
    expect(raw).toHaveLength(100)
    const keyed = raw.filter((model) => model.belongsTo && !Array.isArray(model.belongsTo))
    expect(keyed.length).toBeGreaterThan(10)
    const snakeColumns = raw.flatMap((model) => model.indexes as Array<{ columns: string[] }>)
    expect(snakeColumns.some((index) => index.columns.some((column) => column.includes('_')))).toBe(true)
    expect(raw.some((model) => model.hasMany)).toBe(true)
    expect(raw.filter((model) => model.belongsToMany).length).toBeGreaterThan(3)
  })

  it('derives the same design twice and in any input order (deep-equal, identical JSON)', () => {
    const first = deriveDesign(models, { tableName: 'scale' })
    const second = deriveDesign([...models].reverse(), { tableName: 'scale' })
    expect(second).toEqual(first)
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
    expect(Object.keys(first.entities)).toHaveLength(100)
  })

  it('fits the 20-GSI limit with room, folding indexes that repeat a belongsTo', () => {
    const folded = deriveDesign(models)
    const unfolded = deriveDesign(models, { foldDuplicateIndexes: false })
    expect(folded.globalIndexes.length).toBeLessThanOrEqual(10)
    expect(folded.globalIndexes.length).toBeLessThanOrEqual(unfolded.globalIndexes.length)
    const writes = (design: typeof folded) =>
      Object.values(design.entities).reduce((sum, entity) => sum + entity.indexKeys.length, 0)
    const foldedCount = folded.warnings.filter((warning) => warning.code === 'INDEX_FOLDED').length
    expect(foldedCount).toBeGreaterThan(5)
    expect(writes(unfolded) - writes(folded)).toBe(foldedCount)
    // snake_case columns became the camelCase attributes they name
    for (const entity of Object.values(folded.entities))
      for (const keys of entity.indexKeys) expect(keys.partitionKey.fields.join()).not.toContain('_')
  })
})
