import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** A ```ts block of a docs page whose first line is `// @check`: it must compile on its own. */
export interface CodeSample {
  page: string
  line: number
  code: string
}

export const checkMarker = '// @check'

export function markdownFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'public') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...markdownFiles(path))
    else if (entry.name.endsWith('.md')) out.push(path)
  }
  return out.sort()
}

export function checkedSamples(docsDir: string): CodeSample[] {
  const samples: CodeSample[] = []
  for (const file of markdownFiles(docsDir)) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/^```ts[^\n]*\n([\s\S]*?)^```$/gm)) {
      const body = match[1] ?? ''
      if (!body.startsWith(`${checkMarker}\n`)) continue
      const line = text.slice(0, match.index).split('\n').length + 1
      samples.push({ page: relative(docsDir, file), line, code: body.slice(checkMarker.length + 1) })
    }
  }
  return samples
}
