import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ItemShape } from '../../src/model/item-shape'
import { type Loader, STORAGE_ONLY } from '../../src/model/model-meta'

const toDate: Loader = (value) => new Date(value as string)
const all = new Map<string, Loader>([
  ['pk', STORAGE_ONLY],
  ['sk', STORAGE_ONLY],
  ['createdAt', toDate],
])
const NAMES = ['pk', 'sk', 'id', 'name', 'createdAt', 'age']

describe('ItemShape', () => {
  it('answers what the loader map answers, for items of any order and length, one after another', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...NAMES), { maxLength: 8 }), { maxLength: 12 }),
        (items) => {
          const shape = new ItemShape(all)
          for (const names of items) {
            names.forEach((name, index) => {
              expect(shape.loaderAt(index, name)).toBe(all.get(name))
            })
          }
        },
      ),
    )
  })

  it('a repeated shape is served by position; a different one is recorded from where it differs', () => {
    const counted = new Map(all)
    let lookups = 0
    const get = counted.get.bind(counted)
    counted.get = (name: string) => {
      lookups += 1
      return get(name)
    }
    const shape = new ItemShape(counted)
    const load = (names: string[]) => names.map((name, index) => shape.loaderAt(index, name))
    load(['pk', 'sk', 'createdAt'])
    expect(lookups).toBe(3)
    expect(load(['pk', 'sk', 'createdAt'])).toEqual([STORAGE_ONLY, STORAGE_ONLY, toDate])
    expect(lookups).toBe(3)
    expect(load(['pk', 'createdAt', 'sk'])).toEqual([STORAGE_ONLY, toDate, STORAGE_ONLY])
    expect(lookups).toBe(5)
    expect(load(['pk', 'createdAt'])).toEqual([STORAGE_ONLY, toDate])
    expect(lookups).toBe(5)
  })
})
