import { describe, expect, it } from 'vitest'
import { deriveDesign, parseKey, renderKey, renderKeyPrefix } from '../../src/index'
import { saasModels } from '../fixtures/saas'

const design = deriveDesign(saasModels)
const entity = (name: string) => {
  const found = design.entities[name]
  if (!found) throw new Error(`no entity ${name}`)
  return found
}

describe('saas design: nested item collections', () => {
  it('puts grandchildren under a hierarchical sort key in the same partition', () => {
    expect(entity('Task').partitionKey.template).toBe('PROJECT#{projectId}')
    expect(entity('Task').sortKey.template).toBe('TASK#{id}')
    expect(entity('TimeEntry').partitionKey.template).toBe('PROJECT#{projectId}')
    expect(entity('TimeEntry').sortKey.template).toBe('TASK#{taskId}#TIME_ENTRY#{id}')
    expect(entity('TimeEntry').collectionParent).toEqual({ entity: 'Task', foreignKey: 'taskId' })
  })

  it('reads grandchildren with a prefix rendered from the parent item', () => {
    const access = entity('Task').relations.timeEntries?.access
    expect(access).toMatchObject({
      operation: 'Query',
      index: null,
      inParentCollection: true,
      sortKeyBeginsWith: null,
    })
    const task = { id: 't1', projectId: 'p1' }
    const pk = renderKey(access?.partitionKey.template ?? '', task)
    const prefix = renderKeyPrefix(access?.sortKey?.template ?? '', task)
    const entry = { id: 'e1', taskId: 't1', projectId: 'p1' }
    expect(renderKey(entity('TimeEntry').partitionKey.template, entry)).toBe(pk)
    expect(renderKey(entity('TimeEntry').sortKey.template, entry).startsWith(prefix)).toBe(true)
    expect(prefix).toBe('TASK#t1#TIME_ENTRY#')
  })

  it('reads the parent of a grandchild with one GetItem', () => {
    const access = entity('TimeEntry').relations.task?.access
    expect(access).toMatchObject({
      operation: 'GetItem',
      partitionKey: { template: 'PROJECT#{projectId}' },
      sortKey: { template: 'TASK#{taskId}' },
    })
    const entry = { taskId: 't1', projectId: 'p1' }
    const task = { id: 't1', projectId: 'p1' }
    expect(renderKey(access?.sortKey?.template ?? '', entry)).toBe(
      renderKey(entity('Task').sortKey.template, task),
    )
  })

  it('says when a prefix query also returns deeper items', () => {
    expect(entity('Project').relations.tasks?.access.alsoMatches).toEqual(['TimeEntry'])
    expect(entity('Task').relations.timeEntries?.access.alsoMatches).toEqual([])
    const pattern = design.accessPatterns.find((entry) => entry.description.startsWith('Tasks of a Project'))
    expect(pattern?.alsoMatches).toEqual(['TimeEntry'])
  })
})

describe('saas design: LSIs, TTL, custom and composite keys', () => {
  it('puts declared local sort orders on an LSI and warns about the 10 GB collection limit', () => {
    expect(design.localIndexes).toEqual([
      {
        name: 'LSI1',
        sortKey: 'lsi1sk',
        projection: { type: 'ALL' },
        serves: ['Task by dueDate within a partition'],
      },
    ])
    const keys = entity('Task').indexKeys.find((entry) => entry.index === 'LSI1')
    expect(keys).toMatchObject({
      partitionKey: { attribute: 'pk', template: 'PROJECT#{projectId}' },
      sortKey: { template: 'TASK#{dueDate}' },
      sparse: true,
    })
    expect(design.warnings).toContainEqual(expect.objectContaining({ code: 'LSI_COLLECTION_LIMIT' }))
  })

  it('turns on TTL when a model uses it', () => {
    expect(design.ttlAttribute).toBe('ttl')
    expect(entity('Session').traits.ttl).toEqual({ attribute: 'ttl' })
  })

  it('uses custom key templates as written', () => {
    expect(entity('Session').partitionKey).toEqual({
      attribute: 'pk',
      template: 'USER#{userId}',
      fields: ['userId'],
    })
    expect(entity('Session').sortKey.template).toBe('SESSION#{id}')
    expect(entity('Session').access.byId).toMatchObject({
      operation: 'GetItem',
      partitionKey: { fields: ['userId'] },
    })
  })

  it('keys composite primary keys with every field', () => {
    expect(entity('ApiKey').primaryKey).toEqual(['organizationId', 'keyId'])
    expect(entity('ApiKey').partitionKey.template).toBe('API_KEY#{organizationId}#{keyId}')
    expect(entity('ApiKey').traits.generatedId).toBeNull()
    const key = renderKey(entity('ApiKey').partitionKey.template, { organizationId: 'o#1', keyId: 'k1' })
    expect(parseKey(entity('ApiKey').partitionKey.template, key)).toEqual({
      organizationId: 'o#1',
      keyId: 'k1',
    })
  })

  it('resolves morph parents from every model that declares the morph', () => {
    expect(entity('Activity').relations.subject?.morph?.targets).toEqual(['Organization', 'Project'])
    expect(entity('Organization').relations.activities?.morph?.typeValue).toBe('ORGANIZATION')
  })

  it('keeps the design within a few overloaded GSIs', () => {
    expect(design.globalIndexes.length).toBeGreaterThanOrEqual(2)
    expect(design.globalIndexes.length).toBeLessThanOrEqual(5)
  })
})

describe('saas design: denormalized key fields', () => {
  it('warns when a nested child lacks an ancestor field its keys or parent reads need', () => {
    const models = saasModels.map((model) =>
      model.name === 'TimeEntry'
        ? {
            ...model,
            attributes: { taskId: { type: 'string', required: true }, minutes: { type: 'integer' } },
          }
        : model,
    )
    const warnings = deriveDesign(models as typeof saasModels).warnings
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'DENORMALIZED_KEY_FIELD',
        entity: 'TimeEntry',
        suggestion: 'declare attributes.projectId on TimeEntry',
      }),
    )
    expect(design.warnings.filter((warning) => warning.code === 'DENORMALIZED_KEY_FIELD')).toEqual([])
  })
})
