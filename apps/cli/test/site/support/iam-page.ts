import { exercisedCommands, observeCommandActions } from './iam-actions'

/** The generated part of docs/guide/deploying.md: actions per command and a policy for migrating from CI. */
export async function renderIamSection(endpoint: string): Promise<string> {
  const actions = await observeCommandActions(endpoint, `docs-iam-${Date.now().toString(36)}`)
  const lines = [
    '| Command | DynamoDB actions it sent |',
    '| --- | --- |',
    ...exercisedCommands.map(([name]) => {
      const sent = actions[name!] ?? []
      return `| \`dbtooling ${name}\` | ${sent.length ? sent.map((a) => `\`dynamodb:${a}\``).join(', ') : 'none'} |`
    }),
  ]
  const migrate = [...new Set([...(actions.migrate ?? []), ...(actions['migrate:status'] ?? [])])].sort()
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DbtoolingMigrate',
        Effect: 'Allow',
        Action: migrate.map((action) => `dynamodb:${action}`),
        Resource: [
          'arn:aws:dynamodb:<region>:<account-id>:table/<table>',
          'arn:aws:dynamodb:<region>:<account-id>:table/<table>/index/*',
        ],
      },
    ],
  }
  return [
    ...lines,
    '',
    'A policy for the CI job that runs `dbtooling migrate` and `migrate:status` on a new table:',
    '',
    '```json',
    JSON.stringify(policy, null, 2),
    '```',
    '',
  ].join('\n')
}
