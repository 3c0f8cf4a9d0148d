import { designHash } from '../plan/design-hash'
import { planMigration } from '../plan/plan-migration'
import { readApplied } from '../state/state-store'
import { readLiveTable } from './read-live'
import { type MigrationTarget, nextDesignOf, stateOf } from './target'

/**
 * What `migrate` would still do on an existing table, as one line per step (empty: the table matches).
 * Settings-only differences count too: a table that silently lacks TTL or an index is the bug this prevents.
 */
export async function tableDifferences(target: MigrationTarget): Promise<string[]> {
  const live = await readLiveTable(target)
  if (!live) return []
  const next = nextDesignOf(target)
  const applied = await readApplied(stateOf(target))
  if (applied && applied.hash !== designHash(next)) {
    return [`the recorded design ${applied.hash} is not the models' design ${designHash(next)}`]
  }
  return planMigration(null, next, live).steps.map((step) => step.what)
}
