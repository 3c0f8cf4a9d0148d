import type { TableDesign } from '@dbtooling/schema'
import { designHash } from './design-hash'
import { autoScalingStep, pitrStep } from './diff-aws-settings'
import { entityNotes, localIndexSteps, rekeySteps } from './diff-entities'
import { diffGlobalIndexes } from './diff-global-indexes'
import { guardSteps } from './diff-guards'
import { diffSettings } from './diff-settings'
import type { LiveTable } from './live-table'
import { step } from './step-factory'
import type { MigrationPlan, MigrationStep } from './types'

function firstRun(next: TableDesign): MigrationStep[] {
  const indexes = next.globalIndexes.map((index) => index.name)
  const steps = [
    step(
      'create-table',
      { kind: 'create-table' },
      {
        what: `Create table ${next.tableName} with ${indexes.length} GSI(s)${indexes.length ? ` (${indexes.join(', ')})` : ''} and ${next.localIndexes.length} LSI(s), wait until ACTIVE`,
        why: 'the table does not exist',
        inverse: 'delete the table',
      },
    ),
  ]
  if (next.ttlAttribute)
    steps.push(
      step(
        'update-ttl',
        { kind: 'update-ttl', attribute: next.ttlAttribute, previous: null },
        {
          what: `Enable TTL on ${next.ttlAttribute}`,
          why: 'TTL is not part of CreateTable',
          inverse: 'disable TTL',
        },
      ),
    )
  const pitr = pitrStep(null, next, null)
  if (pitr) steps.push(pitr)
  const scaling = autoScalingStep(null, next)
  if (scaling) steps.push(scaling)
  if (next.contributorInsights)
    steps.push(
      step(
        'update-contributor-insights',
        { kind: 'update-contributor-insights', enabled: true },
        {
          what: 'Enable contributor insights',
          why: 'the config sets it',
          inverse: 'disable contributor insights',
        },
        {},
      ),
    )
  return steps
}

/**
 * An LSI change moves the data to a new table created from the next design, which carries every other
 * change (indexes, settings) with it: the copy is the one step, the rest become notes. A re-key cannot ride
 * along (guard items point at base keys), so it blocks the copy.
 */
function copyPlan(plan: MigrationPlan, copy: MigrationStep): MigrationPlan {
  // Guard items are copied as they are: their rewrite must happen on the old table first, like a re-key.
  const inPlace = (entry: MigrationStep) =>
    entry.action.kind === 'rekey' || entry.action.kind === 'rewrite-guards'
  const rekeys = plan.steps.filter(inPlace)
  const subsumed = plan.steps.filter((entry) => !inPlace(entry))
  plan.notes.push(...subsumed.map((entry) => `Part of the new table (not run on this one): ${entry.what}`))
  plan.steps = [
    rekeys.length === 0
      ? copy
      : {
          ...copy,
          executable: false,
          why: `${copy.why}; ${rekeys.map((entry) => entry.id).join(', ')} must run too, which a copy does not carry out: migrate the re-key first (keeping the old LSIs), then the LSI change`,
        },
  ]
  return plan
}

/**
 * The ordered steps taking the table from `applied` (the design recorded in it, null when none) and `live`
 * (its described state, null when it does not exist) to `next`. Pure. Settings first, then each new GSI
 * with its backfill, then entry changes, then removals and their cleanup, then what cannot run in place.
 *
 * @example
 * ```ts
 * const applied = await readAppliedDesign({ doc: orm.doc, tableName: orm.tableName, partitionKey: 'pk', sortKey: 'sk' })
 * const plan = planMigration(applied?.design ?? null, orm.design, await readLiveTable(orm))
 * console.log(planToText(plan))
 * ```
 */
export function planMigration(
  applied: TableDesign | null,
  next: TableDesign,
  live: LiveTable | null,
): MigrationPlan {
  const plan: MigrationPlan = {
    table: next.tableName,
    fromHash: applied ? designHash(applied) : null,
    toHash: designHash(next),
    steps: [],
    notes: [],
  }
  if (live === null) {
    plan.steps = firstRun(next)
    return plan
  }
  const indexes = diffGlobalIndexes(applied, next, live)
  // Targets of a new GSI can be registered only once it exists, and those of a removed one are deregistered
  // before it goes: auto scaling sits between the index additions and the removals.
  const scaling = autoScalingStep(applied, next)
  plan.steps = [
    ...diffSettings(applied, next, live),
    ...indexes.additions,
    ...(scaling ? [scaling] : []),
    ...indexes.removals,
  ]
  if (applied) {
    const copy = localIndexSteps(applied, next, live.itemCount)
    // Guards are rewritten under the items' current keys; a re-key after it then re-points them.
    plan.steps.push(
      ...guardSteps(applied, next, live.itemCount),
      ...rekeySteps(applied, next, live.itemCount),
    )
    plan.notes.push(...entityNotes(applied, next))
    if (copy.length > 0) return copyPlan(plan, copy[0]!)
  } else {
    plan.notes.push(
      'No design is recorded in the table: existing indexes are assumed to hold the current entries (migrate records the design; run verifyMigration to check)',
    )
  }
  if (plan.steps.length === 0) plan.notes.push('No table change')
  return plan
}
