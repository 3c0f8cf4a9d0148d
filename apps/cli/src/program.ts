import { Command, Option } from 'commander'
import { completionScript } from './commands/completion'
import { type GlobalFlags, globalFlags, registerGlobalFlags } from './support/global-flags'
import { createOutput, type Output } from './support/output'

export const VERSION = '0.1.0'

type Action = (out: Output, global: GlobalFlags, command: Command) => Promise<void>

/** Wraps an action: global flags and the printer in, command modules loaded only when the command runs. */
function act(run: Action) {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command
    const global = globalFlags(command)
    await run(createOutput(global.json === true), global, command)
  }
}

const collect = (value: string, previous: string[] = []) => [...previous, value]

/** Builds the `dbtooling` command tree; `cli.ts` parses process.argv with it. */
export function createProgram(): Command {
  const program = new Command()
  program
    .name('dbtooling')
    .description('DynamoDB, single-table, the Eloquent way')
    .version(VERSION)
    .showSuggestionAfterError()
  registerGlobalFlags(program)
  registerLocal(program)
  registerTables(program)
  registerDesign(program)
  registerItems(program)
  registerData(program)
  registerMigrations(program)
  registerSeeding(program)
  registerProject(program)
  return program
}

function example(command: Command, lines: string): Command {
  return command.addHelpText('after', `\nExample:\n${lines}`)
}

function registerLocal(program: Command): void {
  example(
    program
      .command('start')
      .description('Start DynamoDB Local: in the foreground until Ctrl-C, or --detach in the background')
      .option('-p, --port <port>', 'port to listen on (default: local.port of the config, 8000)')
      .option(
        '--db-path <dir>',
        'keep data in this folder (default: local.dbPath when local.inMemory is false)',
      )
      .option('--in-memory', 'keep data in memory only')
      .option('-d, --detach', 'run in the background; stop with `dbtooling stop`')
      .option('--delay-transient-statuses', 'make CREATING/UPDATING statuses last a while, like AWS')
      .addOption(new Option('--daemon-child').hideHelp())
      .addOption(new Option('--no-shared-db').hideHelp())
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/local-start')).runStart(cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling start --detach --port 8000',
  )
  example(
    program
      .command('stop')
      .description('Stop the DynamoDB Local that `start --detach` started here')
      .action(act(async (out, global) => (await import('./commands/local-daemon')).runStop(global, out))),
    '  $ dbtooling stop',
  )
  example(
    program
      .command('status')
      .description('Is DynamoDB Local running for this project? Endpoint, pid, tables')
      .action(act(async (out, global) => (await import('./commands/local-daemon')).runStatus(global, out))),
    '  $ dbtooling status --json',
  )
  example(
    program
      .command('logs')
      .description("Print DynamoDB Local's log (the detached one)")
      .option('-f, --follow', 'keep printing new lines until Ctrl-C')
      .option('-n, --lines <n>', 'how many lines from the end', '50')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/local-daemon')).runLogs(cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling logs -f',
  )
  example(
    program
      .command('reset')
      .description('Stop DynamoDB Local, delete its data, start it again (detached)')
      .action(act(async (out, global) => (await import('./commands/local-daemon')).runReset(global, out))),
    '  $ dbtooling reset',
  )
}

function registerTables(program: Command): void {
  example(
    program
      .command('table:create')
      .description("Create the table from the models' design and wait until ACTIVE")
      .action(act(async (out, global) => (await import('./commands/table')).runTableCreate(global, out))),
    '  $ dbtooling table:create',
  )
  example(
    program
      .command('table:delete [table]')
      .description("Delete a table (default: the config's) and wait until it is gone")
      .option('-f, --force', 'do not ask (needed for non-local endpoints in scripts)')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/table')).runTableDelete(cmd.args[0], cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling table:delete --force',
  )
  example(
    program
      .command('table:describe [table]')
      .description('Key schema, indexes, item count and status of a table')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/table')).runTableDescribe(cmd.args[0], global, out),
        ),
      ),
    '  $ dbtooling table:describe --json',
  )
  example(
    program
      .command('table:list')
      .description('Every table at the endpoint')
      .action(act(async (out, global) => (await import('./commands/table')).runTableList(global, out))),
    '  $ dbtooling table:list',
  )
  example(
    program
      .command('table:wait [table]')
      .description('Wait until a table is ACTIVE (or gone, with --deleted)')
      .option('--deleted', 'wait until the table no longer exists')
      .option('--timeout <seconds>', 'give up after this long', '300')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/table')).runTableWait(cmd.args[0], cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling table:wait my-table --timeout 60',
  )
}

function registerDesign(program: Command): void {
  example(
    program
      .command('access-patterns')
      .description('The design from the models: entities, keys, indexes, access patterns, warnings')
      .option('--format <format>', 'md, json or mermaid', 'md')
      .option('-o, --output <file>', 'write to a file instead of stdout')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/design')).runAccessPatterns(cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling access-patterns --format mermaid -o docs/design.mmd',
  )
  example(
    program
      .command('ci:validate')
      .description(
        'Load config and models and derive the design; non-zero exit on errors (and warnings with --strict)',
      )
      .option('--strict', 'design warnings fail the run')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/design')).runValidate(cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling ci:validate --strict',
  )
}

function registerItems(program: Command): void {
  const explain = (c: Command) =>
    c.option('--explain', 'print the plan and every request sent (in the JSON as explain with --json)')
  example(
    explain(
      program
        .command('get <target> <key...>')
        .description('Read one item: a model by id (or field=value pairs), or a table by pk=.. sk=..'),
    ).action(
      act(async (out, global, cmd) =>
        (await import('./commands/items')).runGet(
          cmd.args[0] ?? '',
          cmd.args.slice(1),
          cmd.opts(),
          global,
          out,
        ),
      ),
    ),
    '  $ dbtooling get User 0190c2b4-...\n  $ dbtooling get my-table pk=USER#1 sk=USER#1',
  )
  example(
    explain(
      program
        .command('put <target> [json]')
        .description(
          'Write one item: a model (validated, guards and index keys written) or a raw table item',
        ),
    )
      .option('--file <file>', 'read the JSON item from a file (- for stdin)')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/items')).runPut(cmd.args[0] ?? '', cmd.args[1], cmd.opts(), global, out),
        ),
      ),
    `  $ dbtooling put User '{"email":"ada@example.com","name":"Ada"}'`,
  )
  example(
    explain(
      program
        .command('delete <target> <key...>')
        .description('Delete one item: a model by id (hooks, guards, soft delete) or a table by key'),
    ).action(
      act(async (out, global, cmd) =>
        (await import('./commands/items')).runDelete(
          cmd.args[0] ?? '',
          cmd.args.slice(1),
          cmd.opts(),
          global,
          out,
        ),
      ),
    ),
    '  $ dbtooling delete User 0190c2b4-...',
  )
  const queryOptions = (c: Command) =>
    explain(c)
      .option(
        '-w, --where <condition>',
        'field=value, !=, <, <=, >, >=, ^= (begins with); repeatable',
        collect,
      )
      .option('--index <name>', 'use this index instead of the planner’s choice')
      .option('-l, --limit <n>', 'items per page')
      .option('--cursor <cursor>', 'continue from the nextCursor of the previous page')
      .option('--order <field[:asc|desc]>', 'sort by an attribute the index sorts by')
      .option('--count', 'print only how many items match')
      .option('--with-trashed', 'include soft-deleted items')
  example(
    queryOptions(
      program
        .command('query <model>')
        .description('Query a model through the planner (never a Scan unless it says so)'),
    ).action(
      act(async (out, global, cmd) =>
        (await import('./commands/query')).runQuery(cmd.args[0] ?? '', cmd.opts(), global, out),
      ),
    ),
    '  $ dbtooling query Post --where status=published --limit 10 --explain',
  )
  example(
    queryOptions(
      program
        .command('scan <target>')
        .description('Scan a model (filters typed from it) or a raw table, optionally in parallel segments'),
    )
      .option('--segments <n>', 'parallel scan segments (TotalSegments)')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/scan')).runScan(cmd.args[0] ?? '', cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling scan my-table --segments 4 --limit 100',
  )
}

function registerData(program: Command): void {
  example(
    program
      .command('export [file]')
      .description(
        'Export the table, or a selection, to ndjson, ddb-json, s3, json or csv (format from the file name)',
      )
      .option('--format <format>', 'ndjson, ddb-json, s3, json or csv')
      .option('--segments <n>', 'parallel scan segments', '1')
      .option('-m, --model <name>', 'only items of this model (repeatable)', collect)
      .option('--key-prefix <prefix>', 'only items whose partition key begins with this')
      .option('--since <value>', 'only items whose updatedAt is later than this')
      .option('--watermark <file>', 'incremental: export what changed since the last run recorded here')
      .option('--chunk <n>', 'items per file (name-00001.ext, ...)')
      .option('--gzip', 'gzip the output (also when the file name ends in .gz)')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/data')).runExport(cmd.args[0], cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling export backup/all.ndjson.gz --segments 4\n  $ dbtooling export users.csv --model User',
  )
  example(
    program
      .command('import <file>')
      .description(
        'Import items (or rows through a model): idempotent, resumable, every rejected row reported',
      )
      .option('--format <format>', 'ndjson, ddb-json, s3, json or csv (default: from the file name)')
      .option('-m, --model <name>', 'validate and write rows through this model (needed for csv)')
      .option('--map <column=attribute>', 'CSV column to attribute (repeatable)', collect)
      .option('--dry-run', 'validate everything, write nothing')
      .option('--report <file>', 'where rejected rows go (default <file>.rejected.ndjson)')
      .option('--rate <items-per-second>', 'write at most this many items per second')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/data')).runImport(cmd.args[0] ?? '', cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling import products.csv --model Product --map "Unit price=price" --dry-run',
  )
  example(
    program
      .command('copy')
      .description(
        'Copy the table (or some models) to another env, endpoint or table, anonymising attributes',
      )
      .option('--to-env <name>', 'the target is the table of .env.<name>')
      .option('--to-endpoint <url>', 'the target endpoint')
      .option('--to-table <name>', 'the target table name')
      .option('-m, --model <name>', 'only items of this model (repeatable)', collect)
      .option('--segments <n>', 'parallel scan segments', '1')
      .option('--fake <Model.attribute>', 'replace with a realistic fake (repeatable)', collect)
      .option('--hash <Model.attribute>', 'replace with a keyed hash (repeatable)', collect)
      .option('--redact <Model.attribute>', 'replace with [redacted] (repeatable)', collect)
      .option('--null <Model.attribute>', 'replace with null (repeatable)', collect)
      .option('--secret <secret>', 'key of hash and fake (default: DBTOOLING_ANONYMISE_SECRET)')
      .action(
        act(async (out, global, cmd) => (await import('./commands/data')).runCopy(cmd.opts(), global, out)),
      ),
    '  $ dbtooling copy --env production --to-env local --fake User.email --fake User.name --redact User.phone',
  )
  example(
    program
      .command('backup')
      .description(
        'On-demand backup on AWS; against DynamoDB Local a file snapshot in .dbtooling/backups (it says which)',
      )
      .option('--name <name>', 'backup (or snapshot file) name; with --s3-bucket the export client token')
      .option('--s3-bucket <bucket>', 'AWS only: export to this S3 bucket instead (needs PITR on the table)')
      .option('--s3-prefix <prefix>', 'key prefix of the S3 export')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/backup')).runBackup(cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling backup --name before-migration\n  $ dbtooling backup --env production --s3-bucket my-exports --s3-prefix app/',
  )
  example(
    program
      .command('restore [backup]')
      .description(
        'Restore a file snapshot into the table; on AWS a backup ARN, a point in time (--pitr) or an S3 export (--s3-bucket) into a new table (--to-table)',
      )
      .option('--to-table <name>', 'the new table (backup ARN, --pitr, --s3-bucket)')
      .option('--pitr', 'AWS only: restore the table as it was at --at (default: the latest restorable time)')
      .option('--at <time>', 'with --pitr: the moment to restore, e.g. 2026-12-07T12:00:00Z')
      .option(
        '--s3-bucket <bucket>',
        'AWS only: import an S3 export (DynamoDB JSON, gzipped) from this bucket',
      )
      .option('--s3-prefix <prefix>', "key prefix of the export's data files")
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/backup')).runRestore(cmd.args[0], cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling restore .dbtooling/backups/before-migration.ndjson.gz\n  $ dbtooling restore --env production --pitr --at 2026-12-07T12:00:00Z --to-table app-noon',
  )
}

