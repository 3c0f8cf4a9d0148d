import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtFiles, runWithLoadLog } from '../../../../tests/load-log'
import { localEndpoint, uniqueTableName } from '../support'

// The built package, as `import('@dbtooling/orm')` loads it, in fresh processes against DynamoDB Local:
// which chunks a process loads depends on the calls it makes.
const packageDir = fileURLToPath(new URL('../..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'dbtooling-orm-lazy-writes-'))
const table = uniqueTableName('lazy-writes')

// Every script starts with the same models and ORM, so the processes share one table design.
const prelude = [
  "const orm$ = await import('@dbtooling/orm')",
  "const { DynamoClient } = await import('@dbtooling/dynamo-client')",
  "const { defineModel } = await import('@dbtooling/schema')",
  'const { createOrm, Model } = orm$',
  'class User extends Model(defineModel({ name: "User", attributes: { name: { type: "string", fillable: true },',
  '  email: { type: "string", fillable: true, unique: true } }, hasMany: ["Post"] })) {}',
  'class Post extends Model(defineModel({ name: "Post", attributes: { title: { type: "string", fillable: true },',
  '  userId: { type: "string", fillable: true } }, belongsTo: ["User"] })) {}',
  'const client = new DynamoClient({ endpoint: process.env.ENDPOINT, region: "us-east-1",',
  '  credentials: { accessKeyId: "local", secretAccessKey: "local" } })',
  'const orm = createOrm({ models: [User, Post], client, design: { tableName: process.env.TABLE } })',
  'const print = (value) => console.log(JSON.stringify(value))',
].join('\n')

interface Run {
  /** The orm's built files the process loaded. */
  readonly loaded: string[]
  /** What the script printed (one JSON value). */
  readonly printed: unknown
}

/** Runs `body` after the prelude (ESM) in a fresh node in the package folder. */
function run(name: string, body: string): Run {
  const result = runWithLoadLog({
    packageDir,
    log: join(work, `${name}.txt`),
    script: `${prelude}\n${body}`,
    env: { ...process.env, ENDPOINT: localEndpoint(), TABLE: table },
  })
  expect(result.stderr).toBe('')
  return {
    loaded: builtFiles(result.lines, 'orm'),
    printed: JSON.parse(result.stdout.trim().split('\n').at(-1) ?? 'null'),
  }
}

// A chunk is resolved once per import() call that names it, and loaded once: the set is what was loaded.
const writeChunks = (loaded: readonly string[]) => [
  ...new Set(loaded.filter((file) => file.startsWith('lazy-writes'))),
]

beforeAll(() => {
  const setup = [
    'await orm.createTable()',
    'await User.create({ id: "u1", name: "Ada", email: "ada@example.com" })',
    'await Post.create({ id: "p1", title: "One", userId: "u1" })',
    'await Post.create({ id: "p2", title: "Two", userId: "u1" })',
    'print(true)',
  ].join('\n')
  expect(run('setup', setup).printed).toBe(true)
})

afterAll(() => {
  run('teardown', 'await orm.dropTable()\nprint(true)')
  rmSync(work, { recursive: true, force: true })
})

describe('the write path and relation loading load on first use', () => {
  it('a process that only reads (find, where().get(), query().find()) does not load them', () => {
    const body = [
      'const user = await User.find("u1")',
      'const posts = await Post.where("userId", "u1").get()',
      'const again = await User.query().find("u1")',
      'print([user.name, posts.length, again.email])',
    ].join('\n')
    const { loaded, printed } = run('read', body)
    expect(printed).toEqual(['Ada', 2, 'ada@example.com'])
    expect(loaded).toContain('index.js')
    expect(writeChunks(loaded)).toEqual([])
  })

  it('save() loads them once and writes; find then sees the change', () => {
    const body = [
      'const user = await User.find("u1")',
      'user.name = "Ada Lovelace"',
      'const saved = await user.save()',
      'user.name = "Ada"',
      'await user.save()',
      'print([saved, (await User.find("u1", { consistentRead: true })).name])',
    ].join('\n')
    const { loaded, printed } = run('save', body)
    expect(printed).toEqual([true, 'Ada'])
    expect(writeChunks(loaded)).toHaveLength(1)
  })

  it('a write rejects with the typed error class the package exports (a unique email taken)', () => {
    const body = [
      'const error = await User.create({ id: "u2", name: "Eve", email: "ada@example.com" }).catch((e) => e)',
      'print([error instanceof orm$.UniqueConstraintError, error.code, await User.find("u2")])',
    ].join('\n')
    const { loaded, printed } = run('unique', body)
    expect(printed).toEqual([true, 'UNIQUE_CONSTRAINT', null])
    expect(writeChunks(loaded)).toHaveLength(1)
  })

  it('with() loads them and the relations come back', () => {
    const body = [
      'const user = await User.with("posts").find("u1")',
      'print(user.getRelation("posts").map((post) => post.title).sort())',
    ].join('\n')
    const { loaded, printed } = run('with', body)
    expect(printed).toEqual(['One', 'Two'])
    expect(writeChunks(loaded)).toHaveLength(1)
  })

  it('a transaction loads them and commits', () => {
    const body = [
      'await orm.transaction(async (trx) => { await trx.create(Post, { id: "p3", title: "Three", userId: "u1" }) })',
      'const post = await Post.find("p3", { consistentRead: true })',
      'await post.delete()',
      'print([post.title, await Post.find("p3", { consistentRead: true })])',
    ].join('\n')
    const { loaded, printed } = run('transaction', body)
    expect(printed).toEqual(['Three', null])
    expect(writeChunks(loaded)).toHaveLength(1)
  })
})
