import { fileURLToPath } from 'node:url'
import { createRequestCounter } from '@dbtooling/dynamo-client'
import { createOrm } from '@dbtooling/orm'
import { loadModels, renderMarkdown } from '@dbtooling/schema'
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

  const ada = await User.findOrFail(seeded.firstUserId)
  log(
    `1. By id (GetItem): User ${ada.getAttribute('id')} -> ${ada.getAttribute('name')} <${ada.getAttribute('email')}>`,
  )

  const posts = await Post.where('userId', seeded.firstUserId).get()
  log(
    `2. Relation (Query on a GSI): ${posts.length} posts by ${ada.getAttribute('name')}: ${posts
      .all()
      .map((p) => p.getAttribute('title'))
      .join(' | ')}`,
  )

  const published = await Post.where('status', 'published').get()
  log(`3. GSI lookup (byStatus index): ${published.length} published posts`)

  const pages: number[] = []
  let cursor: string | null = null
  do {
    const page = await Post.where('status', 'published').cursorPaginate(3, cursor)
    pages.push(page.data.length)
    cursor = page.nextCursor
  } while (cursor)
  log(`4. Paginated list (cursor pages of 3 published posts): ${pages.join(', ')}`)

  log(`\nRequests sent: ${JSON.stringify(counter.counts)}\n`)
  log('Access patterns derived from the models:\n')
  log(renderMarkdown(orm.design))

  return {
    userName: String(ada.getAttribute('name')),
    postsOfUser: posts.length,
    publishedPosts: published.length,
    pages,
    requests: { ...counter.counts },
  }
}
