import { deriveDesign, type ModelDefinition, type TableDesign } from '@dbtooling/schema'
import { describe, expect, it } from 'vitest'
import { tenantDesign } from '../../src/index'
import { planCollectionRead, prefixEnd } from '../../src/relations/collection-plan'

const post = (extra: Partial<ModelDefinition> = {}): ModelDefinition => ({
  name: 'Post',
  hasMany: [
    { model: 'Comment', collection: true },
    { model: 'Vote', collection: true },
  ],
  ...extra,
})
const models = (extra: Partial<ModelDefinition> = {}, more: ModelDefinition[] = []) =>
  deriveDesign([post(extra), { name: 'Comment' }, { name: 'Vote' }, ...more])

function plan(design: TableDesign, names: string[], withParent: boolean, source = { id: 'p1' }) {
  const relations = names.map((name) => design.entities.Post!.relations[name]!)
  return planCollectionRead(design, 'Post', source, relations, withParent)
}

describe('collection plans (pure)', () => {
  it('reads the parent and its comments with one range on the parent partition', () => {
    expect(plan(models(), ['comments'], true)).toMatchObject({
      entity: 'Post',
      partition: { attribute: 'pk', value: 'POST#p1' },
      range: { attribute: 'sk', low: 'COMMENT#', high: 'POST#p1' },
      parentSortKey: 'POST#p1',
      members: [{ prefix: 'COMMENT#' }],
    })
  })

  it('spans several relations of a loaded parent, up to just past the last prefix', () => {
    const found = plan(models(), ['comments', 'votes'], false)
    expect(found?.range).toEqual({ attribute: 'sk', low: 'COMMENT#', high: 'VOTE$' })
    expect(found?.parentSortKey).toBeNull()
  })

  it('refuses a range that would read children nobody asked for', () => {
    const design = models(
      {
        hasMany: [
          { model: 'Comment', collection: true },
          { model: 'Like', collection: true },
          { model: 'Vote', collection: true },
        ],
      },
      [{ name: 'Like' }],
    )
    // COMMENT# < LIKE# < POST#p1 < VOTE#
    expect(plan(design, ['comments', 'votes'], false)).toBeNull()
    expect(plan(design, ['comments'], true)).toBeNull()
    expect(plan(design, ['likes'], true)?.range).toMatchObject({ low: 'LIKE#', high: 'POST#p1' })
    expect(plan(design, ['votes'], true)?.range).toMatchObject({ low: 'POST#p1', high: 'VOTE$' })
  })

  it('counts belongsToMany and morphToMany edges kept in the partition', () => {
    const edges = models({ belongsToMany: ['Tag'] }, [{ name: 'Tag' }])
    expect(plan(edges, ['comments', 'votes'], false)).toBeNull()
    expect(plan(edges, ['comments'], true)).not.toBeNull()
    const morphEdges = models({ morphToMany: [{ model: 'Tag', morphName: 'taggable' }] }, [{ name: 'Tag' }])
    expect(plan(morphEdges, ['comments', 'votes'], false)).toBeNull()
  })

  it('leaves nested parents, index-backed relations and missing keys to the regular reads', () => {
    const nested = deriveDesign([
      { name: 'Project', hasMany: [{ model: 'Task', collection: true }] },
      { name: 'Task', hasMany: [{ model: 'Note', collection: true }] },
      { name: 'Note' },
    ])
    const task = nested.entities.Task!
    const source = { id: 't1', projectId: 'p1' }
    expect(planCollectionRead(nested, 'Task', source, [task.relations.notes!], false)).toBeNull()
    const indexed = deriveDesign([{ name: 'Post', hasMany: ['Comment'] }, { name: 'Comment' }])
    expect(
      planCollectionRead(indexed, 'Post', { id: 'p1' }, [indexed.entities.Post!.relations.comments!], true),
    ).toBeNull()
    expect(plan(models(), ['comments'], true, { id: '' })).toBeNull()
  })

  it('plans on the tenant partition under prefix tenancy, edges included', () => {
    const design = tenantDesign(models({ belongsToMany: ['Tag'] }, [{ name: 'Tag' }]), 'acme')
    expect(plan(design, ['comments'], true)?.partition.value).toBe('TENANT#acme#POST#p1')
    expect(plan(design, ['comments', 'votes'], false)).toBeNull()
  })

  it('ends a prefix range just above every key that starts with it', () => {
    expect(prefixEnd('COMMENT#')).toBe('COMMENT$')
    expect(prefixEnd('')).toBeNull()
    expect(prefixEnd(`A${String.fromCharCode(0xd7ff)}`)).toBeNull()
  })
})
