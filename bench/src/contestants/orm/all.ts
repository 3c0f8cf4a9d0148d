import type { Entrant } from '../../contestant'
import type { OrmScenario } from '../../scenarios/orm-scenarios'
import { awsSdkRequests } from './aws-sdk-requests'
import { dbtoolingClient } from './dbtooling-client'
import { dbtoolingOrm, dbtoolingOrmBaseline, dbtoolingOrmObserved } from './dbtooling-orm'
import { dynamodbToolbox } from './dynamodb-toolbox'
import { electrodb } from './electrodb'

/** ORM-level contestants, in table order. */
export const ORM_CONTESTANTS: readonly Entrant<OrmScenario>[] = [
  awsSdkRequests,
  electrodb,
  dynamodbToolbox,
  dbtoolingClient,
  dbtoolingOrm,
  dbtoolingOrmObserved,
  dbtoolingOrmBaseline,
]
