import type { CompiledKeyTemplate, TemplatePart } from '@dbtooling/schema'
import type { DesignPlan, KeyWriter } from './candidates'
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
    if (!matchesParts(writer.pkParts, key.partitionValue, plan.delimiter)) continue
    if (sortMayMatch(writer, key.sort, plan.delimiter)) return false
  }
  return true
}

function sortMayMatch(writer: KeyWriter, sort: SortCondition | null, delimiter: string): boolean {
  const template = writer.sk
  if (sort === null) return true
  if (sort.kind === 'eq') return matchesParts(writer.skParts, sort.value, delimiter)
  if (sort.kind === 'beginsWith') return couldStartWith(writer.skParts, sort.value, delimiter)
  const fixed = staticPrefix(template)
  const whole = template.fields.length === 0
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

/**
 * Whether some key rendered from `parts` starts with `prefix`. A field's rendered value never contains a
 * bare delimiter (values are escaped), so a field can only absorb the prefix up to its next delimiter.
 */
function couldStartWith(parts: readonly TemplatePart[], prefix: string, delimiter: string): boolean {
  let position = 0
  for (const part of parts) {
    if (position >= prefix.length) return true
    if ('literal' in part) {
      const length = Math.min(part.literal.length, prefix.length - position)
      if (prefix.slice(position, position + length) !== part.literal.slice(0, length)) return false
      position += part.literal.length
      continue
    }
    const start = position
    while (position < prefix.length && !prefix.startsWith(delimiter, position)) {
      position += prefix[position] === '\\' ? 2 : 1
    }
    if (position === start && position < prefix.length) return false
  }
  return position >= prefix.length
}

/**
 * Whether `key` could have been rendered from `parts` (the template's own `matches` parses by throwing,
 * too slow for every query). Fields take at least one character and stop at a bare delimiter.
 */
function matchesParts(parts: readonly TemplatePart[], key: string, delimiter: string): boolean {
  let position = 0
  for (const part of parts) {
    if ('literal' in part) {
      if (!key.startsWith(part.literal, position)) return false
      position += part.literal.length
      continue
    }
    const start = position
    while (position < key.length && !key.startsWith(delimiter, position)) {
      position += key[position] === '\\' ? 2 : 1
    }
    if (position === start) return false
  }
  return position === key.length
}
