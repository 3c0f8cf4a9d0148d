import type { IndexBudgetStep } from '../errors/index-budget-error'
import { compare } from '../model/compare'
import type { DeriveContext } from './context'
import type { IndexNeed } from './index-needs'

/**
 * The cheapest changes that bring every entity down to `limit` GSI entries (the GSI count is the largest
 * number of entries of one entity): first fold declared indexes another entry already partitions the same
 * way, then move declared indexes of collection children to LSIs, then drop declared indexes (last
 * declared first), and last the type list.
 */
export function indexBudgetPlan(
  context: DeriveContext,
  needs: readonly IndexNeed[],
  limit: number,
): IndexBudgetStep[] {
  const byEntity = new Map<string, IndexNeed[]>()
  for (const need of needs) {
    if (need.kind !== 'global') continue
    byEntity.set(need.entity, [...(byEntity.get(need.entity) ?? []), need])
  }
  const plan: IndexBudgetStep[] = []
  for (const entity of [...byEntity.keys()].sort(compare)) {
    const own = byEntity.get(entity) ?? []
    const excess = own.length - limit
    if (excess > 0) plan.push(...candidates(context, entity, own).slice(0, excess))
  }
  return plan
}

function candidates(context: DeriveContext, entity: string, own: readonly IndexNeed[]): IndexBudgetStep[] {
  const declared = (context.models.get(entity)?.indexes ?? []).filter((index) => !index.local)
  const partitions = new Map(own.map((need) => [need.id, partitionColumn(context, entity, need)]))
  const folds: IndexBudgetStep[] = []
  const rest: IndexBudgetStep[] = []
  for (const index of declared) {
    const id = `index:${index.name}`
    if (!partitions.has(id)) continue
    const sharing = own.find((other) => other.id !== id && partitions.get(other.id) === index.columns[0])
    if (sharing) {
      folds.push({
        action: 'fold',
        entity,
        accessPath: id,
        detail: `${sharing.reason} already partitions ${entity} by ${index.columns[0]}; remove ${index.path} and order by ${index.columns.slice(1).join(', ') || 'id'} in memory`,
      })
    } else if (own.some((need) => need.id === 'byId')) {
      rest.push({ action: 'local', entity, accessPath: id, detail: `set local: true on ${index.path}` })
    }
  }
  const drops = [...declared]
    .reverse()
    .filter((index) => !folds.some((step) => step.accessPath === `index:${index.name}`))
    .map<IndexBudgetStep>((index) => ({
      action: 'drop',
      entity,
      accessPath: `index:${index.name}`,
      detail: `remove ${index.path}; filters on ${index.columns.join(', ')} then read the ${entity} list`,
    }))
  const type: IndexBudgetStep[] = own.some((need) => need.id === 'type')
    ? [
        {
          action: 'drop',
          entity,
          accessPath: 'type',
          detail: 'turn off the type index; listing every item becomes a Scan',
        },
      ]
    : []
  const seen = new Set<string>()
  return [...folds, ...rest, ...drops, ...type].filter(
    (step) => !seen.has(step.accessPath) && seen.add(step.accessPath),
  )
}

/** The single attribute an entry partitions by (`teamId` for `TEAM#{teamId}` or `TASK#BY_TEAM#{teamId}`). */
function partitionColumn(context: DeriveContext, entity: string, need: IndexNeed): string | null {
  if (need.id.startsWith('parent:')) return need.id.split(':')[2] ?? null
  if (!need.id.startsWith('index:')) return null
  const index = context.models.get(entity)?.indexes.find((entry) => `index:${entry.name}` === need.id)
  return index?.columns[0] ?? null
}
