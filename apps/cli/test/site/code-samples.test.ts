import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { codeSamples, shownCode } from './support/code-samples'
import { compileSamples } from './support/compile-samples'
import { docsDir } from './support/generate-docs'

/**
 * Every ```ts block of the docs is compiled with the workspace's strict settings against the packages'
 * built types (the folder sits in apps/cli, whose node_modules links them), or says why it cannot be.
 */
const cliDir = fileURLToPath(new URL('../../', import.meta.url))
const dir = mkdtempSync(join(cliDir, '.docs-samples-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const samples = codeSamples(docsDir)

describe('the docs code samples', () => {
  it('are each marked // @check, or // @nocheck: with the reason', () => {
    expect(samples.length).toBeGreaterThan(100)
    expect(samples.filter((s) => !s.marked).map((s) => `docs/${s.page}:${s.line}`)).toEqual([])
    const unchecked = samples.filter((s) => !s.check)
    console.info(`${samples.length - unchecked.length} of ${samples.length} ts samples type-checked`)
    for (const s of unchecked) console.info(`  not checked: docs/${s.page}:${s.line}: ${s.reason}`)
  })

  it('type-check (every ```ts block marked // @check)', { timeout: 240_000 }, () => {
    const checked = samples.filter((s) => s.check)
    expect(checked.length).toBeGreaterThan(100)
    const { errors, output } = compileSamples(checked, dir)
    expect(errors).toEqual([])
    expect(output).toBe('')
  })

  it('show readers neither the marker nor the setup above // ---cut---', () => {
    const body = "// @check\nimport { x } from 'y'\n// ---cut---\nx()\n"
    expect(shownCode(body)).toBe('x()\n')
    expect(shownCode('// @nocheck: a fragment\n{ a: 1 }\n')).toBe('{ a: 1 }\n')
    expect(shownCode('plain()\n')).toBe('plain()\n')
  })
})
