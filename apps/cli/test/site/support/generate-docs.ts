import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderBlogAccessPatterns } from './access-patterns-page'
import { writeBlogItems } from './blog-items'
import { renderBlogItems } from './blog-items-page'
import { renderCliReference } from './cli-reference'
import { renderConfigReference } from './config-reference'
import { renderIamSection } from './iam-page'

/**
 * The generated parts of the docs site. `pnpm docs:generate` writes them (DynamoDB Local at
 * DYNAMODB_ENDPOINT, default http://localhost:8000, for the pages that show real items); tests regenerate
 * them and fail when a committed page differs.
 */
export interface GenerateContext {
  endpoint: string
}

/** Whole pages. */
export const generatedPages: Record<string, (ctx: GenerateContext) => string | Promise<string>> = {
  'reference/config.md': renderConfigReference,
  'reference/cli.md': renderCliReference,
}

/** Sections of hand-written pages, between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
export const generatedSections: Record<string, Record<string, (ctx: GenerateContext) => Promise<string>>> = {
  'guide/access-patterns.md': { 'blog-access-patterns': renderBlogAccessPatterns },
  'guide/deploying.md': { 'iam-actions': ({ endpoint }) => renderIamSection(endpoint) },
  'guide/single-table-design.md': {
    'blog-items': async ({ endpoint }) =>
      `${renderBlogItems(await writeBlogItems(endpoint, `docs-blog-${Date.now().toString(36)}`))}\n`,
  },
}

export const docsDir = fileURLToPath(new URL('../../../../../docs/', import.meta.url))

const open = (name: string) => `<!-- generated:${name} -->\n`
const close = (name: string) => `<!-- /generated:${name} -->`

/** The text between a section's markers (each on a line of its own). */
export function sectionOf(text: string, name: string): string {
  const start = text.indexOf(open(name))
  const end = text.indexOf(close(name), start)
  if (start === -1 || end === -1) throw new Error(`missing ${open(name).trim()} ... ${close(name)} markers`)
  return text.slice(start + open(name).length, end)
}

function replaceSection(text: string, name: string, content: string): string {
  const start = text.indexOf(open(name)) + open(name).length
  return text.slice(0, start) + content + text.slice(start + sectionOf(text, name).length)
}

async function main(): Promise<void> {
  const ctx = { endpoint: process.env.DYNAMODB_ENDPOINT ?? 'http://localhost:8000' }
  for (const [page, render] of Object.entries(generatedPages)) {
    writeFileSync(`${docsDir}${page}`, await render(ctx))
    console.log(`wrote docs/${page}`)
  }
  for (const [page, sections] of Object.entries(generatedSections)) {
    let text = readFileSync(`${docsDir}${page}`, 'utf8')
    for (const [name, render] of Object.entries(sections))
      text = replaceSection(text, name, await render(ctx))
    writeFileSync(`${docsDir}${page}`, text)
    console.log(`wrote docs/${page} (${Object.keys(sections).join(', ')})`)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
