import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { checkedSamples } from './support/code-samples'
import { docsDir } from './support/generate-docs'

/**
 * Every ```ts block of the docs marked `// @check` is compiled with the workspace's strict settings
 * against the packages' published types (the folder sits in apps/cli, whose node_modules links them).
 */
const cliDir = fileURLToPath(new URL('../../', import.meta.url))
const dir = mkdtempSync(join(cliDir, '.docs-samples-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the docs code samples', () => {
  it('type-check (every ```ts block marked // @check)', { timeout: 180_000 }, () => {
    const samples = checkedSamples(docsDir)
    expect(samples.length).toBeGreaterThan(3)
    const names = samples.map((sample, at) => {
      const name = `sample-${at}.ts`
      writeFileSync(join(dir, name), `${sample.code}\nexport {}\n`)
      return name
    })
    const tsconfig = {
      extends: '../../../tsconfig.base.json',
      compilerOptions: { noEmit: true },
      include: names,
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    const run = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { encoding: 'utf8' })
    const errors = run.stdout
      .split('\n')
      .filter((line) => /sample-\d+\.ts\(/.test(line))
      .map((line) => {
        const [, at, row, message] = /sample-(\d+)\.ts\((\d+),\d+\): (.*)$/.exec(line) ?? []
        const sample = samples[Number(at)]!
        return `docs/${sample.page}:${sample.line + Number(row) - 1}: ${message}`
      })
    expect(errors).toEqual([])
    expect(run.status, run.stdout).toBe(0)
  })
})
