import type { OrmContext } from '../context'
import { MassAssignmentError } from '../errors/misc-errors'
import { cloneValue } from './casts'
import { InstanceState } from './instance-state'
import { isFillable, type ModelMeta } from './model-meta'
import { takePendingItem } from './pending-item'
import * as serialize from './serialize'

type Attributes = Record<string, unknown>

/**
 * The attribute half of a model instance: state, casts and accessors, mass assignment, dirty tracking and
 * serialization. `ModelBase` adds persistence and the statics.
 *
 * @example
 * ```ts
 * const user = new User({ email: 'ada@example.com' }) // every model instance is an AttributeModel
 * user.name = 'Ada'
 * console.log(user.isDirty('name'), user.toJSON())
 * ```
 */
export class AttributeModel {
  // Plain fields (not defineProperty) keep construction cheap when a query hydrates many items.
  readonly $state: InstanceState
  readonly $ctx: OrmContext

  constructor(ctx: OrmContext, meta: ModelMeta, attributes?: Readonly<Attributes>) {
    this.$ctx = ctx
    const stored = takePendingItem(meta.name)
    this.$state = new InstanceState(meta, stored ?? undefined)
    if (stored) return
    const defaults = meta.defaults
    for (const name in defaults) this.$state.attributes[name] = cloneValue(defaults[name])
    if (attributes) this.fill(attributes)
  }

  get $meta(): ModelMeta {
    return this.$state.meta
  }

  /** True once the model is stored (created, or read from DynamoDB). */
  get exists(): boolean {
    return this.$state.exists
  }

  getAttribute(name: string): unknown {
    const value = this.$state.attributes[name]
    const accessor = this.$meta.accessors.get(name)
    return accessor ? accessor(value, this.$state.attributes) : value
  }

  setAttribute(name: string, value: unknown): this {
    const mutator = this.$meta.mutators.get(name)
    const mutated = mutator ? mutator(value, this.$state.attributes) : value
    const caster = this.$meta.casters.get(name)
    this.$state.attributes[name] = caster ? caster.assign(mutated, this.$state.attributes) : mutated
    return this
  }

  get(name: string): unknown {
    return this.getAttribute(name)
  }

  set(name: string, value: unknown): this {
    return this.setAttribute(name, value)
  }

  /** Mass assignment: only fillable attributes; others are ignored or throw (`massAssignment` option). */
  fill(attributes: Readonly<Attributes>): this {
    // Every create fills: no entry arrays, and the rejected list only once something is rejected.
    let rejected: string[] | undefined
    for (const name of Object.keys(attributes)) {
      if (isFillable(this.$meta, name) && this.isKnownAttribute(name)) {
        this.setAttribute(name, attributes[name])
      } else {
        rejected ??= []
        rejected.push(name)
      }
    }
    if (rejected === undefined) return this
    const strictUnknown = this.$ctx.options.strict && rejected.some((name) => !this.isKnownAttribute(name))
    if (this.$ctx.options.massAssignment === 'throw' || strictUnknown) {
      throw new MassAssignmentError(this.$meta.name, rejected)
    }
    return this
  }

  /** Assignment without mass-assignment protection (auto-managed attributes included). */
  forceFill(attributes: Readonly<Attributes>): this {
    for (const [name, value] of Object.entries(attributes)) this.setAttribute(name, value)
    return this
  }

  private isKnownAttribute(name: string): boolean {
    const design = this.$meta.entity.design
    const declaresAttributes = Object.keys(design.attributes).length > 0
    return !declaresAttributes || this.$meta.attributeNames.includes(name)
  }

  /** Storage-form attributes (what a write would store, keys not included). */
  toStorage(): Attributes {
    return this.$state.storage()
  }

  isDirty(...names: string[]): boolean {
    return serialize.isDirty(this.$state, names)
  }

  isClean(...names: string[]): boolean {
    return !serialize.isDirty(this.$state, names)
  }

  wasChanged(...names: string[]): boolean {
    return serialize.wasChanged(this.$state, names)
  }

  getOriginal(name?: string): unknown {
    return serialize.getOriginal(this.$state, name)
  }

  getDirty(): Attributes {
    return serialize.getDirty(this.$state)
  }

  getChanges(): Attributes {
    return { ...this.$state.changes }
  }

  // JSON.stringify passes the property name as the argument: anything but an options object is ignored.
  toJSON(options?: serialize.ToJSONOptions | string): Attributes {
    return serialize.serializeModel(this, typeof options === 'object' ? options : {})
  }

  toArray(options?: serialize.ToJSONOptions): Attributes {
    return serialize.serializeModel(this, options ?? {})
  }

  only(...names: string[]): Attributes {
    const out: Attributes = {}
    for (const name of names) out[name] = this.getAttribute(name)
    return out
  }

  except(...names: string[]): Attributes {
    const out: Attributes = {}
    for (const name of Object.keys(this.$state.attributes)) {
      if (!names.includes(name)) out[name] = this.getAttribute(name)
    }
    return out
  }

  makeVisible(...names: string[]): this {
    const { visible, hidden } = this.$state.ownSets()
    for (const name of names) {
      visible.add(name)
      hidden.delete(name)
    }
    return this
  }

  makeHidden(...names: string[]): this {
    const { visible, hidden } = this.$state.ownSets()
    for (const name of names) {
      hidden.add(name)
      visible.delete(name)
    }
    return this
  }
}
