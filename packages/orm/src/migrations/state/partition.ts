/**
 * Partition of every migration item: the state, designs, history, lock, backfill jobs and their segments.
 *
 * @example
 * ```ts
 * // The migration items are under this partition key: leave them out of your own scans.
 * const items = rows.filter((item) => item.pk !== MIGRATIONS_PARTITION)
 * ```
 */
export const MIGRATIONS_PARTITION = '_migrations'
