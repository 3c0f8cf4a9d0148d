import type { PivotDesign } from '../design/types'
import { type Allocation, slotKey } from './allocate-indexes'
import { type DeriveContext, prefixOf } from './context'
import type { PivotPlan } from './pivots'
import { keyDesign, prefixedTemplate } from './template-tools'

/** Edge items `pk = OWNER#{ownerId}`, `sk = OTHER#{otherId}` and their inverted view on a GSI. */
export function pivotDesigns(
  context: DeriveContext,
  plans: readonly PivotPlan[],
  allocation: Allocation,
): Map<string, PivotDesign> {
  const { delimiter, partitionKey, sortKey } = context.options
  const designs = new Map<string, PivotDesign>()
  for (const plan of plans) {
    const ownerSide = prefixedTemplate(prefixOf(context, plan.owner), [plan.ownerKey], delimiter)
    const otherSide = prefixedTemplate(plan.otherLabel, [plan.otherKey], delimiter)
    const slot = allocation.slots.get(slotKey(plan.entityType, 'inverse'))
    if (!slot) throw new Error(`internal: no inverse index for ${plan.entityType}`)
    designs.set(plan.entityType, {
      entityType: plan.entityType,
      partitionKey: keyDesign(partitionKey, ownerSide, delimiter),
      sortKey: keyDesign(sortKey, otherSide, delimiter),
      inverseIndex: slot.index,
      inversePartitionKey: keyDesign(slot.partitionKey, otherSide, delimiter),
      inverseSortKey: keyDesign(slot.sortKey, ownerSide, delimiter),
      attributes: [...plan.attributes],
      morph: null,
    })
  }
  return designs
}
