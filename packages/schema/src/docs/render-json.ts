import type { TableDesign } from '../design/types'

/**
 * The design as pretty JSON with a trailing newline. Key order is the design's own, which derivation
 * makes deterministic, so two renders of one model set are byte-identical and diff cleanly.
 *
 * @example
 * ```ts
 * await writeFile('design.json', renderDesignJson(design)) // byte-identical for the same models
 * ```
 */
export function renderDesignJson(design: TableDesign): string {
  return `${JSON.stringify(design, null, 2)}\n`
}
