// Key Vault: the keystore password (unlocks the node's Ethereum key), the admin API token and the TLS
// certificate of the public listener. RBAC mode; the managed identity may read secrets, nothing more.

@description('Azure region of the vault.')
param location string

@description('Vault name: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Name of the user-assigned managed identity (in this resource group) that reads the secrets.')
param identityName string

@description('Password of the node\'s Web3 keystore (the orchestrator or gateway ETH key).')
@secure()
param keystorePassword string

@description('Bearer token for the gateway API\'s /admin routes (at least 16 characters).')
@secure()
param adminToken string

@description('Tags put on every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

var secretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // A deleted password would strand the key it unlocks, and with it the deposit: deletes must be recoverable.
    enablePurgeProtection: true
  }
}

resource keystoreSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'keystore-password'
  properties: {
    value: keystorePassword
    contentType: 'text/plain'
  }
}

resource adminTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'admin-token'
  properties: {
    value: adminToken
    contentType: 'text/plain'
  }
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, secretsUser)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: secretsUser
  }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri
