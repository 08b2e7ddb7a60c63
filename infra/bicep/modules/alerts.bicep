// Azure-side alerts: what Azure itself can see (the front door's backends, the public health check, VM load).
// Alerts on the node's own metrics (tickets, redemptions, segments) are Prometheus rules: infra/prometheus/alerts.yml.

@description('Azure region of the availability test.')
param location string

@description('Name prefix of the resources.')
param namePrefix string

@description('E-mail address alerts go to.')
param alertEmail string

@description('Resource id of the Application Gateway.')
param appGatewayId string

@description('Resource id of the Application Insights component.')
param insightsId string

@description('Resource id of the gateway API scale set.')
param gatewayScaleSetId string

@description('Public host name of the Application Gateway.')
param publicFqdn string

@description('Tags put on every resource.')
param tags object

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: '${namePrefix}-oncall'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'lp-oncall'
    enabled: true
    emailReceivers: [
      {
        name: 'oncall'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

resource healthzTest 'Microsoft.Insights/webtests@2022-06-15' = {
  name: '${namePrefix}-healthz'
  location: location
  tags: union(tags, {
    'hidden-link:${insightsId}': 'Resource'
  })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: '${namePrefix}-healthz'
    Name: 'public /readyz'
    Enabled: true
    Frequency: 300
    Timeout: 30
    Kind: 'standard'
    RetryEnabled: true
    Locations: [
      {
        Id: 'emea-nl-ams-azr'
      }
      {
        Id: 'us-va-ash-azr'
      }
      {
        Id: 'apac-sg-sin-azr'
      }
    ]
    Request: {
      RequestUrl: 'https://${publicFqdn}/readyz'
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 14
    }
  }
}

var metricAlerts = [
  {
    name: 'no-healthy-gateway'
    description: 'No gateway API VM passes /readyz: every request fails. See docs/operations.md#alerts.'
    severity: 0
    scope: appGatewayId
    namespace: 'Microsoft.Network/applicationGateways'
    metric: 'HealthyHostCount'
    operator: 'LessThan'
    threshold: 1
    aggregation: 'Maximum'
  }
  {
    name: 'unhealthy-gateway'
    description: 'At least one gateway API VM fails /readyz (cluster unreachable from it, or the process is down).'
    severity: 2
    scope: appGatewayId
    namespace: 'Microsoft.Network/applicationGateways'
    metric: 'UnhealthyHostCount'
    operator: 'GreaterThan'
    threshold: 0
    aggregation: 'Maximum'
  }
  {
    name: 'gateway-cpu-high'
    description: 'Gateway API VMs above 85% CPU for 15 minutes: scale the gateway scale set out.'
    severity: 3
    scope: gatewayScaleSetId
    namespace: 'Microsoft.Compute/virtualMachineScaleSets'
    metric: 'Percentage CPU'
    operator: 'GreaterThan'
    threshold: 85
    aggregation: 'Average'
  }
]

resource alerts 'Microsoft.Insights/metricAlerts@2018-03-01' = [
  for alert in metricAlerts: {
    name: '${namePrefix}-${alert.name}'
    location: 'global'
    tags: tags
    properties: {
      description: alert.description
      severity: alert.severity
      enabled: true
      scopes: [
        alert.scope
      ]
      evaluationFrequency: 'PT5M'
      windowSize: 'PT15M'
      criteria: {
        'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
        allOf: [
          {
            name: alert.name
            criterionType: 'StaticThresholdCriterion'
            metricNamespace: alert.namespace
            metricName: alert.metric
            operator: alert.operator
            threshold: alert.threshold
            timeAggregation: alert.aggregation
          }
        ]
      }
      actions: [
        {
          actionGroupId: actionGroup.id
        }
      ]
    }
  }
]

resource availabilityAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${namePrefix}-public-readyz-failing'
  location: 'global'
  tags: tags
  properties: {
    description: 'The public /readyz fails from 2 of 3 test locations: the service is down for users (TLS, DNS, front door or cluster).'
    severity: 1
    enabled: true
    scopes: [
      healthzTest.id
      insightsId
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'
      webTestId: healthzTest.id
      componentId: insightsId
      failedLocationCount: 2
    }
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}
