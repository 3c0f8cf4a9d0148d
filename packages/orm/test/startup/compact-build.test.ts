import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The client, schema and orm builds shorten local names (tsup.base.ts, compactBuild) to cut the bytes a cold
// import compiles. What a user sees must not change: the names of exported functions and classes, the
// `name` of errors (taken from `new.target.name`), and stack traces, which name the function without
// source maps and point at src with --enable-source-maps.

const packagesDir = fileURLToPath(new URL('../../../', import.meta.url))
const dist = (name: string, file = 'index.js'): string =>
  new URL(`${name}/dist/${file}`, `file://${packagesDir}`).href

function run(script: string, flags: string[] = []): string {
  const result = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
    encoding: 'utf8',
  })
  expect(result.status, result.stderr).toBe(0)
  return result.stdout.trim()
}

describe('the compact builds keep what users see', () => {
  it('every exported class has its own name, in the ESM and the CommonJS builds', () => {
    const script = `
      import { createRequire } from 'node:module'
      const require = createRequire(import.meta.url)
      const out = []
      for (const name of ['orm', 'schema', 'dynamo-client']) {
        for (const mod of [await import(${JSON.stringify(dist('NAME'))}.replace('NAME', name)), require(${JSON.stringify(fileURLToPath(dist('NAME', 'index.cjs')))}.replace('NAME', name))]) {
          for (const [key, value] of Object.entries(mod)) {
            if (typeof value !== 'function' || !/^class\\b/.test(Function.prototype.toString.call(value))) continue
            out.push([key, value.name.replace(/^_/, '')])
          }
        }
      }
      console.log(JSON.stringify(out))`
    const classes = JSON.parse(run(script)) as [string, string][]
    expect(classes.length).toBeGreaterThan(150)
    expect(classes.filter(([key, name]) => key !== name)).toEqual([])
  })

  it('errors are named after their class, and a stack trace names the functions it passed through', () => {
    const script = `
      const orm = await import(${JSON.stringify(dist('orm'))})
      let thrown
      try { orm.createOrm({ models: [], config: { tableName: '' } }) } catch (error) { thrown = error }
      console.log(JSON.stringify({
        names: [new orm.OrmError('SOME_CODE', { message: 'm' }).name, new orm.ItemNotFoundError('User', { id: '1' }).name, thrown.name],
        stack: thrown.stack,
      }))`
    const seen = JSON.parse(run(script)) as { names: string[]; stack: string }
    expect(seen.names).toEqual(['OrmError', 'ItemNotFoundError', 'ConfigError'])
    expect(seen.stack).toMatch(/at resolveConfig \(file:.*schema\/dist\/index\.js/)
  })

  it('with --enable-source-maps, a stack trace points at the TypeScript sources', () => {
    const script = `
      const orm = await import(${JSON.stringify(dist('orm'))})
      try { orm.createOrm({ models: [], config: { tableName: '' } }) } catch (error) { console.log(error.stack) }`
    expect(run(script, ['--enable-source-maps'])).toMatch(
      /at resolveConfig \(.*packages\/schema\/src\/config\/resolve\.ts:\d+:\d+\)/,
    )
  })
})
