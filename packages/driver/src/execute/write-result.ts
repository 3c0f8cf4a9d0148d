/**
 * What a write statement resolves to, in the shape bun-query-builder and Bun's SQL results use: an
 * array (no rows, since there is no RETURNING) carrying `count`, `affectedRows` and `insertId`.
 *
 * @example
 * ```ts
 * const result = (await sql.unsafe('UPDATE users SET name = ? WHERE id = ?', ['Ada', 'u1'])) as WriteResult
 * console.log(result.count, result.affectedRows)
 * ```
 */
export type WriteResult = unknown[] & {
  readonly count: number
  readonly affectedRows: number
  /** Primary key of the last inserted row (an object of fields for a composite key); else undefined. */
  readonly insertId: unknown
}

export function writeResult(count: number, insertId?: unknown): WriteResult {
  return Object.assign([] as unknown[], { count, affectedRows: count, insertId })
}
