import { describe, expect, it } from 'vitest'
import { ScanNotAllowedError, WholeTypeReadNotAllowedError } from '../../src/query/index'
import { builders, unitContext } from './unit-context'

const { users, posts, teams, profiles } = builders()

describe('cost classes in explain()', () => {
  it('names a full primary key Query a bounded partition that reads at most one item', () => {
    const explained = users.where('id', 'u1').explain()
    expect(explained.costClass).toBe('Query (bounded partition)')
    expect(explained.reads).toBe('reads at most 1 item and returns it if it matches')
    expect(explained.fix).toBeNull()
    expect(explained.warnings).toEqual([])
  })

  it('names a belongsTo or collection Query a bounded partition', () => {
    expect(users.where('teamId', 't1').explain().costClass).toBe('Query (bounded partition)')
    expect(profiles.where('userId', 'u1').explain().costClass).toBe('Query (bounded partition)')
    expect(profiles.where('userId', 'u1').explain().reads).toBe(
      'reads every item in the key range, returning every item it reads',
    )
  })

  it('names a filtered list-by-type read whole-type, says what it over-reads, and warns with the index to add', () => {
    const explained = teams.where('name', 'core').explain()
    expect(explained.costClass).toBe('Query (whole type)')
    expect(explained.reads).toBe('reads every Team, returning only those that pass the filter')
    expect(explained.fix).toBe("add `indexes: [{ name: 'byName', columns: ['name'] }]` to Team")
    expect(explained.warnings).toHaveLength(1)
    expect(explained.warnings[0]).toContain("Team.where('name', ?) reads every Team")
    expect(explained.warnings[0]).toContain('Query (whole type)')
  })

  it('does not warn for listing every item of a type: it returns what it reads', () => {
    const explained = teams.explain()
    expect(explained.costClass).toBe('Query (whole type)')
    expect(explained.reads).toBe('reads every Team, returning every item it reads')
    expect(explained.warnings).toEqual([])
  })

  it('counts a sort-key range on the type entry as bounded', () => {
    const explained = users.whereDate('createdAt', '2024-03-05').explain()
    expect(explained.costClass).toBe('Query (bounded partition)')
    expect(explained.warnings).toEqual([])
  })

  it('does not warn when useIndex() picked the type entry on purpose', () => {
    expect(teams.where('name', 'core').useIndex('GSI1').explain().warnings).toEqual([])
  })

  it('names a Scan and its fix', () => {
    const explained = users.consistentRead().where('name', 'x').explain()
    expect(explained.costClass).toBe('Scan')
    expect(explained.reads).toContain('reads every item in the table')
    expect(explained.warnings[0]).toContain("User.where('name', ?) needs a Scan")
    expect(explained.fix).toBe("add `indexes: [{ name: 'byName', columns: ['name'] }]` to User")
  })

  it('suggests an index with a second column for a range beside an equality', () => {
    expect(posts.where('views', 5).where('title', '>', 'a').explain().fix).toBe(
      "add `indexes: [{ name: 'byViews', columns: ['views', 'title'] }]` to Post",
    )
  })
})

describe('sparse indexes say what they would miss', () => {
  it('names whereNotNull and a default value as the fix when the sparse field is not required', () => {
    const explained = posts.where('status', 'live').explain()
    expect(explained.costClass).toBe('Query (whole type)')
    expect(explained.fix).toContain("add .whereNotNull('publishedAt') to the query")
    expect(explained.fix).toContain("give 'publishedAt' a default value in the Post model")
    expect(explained.warnings[0]).toContain('whereNotNull')
  })

  it('uses the sparse index once whereNotNull guarantees the field', () => {
    const explained = posts.where('status', 'live').whereNotNull('publishedAt').explain()
    expect(explained.index).toBe('GSI3')
    expect(explained.costClass).toBe('Query (bounded partition)')
    expect(explained.warnings).toEqual([])
  })
})

