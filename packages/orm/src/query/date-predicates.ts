import type { EntityDesign } from '@dbtooling/schema'
import { fieldInfo } from './compile/field-values'
import type { Comparator, Predicate } from './description'
import { QueryError } from './errors'

/** A calendar period in UTC: a day, a month or a year, with its ISO text prefix. */
interface Period {
  readonly prefix: string
  readonly next: string
  readonly start: number
  readonly end: number
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

export function dayPeriod(value: string | Date, entity: string): Period {
  const [y, m, d] = parts(value, 3, entity)
  return period(y, m, d, Date.UTC(y, m - 1, d + 1), 10)
}

export function monthPeriod(year: number, month: number, entity: string): Period {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw invalid(`month ${month}`, entity)
  return period(year, month, 1, Date.UTC(year, month, 1), 7)
}

export function yearPeriod(year: number, entity: string): Period {
  if (!Number.isInteger(year) || year < 0 || year > 9999) throw invalid(`year ${year}`, entity)
  return period(year, 1, 1, Date.UTC(year + 1, 0, 1), 4)
}

/** `2024-03` or a Date, for `whereMonth(field, '2024-03')`. */
export function monthOf(value: string | Date, entity: string): Period {
  const [y, m] = parts(value, 2, entity)
  return monthPeriod(y, m, entity)
}

function period(y: number, m: number, d: number, end: number, length: number): Period {
  const start = Date.UTC(y, m - 1, d)
  const iso = (time: number) => new Date(time).toISOString().slice(0, length)
  return { prefix: iso(start), next: iso(end), start, end }
}

function parts(value: string | Date, count: number, entity: string): [number, number, number] {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalid('an invalid Date', entity)
    return [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()]
  }
  const pieces = value.split('-')
  const numbers = pieces.map(Number)
  if (pieces.length !== count || numbers.some((n) => !Number.isInteger(n)))
    throw invalid(`'${value}'`, entity)
  return [numbers[0] ?? 1, numbers[1] ?? 1, numbers[2] ?? 1]
}

function invalid(what: string, entity: string): QueryError {
  return new QueryError('INVALID_DATE', `cannot read ${what} as a date`, {
    hint: "pass a Date, 'YYYY-MM-DD' to whereDate, 'YYYY-MM' or (month, year) to whereMonth, a year to whereYear",
    entity,
  })
}

/**
 * The predicate for `field <op> period`. ISO text compares by prefix (`=` becomes begins_with, which a
 * time-ordered sort key answers in the key condition); epoch numbers compare by range.
 */
export function periodPredicate(entity: EntityDesign, field: string, op: Comparator, p: Period): Predicate {
  const time = fieldInfo(entity, field).time
  const numeric = time === 'unix' || time === 'unixMs'
  const scale = time === 'unix' ? 1000 : 1
  const low = numeric ? Math.floor(p.start / scale) : p.prefix
  const high = numeric ? Math.floor(p.end / scale) : p.next
  const compare = (o: Comparator, value: unknown): Predicate => ({ kind: 'compare', field, op: o, value })
  switch (op) {
    case '=':
      return numeric
        ? { kind: 'between', field, low, high: (high as number) - 1 }
        : { kind: 'beginsWith', field, prefix: p.prefix }
    case '<':
      return compare('<', low)
    case '>=':
      return compare('>=', low)
    case '<=':
      return compare('<', high)
    case '>':
      return compare('>=', high)
    case '<>':
      return {
        kind: 'group',
        clauses: [
          { boolean: 'and', predicate: compare('<', low) },
          { boolean: 'or', predicate: compare('>=', high) },
        ],
      }
  }
}

/** `whereMonth(field, 3)` without a year: any year's March. ISO text only (`-03-` occurs once in it). */
export function anyYearMonthPredicate(entity: EntityDesign, field: string, month: number): Predicate {
  const time = fieldInfo(entity, field).time
  if (time === 'unix' || time === 'unixMs') {
    throw new QueryError(
      'INVALID_DATE',
      `whereMonth('${field}', ${month}) needs a year for epoch timestamps`,
      {
        hint: `pass the year too: whereMonth('${field}', ${month}, 2024)`,
        entity: entity.name,
      },
    )
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) throw invalid(`month ${month}`, entity.name)
  return { kind: 'contains', field, value: `-${pad(month)}-` }
}
