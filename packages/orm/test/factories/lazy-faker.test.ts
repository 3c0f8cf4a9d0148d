import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url))
const probe = fileURLToPath(new URL('./probe/register.mjs', import.meta.url))

/** Runs a script in a fresh Node process that reports every @faker-js module it resolves. */
function resolvedFakerModules(script: string): string[] {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', probe, '--input-type=module', '-e', script],
    { cwd: fileURLToPath(new URL('.', import.meta.url)), encoding: 'utf8' },
  )
  expect(run.status, run.stderr).toBe(0)
  return run.stderr.split('\n').filter((line) => line.startsWith('resolved @faker-js/'))
}

describe('faker is loaded lazily', () => {
  it('importing the package does not load faker; the first factory row does', () => {
    expect(resolvedFakerModules(`await import(${JSON.stringify(entry)})`)).toEqual([])
    const seeding = `const orm = await import(${JSON.stringify(entry)}); await new orm.SeedSession({ seed: 1 }).faker()`
    expect(resolvedFakerModules(seeding)).toEqual(['resolved @faker-js/faker/locale/en'])
  })
})
