import { SchemaError } from '../errors/schema-error'
import type { BaseKeys } from './base-keys'
import type { DeriveContext } from './context'
import { morphEdgeKeys } from './morph-pivot-designs'
import type { MorphPivotPlan } from './morph-pivots'
import type { PivotPlan } from './pivots'
import { prefixedTemplate, templateShape } from './template-tools'

/**
 * Two item types whose pk and sk templates have the same shape can render the same key, and one would
 * overwrite the other. Only custom templates can get here; defaults are kept apart by unique prefixes.
 */
export function checkKeyConflicts(
  context: DeriveContext,
  baseKeys: ReadonlyMap<string, BaseKeys>,
  pivots: readonly PivotPlan[],
  morphPivots: readonly MorphPivotPlan[] = [],
): void {
  const { delimiter } = context.options
  const seen = new Map<string, string>()
  const entries: Array<[string, string, string]> = [...baseKeys].map(([name, keys]) => [
    name,
    keys.pk,
    keys.sk,
  ])
  for (const pivot of pivots) {
    entries.push([
      pivot.entityType,
      prefixedTemplate(context.prefixes.get(pivot.owner) ?? '', [pivot.ownerKey], delimiter),
      prefixedTemplate(pivot.otherLabel, [pivot.otherKey], delimiter),
    ])
  }
  entries.push(...morphEdgeKeys(context, morphPivots))
  for (const [name, pk, sk] of entries) {
    const shape = `${templateShape(pk, delimiter)}\u0001${templateShape(sk, delimiter)}`
    const other = seen.get(shape)
    if (other !== undefined) {
      const model = context.models.get(name) ?? context.models.get(other)
      throw new SchemaError(
        'CONFLICTING_KEY_PATTERN',
        `'${name}' and '${other}' use the same key pattern (${pk} / ${sk})`,
        {
          model: model?.name ?? name,
          source: model?.source ?? null,
          key: 'keys',
          hint: 'give one of them a distinct literal prefix in its key templates',
        },
      )
    }
    seen.set(shape, name)
  }
}
