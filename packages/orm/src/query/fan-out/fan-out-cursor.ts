import type { DocumentMap } from '@dbtooling/dynamo-client'
import { InvalidCursorError } from '../errors'

/** Where one branch of a fan-out resumes. */
export type BranchPosition =
  | { readonly kind: 'start' }
  | { readonly kind: 'after'; readonly key: DocumentMap }
  | { readonly kind: 'done' }

/** Format version of the positions inside a fan-out cursor; bumped when the layout changes. */
export const FAN_OUT_CURSOR_VERSION = 1

/**
 * The payload of a fan-out cursor: `{ fanOut: 1, b: [0 | 1 | key, ...] }`, one entry per branch in branch
 * order (0 done, 1 from its start, else the key after which it resumes). It travels inside the signed,
 * opaque cursor of `cursorPaginate()` like a single read's key.
 */
export function positionsToKey(positions: readonly BranchPosition[]): DocumentMap {
  return {
    fanOut: FAN_OUT_CURSOR_VERSION,
    b: positions.map((position) =>
      position.kind === 'done' ? 0 : position.kind === 'start' ? 1 : position.key,
    ),
  }
}

/** The positions in a decoded cursor payload; `InvalidCursorError` for anything this fan-out did not write. */
export function keyToPositions(
  key: DocumentMap,
  branches: number,
  keyAttributes: readonly string[],
  entity: string | null,
): BranchPosition[] {
  if (key.fanOut !== FAN_OUT_CURSOR_VERSION) {
    throw new InvalidCursorError(
      `it is not a fan-out cursor of version ${FAN_OUT_CURSOR_VERSION} (got ${JSON.stringify(key.fanOut)})`,
      entity,
    )
  }
  const list = key.b
  if (!Array.isArray(list) || list.length !== branches) {
    throw new InvalidCursorError(
      `it holds positions for another number of partitions than ${branches}`,
      entity,
    )
  }
  return list.map((entry: unknown, index): BranchPosition => {
    if (entry === 0) return { kind: 'done' }
    if (entry === 1) return { kind: 'start' }
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
      throw new InvalidCursorError(`position ${index} is not a key`, entity)
    const position = entry as DocumentMap
    for (const attribute of keyAttributes) {
      const value = position[attribute]
      if (typeof value !== 'string' && typeof value !== 'number')
        throw new InvalidCursorError(`position ${index} lacks key attribute '${attribute}'`, entity)
    }
    return { kind: 'after', key: position }
  })
}
