import { eq } from '@dbtooling/dynamo-client'
import { describe, expect, it } from 'vitest'
import {
  createQueryBuilder,
  type QueryBuilder,
  type QueryContext,
  type QueryScope,
} from '../../src/query/index'
import type { Team } from './fixtures'
import { unitContext } from './unit-context'

type TeamQuery = QueryBuilder<{ id: string; name: string }>

function scopedContext(): QueryContext {
  const globals: QueryScope[] = [
    { name: 'named', condition: eq('name', 'core') },
    { name: 'notArchived', apply: ((q: TeamQuery) => q.whereNull('name')) as never },
  ]
  const locals: Record<string, (q: TeamQuery, ...args: unknown[]) => TeamQuery> = {
    called: (q, name) => q.where('name', name as string),
  }
  return {
    ...unitContext(),
    scopes: { global: () => globals, local: (_entity, name) => locals[name] as never },
  }
}

// biome-ignore lint/complexity/noStaticOnlyClass: stands in for a model class, whose scopes are static methods
class TeamModel {
  static scopeShort(query: TeamQuery, length: number) {
    return query.where('name', 'begins_with', 'x'.repeat(length))
  }
}

describe('scopes', () => {
  const teams = () => createQueryBuilder<typeof Team>(scopedContext(), 'Team', TeamModel)

  it('applies global scope conditions and functions', () => {
    const filter = teams().explain().filter ?? ''
    expect(filter).toContain('name = "core"')
    expect(filter).toContain('attribute_not_exists(name)')
  })

  it('lifts global scopes by name or all at once', () => {
    expect(teams().withoutGlobalScope('named').explain().filter).not.toContain('"core"')
    expect(teams().withoutGlobalScope('notArchived').explain().filter).not.toContain('attribute_not_exists')
    expect(teams().withoutGlobalScopes().explain().filter).toBeNull()
    expect(teams().withoutGlobalScopes(['named', 'notArchived']).explain().filter).toBeNull()
  })

  it('applies local scopes from the registry, the model class or a function', () => {
    const base = teams().withoutGlobalScopes()
    expect(base.scope('called', 'ops').explain().filter).toBe('name = "ops"')
    expect(base.scope('short', 2).explain().filter).toBe('begins_with(name, "xx")')
    expect(base.scope((q) => q.where('name', 'fn')).explain().filter).toBe('name = "fn"')
    expect(() => base.scope('missing')).toThrow(expect.objectContaining({ code: 'UNKNOWN_SCOPE' }))
  })
})
