import { describe, expect, it } from 'vitest'
import { deriveDesign, renderDesignJson, renderMarkdown, renderMermaid } from '../../src/index'
import { blogModels } from '../fixtures/blog'
import { saasModels } from '../fixtures/saas'
import { shopModels } from '../fixtures/shop'
import { taggableModels } from '../fixtures/taggable'

const sets = [
  ['blog', blogModels],
  ['shop', shopModels],
  ['saas', saasModels],
  ['taggable', taggableModels],
] as const

describe.each(sets)('%s design', (name, models) => {
  const design = deriveDesign(models, { tableName: name })

  it('matches the reviewed design', async () => {
    await expect(renderDesignJson(design)).toMatchFileSnapshot(`../__snapshots__/${name}.design.json`)
  })

  it('matches the reviewed docs', async () => {
    await expect(renderMarkdown(design)).toMatchFileSnapshot(`../__snapshots__/${name}.design.md`)
  })

  it('matches the reviewed ER diagram', async () => {
    await expect(renderMermaid(design)).toMatchFileSnapshot(`../__snapshots__/${name}.er.mmd`)
  })
})
