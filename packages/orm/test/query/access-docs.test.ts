import { fileURLToPath } from 'node:url'
import type { RequestEvent } from '@dbtooling/dynamo-client'
import { type AccessPattern, loadModels } from '@dbtooling/schema'
import { afterAll, describe, expect, it } from 'vitest'
import { createOrm } from '../../src/index'
import { saasModels } from '../fixtures/planner/saas'
import { shopModels } from '../fixtures/planner/shop'
import { localClient, uniqueTableName } from '../support'

/**
 * The access-pattern docs cannot lie: every documented call is run through the ORM against DynamoDB Local,
 * and the first request it sends must be the documented one (operation, index, key condition).
 */
const blogModels = fileURLToPath(new URL('../../../../examples/blog/models', import.meta.url))

type Models = Parameters<typeof createOrm>[0]['models']
type Orm = ReturnType<typeof createOrm>

const sets: Array<[string, () => Promise<Models>]> = [
  ['blog', () => loadModels({ modelsPath: blogModels })],
  ['shop', async () => [...shopModels]],
  ['saas', async () => [...saasModels]],
]

const orms: Orm[] = []
afterAll(() => Promise.all(orms.map((orm) => orm.dropTable())))

describe.each(sets)('the %s access-pattern docs', (name, load) => {
  it('each documented call sends the documented request', { timeout: 60_000 }, async () => {
    const sent: RequestEvent[] = []
    const orm = createOrm({
      models: await load(),
      client: localClient([
        { name: 'docs', onRequest: (event) => void (event.attempt === 1 && sent.push(event)) },
      ]),
      design: { tableName: uniqueTableName(`docs-${name}`) },
      options: { warn: () => undefined },
    })
    orms.push(orm)
    await orm.createTable()
    const patterns = orm.ctx.design.accessPatterns
    expect(patterns.length).toBeGreaterThan(10)
    const mismatches: string[] = []
    for (const pattern of patterns) {
      sent.length = 0
      const failed = await runExample(orm, pattern).then(
        () => null,
        (error: unknown) => `threw ${(error as Error).message}`,
      )
      const actual = failed ?? (sent[0] ? describeSent(sent[0]) : 'nothing sent')
      const documented = `${pattern.operation} ${pattern.index ?? 'table'} ${documentedKey(pattern)}`
      if (actual !== documented)
        mismatches.push(`${pattern.example}\n  docs: ${documented}\n  sent: ${actual}`)
    }
    expect(mismatches).toEqual([])
  })
})

/** Runs `pattern.example` with the model classes and sample instances (`task.projectId` is '42', ids '123'). */
async function runExample(orm: Orm, pattern: AccessPattern): Promise<void> {
  const entities = Object.keys(orm.ctx.design.entities)
  const classes = entities.map((entity) => orm.model(entity))
  const instances = entities.map((entity) => sampleInstance(orm, entity))
  const names = [...entities, ...entities.map(camel), 'from', 'to']
  const body = `return (async () => { ${pattern.example} })()`
  const run = new Function(...names, body) as (...args: unknown[]) => Promise<unknown>
  await run(...classes, ...instances, '2026-01-01', '2026-02-01')
}

function sampleInstance(orm: Orm, entity: string): unknown {
  const design = orm.ctx.design.entities[entity]!
  const item: Record<string, unknown> = { [orm.ctx.design.entityTypeAttribute]: entity }
  for (const field of design.primaryKey) item[field] = '123'
  for (const attribute of Object.keys(design.attributes)) if (attribute.endsWith('Id')) item[attribute] = '42'
  for (const relation of Object.values(design.relations))
    if (relation.foreignKey && !(relation.foreignKey in item) && relation.kind === 'belongsTo')
      item[relation.foreignKey] = '42'
  return (orm.model(entity) as unknown as { hydrate(item: object): unknown }).hydrate(item)
}

function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

/** The docs' key condition without its trailing note (`(guard item, then the User)`). */
function documentedKey(pattern: AccessPattern): string {
  return pattern.keyCondition.replace(/ \((guard item|filter|whole type)[^)]*\)$/, '')
}

type Wire = Record<string, unknown>

/** The request as the docs write it: operation, index (or `table`), key condition with values filled in. */
function describeSent(event: RequestEvent): string {
  const input = event.input as Wire
  const index = (input.IndexName as string | undefined) ?? 'table'
  if (event.operation === 'GetItem') {
    const key = input.Key as Record<string, Wire>
    const text = Object.entries(key).map(([attribute, value]) => `${attribute} = ${scalar(value)}`)
    return `GetItem ${index} ${text.join(' AND ')}`
  }
  const names = (input.ExpressionAttributeNames ?? {}) as Record<string, string>
  const values = (input.ExpressionAttributeValues ?? {}) as Record<string, Wire>
  const fill = (expression: string) =>
    expression.replace(/[#:][A-Za-z0-9_]+/g, (token) =>
      token.startsWith('#') ? (names[token] ?? token) : values[token] ? scalar(values[token]) : token,
    )
  if (event.operation === 'Scan') return `Scan ${index} ${fill(String(input.FilterExpression ?? ''))}`
  return `${event.operation} ${index} ${fill(String(input.KeyConditionExpression ?? ''))}`
}

function scalar(value: Wire): string {
  return String(value.S ?? value.N ?? JSON.stringify(value))
}
