import { spawnSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { repoRoot } from './build-site'
import type { CodeSample } from './code-samples'

/**
 * Libraries samples import besides our packages (which the folder finds through apps/cli's node_modules):
 * the peers the "coming from" guides put side by side, and what the observability and driver pages use.
 */
const extraModules: Record<string, string> = {
  '@dbtooling/testing': 'packages/testing',
  '@dbtooling/driver': 'packages/driver',
  electrodb: 'bench/node_modules/electrodb',
  'dynamodb-toolbox': 'bench/node_modules/dynamodb-toolbox',
  '@aws-sdk/client-dynamodb': 'bench/node_modules/@aws-sdk/client-dynamodb',
  '@aws-sdk/lib-dynamodb': 'bench/node_modules/@aws-sdk/lib-dynamodb',
  'bun-query-builder': 'packages/driver/node_modules/bun-query-builder',
  pino: 'packages/orm/node_modules/pino',
  '@opentelemetry/api': 'packages/orm/node_modules/@opentelemetry/api',
}

/** Links the libraries samples import besides our packages into `dir`'s node_modules. */
export function linkSampleModules(dir: string): void {
  for (const scope of ['@dbtooling', '@aws-sdk', '@opentelemetry'])
    mkdirSync(join(dir, 'node_modules', scope), { recursive: true })
  for (const [name, path] of Object.entries(extraModules))
    symlinkSync(join(repoRoot, path), join(dir, 'node_modules', name))
}

/**
 * Compiles each sample as a module of its own with the workspace's strict settings; `dir` must sit two
 * levels below the repo root, in apps/cli. Returns the errors as `docs/<page>:<line>: <message>`.
 */
export function compileSamples(
  samples: readonly CodeSample[],
  dir: string,
): { errors: string[]; output: string } {
  linkSampleModules(dir)
  const names = samples.map((sample, at) => {
    const name = `sample-${at}.ts`
    writeFileSync(join(dir, name), `${sample.code}\nexport {}\n`)
    return name
  })
  const tsconfig = {
    extends: '../../../tsconfig.base.json',
    compilerOptions: { noEmit: true },
    include: names,
  }
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  const run = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { encoding: 'utf8' })
  const errors = run.stdout
    .split('\n')
    .filter((line) => /sample-\d+\.ts\(/.test(line))
    .map((line) => {
      const [, at, row, message] = /sample-(\d+)\.ts\((\d+),\d+\): (.*)$/.exec(line) ?? []
      const sample = samples[Number(at)]!
      return `docs/${sample.page}:${sample.line + Number(row) - 1}: ${message}`
    })
  return { errors, output: run.status === 0 ? '' : run.stdout }
}
