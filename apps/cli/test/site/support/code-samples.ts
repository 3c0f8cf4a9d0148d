import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export { shownCode } from '../../../../../docs/.vitepress/sample-markers'

/**
 * A ```ts block of a docs page. Its first line says what the tests do with it:
 * - `// @check`: it must compile on its own. Lines above a `// ---cut---` line are compiled but not shown
 *   (the setup a reader already has: models, an orm, a client), as in twoslash.
 * - `// @nocheck: <reason>`: it cannot compile on its own, and the reason says why.
 * The site shows readers neither (`shownCode`, docs/.vitepress/sample-markers.ts).
 */
export interface CodeSample {
  page: string
  /** Line of the page where the compiled code starts. */
  line: number
  code: string
  check: boolean
  /** Why a `@nocheck` sample is not compiled; empty for checked ones and for unmarked ones. */
  reason: string
  marked: boolean
}

export const checkMarker = '// @check'
export const noCheckMarker = /^\/\/ @nocheck: (\S.*)$/

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

/** Every ```ts block of the docs, marked or not. */
export function codeSamples(docsDir: string): CodeSample[] {
  const samples: CodeSample[] = []
  for (const file of markdownFiles(docsDir)) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/^```(?:ts|typescript)(?:[ \t][^\n]*)?\n([\s\S]*?)^```$/gm)) {
      const body = match[1] ?? ''
      const [first = '', ...rest] = body.split('\n')
      const page = relative(docsDir, file)
      const reason = noCheckMarker.exec(first)?.[1] ?? ''
      const check = first === checkMarker
      const marked = check || reason !== ''
      const line = text.slice(0, match.index).split('\n').length + (marked ? 2 : 1)
      samples.push({ page, line, code: marked ? rest.join('\n') : body, check, reason, marked })
    }
  }
  return samples
}

export function checkedSamples(docsDir: string): CodeSample[] {
  return codeSamples(docsDir).filter((sample) => sample.check)
}
