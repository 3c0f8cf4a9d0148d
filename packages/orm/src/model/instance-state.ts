import { sameValue } from '../write/diff'
import { cloneValue } from './casts'
import { type ModelMeta, STORAGE_ONLY } from './model-meta'

type Attributes = Record<string, unknown>

/** The shared empty set every new instance starts with (never written: `ownSets()` replaces it). */
const NO_NAMES: ReadonlySet<string> = new Set()
const NO_CHANGES: Readonly<Attributes> = Object.freeze({})

/**
 * Model-form attributes and the clean `original` of a stored item, in one pass: storage-only attributes
 * (keys, entity type) are left out; casts see the whole stored item as their attributes record;
 * `original` shares the values when all are primitives (nothing can change those in place).
 */
function fromStored(
  meta: ModelMeta,
  item: Readonly<Attributes>,
): { attributes: Attributes; original: Attributes } {
  const shape = meta.shape
  const attributes: Attributes = {}
  // Whether every model value is its stored value (casts that change nothing, the usual case), and
  // whether any is an object (which `original` must not share with `attributes`).
  let unchanged = true
  let shared = false
  let index = 0
  for (const name in item) {
    const loader = shape.loaderAt(index++, name)
    if (loader === STORAGE_ONLY) continue
    const value = item[name]
    const loaded = loader === undefined ? value : loader(value, item)
    attributes[name] = loaded
    if (loaded !== value) unchanged = false
    if (typeof value === 'object' && value !== null) shared = true
  }
  if (unchanged) return { attributes, original: shared ? cloneRecord(attributes) : { ...attributes } }
  const stored: Attributes = {}
  for (const name in attributes) stored[name] = item[name]
  return { attributes, original: shared ? cloneRecord(stored) : stored }
}

/**
 * The mutable state behind a model instance. Model-form attributes are what users read and assign;
 * `original` is the storage form as last read or written, so dirty checks compare what would be stored.
 */
export class InstanceState {
  attributes: Attributes
  original: Attributes
  /** Replaced, never written in place: every new instance can share the empty one. */
  changes: Readonly<Attributes> = NO_CHANGES
  exists = false
  version = 0
  /** Per-instance `makeVisible`/`makeHidden` overrides; read-only until the first call (see `ownSets`). */
  visible: ReadonlySet<string> = NO_NAMES
  hidden: ReadonlySet<string> = NO_NAMES

  /** With `item`, the state of that stored item (see `loadItem`); without, empty attributes. */
  constructor(
    readonly meta: ModelMeta,
    item?: Readonly<Attributes>,
  ) {
    if (item) {
      const { attributes, original } = fromStored(meta, item)
      this.attributes = attributes
      this.original = original
    } else {
      this.attributes = {}
      this.original = {}
    }
  }

  /** Writable visibility sets, allocated on first use: most instances never change their visibility. */
  ownSets(): { visible: Set<string>; hidden: Set<string> } {
    if (this.visible === NO_NAMES) this.visible = new Set()
    if (this.hidden === NO_NAMES) this.hidden = new Set()
    return { visible: this.visible as Set<string>, hidden: this.hidden as Set<string> }
  }

  /** Storage form of one attribute. */
  stored(name: string): unknown {
    const caster = this.meta.casters.get(name)
    const value = this.attributes[name]
    return caster ? caster.store(value, this.attributes) : value
  }

  /** Storage form of every attribute (undefined ones dropped). */
  storage(): Attributes {
    const out: Attributes = {}
    for (const name in this.attributes) {
      const value = this.stored(name)
      if (value !== undefined) out[name] = value
    }
    return out
  }

  /** Storage-form values of the attributes that differ from `original` (undefined = removed). */
  dirty(): Attributes {
    const out: Attributes = {}
    for (const name in this.attributes) {
      const value = this.stored(name)
      if (!sameValue(value, this.original[name])) out[name] = value
    }
    for (const name in this.original) {
      if (!(name in this.attributes) && this.original[name] !== undefined) out[name] = undefined
    }
    return out
  }

  /**
   * Loads a stored item as it came from DynamoDB, in one pass: storage-only attributes (keys, entity
   * type) are left out of the model; casts see the whole stored item as their attributes record.
   */
  loadItem(item: Readonly<Attributes>): void {
    const { attributes, original } = fromStored(this.meta, item)
    this.attributes = attributes
    this.original = original
  }

  /**
   * Marks the current attributes as stored; remembers what changed for `wasChanged`/`getChanges`. With
   * `written` (the storage form that was just sent, e.g. by an insert), `original` becomes a copy of it
   * instead of the storage form worked out again.
   */
  syncOriginal(changed: Readonly<Attributes>, written?: Readonly<Attributes>): void {
    this.changes = changesOf(this.attributes, changed)
    this.original = cloneRecord(written ?? this.storage())
  }

  /**
   * Marks an update as stored: `written` holds the storage-form values just sent (`undefined` = removed),
   * so `original` becomes `original` with them applied, in `original`'s key order. Nothing else is worked
   * out again; values not written are shared with the previous `original` (never changed in place).
   */
  syncWritten(written: Readonly<Attributes>): void {
    this.changes = changesOf(this.attributes, written)
    const before = this.original
    const after: Attributes = {}
    for (const name in before) {
      if (!(name in written)) after[name] = before[name]
      else if (written[name] !== undefined) after[name] = cloneValue(written[name])
    }
    for (const name in written) {
      if (!(name in before) && written[name] !== undefined) after[name] = cloneValue(written[name])
    }
    this.original = after
  }
}

/** What `wasChanged`/`getChanges` report: the model-form values of the changed attributes. */
function changesOf(attributes: Readonly<Attributes>, changed: Readonly<Attributes>): Attributes {
  const changes: Attributes = {}
  for (const name in changed) changes[name] = cloneValue(attributes[name])
  return changes
}

function cloneRecord(record: Readonly<Attributes>): Attributes {
  const out: Attributes = {}
  for (const name in record) out[name] = cloneValue(record[name])
  return out
}
