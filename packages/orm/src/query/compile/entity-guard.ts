import type { CompiledKeyTemplate } from '@dbtooling/schema'
import type { DesignPlan } from './candidates'
import type { KeyPlan, SortCondition } from './key-plan'

/**
 * True when the key condition alone guarantees every returned item is of `entity`: no other item type
 * writing keys on the same table or index can produce the same partition value and a sort key inside the
 * condition. Otherwise the compiler adds an entity-type filter.
 */
export function keyGuaranteesEntity(plan: DesignPlan, entity: string, key: KeyPlan): boolean {
  const writers = plan.writers.get(key.candidate.label) ?? []
  for (const writer of writers) {
    if (writer.entityType === entity) continue
    if (!writer.pk.matches(key.partitionValue)) continue
    if (sortMayMatch(writer.sk, key.sort)) return false
  }
  return true
}

function sortMayMatch(template: CompiledKeyTemplate, sort: SortCondition | null): boolean {
  if (sort === null) return true
  if (sort.kind === 'eq') return template.matches(sort.value)
  const fixed = staticPrefix(template)
  const whole = template.fields.length === 0
  if (sort.kind === 'beginsWith') {
    if (whole) return fixed.startsWith(sort.value)
    return fixed.startsWith(sort.value) || sort.value.startsWith(fixed)
  }
  // Keys of this writer lie in [fixed, fixed + '\uffff'); a range condition matches them only if it overlaps.
  const lowest = fixed
  const highest = whole ? fixed : `${fixed}\uffff`
  if (sort.kind === 'between') return lowest <= sort.high && highest >= sort.low
  switch (sort.op) {
    case '<':
      return lowest < sort.value
    case '<=':
      return lowest <= sort.value
    case '>':
      return highest > sort.value
    default:
      return highest >= sort.value
  }
}

function staticPrefix(template: CompiledKeyTemplate): string {
  const open = template.template.indexOf('{')
  return open === -1 ? template.template : template.template.slice(0, open)
}
