import { homedir } from 'node:os'
import { join } from 'node:path'
import repl from 'node:repl'
import type { GlobalFlags } from '../support/global-flags'
import { describeRequests } from '../support/request-recorder'
import { openRecorded } from './items'

/**
 * `console`: a REPL with the config, the ORM and every model loaded (`User`, `Post`...), top-level await,
 * history in ~/.dbtooling_history. After each statement it prints the requests it sent; `.explain` toggles
 * the full request lines.
 */
export async function runConsole(global: GlobalFlags): Promise<void> {
  const { project, recorder } = await openRecorded(global)
  const { orm, config } = project
  const names = Object.keys(orm.design.entities).sort()
  process.stdout.write(
    `dbtooling console: table ${orm.tableName} at ${project.endpoint ?? `aws ${config.region}`}\n` +
      `models: ${names.join(', ') || '(none)'}; also: orm, config. Type .explain to show each request, .exit to leave.\n`,
  )
  const server = repl.start({ prompt: 'dbtooling> ', useGlobal: false })
  Object.assign(server.context, { orm, config })
  for (const name of names) server.context[name] = orm.model(name)
  let verbose = false
  server.defineCommand('explain', {
    help: 'Toggle printing every request sent (operation, index, key condition, filter)',
    action() {
      verbose = !verbose
      this.output.write(`explain ${verbose ? 'on' : 'off'}\n`)
      this.displayPrompt()
    },
  })
  let seen = 0
  const report = () => {
    const fresh = recorder.requests.slice(seen)
    seen = recorder.requests.length
    if (fresh.length === 0) return
    const counts = new Map<string, number>()
    for (const r of fresh) counts.set(r.operation, (counts.get(r.operation) ?? 0) + 1)
    const summary = [...counts].map(([op, n]) => `${op} x${n}`).join(', ')
    const lines = verbose ? describeRequests(fresh).map((l) => `  ${l}`) : []
    server.output.write(`[requests: ${summary}]\n${lines.map((l) => `${l}\n`).join('')}`)
  }
  // Awaited results print like any other; the request summary comes just before them.
  const evaluate = server.eval
  const wrapped: repl.REPLEval = (cmd, context, file, callback) =>
    evaluate.call(server, cmd, context, file, (error, result) => {
      Promise.resolve(result).then(
        (value) => {
          report()
          callback(error, value)
        },
        (failure: unknown) => {
          report()
          callback(failure as Error, undefined)
        },
      )
    })
  // The REPL reads `eval` on every line; it is typed read-only, but replacing it is the supported hook.
  ;(server as { eval: repl.REPLEval }).eval = wrapped
  server.setupHistory(join(process.env.DBTOOLING_HISTORY_DIR ?? homedir(), '.dbtooling_history'), () => {})
  await new Promise<void>((done) => server.once('exit', () => done()))
}
