import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createProgram } from '../src/index'

const cliDoc = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8')

describe('docs/cli.md against the command tree', () => {
  const program = createProgram()

  it('documents every command with its usage line as --help prints it, and every option', () => {
    for (const command of program.commands) {
      const usage = `dbtooling ${command.name()} ${command.usage()}`.trim()
      expect(cliDoc, `docs/cli.md lacks "${usage}"`).toContain(`### \`${usage}\``)
      for (const option of command.options.filter((o) => !o.hidden)) {
        expect(cliDoc, `docs/cli.md lacks ${option.flags} of ${command.name()}`).toContain(
          `\`${option.flags}\``,
        )
      }
    }
  })

  it('documents no command that does not exist', () => {
    const names = new Set(program.commands.map((c) => c.name()))
    const documented = [...cliDoc.matchAll(/^### `dbtooling ([a-z:-]+)/gm)].map((m) => m[1])
    expect(documented.filter((name) => !names.has(name ?? ''))).toEqual([])
  })

  it('gives every command an example in its --help', () => {
    for (const command of program.commands.filter((c) => c.name() !== 'help')) {
      let help = ''
      command.configureOutput({ writeOut: (text) => (help += text) })
      command.outputHelp()
      expect(help, command.name()).toContain('Example:')
    }
  })
})
