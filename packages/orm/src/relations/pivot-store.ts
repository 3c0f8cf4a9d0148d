import type { ModelBase } from '../model/model-base'

type Attributes = Readonly<Record<string, unknown>>

const pivots = new WeakMap<ModelBase, Attributes>()

/**
 * The edge a related model was read through: both ids plus the pivot attributes (`role.pivot.level`).
 *
 * @example
 * ```ts
 * const roles = await user.related('roles')
 * for (const role of roles) console.log(role.name, pivotOf(role)?.level)
 * ```
 */
export function pivotOf(model: ModelBase): Attributes | undefined {
  return pivots.get(model)
}

export function setPivot(model: ModelBase, pivot: Attributes): void {
  pivots.set(model, Object.freeze({ ...pivot }))
}
