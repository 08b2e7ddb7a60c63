// The public front door: Application Gateway v2 terminating TLS (certificate from Key Vault) and spreading
// requests over the gateway API VMs, which it takes out of rotation while /readyz says the cluster is unreachable.

@description('Azure region of the Application Gateway.')
param location string

@description('Name prefix of the resources.')
param namePrefix string

@description('Subnet reserved for the Application Gateway.')
param subnetId string

@description('Resource id of the managed identity that reads the certificate from Key Vault.')
param identityId string

@description('Key Vault secret id (https://<vault>.vault.azure.net/secrets/<name>) of the PFX certificate for the public listener.')
param tlsCertificateUri string

@description('DNS label of the public IP (<label>.<region>.cloudapp.azure.com).')
param dnsLabel string

@description('Port the gateway API listens on, on its VMs.')
param apiPort int

@description('Fewest Application Gateway instances (autoscale).')
@minValue(1)
@maxValue(125)
param minCapacity int

@description('Most Application Gateway instances (autoscale).')
@minValue(2)
@maxValue(125)
param maxCapacity int

@description('Tags put on every resource.')
param tags object

var name = '${namePrefix}-appgw'

resource publicIp 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: '${namePrefix}-appgw-ip'
  location: location
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    dnsSettings: {
      domainNameLabel: dnsLabel
    }
  }
}

resource appGateway 'Microsoft.Network/applicationGateways@2024-05-01' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    sku: {
      name: 'Standard_v2'
      tier: 'Standard_v2'
    }
    autoscaleConfiguration: {
      minCapacity: minCapacity
      maxCapacity: maxCapacity
    }
    sslPolicy: {
      policyType: 'Predefined'
      policyName: 'AppGwSslPolicy20220101'
    }
    gatewayIPConfigurations: [
      {
        name: 'gateway-ip'
        properties: {
          subnet: {
            id: subnetId
          }
        }
      }
    ]
    frontendIPConfigurations: [
      {
        name: 'public'
        properties: {
          publicIPAddress: {
            id: publicIp.id
          }
        }
      }
    ]
    frontendPorts: [
      {
        name: 'https'
        properties: {
          port: 443
        }
      }
    ]
    sslCertificates: [
      {
        name: 'public-tls'
        properties: {
          keyVaultSecretId: tlsCertificateUri
        }
      }
    ]
    backendAddressPools: [
      {
        name: 'gateway-api'
      }
    ]
    probes: [
      {
        name: 'readyz'
        properties: {
          protocol: 'Http'
          host: '127.0.0.1'
          path: '/readyz'
          interval: 10
          timeout: 8
          unhealthyThreshold: 3
          match: {
            statusCodes: [
              '200'
            ]
          }
        }
      }
    ]
    backendHttpSettingsCollection: [
      {
        name: 'gateway-api'
        properties: {
          port: apiPort
          protocol: 'Http'
          cookieBasedAffinity: 'Disabled'
          // Segments and AI requests can take tens of seconds end to end.
          requestTimeout: 120
          probe: {
            id: resourceId('Microsoft.Network/applicationGateways/probes', name, 'readyz')
          }
        }
      }
    ]
    httpListeners: [
      {
        name: 'https'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/applicationGateways/frontendIPConfigurations', name, 'public')
          }
          frontendPort: {
            id: resourceId('Microsoft.Network/applicationGateways/frontendPorts', name, 'https')
          }
          protocol: 'Https'
          sslCertificate: {
            id: resourceId('Microsoft.Network/applicationGateways/sslCertificates', name, 'public-tls')
          }
        }
      }
    ]
    requestRoutingRules: [
      {
        name: 'gateway-api'
        properties: {
          priority: 100
          ruleType: 'Basic'
          httpListener: {
            id: resourceId('Microsoft.Network/applicationGateways/httpListeners', name, 'https')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/applicationGateways/backendAddressPools', name, 'gateway-api')
          }
          backendHttpSettings: {
            id: resourceId('Microsoft.Network/applicationGateways/backendHttpSettingsCollection', name, 'gateway-api')
          }
        }
      }
    ]
  }
}

output id string = appGateway.id
output backendPoolId string = resourceId('Microsoft.Network/applicationGateways/backendAddressPools', appGateway.name, 'gateway-api')
output publicFqdn string = publicIp.properties.dnsSettings.fqdn
