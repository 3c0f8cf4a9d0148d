import { fileURLToPath } from 'node:url'
import { createRequestCounter } from '@dbtooling/dynamo-client'
import { createOrm } from '@dbtooling/orm'
import { loadModels, renderMarkdown } from '@dbtooling/schema'
import { describeRead, type ExplainedRead, requestsSince } from './describe-read'
import { seedBlog } from './seed'

const modelsPath = fileURLToPath(new URL('../models', import.meta.url))

export interface BlogRunOptions {
  endpoint: string
  tableName?: string
  log: (line: string) => void
}

export interface BlogRunResult {
  userName: string
  postsOfUser: number
  publishedPosts: number
  pages: number[]
  requests: Record<string, number>
  /** What explain() said each list query sends. */
  plans: { postsOfUser: ExplainedRead; published: ExplainedRead }
  /** Items the published-posts query read, from its result meta. */
  publishedScanned: number
}

/** Everything the demo does, as a function the example's test can call and check. */
export async function runBlog({ endpoint, tableName = 'blog', log }: BlogRunOptions): Promise<BlogRunResult> {
  const models = await loadModels({ modelsPath })
  const orm = createOrm({
    models,
    clientConfig: {
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    },
    config: { tableName },
  })
  const counter = createRequestCounter()
  orm.client.use(counter)

  log(
    `Loaded ${models.length} Stacks models from examples/blog/models: ${models.map((m) => m.name).join(', ')}`,
  )
  log(
    `Table "${orm.tableName}": ${orm.design.globalIndexes.length} GSIs (${orm.design.globalIndexes.map((g) => g.name).join(', ')})`,
  )
  await orm.createTable()

  const seeded = await seedBlog(orm)
  log(
    `Seeded ${seeded.teams} teams, ${seeded.users} users, ${seeded.posts} posts, ${seeded.comments} comments\n`,
  )

  const User = orm.model('User')
  const Post = orm.model('Post')

  let before = { ...counter.counts }
  const ada = await User.findOrFail(seeded.firstUserId)
  log(
    `1. By id: User ${ada.getAttribute('id')} -> ${ada.getAttribute('name')} <${ada.getAttribute('email')}>`,
  )
  log(`   sent: ${requestsSince(counter, before)}`)

  before = { ...counter.counts }
  const postsQuery = Post.where('userId', seeded.firstUserId)
  const posts = await postsQuery.get()
  log(
    `2. Posts of a user: ${posts.length} posts by ${ada.getAttribute('name')}: ${posts
      .all()
      .map((p) => p.getAttribute('title'))
      .join(' | ')}`,
  )
  log(describeRead(postsQuery.explain(), posts.meta, requestsSince(counter, before)))

  // byStatus sorts by publishedAt and is sparse on it: whereNotNull says the query only wants posts that
  // have it, so the index can serve the query instead of a read of every post.
  before = { ...counter.counts }
  const publishedQuery = Post.where('status', 'published').whereNotNull('publishedAt')
  const published = await publishedQuery.get()
  log(`3. Published posts: ${published.length}`)
  log(describeRead(publishedQuery.explain(), published.meta, requestsSince(counter, before)))

  before = { ...counter.counts }
  const pages: number[] = []
  let cursor: string | null = null
  do {
    const page = await publishedQuery.cursorPaginate(3, cursor)
    pages.push(page.data.length)
    cursor = page.nextCursor
  } while (cursor)
  log(`4. Published posts in cursor pages of 3: ${pages.join(', ')}`)
  log(describeRead(publishedQuery.explain(), undefined, requestsSince(counter, before)))

  log(`\nRequests sent: ${JSON.stringify(counter.counts)}\n`)
  log('Access patterns derived from the models:\n')
  log(renderMarkdown(orm.design))

  return {
    userName: String(ada.getAttribute('name')),
    postsOfUser: posts.length,
    publishedPosts: published.length,
    pages,
    requests: { ...counter.counts },
    plans: { postsOfUser: postsQuery.explain(), published: publishedQuery.explain() },
    publishedScanned: published.meta.scannedCount,
  }
}
