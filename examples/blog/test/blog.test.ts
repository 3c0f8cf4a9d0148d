import { describe, expect, it } from 'vitest'
import { localEndpoint, uniqueTableName } from '../../../tests/support'
import { runBlog } from '../src/blog'

describe('examples/blog (the quick-start demo)', () => {
  it('creates the table, seeds it and answers every demo query with the cheapest request', async () => {
    const lines: string[] = []
    const result = await runBlog({
      endpoint: localEndpoint(),
      tableName: uniqueTableName('blog'),
      log: (line) => lines.push(line),
    })
    expect(result.userName).toBe('Ada Lovelace')
    expect(result.postsOfUser).toBe(4)
    expect(result.publishedPosts).toBe(8)
    expect(result.pages).toEqual([3, 3, 2])
    // Reads are GetItem/Query only: the demo never scans.
    expect(result.requests.Scan ?? 0).toBe(0)
    expect(result.requests.GetItem).toBe(1)
    expect(lines.join('\n')).toContain('| GSI1 | GSI |')
  })
})
