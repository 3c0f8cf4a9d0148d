import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it, vi } from 'vitest'
import type {} from '../../../../tests/global-setup'
import { localCredentials, localEndpoint, localRegion, uniqueTableName } from '../../../../tests/support'
import { DynamoClient } from '../../src/client/dynamo-client'
import { DocumentClient } from '../../src/document/index'

/** The example opening the README's "Document layer" section must run as written. */
describe('README document layer example', () => {
  it('runs against DynamoDB Local and leaves the item it describes', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
    const section = readme.slice(readme.indexOf('## Document layer'))
    const match = /```ts\n([\s\S]*?)```/.exec(section)
    expect(match, 'the section has a ts example').not.toBeNull()
    const low = new DynamoClient({
      endpoint: localEndpoint(),
      region: localRegion,
      credentials: localCredentials,
    })
    const table = uniqueTableName('readme-doc')
    await low.createTable({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    })
    await low.waitForTableActive(table, { intervalMs: 50 })
    const source = (match?.[1] ?? '')
      .replaceAll("'http://localhost:8000'", JSON.stringify(localEndpoint()))
      .replaceAll("'app'", JSON.stringify(table))
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    })
    const dir = await mkdtemp(join(tmpdir(), 'readme-document-'))
    const file = join(dir, 'example.mjs')
    await writeFile(file, outputText)
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    try {
      await import(/* @vite-ignore */ file)
      expect(log.mock.calls).toEqual([
        [{ pk: 'USER#1', sk: 'POST#1', title: 'Notes', tags: new Set(['math']) }],
      ])
    } finally {
      log.mockRestore()
      await rm(dir, { recursive: true, force: true })
    }
    const { Item } = await new DocumentClient(low).get({
      TableName: table,
      Key: { pk: 'USER#1', sk: 'USER#1' },
    })
    expect(Item).toEqual({
      pk: 'USER#1',
      sk: 'USER#1',
      name: 'Ada',
      status: 'active',
      profile: { city: 'London' },
      logins: 1,
    })
    await low.deleteTable({ TableName: table })
  })
})
