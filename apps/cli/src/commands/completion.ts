import type { Command } from 'commander'
import { usageError } from '../support/cli-error'

interface CommandWords {
  readonly name: string
  readonly options: readonly string[]
}

function commandWords(program: Command): CommandWords[] {
  const globals = program.options.map((o) => o.long).filter((o): o is string => Boolean(o))
  return program.commands.map((c) => ({
    name: c.name(),
    options: [
      ...c.options
        .filter((o) => !o.hidden)
        .map((o) => o.long)
        .filter((o): o is string => Boolean(o)),
      ...globals,
      '--help',
    ],
  }))
}

/** `completion <bash|zsh|fish>`: a completion script built from the command tree itself. */
export function completionScript(program: Command, shell: string): string {
  const words = commandWords(program)
  const names = words.map((w) => w.name).join(' ')
  if (shell === 'bash' || shell === 'zsh') {
    const cases = words.map((w) => `    ${w.name}) opts="${w.options.join(' ')}" ;;`).join('\n')
    const body = [
      '_dbtooling() {',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not a JS template
      '  local cur="${COMP_WORDS[COMP_CWORD]}" cmd="${COMP_WORDS[1]}" opts=""',
      '  if [ "$COMP_CWORD" -eq 1 ]; then',
      `    COMPREPLY=( $(compgen -W "${names}" -- "$cur") ); return 0`,
      '  fi',
      '  case "$cmd" in',
      cases,
      '  esac',
      '  COMPREPLY=( $(compgen -W "$opts" -- "$cur") )',
      '}',
      'complete -F _dbtooling dbtooling',
    ]
    // zsh runs bash completion functions through bashcompinit.
    return `${shell === 'zsh' ? 'autoload -U +X bashcompinit && bashcompinit\n' : ''}${body.join('\n')}\n`
  }
  if (shell === 'fish') {
    const lines = words.flatMap((w) => [
      `complete -c dbtooling -n '__fish_use_subcommand' -a '${w.name}'`,
      ...w.options.map(
        (o) => `complete -c dbtooling -n '__fish_seen_subcommand_from ${w.name}' -l '${o.slice(2)}'`,
      ),
    ])
    return `${lines.join('\n')}\n`
  }
  throw usageError(
    `no completion for shell "${shell}"`,
    'use bash, zsh or fish: dbtooling completion bash >> ~/.bashrc',
  )
}
