import { SchemaError } from './schema-error'

/**
 * One change that takes an access path off the GSIs of an entity over the index budget.
 *
 * @example
 * ```ts
 * try {
 *   deriveDesign(models, { maxGlobalIndexes: 2 })
 * } catch (error) {
 *   if (error instanceof IndexBudgetError) for (const step of error.plan) console.log(step.action, step.entity, step.accessPath, step.detail)
 *   else throw error
 * }
 * ```
 */
export interface IndexBudgetStep {
  /**
   * `fold`: let another entry of the entity serve it (same partition value; the extra sort columns are
   * lost, so order in memory or filter); `local`: declare it `local: true` (an LSI inside the parent's item
   * collection, which does not count against the GSI limit); `drop`: remove it (reads become Scans or
   * filters).
   */
  action: 'fold' | 'local' | 'drop'
  entity: string
  /** The access path (`index:byStatus`, `type`, `parent:Team:teamId`). */
  accessPath: string
  /** What to change in the model, in words. */
  detail: string
}

/**
 * `TOO_MANY_GSIS` with a plan: the models need more GSIs than the limit, and `plan` lists, per entity over
 * the budget, the entries to fold, move to an LSI or drop so the design fits, before any CreateTable fails.
 *
 * @example
 * ```ts
 * try {
 *   deriveDesign(models, { maxGlobalIndexes: 2 })
 * } catch (error) {
 *   if (error instanceof SchemaError && error.code === 'TOO_MANY_GSIS') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class IndexBudgetError extends SchemaError {
  readonly needed: number
  readonly limit: number
  readonly plan: readonly IndexBudgetStep[]

  constructor(
    message: string,
    details: {
      model: string | null
      source: string | null
      needed: number
      limit: number
      plan: IndexBudgetStep[]
    },
  ) {
    const steps = details.plan.map(
      (step) => `${step.action} ${step.entity} ${step.accessPath} (${step.detail})`,
    )
    super('TOO_MANY_GSIS', message, {
      model: details.model,
      source: details.source,
      key: 'indexes',
      hint: steps.length > 0 ? `plan: ${steps.join('; ')}` : 'turn off typeIndex or raise the limit',
    })
    this.needed = details.needed
    this.limit = details.limit
    this.plan = details.plan
  }
}
