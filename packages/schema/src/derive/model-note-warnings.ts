import type { DesignWarning } from '../design/types'
import type { NormalizedModel } from '../model/normalized'

/**
 * One `NOT_APPLIED` warning per model option dbtooling reads but does not apply (`traits.useApi`,
 * `set.password`, ...), naming every model that declares it, so a hundred Stacks models give a short
 * report rather than hundreds of lines. `autoIncrement` beside `useUuid` is `UUID_OVER_AUTO_INCREMENT`.
 */
export function modelNoteWarnings(models: ReadonlyMap<string, NormalizedModel>): DesignWarning[] {
  const byKey = new Map<string, { message: string; models: string[] }>()
  for (const model of models.values()) {
    for (const note of model.notes) {
      const entry = byKey.get(note.key) ?? { message: note.message, models: [] }
      entry.models.push(model.name)
      byKey.set(note.key, entry)
    }
  }
  return [...byKey.keys()].sort().map((key) => {
    const { message, models: names } = byKey.get(key)!
    const uuid = key === 'autoIncrement'
    return {
      code: uuid ? 'UUID_OVER_AUTO_INCREMENT' : 'NOT_APPLIED',
      entity: names.length === 1 ? (names[0] as string) : null,
      message: `${key}: ${message}${names.length > 1 ? ` (${names.join(', ')})` : ''}`,
      suggestion: uuid ? 'remove autoIncrement: true to silence this' : null,
    }
  })
}
