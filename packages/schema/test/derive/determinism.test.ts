import { describe, expect, it } from 'vitest'
import { deriveDesign, type ModelInput, renderMarkdown } from '../../src/index'
import { blogModels } from '../fixtures/blog'
import { saasModels } from '../fixtures/saas'
import { shopModels } from '../fixtures/shop'
import { taggableModels } from '../fixtures/taggable'

/** Small seeded generator so a failing order can be reproduced. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let state = seed
  for (let index = out.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2147483648
    const swap = state % (index + 1)
    ;[out[index], out[swap]] = [out[swap] as T, out[index] as T]
  }
  return out
}

describe('determinism', () => {
  it.each([
    ['blog', blogModels],
    ['shop', shopModels],
    ['saas', saasModels],
    ['taggable', taggableModels],
  ] as const)('derives a byte-identical %s design whatever the model order', (_, models) => {
    const reference = JSON.stringify(deriveDesign(models))
    const docs = renderMarkdown(deriveDesign(models))
    for (let seed = 1; seed <= 12; seed++) {
      const order = shuffled<ModelInput>(models, seed)
      expect(JSON.stringify(deriveDesign(order))).toBe(reference)
      expect(renderMarkdown(deriveDesign(order))).toBe(docs)
    }
    expect(JSON.stringify(deriveDesign([...models].reverse()))).toBe(reference)
  })

  it('gives the same design for definitions, normalized models and loaded files', () => {
    const all = [...blogModels]
    const loaded = all.map((definition) => ({ definition, source: null }))
    expect(JSON.stringify(deriveDesign(loaded))).toBe(JSON.stringify(deriveDesign(all)))
  })

  it('does not depend on attribute or relation declaration order', () => {
    const a = deriveDesign([
      {
        name: 'User',
        attributes: { b: { type: 'string' }, a: { unique: true } },
        belongsTo: ['Team', 'Org'],
      },
      { name: 'Team' },
      { name: 'Org' },
    ])
    const b = deriveDesign([
      { name: 'Org' },
      {
        name: 'User',
        belongsTo: ['Org', 'Team'],
        attributes: { a: { unique: true }, b: { type: 'string' } },
      },
      { name: 'Team' },
    ])
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })

  it('does not share mutable state between designs', () => {
    const first = deriveDesign(blogModels)
    const text = JSON.stringify(first)
    const second = deriveDesign(blogModels)
    second.entities.User?.indexKeys.pop()
    second.globalIndexes[0]?.serves.push('mutated')
    if (second.globalIndexes[1]) second.globalIndexes[1].projection = { type: 'KEYS_ONLY' }
    Object.assign(second.globalIndexes[0]?.projection ?? {}, { type: 'KEYS_ONLY' })
    Object.assign(second.billing, { mode: 'PROVISIONED' })
    expect(JSON.stringify(first)).toBe(text)
    expect(JSON.stringify(deriveDesign(blogModels))).toBe(text)
  })
})
