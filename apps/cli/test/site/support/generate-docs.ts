import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderCliReference } from './cli-reference'
import { renderConfigReference } from './config-reference'

/** The generated pages of the docs site; `pnpm docs:generate` writes them, tests check they are current. */
export const generatedPages: Record<string, () => string | Promise<string>> = {
  'reference/config.md': renderConfigReference,
  'reference/cli.md': renderCliReference,
}

export const docsDir = fileURLToPath(new URL('../../../../../docs/', import.meta.url))

async function main(): Promise<void> {
  for (const [page, render] of Object.entries(generatedPages)) {
    writeFileSync(`${docsDir}${page}`, await render())
    console.log(`wrote docs/${page}`)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
