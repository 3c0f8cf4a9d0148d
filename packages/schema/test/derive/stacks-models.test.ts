import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { deriveDesign, loadModels, SchemaError } from '../../src/index'

const folder = fileURLToPath(new URL('../fixtures/stacks-models', import.meta.url))

describe('Stacks model files from disk', () => {
  it('derive a design through the loader, keeping each entity source file', async () => {
    const models = await loadModels({ modelsPath: folder, stacksShims: 'always' })
    const design = deriveDesign(models)
    expect(Object.keys(design.entities).length).toBe(models.length)
    expect(design.entities.Post?.source).toMatch(/stacks-models\/blog\/Post\.ts$/)
    const portable = deriveDesign(models, { sourceRoot: folder })
    expect(portable.entities.Post?.source).toBe('blog/Post.ts')
    expect(JSON.stringify(portable)).not.toContain(folder)
    expect(design.globalIndexes.length).toBeLessThanOrEqual(5)
    const title = design.entities.Post?.attributes.title
    expect(title?.required).toBe(true)
    expect(title?.validation[0]?.rule).toBe('string')
    for (const entity of Object.values(design.entities)) {
      const indexes = entity.indexKeys.map((keys) => keys.index)
      expect(new Set(indexes).size).toBe(indexes.length)
    }
  })

  it('report a missing relation target against the file that declares it (strict)', async () => {
    const models = await loadModels({ modelsPath: `${folder}/shop`, stacksShims: 'always' })
    const error = (() => {
      try {
        deriveDesign(models, { strict: true })
      } catch (caught) {
        return caught
      }
      return null
    })()
    expect(error).toBeInstanceOf(SchemaError)
    expect(error).toMatchObject({ code: 'UNKNOWN_RELATION_TARGET' })
    expect((error as SchemaError).source).toMatch(/stacks-models\/shop\/\w+\.ts$/)
  })
})
