import { beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint, uniqueTableName } from '../../../tests/support'
import { runBlog } from '../src/blog'

describe('examples/blog (the quick-start demo)', () => {
  // One demo run serves every assertion: each test reads the same printed lines and result.
  const lines: string[] = []
  let result: Awaited<ReturnType<typeof runBlog>>
  beforeAll(async () => {
    result = await runBlog({
      endpoint: localEndpoint(),
      tableName: uniqueTableName('blog'),
      log: (line) => lines.push(line),
    })
  })

  it('creates the table, seeds it and answers every demo query with the cheapest request', () => {
    expect(result.userName).toBe('Ada Lovelace')
    expect(result.postsOfUser).toBe(4)
    expect(result.publishedPosts).toBe(8)
    expect(result.pages).toEqual([3, 3, 2])
    // Reads are GetItem/Query only: the demo never scans.
    expect(result.requests.Scan ?? 0).toBe(0)
    expect(result.requests.GetItem).toBe(1)
    expect(lines.join('\n')).toContain('| GSI1 | GSI |')
  })

  it('prints the requests explain() and the counter report, and the list queries read only what they return', () => {
    const { postsOfUser, published } = result.plans
    // Posts of a user: one bounded partition of the belongsTo index, not the type index.
    expect(postsOfUser.operation).toBe('Query')
    expect(postsOfUser.reason).toBe('belongsTo User')
    // Published posts: the byStatus index, whose partition is the status value, not every post.
    expect(published.operation).toBe('Query')
    expect(published.reason).toBe('index byStatus')
    expect(published.keyCondition).toContain('BY_STATUS#published')
    expect(result.publishedScanned).toBe(result.publishedPosts)
    const output = lines.join('\n')
    // The printed lines are the explanations themselves, not labels written by hand.
    expect(output).toContain(`key: ${published.keyCondition}`)
    expect(output).toContain(`key: ${postsOfUser.keyCondition}`)
    expect(output).toContain('read 8 items, returned 8, 1 page(s); requests sent: Query x1')
    expect(output).toContain('requests sent: Query x3')
  })
})
