import { ExpressionError } from './errors'
import type { ExpressionAttributes } from './expression-attributes'
import type { PathInput } from './path'

/**
 * Compiles the attributes to read into a ProjectionExpression (`#n0, #n1.#n2[0]`).
 *
 * @example
 * ```ts
 * const attrs = new ExpressionAttributes()
 * const ProjectionExpression = compileProjection(['name', 'profile.city'], attrs) // '#n0, #n1.#n2'
 * ```
 */
export function compileProjection(paths: readonly PathInput[], attrs: ExpressionAttributes): string {
  if (paths.length === 0) {
    throw new ExpressionError('EMPTY_PROJECTION', 'a projection needs at least one path', {
      hint: 'Omit the projection to read whole items.',
    })
  }
  const seen = new Set<string>()
  for (const path of paths) seen.add(attrs.path(path))
  return [...seen].join(', ')
}