function registerMigrations(program: Command): void {
  const migrateOptions = (c: Command) =>
    c
      .option('--dry-run', 'print the plan, change nothing')
      .option('-f, --force', 'carry out destructive steps (index deletion) without asking')
      .option('--segments <n>', 'backfill parallel-scan segments (default: from the item count)')
      .option('--rate <items-per-second>', 'cap backfill writes per second')
      .option('--lock-wait <seconds>', "wait this long for another run's lock")
  example(
    migrateOptions(
      program
        .command('migrate')
        .description("Bring the table to the models' design: create, add/remove indexes, backfill, verify"),
    )
      .option('--workers <n>', 'backfill in n processes (this one and n-1 migrate:worker children)', '1')
      .option(
        '--copy-table [name]',
        'for an LSI change: copy every item into a new table (default name: the table name and the design hash) and verify it',
      )
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/migrate')).runMigrate(cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling migrate --dry-run\n  $ dbtooling migrate --workers 4',
  )
  example(
    program
      .command('migrate:status')
      .description('Applied design, pending plan, lock, running backfill and history')
      .action(act(async (out, global) => (await import('./commands/migrate')).runMigrateStatus(global, out))),
    '  $ dbtooling migrate:status --json',
  )
  example(
    migrateOptions(
      program
        .command('migrate:rollback')
        .description('Return the table to the design applied before the last migration'),
    ).action(
      act(async (out, global, cmd) =>
        (await import('./commands/migrate')).runRollback(cmd.opts(), global, out),
      ),
    ),
    '  $ dbtooling migrate:rollback --force',
  )
  example(
    migrateOptions(
      program
        .command('migrate:fresh')
        .description('Drop the table and migrate from nothing (DynamoDB Local; --force elsewhere)'),
    ).action(
      act(async (out, global, cmd) =>
        (await import('./commands/migrate')).runMigrateFresh(cmd.opts(), global, out),
      ),
    ),
    '  $ dbtooling migrate:fresh',
  )
  example(
    program
      .command('migrate:generate')
      .description('The pending plan as text or JSON, for review in a pull request')
      .option('--format <format>', 'text or json')
      .option('-o, --output <file>', 'write to a file instead of stdout')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/migrate')).runMigrateGenerate(cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling migrate:generate --format json -o migration-plan.json',
  )
  example(
    program
      .command('migrate:worker')
      .description(
        "Work the table's running backfill with the others (fleets: run it on any number of machines)",
      )
      .option('--wait <seconds>', 'how long to wait for a backfill to start', '1')
      .option('--rate <items-per-second>', 'cap this worker’s writes per second')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/migrate')).runMigrateWorker(cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling migrate:worker --wait 300',
  )
  example(
    program
      .command('design:diff')
      .description("Today's models against the design applied to the table; exit 1 when they differ")
      .action(act(async (out, global) => (await import('./commands/migrate')).runDesignDiff(global, out))),
    '  $ dbtooling design:diff',
  )
  example(
    migrateOptions(
      program
        .command('ci:migrate')
        .description(
          'migrate for pipelines: never asks, logs progress as JSON lines on stderr, result as JSON',
        ),
    ).action(
      act(async (_out, global, cmd) =>
        (await import('./commands/migrate')).runMigrate(cmd.opts(), global, createOutput(true), true),
      ),
    ),
    '  $ dbtooling ci:migrate --env production',
  )
}

