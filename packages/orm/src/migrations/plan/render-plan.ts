import type { MigrationPlan } from './types'

/**
 * The plan as stable JSON (fields in a fixed order, two-space indent), for review in pull requests.
 *
 * @example
 * ```ts
 * const { plan } = await migrate(orm, { dryRun: true })
 * writeFileSync('migration-plan.json', planToJson(plan))
 * ```
 */
export function planToJson(plan: MigrationPlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`
}

/**
 * The plan as text for a terminal: one numbered line per step, its cost and inverse, then the notes.
 *
 * @example
 * ```ts
 * const { plan } = await migrate(orm, { dryRun: true })
 * console.log(planToText(plan)) // one numbered line per step, its cost and inverse, then the notes
 * ```
 */
export function planToText(plan: MigrationPlan): string {
  const lines = [`Migration of ${plan.table}: ${plan.fromHash ?? '(none)'} -> ${plan.toHash}`]
  if (plan.steps.length === 0) lines.push('  nothing to do')
  plan.steps.forEach((entry, position) => {
    const flags = [
      entry.destructive ? 'DESTRUCTIVE (needs force)' : '',
      entry.executable ? '' : 'NOT RUN IN PLACE',
    ]
      .filter(Boolean)
      .join(', ')
    lines.push(`  ${position + 1}. [${entry.action.kind}] ${entry.what}${flags ? `  <${flags}>` : ''}`)
    lines.push(`     why: ${entry.why}`)
    lines.push(`     cost: ${entry.cost.itemsToRewrite} items; ${entry.cost.note}`)
    if (entry.inverse) lines.push(`     undo: ${entry.inverse}`)
  })
  for (const note of plan.notes) lines.push(`  note: ${note}`)
  return `${lines.join('\n')}\n`
}
