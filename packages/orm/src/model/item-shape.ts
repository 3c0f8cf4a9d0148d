import type { Loader } from './model-meta'

/**
 * The loaders of the last stored-item shape (attribute names in order) one model loaded. Items of one
 * response come out of one `JSON.parse` with their names in the same order, so from the second item of a
 * page on, each name finds its loader by position (a string identity check) instead of a map lookup.
 * Any other order simply records the new shape from the first name that differs.
 */
export class ItemShape {
  readonly #names: string[] = []
  readonly #loaders: (Loader | undefined)[] = []

  constructor(readonly all: ReadonlyMap<string, Loader>) {}

  /** The loader of the `index`-th name of the item being loaded (call with index 0, 1, 2... in order). */
  loaderAt(index: number, name: string): Loader | undefined {
    if (this.#names[index] === name) return this.#loaders[index]
    // Off the recorded shape from here: record this item's names instead.
    this.#names.length = index
    this.#loaders.length = index
    const loader = this.all.get(name)
    this.#names.push(name)
    this.#loaders.push(loader)
    return loader
  }
}
