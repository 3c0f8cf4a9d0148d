import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { validateConfig } from '@dbtooling/schema'
import { describe, expect, it } from 'vitest'
import { localEndpoint } from '../../../../tests/support'
import { exampleValue } from './support/config-examples'
import { documentedOptions } from './support/config-reference'
import { docsDir, generatedPages, generatedSections, sectionOf } from './support/generate-docs'

describe('the generated docs pages', () => {
  it.each(Object.keys(generatedPages))('docs/%s is what `pnpm docs:generate` writes', async (page) => {
    const onDisk = readFileSync(`${docsDir}${page}`, 'utf8')
    const fresh = await generatedPages[page]!({ endpoint: localEndpoint() })
    expect(onDisk, `run pnpm docs:generate to refresh docs/${page}`).toBe(fresh)
  })

  const sections = Object.entries(generatedSections).flatMap(([page, named]) =>
    Object.entries(named).map(([name, render]) => ({ page, name, render })),
  )
  // The IAM section runs a dozen CLI processes, each a cold start of Node and tsx.
  it.each(sections)(
    'docs/$page section $name is what the code and DynamoDB Local give now',
    { timeout: 400_000 },
    async ({ page, name, render }) => {
      const onDisk = sectionOf(readFileSync(`${docsDir}${page}`, 'utf8'), name)
      expect(onDisk, `run pnpm docs:generate to refresh docs/${page}`).toBe(
        await render({ endpoint: localEndpoint() }),
      )
    },
  )
})

describe('the config reference', () => {
  const options = documentedOptions()

  it('lists every option of the schema with a description (JSDoc in types.ts)', () => {
    expect(options.length).toBeGreaterThan(80)
    expect(options.filter((o) => !o.description).map((o) => o.path)).toEqual([])
  })

  it('gives an example to every option that is not part of a list or map entry', () => {
    const missing = options.filter(
      (o) => !o.example && !o.isSection && !o.path.includes('[]') && !o.path.includes('<Model>'),
    )
    expect(missing.map((o) => o.path)).toEqual([])
  })

  it('shows defaults that validateConfig fills in', () => {
    const resolved = validateConfig({})
    if (!resolved.ok) throw new Error('an empty config must validate')
    const wrong = options
      .filter((o) => o.hasDefault && !o.isSection && !/\[\]|<Model>/.test(o.path))
      .filter((o) => valueAt(resolved.config, parentOf(o.path)) !== null) // sections that default to null
      .filter((o) => !isDeepStrictEqual(valueAt(resolved.config, o.path), o.default))
    expect(wrong.map((o) => `${o.path}: documented ${JSON.stringify(o.default)}`)).toEqual([])
  })

  it('has examples that validate and set the option they illustrate', () => {
    const problems: string[] = []
    for (const option of options.filter((o) => o.example)) {
      const input = exampleValue(option.example) as Record<string, unknown>
      const result = validateConfig(input)
      if (!result.ok) problems.push(...result.issues.map((i) => `${option.path}: ${i.message}`))
      else if (
        !/\[\]|<Model>/.test(option.path) &&
        !contains(valueAt(result.config, option.path), valueAt(input, option.path))
      )
        problems.push(`${option.path}: the resolved config does not hold the example's value`)
    }
    expect(problems).toEqual([])
  })
})

/** Resolution fills in defaults around what the user wrote; the written values must all survive. */
function contains(actual: unknown, expected: unknown): boolean {
  if (expected && typeof expected === 'object' && !Array.isArray(expected))
    return Object.entries(expected).every(([key, value]) =>
      contains((actual as Record<string, unknown>)?.[key], value),
    )
  if (Array.isArray(expected))
    return Array.isArray(actual) && expected.every((value, at) => contains(actual[at], value))
  return actual === expected
}

function parentOf(path: string): string {
  return path.split('.').slice(0, -1).join('.')
}

function valueAt(root: unknown, path: string): unknown {
  if (!path) return root
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], root)
}
