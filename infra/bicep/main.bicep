// Livepeer.Orleans on Azure: GPU silos and the gateway API in one resource group. docs/operations.md lists every
// resource and why it is here, and how to deploy, upgrade and operate it.
targetScope = 'resourceGroup'

@description('Azure region of every resource (a region with the chosen GPU size).')
param location string = resourceGroup().location

@description('Prefix of resource names.')
@minLength(2)
@maxLength(12)
param namePrefix string = 'livepeer'

@description('Storage account name (3-24 lower-case letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param storageAccountName string = 'lp${uniqueString(resourceGroup().id)}'

@description('Storage redundancy; zone-redundant by default because payment state lives there.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Key Vault name (3-24 letters, digits, hyphens; globally unique).')
@minLength(3)
@maxLength(24)
param keyVaultName string = 'lp-kv-${uniqueString(resourceGroup().id)}'

@description('VM size of the GPU silos (NC/ND series).')
param siloVmSize string = 'Standard_NC4as_T4_v3'

@description('Number of GPU silos.')
@minValue(1)
@maxValue(100)
param siloCount int = 2

@description('VM size of the gateway API VMs.')
param gatewayVmSize string = 'Standard_D2s_v5'

@description('Number of gateway API VMs.')
@minValue(1)
@maxValue(100)
param gatewayCount int = 2

@description('Fewest Application Gateway instances.')
@minValue(1)
@maxValue(125)
param appGatewayMinCapacity int = 1

@description('Most Application Gateway instances.')
@minValue(2)
@maxValue(125)
param appGatewayMaxCapacity int = 4

@description('Administrator user name on the VMs.')
param adminUsername string = 'livepeer'

@description('SSH public key of the administrator.')
param sshPublicKey string

@description('Password of the node\'s Web3 keystore; stored in Key Vault, read by the VMs at start.')
@secure()
param keystorePassword string

@description('Bearer token of the gateway API\'s /admin routes (16+ characters); stored in Key Vault.')
@secure()
@minLength(16)
param adminToken string

@description('Key Vault secret id of the PFX certificate for the public HTTPS listener.')
param tlsCertificateUri string

@description('DNS label of the public address (<label>.<region>.cloudapp.azure.com).')
param dnsLabel string = '${namePrefix}-${uniqueString(resourceGroup().id)}'

@description('Blob in the storage account\'s "releases" container holding the service build (scripts/publish-release.sh uploads it).')
param releaseBlobName string

@description('Orleans service id: keys the grain state, so it must stay the same across deployments.')
param serviceId string = 'livepeer'

@description('Orleans cluster id of this deployment.')
param clusterId string = 'prod'

@description('Chain the node works on.')
@allowed([
  'offchain'
  'dev'
  'arbitrum-one'
])
param chainNetwork string = 'offchain'

@description('ETH address of the orchestrator the silos run.')
param orchestratorAddress string

@description('E-mail address that receives the alerts.')
param alertEmail string

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('Tags put on every resource.')
param tags object = {
  app: 'livepeer-orleans'
}

@description('Address space of the virtual network.')
param vnetAddressPrefix string = '10.40.0.0/16'

@description('Subnet of the silos.')
param siloSubnetPrefix string = '10.40.1.0/24'

@description('Subnet of the gateway API VMs.')
param gatewaySubnetPrefix string = '10.40.2.0/24'

@description('Subnet of the Application Gateway.')
param appGatewaySubnetPrefix string = '10.40.3.0/24'

var identityName = '${namePrefix}-identity'

var ports = {
  silo: 11111
  siloGateway: 30000
  metrics: 9090
  api: 9935
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    name: identityName
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: namePrefix
    retentionDays: logRetentionDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: storageAccountName
    skuName: storageSku
    identityName: identityName
    tags: tags
  }
  dependsOn: [
    identity
  ]
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: keyVaultName
    identityName: identityName
    keystorePassword: keystorePassword
    adminToken: adminToken
    tags: tags
  }
  dependsOn: [
    identity
  ]
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    namePrefix: namePrefix
    addressPrefix: vnetAddressPrefix
    siloSubnetPrefix: siloSubnetPrefix
    gatewaySubnetPrefix: gatewaySubnetPrefix
    appGatewaySubnetPrefix: appGatewaySubnetPrefix
    siloPort: ports.silo
    siloGatewayPort: ports.siloGateway
    metricsPort: ports.metrics
    apiPort: ports.api
    tags: tags
  }
}

