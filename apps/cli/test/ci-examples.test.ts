import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createProgram } from '../src/index'

const files = ['github-actions.yml', 'gitlab-ci.yml'].map((name) => ({
  name,
  text: readFileSync(new URL(`../../../examples/ci/${name}`, import.meta.url), 'utf8'),
}))

describe('the CI examples in examples/ci', () => {
  const program = createProgram()
  const globals = program.options.map((o) => o.long)

  it.each(files)('$name runs only commands and options the CLI has', ({ text }) => {
    const calls = [...text.matchAll(/npx dbtooling ([a-z:-]+)([^\n]*)/g)]
    expect(calls.length).toBeGreaterThan(0)
    for (const [, name, rest = ''] of calls) {
      const command = program.commands.find((c) => c.name() === name)
      expect(command, `no command ${name}`).toBeDefined()
      const own = command?.options.map((o) => o.long) ?? []
      const flags = (rest.split(' -- ')[0] ?? '').match(/--[a-z-]+/g) ?? []
      for (const flag of flags) expect([...own, ...globals], `${name} ${flag}`).toContain(flag)
    }
  })
})
