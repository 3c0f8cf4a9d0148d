import type { AttributeType } from '@dbtooling/schema'
import { OrmError } from '../errors/orm-error'
import type { CompiledEntity } from '../storage/compiled-entity'
import type { WritePlan } from '../write/plan'
import type { AtomicWriteOptions } from './conditions'
import { type AtomicChange, planAtomic } from './plan-atomic'
import { resolveTarget, type WriteTarget } from './resolve-target'

/**
 * Raised before sending: an atomic write on an attribute of the wrong kind (e.g. `addToSet` on a list).
 *
 * @example
 * ```ts
 * try {
 *   await addToSet(post, 'comments', ['c1']) // comments is a list, not a set
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'WRONG_ATTRIBUTE_KIND') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class AttributeKindError extends OrmError {
  override readonly name = 'AttributeKindError'
  override readonly code = 'WRONG_ATTRIBUTE_KIND' as const
  override readonly hint: string
  override readonly requestId: string | undefined = undefined

  constructor(entity: string, field: string, operation: string, actual: string, expected: readonly string[]) {
    super('WRONG_ATTRIBUTE_KIND', {
      message: `${operation} needs ${entity}.${field} to be ${expected.join(' or ')}, but it is declared as ${actual}`,
      hint: '',
    })
    this.hint = `Use ${operation} on a ${expected.join('/')} attribute, or declare ${field} with that type.`
  }
}

/** Throws when a declared attribute's type does not fit the operation (undeclared ones are let through). */
export function assertAttributeKind(
  entity: CompiledEntity,
  field: string,
  operation: string,
  expected: readonly AttributeType[],
): void {
  const declared = entity.design.attributes[field]?.type
  if (declared !== undefined && !expected.includes(declared)) {
    throw new AttributeKindError(entity.name, field, operation, declared, expected)
  }
}

/** What an atomic operation compiles to for a target, or null when there is nothing to write. */
export type AtomicBuilder = (
  target: WriteTarget,
  args: readonly unknown[],
) => { change: AtomicChange; conditions: AtomicWriteOptions | undefined } | null

/** An atomic operation compiled for its target; `plan` is null when there is nothing to write. */
export interface CompiledAtomic {
  readonly target: WriteTarget
  readonly plan: WritePlan | null
  readonly fields: readonly string[]
  /** Sent as a one-item transaction with a token (`idempotent: true`). */
  readonly idempotent: boolean
}

/** Resolves `(model, ...)` or `(Class, key, ...)` and compiles the operation to a one-item plan. */
export function compileAtomic(
  operation: string,
  first: unknown,
  rest: readonly unknown[],
  build: AtomicBuilder,
): CompiledAtomic {
  const { target, args } = resolveTarget(first, rest, operation)
  const compiled = build(target, args)
  if (compiled === null) return { target, plan: null, fields: [], idempotent: false }
  const plan = planAtomic(
    target.ctx,
    target.entity,
    target.keyAttributes,
    compiled.change,
    compiled.conditions,
  )
  return {
    target,
    plan,
    fields: compiled.change.fields,
    idempotent: compiled.conditions?.idempotent === true,
  }
}
