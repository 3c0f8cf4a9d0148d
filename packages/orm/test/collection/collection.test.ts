import { describe, expect, it } from 'vitest'
import { Collection } from '../../src/collection/index'

interface Row {
  id: string
  team: string | null
  age: number
  tags: string[]
}

const rows: Row[] = [
  { id: 'a', team: 't1', age: 30, tags: ['x', 'y'] },
  { id: 'b', team: 't2', age: 20, tags: ['y'] },
  { id: 'c', team: 't1', age: 40, tags: [] },
  { id: 'd', team: null, age: 20, tags: ['z'] },
]

describe('Collection', () => {
  const people = new Collection(rows)

  it('maps, filters and reduces into new collections', () => {
    expect(people.map((row) => row.id).all()).toEqual(['a', 'b', 'c', 'd'])
    expect(
      people
        .filter((row) => row.age > 25)
        .pluck('id')
        .all(),
    ).toEqual(['a', 'c'])
    expect(
      people
        .reject((row) => row.age > 25)
        .pluck('id')
        .all(),
    ).toEqual(['b', 'd'])
    expect(people.reduce((sum, row) => sum + row.age, 0)).toBe(110)
    expect(people.length).toBe(4)
  })

  it('groups and keys by a property or a function', () => {
    const groups = people.groupBy('team')
    expect(Object.keys(groups)).toEqual(['t1', 't2', 'null'])
    expect(groups.t1?.pluck('id').all()).toEqual(['a', 'c'])
    const byAge = people.groupBy((row) => (row.age >= 30 ? 'senior' : 'junior'))
    expect(byAge.junior?.count()).toBe(2)
    expect(people.keyBy('id').c?.age).toBe(40)
    expect(people.keyBy((row) => row.age)[20]?.id).toBe('d')
  })

  it('sorts stably, nulls last, both directions', () => {
    expect(people.sortBy('age').pluck('id').all()).toEqual(['b', 'd', 'a', 'c'])
    expect(people.sortByDesc('age').pluck('id').all()).toEqual(['c', 'a', 'b', 'd'])
    expect(people.sortBy('team').pluck('id').all()).toEqual(['a', 'c', 'b', 'd'])
  })

  it('finds unique items by identity, property or function', () => {
    expect(new Collection([1, 2, 2, 3, 1]).unique().all()).toEqual([1, 2, 3])
    expect(people.unique('age').pluck('id').all()).toEqual(['a', 'b', 'c'])
    expect(people.unique((row) => row.team ?? 'none').count()).toBe(3)
  })

  it('flattens nested arrays and collections to a depth', () => {
    expect(
      people
        .map((row) => row.tags)
        .flatten()
        .all(),
    ).toEqual(['x', 'y', 'y', 'z'])
    const nested = new Collection([1, [2, [3, [4]]], new Collection([5])])
    expect(nested.flatten().all()).toEqual([1, 2, 3, 4, 5])
    expect(nested.flatten(1).all()).toEqual([1, 2, [3, [4]], 5])
  })

  it('first, last, take, chunk and iteration', () => {
    expect(people.first()?.id).toBe('a')
    expect(people.first((row) => row.age === 20)?.id).toBe('b')
    expect(people.last()?.id).toBe('d')
    expect(people.last((row) => row.team === 't1')?.id).toBe('c')
    expect(people.take(2).pluck('id').all()).toEqual(['a', 'b'])
    expect(people.take(-1).pluck('id').all()).toEqual(['d'])
    expect(
      people
        .chunk(3)
        .map((chunk) => chunk.count())
        .all(),
    ).toEqual([3, 1])
    expect([...people].length).toBe(4)
    expect(new Collection<number>().first()).toBeUndefined()
    expect(new Collection<number>().isEmpty()).toBe(true)
  })

  it('serialises through toJSON/toArray of the items', () => {
    const model = { secret: 1, toJSON: () => ({ shown: true }), toArray: () => ({ array: true }) }
    const list = new Collection([model, 2])
    expect(JSON.stringify(list)).toBe('[{"shown":true},2]')
    expect(list.toArray()).toEqual([{ array: true }, 2])
  })

  it('plucks through getAttribute for model instances', () => {
    const model = { getAttribute: (name: PropertyKey) => (name === 'name' ? 'Ada' : undefined) }
    expect(new Collection([model]).pluck('name').all()).toEqual(['Ada'])
  })

  it('is immutable', () => {
    const items = [1, 2]
    const list = new Collection(items)
    items.push(3)
    expect(list.count()).toBe(2)
    expect(() => (list.all() as number[]).push(4)).not.toThrow()
    expect(list.count()).toBe(2)
  })
})
