import { AwsV4Signer } from 'aws4fetch'
import { describe, expect, it } from 'vitest'
import {
  AutoScalingClient,
  AutoScalingError,
  autoScalingClientFor,
  ConfigurationError,
  DynamoClient,
  DynamoClientCore,
  isAutoScalingError,
} from '../../src/index'
import { type CannedServer, type RecordedRequest, useCannedServer } from '../support/canned-server'

let server: CannedServer
let scaling: AutoScalingClient
const closeables: Array<{ close(): Promise<void> }> = []
const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
}

useCannedServer((started) => {
  server = started
  scaling = new AutoScalingClient({
    endpoint: server.endpoint,
    region: 'eu-west-1',
    credentials,
    maxRetries: 2,
  })
  closeables.push(scaling)
}, closeables)

function serviceError(type: string, message: string, status = 400) {
  return { status, body: { __type: type, message } }
}

/** The Authorization header an independent SigV4 implementation computes for the recorded request. */
async function expectedAuthorization(request: RecordedRequest, service: string, region: string) {
  const signer = new AwsV4Signer({
    method: 'POST',
    url: `http://${request.headers.host}/`,
    headers: {
      'content-type': String(request.headers['content-type']),
      'x-amz-target': String(request.headers['x-amz-target']),
    },
    body: request.body,
    ...credentials,
    service,
    region,
    datetime: String(request.headers['x-amz-date']),
  })
  return (await signer.sign()).headers.get('authorization')
}

describe('AutoScalingClient: the Application Auto Scaling wire protocol', () => {
  it('sends RegisterScalableTarget as AWS JSON 1.1 with the AnyScaleFrontendService target, SigV4-signed for application-autoscaling', async () => {
    server.enqueue({
      body: { ScalableTargetARN: 'arn:aws:application-autoscaling:eu-west-1:1:scalable-target/abc' },
    })
    const input = {
      ServiceNamespace: 'dynamodb',
      ResourceId: 'table/orders',
      ScalableDimension: 'dynamodb:table:ReadCapacityUnits',
      MinCapacity: 5,
      MaxCapacity: 100,
    } as const
    const output = await scaling.registerScalableTarget(input)
    expect(output.ScalableTargetARN).toBe('arn:aws:application-autoscaling:eu-west-1:1:scalable-target/abc')
    const [request] = server.requests
    expect(request!.method).toBe('POST')
    expect(request!.url).toBe('/')
    expect(request!.headers['content-type']).toBe('application/x-amz-json-1.1')
    expect(request!.headers['x-amz-target']).toBe('AnyScaleFrontendService.RegisterScalableTarget')
    expect(request!.json).toEqual(input)
    const authorization = String(request!.headers.authorization)
    expect(authorization).toMatch(
      /Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/application-autoscaling\/aws4_request/,
    )
    expect(authorization).toBe(await expectedAuthorization(request!, 'application-autoscaling', 'eu-west-1'))
  })

  it('sends PutScalingPolicy, DescribeScalableTargets and DeregisterScalableTarget with their bodies and targets', async () => {
    server.enqueue(
      { body: { PolicyARN: 'arn:policy', Alarms: [{ AlarmName: 'a' }] } },
      {
        body: {
          ScalableTargets: [
            {
              ServiceNamespace: 'dynamodb',
              ResourceId: 'table/orders',
              ScalableDimension: 'dynamodb:table:WriteCapacityUnits',
              MinCapacity: 1,
              MaxCapacity: 10,
              CreationTime: 1_790_000_000.25,
            },
          ],
          NextToken: 'next',
        },
      },
      { body: {} },
    )
    const policy = {
      PolicyName: 'DynamoDBWriteCapacityUtilization',
      ServiceNamespace: 'dynamodb',
      ResourceId: 'table/orders',
      ScalableDimension: 'dynamodb:table:WriteCapacityUnits',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 70,
        PredefinedMetricSpecification: { PredefinedMetricType: 'DynamoDBWriteCapacityUtilization' },
      },
    } as const
    expect((await scaling.putScalingPolicy(policy)).PolicyARN).toBe('arn:policy')
    const described = await scaling.describeScalableTargets({
      ServiceNamespace: 'dynamodb',
      ResourceIds: ['table/orders', 'table/orders/index/GSI1'],
    })
    expect(described.ScalableTargets?.[0]?.MaxCapacity).toBe(10)
    expect(described.NextToken).toBe('next')
    await scaling.deregisterScalableTarget({
      ServiceNamespace: 'dynamodb',
      ResourceId: 'table/orders',
      ScalableDimension: 'dynamodb:table:WriteCapacityUnits',
    })
    expect(server.requests.map((request) => request.headers['x-amz-target'])).toEqual([
      'AnyScaleFrontendService.PutScalingPolicy',
      'AnyScaleFrontendService.DescribeScalableTargets',
      'AnyScaleFrontendService.DeregisterScalableTarget',
    ])
    expect(server.requests[0]!.json).toEqual(policy)
    expect(server.requests[1]!.json).toEqual({
      ServiceNamespace: 'dynamodb',
      ResourceIds: ['table/orders', 'table/orders/index/GSI1'],
    })
    expect(server.requests[2]!.json).toEqual({
      ServiceNamespace: 'dynamodb',
      ResourceId: 'table/orders',
      ScalableDimension: 'dynamodb:table:WriteCapacityUnits',
    })
  })

  it('throws a typed AutoScalingError with the code, request id and a hint, without retrying a ValidationException', async () => {
    server.enqueue(
      serviceError(
        'com.amazonaws.applicationautoscaling#ValidationException',
        'Unsupported service namespace, resource type or scalable dimension',
      ),
    )
    const error = await scaling
      .registerScalableTarget({ ServiceNamespace: 'dynamodb', ResourceId: 'orders', ScalableDimension: 'x' })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AutoScalingError)
    expect(isAutoScalingError(error)).toBe(true)
    const typed = error as AutoScalingError
    expect(typed.code).toBe('ValidationException')
    expect(typed.autoScalingOperation).toBe('RegisterScalableTarget')
    expect(typed.service).toBe('application-autoscaling')
    expect(typed.statusCode).toBe(400)
    expect(typed.requestId).toMatch(/^req-/)
    expect(typed.message).toContain('Unsupported service namespace')
    expect(typed.hint).toContain('table/<name>')
    expect(typed.retryable).toBe(false)
    expect(server.requests).toHaveLength(1)
  })

  it('retries ConcurrentUpdateException and 5xx answers with backoff, then returns the answer', async () => {
    server.enqueue(
      serviceError('ConcurrentUpdateException', 'busy'),
      { status: 503, body: '' },
      { body: { ScalableTargets: [] } },
    )
    const output = await scaling.describeScalableTargets({ ServiceNamespace: 'dynamodb' })
    expect(output.ScalableTargets).toEqual([])
    expect(server.requests).toHaveLength(3)
  })

  it('gives up after maxRetries and throws the last error', async () => {
    server.fallback = serviceError('ObjectNotFoundException', 'No scalable target registered', 400)
    const error = (await scaling
      .deregisterScalableTarget({
        ServiceNamespace: 'dynamodb',
        ResourceId: 'table/x',
        ScalableDimension: 'y',
      })
      .catch((caught: unknown) => caught)) as AutoScalingError
    expect(error.code).toBe('ObjectNotFoundException')
    expect(error.hint).toContain('register the target first')
    expect(server.requests).toHaveLength(1)
    server.fallback = serviceError('InternalServiceException', 'oops', 500)
    server.requests.length = 0
    const failed = (await scaling
      .describeScalableTargets({ ServiceNamespace: 'dynamodb' })
      .catch((caught: unknown) => caught)) as AutoScalingError
    expect(failed.code).toBe('InternalServiceException')
    expect(server.requests).toHaveLength(3)
  })
})

