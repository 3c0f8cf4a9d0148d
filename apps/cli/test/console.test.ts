import { spawn } from '@lydell/node-pty'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint, uniqueTableName } from '../../../tests/support'
import { cliEntry, makeProject, runCli, tsxLoader } from './support/run-cli'

/** The console in a real pseudo-terminal: what a person typing into it sees. */
describe('dbtooling console (in a pty)', { timeout: 120_000 }, () => {
  let cwd: string

  beforeAll(async () => {
    cwd = makeProject(uniqueTableName('cli-console'), localEndpoint())
    const created = await runCli(['table:create'], { cwd })
    expect(created.code, created.stderr).toBe(0)
  })

  afterAll(async () => {
    await runCli(['table:delete', '--force'], { cwd })
  })

  it('loads every model, awaits at top level, and reports the requests each statement sent', async () => {
    const { DBTOOLING_ENDPOINT: _ignored, ...env } = process.env
    const term = spawn(process.execPath, ['--import', tsxLoader, cliEntry, 'console'], {
      cwd,
      cols: 200,
      rows: 50,
      env: { ...env, DBTOOLING_HISTORY_DIR: cwd, NO_COLOR: '1' } as Record<string, string>,
    })
    let screen = ''
    term.onData((data) => {
      screen += data
    })
    const exited = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)))
    const waitFor = async (text: string, from = 0) => {
      const deadline = Date.now() + 60_000
      while (!screen.slice(from).includes(text)) {
        if (Date.now() > deadline) throw new Error(`"${text}" never appeared; screen:\n${screen}`)
        await new Promise((r) => setTimeout(r, 50))
      }
      return screen.length
    }
    await waitFor('dbtooling> ')
    expect(screen).toMatch(/models: .*Post.*User/)

    let mark = screen.length
    term.write("await Post.where('userId', 'u1').count()\r")
    await waitFor('[requests: Query x1]', mark)
    await waitFor('dbtooling> ', mark)
    expect(screen.slice(mark)).toMatch(/\[requests: Query x1\]\r?\n0\r?\n/)

    mark = screen.length
    term.write('.explain\r')
    await waitFor('explain on', mark)
    mark = screen.length
    term.write("(await User.find('nobody')) === null\r")
    await waitFor('[requests: GetItem x1]', mark)
    await waitFor('dbtooling> ', mark)
    expect(screen.slice(mark)).toMatch(/\[requests: GetItem x1\]\r?\n {2}1\. GetItem .*\r?\ntrue\r?\n/)

    term.write('.exit\r')
    expect(await exited).toBe(0)
  })
})