module appGateway 'modules/appgateway.bicep' = {
  name: 'appgateway'
  params: {
    location: location
    namePrefix: namePrefix
    subnetId: network.outputs.appGatewaySubnetId
    identityId: identity.outputs.id
    tlsCertificateUri: tlsCertificateUri
    dnsLabel: dnsLabel
    apiPort: ports.api
    minCapacity: appGatewayMinCapacity
    maxCapacity: appGatewayMaxCapacity
    tags: tags
  }
  // The identity must be able to read the certificate before the gateway is created.
  dependsOn: [
    vault
  ]
}

// What every VM's install script gets; secrets are not here: the VMs read them from Key Vault.
var nodeSettings = {
  IDENTITY_CLIENT_ID: identity.outputs.clientId
  BLOB_ENDPOINT: storage.outputs.blobEndpoint
  TABLE_ENDPOINT: storage.outputs.tableEndpoint
  RELEASE_BLOB: releaseBlobName
  KEY_VAULT_URI: vault.outputs.uri
  SERVICE_ID: serviceId
  CLUSTER_ID: clusterId
  CHAIN_NETWORK: chainNetwork
  ORCHESTRATOR_ADDRESS: orchestratorAddress
  SILO_PORT: string(ports.silo)
  SILO_GATEWAY_PORT: string(ports.siloGateway)
  METRICS_PORT: string(ports.metrics)
  API_PORT: string(ports.api)
}

module silos 'modules/scaleset.bicep' = {
  name: 'silos'
  params: {
    location: location
    name: '${namePrefix}-silos'
    role: 'silo'
    vmSize: siloVmSize
    instanceCount: siloCount
    gpu: true
    subnetId: network.outputs.siloSubnetId
    appGatewayBackendPoolId: ''
    identityId: identity.outputs.id
    dataCollectionRuleId: monitoring.outputs.dataCollectionRuleId
    adminUsername: adminUsername
    sshPublicKey: sshPublicKey
    nodeSettings: nodeSettings
    tags: tags
  }
}

module gateways 'modules/scaleset.bicep' = {
  name: 'gateways'
  params: {
    location: location
    name: '${namePrefix}-gateways'
    role: 'gateway'
    vmSize: gatewayVmSize
    instanceCount: gatewayCount
    gpu: false
    subnetId: network.outputs.gatewaySubnetId
    appGatewayBackendPoolId: appGateway.outputs.backendPoolId
    identityId: identity.outputs.id
    dataCollectionRuleId: monitoring.outputs.dataCollectionRuleId
    adminUsername: adminUsername
    sshPublicKey: sshPublicKey
    nodeSettings: nodeSettings
    tags: tags
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    location: location
    namePrefix: namePrefix
    alertEmail: alertEmail
    appGatewayId: appGateway.outputs.id
    insightsId: monitoring.outputs.insightsId
    gatewayScaleSetId: gateways.outputs.id
    publicFqdn: appGateway.outputs.publicFqdn
    tags: tags
  }
}

output publicUrl string = 'https://${appGateway.outputs.publicFqdn}'
output storageAccountName string = storage.outputs.name
output keyVaultName string = vault.outputs.name
output identityClientId string = identity.outputs.clientId
output siloScaleSetName string = silos.outputs.name
output gatewayScaleSetName string = gateways.outputs.name