describe('autoScalingClientFor: Application Auto Scaling with a DynamoDB client configuration', () => {
  it('reuses the region and credentials of the DynamoDB client and its autoScalingEndpoint, not its DynamoDB endpoint', async () => {
    const dynamo = new DynamoClient({
      endpoint: 'http://127.0.0.1:1',
      autoScalingEndpoint: server.endpoint,
      region: 'ap-southeast-2',
      credentials,
    })
    const derived = autoScalingClientFor(dynamo)
    closeables.push(derived, dynamo)
    server.enqueue({ body: { ScalableTargets: [] } })
    await derived.describeScalableTargets({ ServiceNamespace: 'dynamodb', ResourceIds: ['table/a'] })
    const [request] = server.requests
    expect(String(request!.headers.authorization)).toBe(
      await expectedAuthorization(request!, 'application-autoscaling', 'ap-southeast-2'),
    )
    expect(JSON.stringify(derived)).not.toContain(credentials.secretAccessKey)
  })

  it('addresses AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING from the client env, or AWS for the region', async () => {
    const dynamo = new DynamoClient({
      region: 'eu-central-1',
      credentials,
      env: { AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING: server.endpoint },
    })
    const derived = autoScalingClientFor(dynamo)
    closeables.push(derived, dynamo)
    server.enqueue({ body: {} })
    await derived.deregisterScalableTarget({
      ServiceNamespace: 'dynamodb',
      ResourceId: 'table/a',
      ScalableDimension: 'd',
    })
    expect(server.requests).toHaveLength(1)
    expect(String(server.requests[0]!.headers.authorization)).toContain(
      '/eu-central-1/application-autoscaling/',
    )
  })

  it('refuses an object that is not a client of this package with a ConfigurationError', () => {
    const stranger = Object.create(DynamoClientCore.prototype) as DynamoClientCore
    expect(() => autoScalingClientFor(stranger)).toThrow(ConfigurationError)
  })
})
