import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8')
const generated = fileURLToPath(new URL('./.readme-example.generated.ts', import.meta.url))

describe('README', () => {
  afterAll(() => rmSync(generated, { force: true }))

  it('opens with an example that runs and prints what its comments say', async () => {
    const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(block).toBeDefined()
    writeFileSync(generated, block ?? '')
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    try {
      await import(/* @vite-ignore */ generated)
      const printed = log.mock.calls
      expect(printed[0]).toEqual(['USER#{id}'])
      expect(printed[1]).toEqual(['POST#{postId}', 'COMMENT#{id}'])
      expect(printed[2]?.[0]).toMatchObject({
        operation: 'Query',
        index: 'GSI2',
        partitionKey: { attribute: 'gsi2pk', template: 'USER#{id}' },
        sortKeyBeginsWith: 'POST#',
      })
      expect(printed[3]).toEqual([['GSI1', 'GSI2', 'GSI3']])
      expect(printed[4]).toEqual(['UNIQUE#User#email#ada@example.com'])
      expect(printed[5]).toEqual(['# Table `app`'])
    } finally {
      log.mockRestore()
    }
  })
})
