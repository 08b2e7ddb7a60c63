// The private network: one subnet per tier, NSGs that open only the ports each tier needs, and a NAT gateway
// so VMs without public addresses can still reach the package mirrors and the chain's RPC endpoint.

@description('Azure region of the network.')
param location string

@description('Name prefix of the resources.')
param namePrefix string

@description('Address space of the virtual network.')
param addressPrefix string

@description('Subnet of the GPU silos.')
param siloSubnetPrefix string

@description('Subnet of the gateway API VMs.')
param gatewaySubnetPrefix string

@description('Subnet of the Application Gateway (its own, as Azure requires).')
param appGatewaySubnetPrefix string

@description('Orleans silo-to-silo port.')
param siloPort int

@description('Orleans gateway (client) port of the silos.')
param siloGatewayPort int

@description('Port of the silos\' and gateways\' Prometheus endpoints.')
param metricsPort int

@description('Port the gateway API listens on.')
param apiPort int

@description('Tags put on every resource.')
param tags object

resource natIp 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: '${namePrefix}-nat-ip'
  location: location
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

resource nat 'Microsoft.Network/natGateways@2024-05-01' = {
  name: '${namePrefix}-nat'
  location: location
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIpAddresses: [
      {
        id: natIp.id
      }
    ]
    idleTimeoutInMinutes: 10
  }
}

resource siloNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: '${namePrefix}-silo-nsg'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'silo-to-silo'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: siloSubnetPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: siloSubnetPrefix
          destinationPortRange: string(siloPort)
        }
      }
      {
        name: 'orleans-gateway-from-gateways'
        properties: {
          priority: 110
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: gatewaySubnetPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: siloSubnetPrefix
          destinationPortRange: string(siloGatewayPort)
        }
      }
      {
        name: 'metrics-from-vnet'
        properties: {
          priority: 120
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: 'VirtualNetwork'
          sourcePortRange: '*'
          destinationAddressPrefix: siloSubnetPrefix
          destinationPortRange: string(metricsPort)
        }
      }
      {
        name: 'deny-other-vnet'
        properties: {
          priority: 4000
          direction: 'Inbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: 'VirtualNetwork'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

resource gatewayNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: '${namePrefix}-gateway-nsg'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'api-from-app-gateway'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: appGatewaySubnetPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: gatewaySubnetPrefix
          destinationPortRange: string(apiPort)
        }
      }
      {
        name: 'deny-other-vnet'
        properties: {
          priority: 4000
          direction: 'Inbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: 'VirtualNetwork'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

resource appGatewayNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: '${namePrefix}-appgw-nsg'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'https-from-internet'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: 'Internet'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '443'
        }
      }
      {
        // Required by Application Gateway v2 for its own health and management traffic.
        name: 'gateway-manager'
        properties: {
          priority: 110
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: 'GatewayManager'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '65200-65535'
        }
      }
    ]
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: '${namePrefix}-vnet'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: 'silos'
        properties: {
          addressPrefix: siloSubnetPrefix
          networkSecurityGroup: {
            id: siloNsg.id
          }
          natGateway: {
            id: nat.id
          }
          defaultOutboundAccess: false
        }
      }
      {
        name: 'gateways'
        properties: {
          addressPrefix: gatewaySubnetPrefix
          networkSecurityGroup: {
            id: gatewayNsg.id
          }
          natGateway: {
            id: nat.id
          }
          defaultOutboundAccess: false
        }
      }
      {
        name: 'app-gateway'
        properties: {
          addressPrefix: appGatewaySubnetPrefix
          networkSecurityGroup: {
            id: appGatewayNsg.id
          }
        }
      }
    ]
  }
}

output siloSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'silos')
output gatewaySubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'gateways')
output appGatewaySubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'app-gateway')
