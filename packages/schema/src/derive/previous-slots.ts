import type { TableDesign } from '../design/types'
import type { DeriveContext } from './context'
import type { IndexNeed } from './index-needs'
import { numbered } from './options'

/** 0-based slot an access path had in the previous design, or undefined when it is new. */
export type PreferredSlot = (need: IndexNeed) => number | undefined

/**
 * Reads where each entity's access paths lived in the previous design, so a changed model set keeps
 * existing paths on their indexes: only new paths need backfilling, and LSIs (fixed at table creation)
 * never move.
 */
export function previousSlots(context: DeriveContext, previous: TableDesign | null): PreferredSlot {
  if (previous === null) return () => undefined
  const { gsiNamePattern, lsiNamePattern } = context.options
  const numbers = new Map<string, number>()
  for (let n = 1; n <= 20; n++) {
    numbers.set(`global\u0000${numbered(gsiNamePattern, n)}`, n - 1)
    numbers.set(`local\u0000${numbered(lsiNamePattern, n)}`, n - 1)
  }
  const slots = new Map<string, number>()
  const remember = (entity: string, id: string, kind: IndexNeed['kind'], index: string) => {
    const slot = numbers.get(`${kind}\u0000${index}`)
    if (slot !== undefined) slots.set(`${entity}\u0000${kind}\u0000${id}`, slot)
  }
  for (const entity of Object.values(previous.entities)) {
    for (const keys of entity.indexKeys) {
      const kind = previous.localIndexes.some((index) => index.name === keys.index) ? 'local' : 'global'
      remember(entity.name, keys.accessPath, kind, keys.index)
    }
  }
  for (const pivot of Object.values(previous.pivots))
    remember(pivot.entityType, 'inverse', 'global', pivot.inverseIndex)
  return (need) => slots.get(`${need.entity}\u0000${need.kind}\u0000${need.id}`)
}
