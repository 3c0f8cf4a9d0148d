/**
 * Size of a time bucket: one partition per sensor (or other key) per hour, day or month.
 *
 * @example
 * ```ts
 * const unit: BucketUnit = 'day'
 * bucketOf('2026-03-04T10:00:00Z', unit) // '2026-03-04'
 * ```
 */
export type BucketUnit = 'hour' | 'day' | 'month'

const LENGTH: Record<BucketUnit, number> = { hour: 13, day: 10, month: 7 }

function toDate(value: Date | string | number): Date {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`)
  return date
}

/**
 * The bucket a moment falls in, in UTC: `2024-03-05T14` (hour), `2024-03-05` (day), `2024-03` (month).
 *
 * @example
 * ```ts
 * bucketOf(new Date('2026-03-04T10:00:00Z'), 'month') // '2026-03'
 * ```
 */
export function bucketOf(value: Date | string | number, unit: BucketUnit): string {
  return toDate(value).toISOString().slice(0, LENGTH[unit])
}

function step(date: Date, unit: BucketUnit): Date {
  const next = new Date(date)
  if (unit === 'hour') next.setUTCHours(next.getUTCHours() + 1)
  else if (unit === 'day') next.setUTCDate(next.getUTCDate() + 1)
  else next.setUTCMonth(next.getUTCMonth() + 1, 1)
  return next
}

function startOf(date: Date, unit: BucketUnit): Date {
  const start = new Date(date)
  start.setUTCMinutes(0, 0, 0)
  if (unit !== 'hour') start.setUTCHours(0)
  if (unit === 'month') start.setUTCDate(1)
  return start
}

/**
 * Every bucket from `from` to `to` inclusive, oldest first; throws past `max` buckets (default 10,000).
 *
 * @example
 * ```ts
 * bucketsBetween('2026-01-30', '2026-02-02', 'day') // ['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']
 * ```
 */
export function bucketsBetween(
  from: Date | string | number,
  to: Date | string | number,
  unit: BucketUnit,
  max = 10_000,
): string[] {
  const end = toDate(to)
  const out: string[] = []
  for (let at = startOf(toDate(from), unit); at <= end; at = step(at, unit)) {
    out.push(bucketOf(at, unit))
    if (out.length > max)
      throw new RangeError(`more than ${max} ${unit} buckets between ${String(from)} and ${String(to)}`)
  }
  return out
}
