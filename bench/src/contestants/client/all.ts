import type { Entrant } from '../../contestant'
import type { ClientScenario } from '../../scenarios/client-scenarios'
import { awsSdk } from './aws-sdk'
import { aws4fetch } from './aws4fetch'
import { bareHttp } from './bare-http'
import { dbtooling } from './dbtooling'
import { dbtoolingBaseline } from './dbtooling-baseline'
import { dbtoolingObserved } from './dbtooling-observed'
import { dbtoolingRaw } from './dbtooling-raw'

/** Client-level contestants, in table order. */
export const CLIENT_CONTESTANTS: readonly Entrant<ClientScenario>[] = [
  awsSdk,
  aws4fetch,
  bareHttp,
  dbtooling,
  dbtoolingRaw,
  dbtoolingObserved,
  dbtoolingBaseline,
]
