import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it, vi } from 'vitest'
import { localEndpoint, uniqueTableName } from '../../../../tests/support'

/** The README must start with an example that runs: extract it, point it at DynamoDB Local, run it. */
describe('README', () => {
  it('the opening example runs against DynamoDB Local', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
    const match = /```ts\n([\s\S]*?)```/.exec(readme)
    expect(match, 'README has a ts example').not.toBeNull()
    const table = uniqueTableName('readme')
    const source = (match?.[1] ?? '')
      .replaceAll("'http://localhost:8000'", JSON.stringify(localEndpoint()))
      .replaceAll("'app'", JSON.stringify(table))
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    })
    const dir = await mkdtemp(join(tmpdir(), 'readme-example-'))
    const file = join(dir, 'example.mjs')
    await writeFile(file, outputText)
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    try {
      await import(/* @vite-ignore */ file)
      const [item, items, counts] = log.mock.calls[0] ?? []
      expect(item).toMatchObject({ name: { S: 'Ada' } })
      expect(items).toHaveLength(1)
      expect(counts).toMatchObject({ PutItem: 1, GetItem: 1, Query: 1, CreateTable: 1 })
    } finally {
      log.mockRestore()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