describe('strict mode refuses whole-type reads and Scans', () => {
  const strict = builders(unitContext({ strict: true }))

  it('refuses a filtered whole-type read with a typed error naming the query and the index to add', async () => {
    const error = await strict.teams
      .where('name', 'core')
      .get()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(WholeTypeReadNotAllowedError)
    expect(error).toMatchObject({ code: 'WHOLE_TYPE_READ_NOT_ALLOWED', entity: 'Team' })
    const { message, hint } = error as WholeTypeReadNotAllowedError
    expect(message).toContain("Team.where('name', ?)")
    expect(hint).toContain("add `indexes: [{ name: 'byName', columns: ['name'] }]` to Team")
    expect(hint).toContain("useIndex('GSI1')")
  })

  it('refuses a Scan with the fix in the hint', async () => {
    const error = await strict.users
      .consistentRead()
      .where('name', 'x')
      .first()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ScanNotAllowedError)
    expect((error as ScanNotAllowedError).hint).toContain("columns: ['name']")
  })

  it('lets unfiltered listings and opt-ins through to the request', async () => {
    // The unit context rejects every request: reaching it proves the planner did not refuse.
    const sent = /must not send requests/
    await expect(strict.teams.get()).rejects.toThrow(sent)
    await expect(strict.teams.where('name', 'core').useIndex('GSI1').get()).rejects.toThrow(sent)
  })
})

describe('warnings go out once per query shape', () => {
  it('warns once for the same shape with other values, again for another shape', async () => {
    const warnings: string[] = []
    const { teams: warned } = builders(unitContext({ warn: (message) => warnings.push(message) }))
    for (const name of ['a', 'b', 'c'])
      await warned
        .where('name', name)
        .get()
        .catch(() => undefined)
    expect(warnings).toHaveLength(1)
    await warned
      .where('name', 'a')
      .whereNotNull('id')
      .get()
      .catch(() => undefined)
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).not.toContain('"a"')
  })
})

describe('two bounds on a sort-key attribute become one key condition', () => {
  const live = () => posts.where('status', 'live')

  it('>= and < become BETWEEN, the exclusive end kept in the filter', () => {
    const explained = live()
      .where('publishedAt', '>=', '2024-01-01')
      .where('publishedAt', '<', '2024-02-01')
      .explain()
    expect(explained.index).toBe('GSI3')
    expect(explained.keyCondition).toBe(
      'gsi3pk = "POST#BY_STATUS#live" AND gsi3sk BETWEEN "2024-01-01" AND "2024-02-01"',
    )
    expect(explained.filter).toContain('publishedAt < "2024-02-01"')
    expect(explained.costClass).toBe('Query (bounded partition)')
  })

  it('> and <= become BETWEEN in either order, the upper end past every item of that value', () => {
    const expected = 'gsi3pk = "POST#BY_STATUS#live" AND gsi3sk BETWEEN "2024-01-01" AND "2024-02-01$"'
    const a = live().where('publishedAt', '>', '2024-01-01').where('publishedAt', '<=', '2024-02-01')
    const b = live().where('publishedAt', '<=', '2024-02-01').where('publishedAt', '>', '2024-01-01')
    expect(a.explain().keyCondition).toBe(expected)
    expect(b.explain().keyCondition).toBe(expected)
    expect(a.explain().filter).toContain('publishedAt > "2024-01-01"')
  })

  it('keeps the tighter of two bounds on one side', () => {
    const explained = live()
      .where('publishedAt', '>=', '2024-01-01')
      .where('publishedAt', '>', '2024-01-10')
      .where('publishedAt', '<', '2024-03-01')
      .explain()
    expect(explained.keyCondition).toContain('BETWEEN "2024-01-10" AND "2024-03-01"')
  })

  it('an empty range keeps one side (DynamoDB refuses BETWEEN high AND low)', () => {
    const explained = live()
      .where('publishedAt', '>=', '2024-05-01')
      .where('publishedAt', '<', '2024-02-01')
      .explain()
    expect(explained.keyCondition).toBe('gsi3pk = "POST#BY_STATUS#live" AND gsi3sk >= "2024-05-01"')
    expect(explained.filter).toContain('publishedAt < "2024-02-01"')
  })

  it('one bound alone stays a single comparison', () => {
    expect(live().where('publishedAt', '<', '2024-02-01').explain().keyCondition).toBe(
      'gsi3pk = "POST#BY_STATUS#live" AND gsi3sk < "2024-02-01"',
    )
  })
})