function registerSeeding(program: Command): void {
  const seedOptions = (c: Command) =>
    c
      .option('--class <name>', 'run only this seeder (and the seeders it depends on)')
      .option('--seed <n>', 'the same seed gives byte-identical data on every run')
      .option('--seeders <dir>', 'seeder folder (default: database/seeders or seeders, when present)')
      .option('--factories <dir>', 'factory folder (default: database/factories or factories, when present)')
      .option(
        '--count <n>',
        'rows per model when no seeder exists and the model has no useSeeder count',
        '10',
      )
  example(
    seedOptions(
      program
        .command('seed')
        .description(
          "Run the project's seeders; without any, seed every model from itself (useSeeder counts, parents first)",
        ),
    ).action(
      act(async (out, global, cmd) => (await import('./commands/seed')).runSeed(cmd.opts(), global, out)),
    ),
    '  $ dbtooling seed --seed 42\n  $ dbtooling seed --class UserSeeder',
  )
  example(
    seedOptions(
      program
        .command('db:fresh')
        .description('Drop the table, migrate from nothing and seed (DynamoDB Local; --force elsewhere)'),
    )
      .option('-f, --force', 'allow a non-local endpoint, and do not ask')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/seed')).runDbFresh(cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling db:fresh --seed 42',
  )
  example(
    program
      .command('make:seeder <name>')
      .description('Write a seeder file that `seed` discovers (checked: it loads as a seeder)')
      .option('--dir <dir>', 'folder', 'database/seeders')
      .option('-f, --force', 'overwrite an existing file')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/seed')).runMakeSeeder(cmd.args[0] ?? '', cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling make:seeder UserSeeder',
  )
  example(
    program
      .command('make:factory <model>')
      .description(
        'Write a factory file for a model that `seed` registers (checked: it loads and makes valid rows)',
      )
      .option('--dir <dir>', 'folder', 'database/factories')
      .option('-f, --force', 'overwrite an existing file')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/make-factory')).runMakeFactory(
            cmd.args[0] ?? '',
            cmd.opts(),
            global,
            out,
          ),
        ),
      ),
    '  $ dbtooling make:factory Post',
  )
}

function registerProject(program: Command): void {
  example(
    program
      .command('console')
      .description(
        'A REPL with the config, the ORM and every model loaded; shows the requests each statement sent',
      )
      .action(act(async (_out, global) => (await import('./commands/console')).runConsole(global))),
    '  $ dbtooling console\n  dbtooling> await User.where("email", "ada@example.com").first()',
  )
  example(
    program
      .command('make:model <name>')
      .description(
        'Write a Stacks-style model file into modelsPath (checked: the models still load and derive)',
      )
      .option('--attributes <list>', 'name:type pairs, comma separated', 'name:string')
      .option('--belongs-to <models>', 'comma separated parent models')
      .option('--has-many <models>', 'comma separated child models')
      .option('--uuid', 'ids are generated uuids (useUuid)')
      .option('--soft-deletes', 'useSoftDeletes')
      .option('--no-timestamps', 'no createdAt/updatedAt')
      .option('-f, --force', 'overwrite an existing file')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/make-model')).runMakeModel(cmd.args[0] ?? '', cmd.opts(), global, out),
        ),
      ),
    '  $ dbtooling make:model Post --attributes title:string,views:number --belongs-to User --uuid',
  )
  example(
    program
      .command('env:list')
      .description('Environments (.env.<name> files) with the endpoint and table each uses')
      .action(act(async (out, global) => (await import('./commands/env')).runEnvList(global, out))),
    '  $ dbtooling env:list',
  )
  example(
    program
      .command('env:switch <name>')
      .description('Use .env.<name> for later commands in this folder (`default` to clear)')
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/env')).runEnvSwitch(cmd.args[0] ?? '', global, out),
        ),
      ),
    '  $ dbtooling env:switch staging',
  )
  example(
    program
      .command('env:diff <a> <b>')
      .description(
        "Compare two environments' live tables (keys, indexes, billing, streams, TTL) and applied designs; exit 1 when they differ",
      )
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/env-diff')).runEnvDiff(cmd.args[0] ?? '', cmd.args[1] ?? '', global, out),
        ),
      ),
    '  $ dbtooling env:diff staging production',
  )
  example(
    program
      .command('ci:test <command...>')
      .description(
        "Run a command against a table of its own (created from the design, dropped afterwards); exits with the command's code",
      )
      .action(
        act(async (out, global, cmd) =>
          (await import('./commands/ci-test')).runCiTest(cmd.args, global, out),
        ),
      ),
    '  $ dbtooling ci:test -- npx vitest run',
  )
  example(
    program
      .command('completion <shell>')
      .description('Print a completion script for bash, zsh or fish')
      .action((shell: string) => {
        process.stdout.write(completionScript(program, shell))
      }),
    '  $ dbtooling completion bash >> ~/.bashrc',
  )
}
