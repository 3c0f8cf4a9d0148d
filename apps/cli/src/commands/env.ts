import { resolve } from 'node:path'
import { CliError } from '../support/cli-error'
import { listEnvNames } from '../support/env-files'
import type { GlobalFlags } from '../support/global-flags'
import { type Output, renderTable } from '../support/output'
import { loadProject } from '../support/project'
import { readActiveEnv, writeActiveEnv } from '../support/project-state'

/** `env:list`: every `.env.<name>` of the project with the endpoint and table it resolves to. */
export async function runEnvList(global: GlobalFlags, out: Output): Promise<void> {
  const cwd = resolve(global.cwd ?? process.cwd())
  const active = readActiveEnv(cwd)
  const { physicalTableName } = await import('@dbtooling/schema')
  const rows: Array<{
    name: string
    active: boolean
    endpoint: string
    table: string
    files: readonly string[]
  }> = []
  for (const name of [null, ...listEnvNames(cwd)]) {
    const project = await loadProject({ ...global, ...(name ? { env: name } : {}) })
    rows.push({
      name: name ?? '(default)',
      active: (name ?? null) === (global.env ?? active),
      endpoint: project.endpoint ?? `aws (${project.config.region})`,
      table: physicalTableName(project.config),
      files: project.env.files,
    })
  }
  out.data({ active: global.env ?? active, environments: rows }, () =>
    renderTable(
      ['', 'env', 'endpoint', 'table', 'files'],
      rows.map((r) => [r.active ? '*' : '', r.name, r.endpoint, r.table, r.files.join(', ')]),
    ),
  )
}

/** `env:switch <name>`: the environment later commands use when --env is not given (`default` clears it). */
export async function runEnvSwitch(name: string, global: GlobalFlags, out: Output): Promise<void> {
  const cwd = resolve(global.cwd ?? process.cwd())
  if (name === 'default') {
    writeActiveEnv(cwd, null)
    out.data({ active: null }, () => 'Using the default environment (.env, .env.local).')
    return
  }
  if (!listEnvNames(cwd).includes(name)) {
    throw new CliError(
      'NOT_FOUND',
      `no .env.${name} file in ${cwd}`,
      `environments: ${listEnvNames(cwd).join(', ') || '(none)'}`,
    )
  }
  writeActiveEnv(cwd, name)
  out.data({ active: name }, () => `Using environment "${name}" (.env.${name}) from now on in this folder.`)
}
