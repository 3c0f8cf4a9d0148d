import { fileURLToPath } from 'node:url'
import { deriveDesign, loadModels } from '@dbtooling/schema'

const modelsPath = fileURLToPath(new URL('../../../../../examples/blog/models', import.meta.url))

/**
 * The blog example's access patterns as the planner derives them (`deriveDesign` is pure, so this needs
 * no database). `packages/orm/test/query/access-docs.test.ts` runs every listed call against DynamoDB
 * Local and checks it sends the listed request.
 */
export async function renderBlogAccessPatterns(): Promise<string> {
  const design = deriveDesign(await loadModels({ modelsPath }), { tableName: 'blog' })
  const lines = [
    `The blog models give ${design.accessPatterns.length} access patterns, each served by one kind of request (long lists page):`,
    '',
    '| Pattern | Call | Sends | Key condition |',
    '| --- | --- | --- | --- |',
  ]
  for (const pattern of design.accessPatterns) {
    const sends = `${pattern.operation} ${pattern.index ?? 'table'}`
    const key = pattern.keyCondition.replaceAll('|', '\\|')
    const call = pattern.example.replaceAll('|', '\\|')
    lines.push(`| ${pattern.description} | \`${call}\` | ${sends} | \`${key}\` |`)
  }
  return `${lines.join('\n')}\n`
}
