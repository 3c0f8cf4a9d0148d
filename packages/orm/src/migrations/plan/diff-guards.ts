import type { TableDesign } from '@dbtooling/schema'
import { step } from './step-factory'
import type { MigrationStep } from './types'

/** A unique attribute's guard-key template as the applied design had it (what the rewrite deletes). */
export interface GuardTemplate {
  attribute: string
  template: string
}

/**
 * Entities whose unique guards changed (an attribute became unique, stopped being unique, or its guard key
 * template changed, e.g. a new `uniquePrefix`): the guard items of existing items must be rewritten. Pure.
 */
export function guardSteps(applied: TableDesign, next: TableDesign, itemCount: number): MigrationStep[] {
  const steps: MigrationStep[] = []
  for (const name of Object.keys(next.entities).sort()) {
    const before = applied.entities[name]
    if (!before) continue
    const old = new Map(before.uniqueGuards.map((guard) => [guard.attribute, guard.template]))
    const now = new Map(next.entities[name]!.uniqueGuards.map((guard) => [guard.attribute, guard.template]))
    const attributes = [...new Set([...old.keys(), ...now.keys()])]
      .filter((attribute) => old.get(attribute) !== now.get(attribute))
      .sort()
    if (attributes.length === 0) continue
    const previous = attributes.flatMap((attribute) =>
      old.has(attribute) ? [{ attribute, template: old.get(attribute)! }] : [],
    )
    const describe = (attribute: string) =>
      `${attribute} (${old.get(attribute) ?? 'not unique'} -> ${now.get(attribute) ?? 'not unique'})`
    steps.push(
      step(
        `guards:${name}`,
        { kind: 'rewrite-guards', entity: name, attributes, previous },
        {
          what: `Rewrite the unique guard items of existing ${name} items: ${attributes.map(describe).join(', ')}`,
          why: `the unique attributes of ${name} or their guard key templates changed`,
          inverse: `guards:${name} back to the previous templates`,
        },
        {
          items: itemCount,
          costNote:
            'scans the table; per item one TransactWriteItems (a check that the item is unchanged, the old guard deleted, the new one put): 1 + 1 per changed guard writes, transactional (twice the WCU on AWS)',
        },
      ),
    )
  }
  return steps
}
