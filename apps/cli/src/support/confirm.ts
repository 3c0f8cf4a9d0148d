import { createInterface } from 'node:readline/promises'
import { CliError } from './cli-error'
import type { GlobalFlags } from './global-flags'
import type { Project } from './project'

/**
 * Asks before a destructive step. `--yes`/`--force` skip the question. Without a terminal to ask on, a
 * destructive command against a non-local endpoint is refused unless forced; against DynamoDB Local it goes on.
 */
export async function confirmDestructive(
  what: string,
  project: Pick<Project, 'isLocal' | 'endpoint'>,
  global: GlobalFlags,
  force = false,
): Promise<void> {
  if (force || global.yes) return
  const where = project.endpoint ?? 'AWS (regional endpoint)'
  if (!process.stdin.isTTY) {
    if (project.isLocal) return
    throw new CliError(
      'REFUSED',
      `refusing to ${what} on ${where} in a non-interactive run`,
      'pass --force (or --yes) when you mean it',
    )
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  try {
    const answer = await rl.question(`${what} on ${where}? Type "yes" to go on: `)
    if (answer.trim().toLowerCase() !== 'yes') {
      throw new CliError('REFUSED', `not confirmed: did not ${what}`, 'answer "yes", or pass --force')
    }
  } finally {
    rl.close()
  }
}
