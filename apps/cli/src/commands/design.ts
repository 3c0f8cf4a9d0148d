import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CliError, usageError } from '../support/cli-error'
import type { GlobalFlags } from '../support/global-flags'
import type { Output } from '../support/output'
import { openProject } from '../support/project'

export interface AccessPatternFlags {
  format?: string
  output?: string
}

/** `access-patterns`: the design derived from the models, as Markdown, JSON or a Mermaid diagram. */
export async function runAccessPatterns(
  flags: AccessPatternFlags,
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const format = flags.format ?? (global.json ? 'json' : 'md')
  if (!['md', 'json', 'mermaid'].includes(format)) {
    throw usageError(`--format "${format}" is not one of md, json, mermaid`, 'e.g. --format mermaid')
  }
  const { orm } = await openProject(global)
  const schema = await import('@dbtooling/schema')
  const text =
    format === 'json'
      ? schema.renderDesignJson(orm.design)
      : format === 'mermaid'
        ? schema.renderMermaid(orm.design)
        : schema.renderMarkdown(orm.design)
  if (flags.output) {
    const file = resolve(global.cwd ?? process.cwd(), flags.output)
    writeFileSync(file, text)
    out.line(`Wrote ${format} for ${Object.keys(orm.design.entities).length} models to ${file}`)
    return
  }
  process.stdout.write(text)
}

export interface ValidateFlags {
  strict?: boolean
}

/** `ci:validate`: config, models and design load and derive; warnings fail the run under --strict. */
export async function runValidate(flags: ValidateFlags, global: GlobalFlags, out: Output): Promise<void> {
  const { orm, models, configFile } = await openProject(global)
  const warnings = orm.design.warnings
  const report = {
    ok: !(flags.strict && warnings.length > 0),
    configFile,
    models: models.map((m) => m.name),
    globalIndexes: orm.design.globalIndexes.length,
    localIndexes: orm.design.localIndexes.length,
    warnings,
  }
  out.data(report, () =>
    [
      `config: ${configFile ?? '(none: defaults and environment)'}`,
      `models (${models.length}): ${models.map((m) => m.name).join(', ')}`,
      `design: ${report.globalIndexes} GSIs, ${report.localIndexes} LSIs, ${Object.keys(orm.design.entities).length} entities`,
      ...warnings.map(
        (w) =>
          `warning [${w.code}] ${w.entity ? `${w.entity}: ` : ''}${w.message}${w.suggestion ? ` (${w.suggestion})` : ''}`,
      ),
      report.ok ? 'valid' : `invalid: ${warnings.length} warning(s) under --strict`,
    ].join('\n'),
  )
  if (!report.ok) {
    throw new CliError(
      'VALIDATION_FAILED',
      `${warnings.length} design warning(s) under --strict`,
      'fix the warnings above, or drop --strict',
    )
  }
}
