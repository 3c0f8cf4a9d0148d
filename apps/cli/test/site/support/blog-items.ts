import { fileURLToPath } from 'node:url'
import { DocumentClient, DynamoClient } from '@dbtooling/dynamo-client'
import { createOrm } from '@dbtooling/orm'
import { loadModels } from '@dbtooling/schema'

/**
 * The items the blog example's Stacks models write, read back from DynamoDB Local with a raw Scan, for the
 * single-table design guide. Generated ids, timestamps and hashes change on every run, so they are replaced
 * by stable placeholders (the same value always gets the same placeholder); everything else is verbatim.
 */
const modelsPath = fileURLToPath(new URL('../../../../../examples/blog/models', import.meta.url))

interface RelationOwner {
  relation(name: string): { attach(pivots: Record<string, object>): Promise<unknown> }
}

export interface BlogItems {
  tableName: string
  items: Record<string, unknown>[]
  indexes: { name: string; partitionKey: string; sortKey: string | null }[]
}

export async function writeBlogItems(endpoint: string, tableName: string): Promise<BlogItems> {
  const client = new DynamoClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  })
  const orm = createOrm({ models: await loadModels({ modelsPath }), client, design: { tableName } })
  await orm.createTable()
  try {
    const team = await orm.model('Team').create({ name: 'Analytical Engines', plan: 'pro' })
    const user = await orm.model('User').create({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      password: 'correct horse battery staple',
      teamId: team.getAttribute('id'),
    })
    const userId = user.getAttribute('id')
    await orm.model('Profile').create({ bio: 'Poetical scientist', userId })
    const post = await orm.model('Post').create({
      title: 'Notes on the Analytical Engine',
      body: 'The engine weaves algebraic patterns.',
      status: 'published',
      publishedAt: 1_700_000_000_000,
      userId,
    })
    await orm.model('Comment').create({ body: 'Great read!', postId: post.getAttribute('id'), userId })
    const role = await orm.model('Role').create({ name: 'editor' })
    // Models loaded from files are untyped, so their relations are reached through a narrow view.
    const roles = (user as unknown as RelationOwner).relation('roles')
    await roles.attach({ [String(role.getAttribute('id'))]: { grantedAt: 1_700_000_000_000 } })
    const items: Record<string, unknown>[] = []
    for await (const item of new DocumentClient(client).scanAll({ TableName: orm.tableName }))
      items.push(item)
    return {
      tableName: orm.tableName,
      items: sortItems(stabilise(items)),
      indexes: orm.design.globalIndexes.map((index) => ({
        name: index.name,
        partitionKey: index.partitionKey,
        sortKey: index.sortKey ?? null,
      })),
    }
  } finally {
    await orm.dropTable()
  }
}

function sortItems(items: Record<string, unknown>[]): Record<string, unknown>[] {
  const order = ['Team', 'User', 'Profile', 'Post', 'Comment', 'Role']
  const rank = (item: Record<string, unknown>) => {
    const at = order.indexOf(String(item._et))
    return at === -1 ? order.length : at
  }
  const text = (item: Record<string, unknown>) => `${String(item.pk)} ${String(item.sk)}`
  return [...items].sort((a, b) => rank(a) - rank(b) || text(a).localeCompare(text(b)))
}

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi
const isoTime = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g

/** Ids become `<id:Team>`-style placeholders (named after the entity that owns them), times `<now>`. */
function stabilise(items: Record<string, unknown>[]): Record<string, unknown>[] {
  const names = new Map<string, string>()
  for (const item of items) {
    const id = item.id
    if (typeof id === 'string' && !names.has(id)) names.set(id, `<${String(item._et).toLowerCase()}-id>`)
  }
  const replace = (value: unknown, key: string): unknown => {
    if (typeof value !== 'string') return value
    if (key === 'password') return '<password hash>'
    return value.replace(uuid, (match) => names.get(match) ?? '<id>').replace(isoTime, '<now>')
  }
  return items.map((item) =>
    Object.fromEntries(
      Object.keys(item)
        .sort(keyOrder)
        .map((key) => [key, replace(item[key], key)]),
    ),
  )
}

function keyOrder(a: string, b: string): number {
  const first = ['pk', 'sk', '_et']
  const rank = (key: string) => (first.includes(key) ? first.indexOf(key) : /^gsi/.test(key) ? 3 : 4)
  return rank(a) - rank(b) || a.localeCompare(b)
}
