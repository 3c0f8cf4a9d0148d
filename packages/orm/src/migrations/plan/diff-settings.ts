import type { BillingDesign, TableDesign } from '@dbtooling/schema'
import { canonicalJson } from './design-hash'
import { pitrStep } from './diff-aws-settings'
import type { LiveTable } from './live-table'
import { step } from './step-factory'
import type { MigrationStep } from './types'

function streamsText(streams: TableDesign['streams']): string {
  return streams?.enabled ? `on (${streams.viewType})` : 'off'
}

function ttlStep(next: TableDesign, current: string | null): MigrationStep | null {
  if (next.ttlAttribute === current) return null
  const to = next.ttlAttribute
  return step(
    'update-ttl',
    { kind: 'update-ttl', attribute: to, previous: current },
    {
      what: to
        ? `Enable TTL on ${to}${current ? ` (disable TTL on ${current} first)` : ''}`
        : `Disable TTL on ${current}`,
      why: to ? 'a model uses the TTL trait or config sets ttlAttribute' : 'no model uses TTL any more',
      inverse: current ? `enable TTL on ${current}` : 'disable TTL',
    },
    { costNote: 'AWS allows one TTL change per table per hour' },
  )
}

function streamsStep(next: TableDesign, current: TableDesign['streams']): MigrationStep | null {
  if (streamsText(next.streams) === streamsText(current)) return null
  return step(
    'update-streams',
    { kind: 'update-streams', streams: next.streams },
    {
      what: `Streams ${streamsText(current)} -> ${streamsText(next.streams)}`,
      why: 'the config changed streams',
      inverse: `streams ${streamsText(current)}`,
    },
    { costNote: 'a view type change disables the stream first: consumers see a new stream ARN' },
  )
}

function billingText(billing: BillingDesign): string {
  return billing.mode === 'PROVISIONED' ? `PROVISIONED ${billing.read}/${billing.write}` : 'PAY_PER_REQUEST'
}

function billingStep(next: TableDesign, applied: TableDesign | null, live: LiveTable): MigrationStep | null {
  const modeChanged = next.billing.mode !== live.billingMode
  // Auto-scaling targets are their own step: an UpdateTable with unchanged capacity is an error on AWS.
  const capacity = (billing: BillingDesign) =>
    canonicalJson(billing.mode === 'PROVISIONED' ? { ...billing, autoScaling: null } : billing)
  const capacityChanged = applied !== null && capacity(applied.billing) !== capacity(next.billing)
  if (!modeChanged && !capacityChanged) return null
  const from = applied ? billingText(applied.billing) : live.billingMode
  return step(
    'update-billing',
    { kind: 'update-billing', billing: next.billing },
    {
      what: `Billing ${from} -> ${billingText(next.billing)}`,
      why: 'the config changed billing',
      inverse: `billing ${from}`,
    },
    {
      costNote: modeChanged
        ? 'AWS allows a switch to on-demand once per 24 hours: a rollback may have to wait'
        : 'capacity changes apply within minutes',
    },
  )
}

function tagsStep(next: TableDesign, current: Record<string, string>): MigrationStep | null {
  const set: Record<string, string> = {}
  for (const [key, value] of Object.entries(next.tags).sort()) if (current[key] !== value) set[key] = value
  const remove = Object.keys(current)
    .filter((key) => !(key in next.tags))
    .sort()
  if (Object.keys(set).length === 0 && remove.length === 0) return null
  const parts = [...Object.keys(set).map((key) => `set ${key}`), ...remove.map((key) => `remove ${key}`)]
  return step(
    'update-tags',
    { kind: 'update-tags', set, remove },
    {
      what: `Tags: ${parts.join(', ')}`,
      why: 'the config changed tags',
      inverse: 'restore the previous tags',
    },
  )
}

function flagStep(
  id: 'update-deletion-protection' | 'update-contributor-insights',
  enabled: boolean,
  label: string,
): MigrationStep {
  return step(
    id,
    { kind: id, enabled },
    {
      what: `${enabled ? 'Enable' : 'Disable'} ${label}`,
      why: `the config sets ${label} ${enabled ? 'on' : 'off'}`,
      inverse: `${enabled ? 'disable' : 'enable'} ${label}`,
    },
    {},
  )
}

/** Table settings of `next` that differ from the live table (or the recorded design where live says nothing). */
export function diffSettings(
  applied: TableDesign | null,
  next: TableDesign,
  live: LiveTable,
): MigrationStep[] {
  const steps: Array<MigrationStep | null> = [
    billingStep(next, applied, live),
    next.tableClass === live.tableClass
      ? null
      : step(
          'update-table-class',
          { kind: 'update-table-class', tableClass: next.tableClass },
          {
            what: `Table class ${live.tableClass} -> ${next.tableClass}`,
            why: 'the config changed the table class',
            inverse: `table class ${live.tableClass}`,
          },
          { costNote: 'AWS allows two class changes per 30 days' },
        ),
    streamsStep(
      next,
      live.streams.enabled ? { enabled: true, viewType: live.streams.viewType as never } : null,
    ),
    ttlStep(next, live.ttlAttribute),
    next.deletionProtection === live.deletionProtection
      ? null
      : flagStep('update-deletion-protection', next.deletionProtection, 'deletion protection'),
    next.contributorInsights === (applied?.contributorInsights ?? false)
      ? null
      : flagStep('update-contributor-insights', next.contributorInsights, 'contributor insights'),
    tagsStep(next, live.tags ?? applied?.tags ?? {}),
    pitrStep(applied, next, live),
  ]
  return steps.filter((entry): entry is MigrationStep => entry !== null)
}
