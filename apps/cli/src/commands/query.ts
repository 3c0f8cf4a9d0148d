import { usageError } from '../support/cli-error'
import type { CliQuery, ResolvedModel } from '../support/cli-model'
import { requireModel } from '../support/cli-model'
import type { GlobalFlags } from '../support/global-flags'
import type { Output } from '../support/output'
import { parseWhere } from '../support/parse-where'
import { describeRequests } from '../support/request-recorder'
import { openRecorded } from './items'

export interface QueryFlags {
  where?: string[]
  index?: string
  limit?: string
  cursor?: string
  order?: string
  count?: boolean
  withTrashed?: boolean
  explain?: boolean
}

export function positiveInt(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0)
    throw usageError(`${flag} must be a whole number above 0, got "${raw}"`, `e.g. ${flag} 20`)
  return value
}

/** The ORM query the flags describe (the planner picks the index unless --index names one). */
export function buildQuery({ model, entity }: ResolvedModel, flags: QueryFlags): CliQuery {
  let query = model.query()
  for (const text of flags.where ?? []) {
    const where = parseWhere(text, entity.attributes)
    query =
      where.operator === 'begins_with'
        ? query.whereBeginsWith(where.field, String(where.value))
        : query.where(where.field, where.operator, where.value)
  }
  if (flags.index) query = query.useIndex(flags.index)
  if (flags.order) {
    const [field, direction = 'asc'] = flags.order.split(':')
    if (!field || (direction !== 'asc' && direction !== 'desc')) {
      throw usageError(`--order "${flags.order}" is not field[:asc|desc]`, 'e.g. --order createdAt:desc')
    }
    query = query.orderBy(field, direction)
  }
  if (flags.withTrashed) query = query.withTrashed()
  return query
}

/** `query <Model>`: one page through the planner; `--explain` prints the plan and every request sent. */
export async function runQuery(
  modelName: string,
  flags: QueryFlags,
  global: GlobalFlags,
  out: Output,
  scan = false,
) {
  const { project, recorder } = await openRecorded(global)
  const resolved = requireModel(project.orm, modelName)
  let query = buildQuery(resolved, flags)
  if (scan) query = query.forceScan()
  const plan = query.explain()
  const explain = flags.explain ? { plan, sent: describeRequests(recorder.requests) } : undefined
  if (flags.count) {
    const count = await query.count()
    const sent = describeRequests(recorder.requests)
    out.data({ count, ...(explain ? { explain: { plan, sent } } : {}) }, () =>
      withExplain(String(count), flags, plan, sent),
    )
    return
  }
  const page = await query.cursorPaginate(positiveInt(flags.limit, '--limit', 25), flags.cursor ?? null)
  const items = page.data.all().map((m) => m.toJSON())
  const sent = describeRequests(recorder.requests)
  out.data(
    {
      items,
      count: items.length,
      nextCursor: page.nextCursor,
      ...(explain ? { explain: { plan, sent } } : {}),
    },
    () =>
      withExplain(
        [
          JSON.stringify(items, null, 2),
          `${items.length} item(s)${page.nextCursor ? `; next page: --cursor ${page.nextCursor}` : ''}`,
        ].join('\n'),
        flags,
        plan,
        sent,
      ),
  )
}

function withExplain(text: string, flags: QueryFlags, plan: unknown, sent: string[]): string {
  if (!flags.explain) return text
  const p = plan as {
    operation?: string
    index?: string | null
    keyCondition?: string | null
    filter?: string | null
    reason?: string | null
  }
  const lines = [
    `plan: ${p.operation ?? '?'} ${p.index ?? 'table'}${p.reason ? ` (${p.reason})` : ''}`,
    ...(p.keyCondition ? [`  key: ${p.keyCondition}`] : []),
    ...(p.filter ? [`  filter: ${p.filter}`] : []),
    ...sent.map((line) => `sent: ${line}`),
  ]
  return `${text}\n${lines.join('\n')}`
}
