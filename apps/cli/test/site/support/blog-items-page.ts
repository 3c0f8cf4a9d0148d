import type { BlogItems } from './blog-items'

/** The generated part of docs/guide/single-table-design.md: the table as DynamoDB Local holds it. */
export function renderBlogItems({ items, indexes }: BlogItems): string {
  const lines = [
    `The ${items.length} items below are what the blog example's models wrote to DynamoDB Local when this`,
    'page was generated (`pnpm docs:generate`; a test regenerates them and fails when the page differs).',
    'Generated ids and times are shown as `<post-id>`, `<now>` placeholders; everything else is verbatim.',
    '',
    '| pk | sk | _et | index keys | attributes |',
    '| --- | --- | --- | --- | --- |',
  ]
  for (const item of items) {
    const { pk, sk, _et, ...rest } = item
    const keys = Object.keys(rest).filter((key) => /^gsi\d+(pk|sk)$/.test(key))
    const attributes = Object.fromEntries(Object.entries(rest).filter(([key]) => !keys.includes(key)))
    const keyText = keys.map((key) => `${key}: ${String(rest[key])}`).join('<br>')
    lines.push(
      `| ${cell(pk)} | ${cell(sk)} | ${cell(_et)} | ${cell(keyText)} | ${cell(JSON.stringify(attributes))} |`,
    )
  }
  for (const index of indexes) lines.push('', ...renderIndex(index, items))
  return lines.join('\n')
}

function renderIndex(index: BlogItems['indexes'][number], items: BlogItems['items']): string[] {
  const held = items.filter((item) => item[index.partitionKey] !== undefined)
  const partitions = new Map<string, string[]>()
  for (const item of held) {
    const key = String(item[index.partitionKey])
    const sort = index.sortKey ? String(item[index.sortKey]) : ''
    partitions.set(key, [...(partitions.get(key) ?? []), `${sort} (${String(item._et)})`])
  }
  const lines = [
    `**${index.name}** (\`${index.partitionKey}\`, \`${index.sortKey ?? '-'}\`) holds ${held.length} of the ${items.length} items; the others lack \`${index.partitionKey}\`, so the index is sparse for them:`,
    '',
    `| ${index.partitionKey} | ${index.sortKey ?? ''} (entity) |`,
    '| --- | --- |',
  ]
  for (const [key, sorts] of partitions) lines.push(`| ${cell(key)} | ${cell(sorts.join('<br>'))} |`)
  return lines
}

/** A table cell: code text, pipes escaped; `<br>` separates lines. */
function cell(value: unknown): string {
  if (value === '') return ''
  return String(value)
    .split('<br>')
    .map((part) => `\`${part.replaceAll('|', '\\|')}\``)
    .join('<br>')
}
