import type { BillingDesign, TableDesign } from '@dbtooling/schema'

/**
 * What a step does; the executor switches on it. Steps carry names only: details come from the target design.
 *
 * @example
 * ```ts
 * const action: StepAction = { kind: 'create-gsi', index: 'GSI3' }
 * ```
 */
export type StepAction =
  | { kind: 'create-table' }
  | { kind: 'create-gsi'; index: string }
  | { kind: 'delete-gsi'; index: string }
  /** Set (or remove) index key attributes on existing items of the listed entity types. */
  | { kind: 'backfill'; index: string; attributes: string[]; entities: string[] }
  /** Remove index key attributes no entry of the target design writes any more. */
  | { kind: 'cleanup'; index: string; attributes: string[]; entities: string[] }
  | { kind: 'rekey'; entity: string }
  /**
   * Rewrite the unique guard items of an entity's existing items for `attributes`: delete the guard at the
   * `previous` template (absent: the attribute was not unique), put the one the target design renders.
   */
  | {
      kind: 'rewrite-guards'
      entity: string
      attributes: string[]
      previous: Array<{ attribute: string; template: string }>
    }
  | { kind: 'lsi-change'; added: string[]; removed: string[] }
  | { kind: 'update-ttl'; attribute: string | null; previous: string | null }
  | { kind: 'update-streams'; streams: TableDesign['streams'] }
  | { kind: 'update-deletion-protection'; enabled: boolean }
  | { kind: 'update-table-class'; tableClass: TableDesign['tableClass'] }
  | { kind: 'update-billing'; billing: BillingDesign }
  | { kind: 'update-tags'; set: Record<string, string>; remove: string[] }
  | { kind: 'update-contributor-insights'; enabled: boolean }
  | { kind: 'update-pitr'; enabled: boolean }
  /** Application Auto Scaling targets of the table and its GSIs (from the design's billing). */
  | { kind: 'update-auto-scaling'; enabled: boolean }

/**
 * The kind of a migration step (`create-gsi`, `delete-gsi`, `backfill`...).
 *
 * @example
 * ```ts
 * const kinds: StepKind[] = plan.steps.map((step) => step.action.kind)
 * ```
 */
export type StepKind = StepAction['kind']

/**
 * What a step costs: the items it rewrites at most, and a note.
 *
 * @example
 * ```ts
 * const cost: StepCost = plan.steps[0]!.cost
 * console.log(`${cost.itemsToRewrite} items (${cost.note})`)
 * ```
 */
export interface StepCost {
  /** Items the step rewrites at most (the table's item count when it scans), 0 when it rewrites none. */
  itemsToRewrite: number
  note: string
}

/**
 * One step of a migration plan: what it does, why, its cost, and whether it loses data.
 *
 * @example
 * ```ts
 * for (const step of plan.steps as MigrationStep[]) console.log(step.id, step.what, step.why, step.cost.itemsToRewrite)
 * ```
 */
export interface MigrationStep {
  /** Stable id (`create-gsi:GSI2`): checkpoints and backfill jobs are keyed by it. */
  id: string
  action: StepAction
  what: string
  why: string
  cost: StepCost
  /** Loses data or an access path; needs `force`. */
  destructive: boolean
  /** False when this version cannot carry it out in place; `migrate` refuses and says what to do. */
  executable: boolean
  /** What undoes the step (rollback plans it from the designs), or null when nothing can. */
  inverse: string | null
}

/**
 * A migration as a pure plan: the table, the design hashes from and to, and the steps with their cost.
 *
 * @example
 * ```ts
 * const { plan } = await migrate(orm, { dryRun: true })
 * const typed: MigrationPlan = plan
 * console.log(typed.fromHash, '->', typed.toHash, typed.steps.length)
 * ```
 */
export interface MigrationPlan {
  table: string
  /** Hash of the design recorded in the table, null on a first run or an unmanaged table. */
  fromHash: string | null
  toHash: string
  steps: MigrationStep[]
  /** Changes that need no table change (new entity, new attribute, ...), and cautions. */
  notes: string[]
}
