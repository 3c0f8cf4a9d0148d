import { createRequestCounter } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, type ModelBase, type TreeNode, unitOfWork } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

const Category = defineModel({
  name: 'Category',
  attributes: { name: { type: 'string', fillable: true }, parentId: { type: 'string', fillable: true } },
  hasMany: [{ model: 'Category', foreignKey: 'parentId', relationName: 'children' }],
  belongsTo: [{ model: 'Category', foreignKey: 'parentId', relationName: 'parent' }],
} as const)

const counter = createRequestCounter()
const orm = createOrm({
  models: [Category],
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-tree') },
  setDefault: false,
})
const Categories = orm.model('Category')

// root -> (a -> (a1, a2 -> a2x), b)
const rows: Array<[string, string | null]> = [
  ['root', null],
  ['a', 'root'],
  ['b', 'root'],
  ['a1', 'a'],
  ['a2', 'a'],
  ['a2x', 'a2'],
]

beforeAll(async () => {
  await orm.createTable()
  for (const [id, parentId] of rows)
    await Categories.create({ id, name: id, ...(parentId ? { parentId } : {}) })
}, 60_000)

afterAll(() => orm.dropTable())

const names = (models: ModelBase[]) => models.map((model) => model.getAttribute('id'))
const shape = (node: TreeNode): unknown => ({
  [String(node.model.getAttribute('id'))]: node.children.map(shape),
})

describe('self-referential trees', () => {
  it('ancestors walks up with one GetItem per level', async () => {
    const leaf = (await Categories.find('a2x'))!
    counter.reset()
    expect(names(await leaf.ancestors())).toEqual(['a2', 'a', 'root'])
    expect(counter.counts).toEqual({ GetItem: 3 })
  })

  it('descendants reads breadth first, one Query per node', async () => {
    const root = (await Categories.find('root'))!
    counter.reset()
    expect(names(await root.descendants())).toEqual(expect.arrayContaining(['a', 'b', 'a1', 'a2', 'a2x']))
    expect(names(await root.descendants({ maxDepth: 1 })).sort()).toEqual(['a', 'b'])
    expect(counter.counts).toEqual({ Query: 6 + 1 })
  })

  it('getTree nests the nodes and sets the children relation', async () => {
    const root = (await Categories.find('root'))!
    const tree = await root.getTree()
    const sortTree = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortTree).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortTree(v)]))
          : value
    expect(sortTree(shape(tree))).toEqual(
      sortTree({ root: [{ a: [{ a1: [] }, { a2: [{ a2x: [] }] }] }, { b: [] }] }),
    )
    expect(names(root.getRelation('children') as ModelBase[]).sort()).toEqual(['a', 'b'])
  })

  it('inside a unit of work shared ancestors are read once', async () => {
    const [a1, a2x] = [(await Categories.find('a1'))!, (await Categories.find('a2x'))!]
    counter.reset()
    await unitOfWork(async () => {
      await a2x.ancestors()
      await a1.ancestors()
    })
    // a2, a, root for a2x; a1's parent a and root come from the unit's cache.
    expect(counter.counts).toEqual({ GetItem: 3 })
  })
})
