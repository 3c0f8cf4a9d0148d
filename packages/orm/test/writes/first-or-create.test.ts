import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, Model } from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { commentDefinition, projectDefinition, tagDefinition, taskDefinition } from './fixtures'

class Project extends Model(projectDefinition) {}

const recorder = requestRecorder()
const orm = createOrm({
  models: [Project, taskDefinition, commentDefinition, tagDefinition],
  client: localClient([recorder]),
  design: { tableName: uniqueTableName('orm-first-or-create') },
  options: { coalescing: false },
})

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

async function storedProjects(): Promise<number> {
  return (await Project.query().get()).length
}

describe('a given id on a useUuid model', () => {
  it('firstOrCreate({ id }) creates under that id once, then finds it', async () => {
    const before = await storedProjects()
    const first = await Project.firstOrCreate({ id: 'proj-fixed-1' }, { name: 'Fixed' })
    expect(first.id).toBe('proj-fixed-1')
    recorder.clear()
    const second = await Project.firstOrCreate({ id: 'proj-fixed-1' }, { name: 'Other' })
    expect(recorder.ops()).toEqual(['GetItem'])
    expect(second.id).toBe('proj-fixed-1')
    expect(second.name).toBe('Fixed')
    expect(await storedProjects()).toBe(before + 1)
  })

  it('updateOrCreate({ id }) creates under that id, then updates the same row', async () => {
    const created = await Project.updateOrCreate({ id: 'proj-fixed-2' }, { name: 'One' })
    expect(created.id).toBe('proj-fixed-2')
    const updated = await Project.updateOrCreate({ id: 'proj-fixed-2' }, { name: 'Two' })
    expect(updated.id).toBe('proj-fixed-2')
    expect((await Project.findOrFail('proj-fixed-2')).name).toBe('Two')
  })

  it('firstOrNew({ id }) returns the stored model, or an unsaved one carrying the id', async () => {
    const fresh = await Project.firstOrNew({ id: 'proj-fixed-3' }, { name: 'Draft' })
    expect(fresh.exists).toBe(false)
    expect(fresh.id).toBe('proj-fixed-3')
    expect(await Project.find('proj-fixed-3')).toBeNull()
    await fresh.save()
    const found = await Project.firstOrNew({ id: 'proj-fixed-3' }, { name: 'Ignored' })
    expect(found.exists).toBe(true)
    expect(found.name).toBe('Draft')
  })

  it('without an id in search the id is still generated', async () => {
    const made = await Project.firstOrCreate({ name: 'Generated' })
    expect(made.id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('create() still does not take an id on a useUuid model (mass assignment)', async () => {
    const made = await Project.create({ name: 'No id', id: 'ignored' } as never)
    expect(made.id).not.toBe('ignored')
  })
})
