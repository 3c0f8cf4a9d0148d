/**
 * A guide page as the steps a reader follows: shell blocks to run, files to write (```ts [path]), and
 * expected output (a ```text block checks the output of the shell block before it).
 */
export type GuideStep =
  | { kind: 'shell'; script: string; expect: string[] }
  | { kind: 'file'; path: string; content: string }

const fence = /^```(\w+)(?: \[([^\]]+)\])?\n([\s\S]*?)^```$/gm

export function guideSteps(markdown: string): GuideStep[] {
  const steps: GuideStep[] = []
  for (const [, lang, path, body = ''] of markdown.matchAll(fence)) {
    if (path) steps.push({ kind: 'file', path, content: body.replace(/^\/\/ @check\n/, '') })
    else if (lang === 'sh') steps.push({ kind: 'shell', script: body, expect: [] })
    else if (lang === 'text') {
      const previous = steps.at(-1)
      if (previous?.kind !== 'shell') throw new Error('a ```text block must follow a ```sh block')
      previous.expect.push(...body.split('\n').filter((line) => line.trim()))
    }
  }
  return steps
}
