// A VM scale set running one role of the node: 'silo' (GPU VMs, Orleans silos with gpu=true) or 'gateway'
// (the gateway API behind the Application Gateway). Each VM gets the managed identity, the Azure Monitor agent,
// on GPU VMs the NVIDIA driver, and a custom-script step (scripts/install-node.sh) that installs FFmpeg,
// libsecp256k1 and the service (a self-contained build: it carries its .NET runtime) as a systemd unit.

@description('Azure region of the scale set.')
param location string

@description('Name of the scale set.')
param name string

@description('What the VMs run.')
@allowed([
  'silo'
  'gateway'
])
param role string

@description('VM size, e.g. Standard_NC4as_T4_v3 for silos (NVIDIA T4, NVENC), Standard_D2s_v5 for gateways.')
param vmSize string

@description('Number of VMs.')
@minValue(0)
@maxValue(100)
param instanceCount int

@description('True on GPU sizes (NC/ND series): installs the NVIDIA driver extension and publishes gpu=true.')
param gpu bool

@description('Subnet of the VMs.')
param subnetId string

@description('Application Gateway backend pool the VMs join; empty for none.')
param appGatewayBackendPoolId string

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Data collection rule that sends syslog to Log Analytics.')
param dataCollectionRuleId string

@description('Administrator user name for SSH.')
param adminUsername string

@description('SSH public key of the administrator.')
param sshPublicKey string

@description('Settings for scripts/install-node.sh (KEY=value, no secrets: those come from Key Vault at start).')
param nodeSettings object

@description('Tags put on every resource.')
param tags object

var installScript = loadTextContent('../scripts/install-node.sh')
var settingLines = join(map(items(union(nodeSettings, { ROLE: role, GPU: string(gpu) })), s => 'export ${s.key}=\'${s.value}\''), '\n')

var gpuExtensions = gpu
  ? [
      {
        name: 'NvidiaGpuDriverLinux'
        properties: {
          publisher: 'Microsoft.HpcCompute'
          type: 'NvidiaGpuDriverLinux'
          typeHandlerVersion: '1.6'
          autoUpgradeMinorVersion: true
        }
      }
    ]
  : []

var commonExtensions = [
  {
    name: 'AzureMonitorLinuxAgent'
    properties: {
      publisher: 'Microsoft.Azure.Monitor'
      type: 'AzureMonitorLinuxAgent'
      typeHandlerVersion: '1.0'
      autoUpgradeMinorVersion: true
      enableAutomaticUpgrade: true
      settings: {
        authentication: {
          managedIdentity: {
            'identifier-name': 'mi_res_id'
            'identifier-value': identityId
          }
        }
      }
    }
  }
  {
    name: 'install-livepeer'
    properties: {
      publisher: 'Microsoft.Azure.Extensions'
      type: 'CustomScript'
      typeHandlerVersion: '2.1'
      autoUpgradeMinorVersion: true
      // The driver must be in place before the service starts and looks for the GPU.
      provisionAfterExtensions: gpu ? [
        'NvidiaGpuDriverLinux'
      ] : []
      protectedSettings: {
        script: base64('#!/bin/bash\n${settingLines}\n${installScript}')
      }
    }
  }
]

resource scaleSet 'Microsoft.Compute/virtualMachineScaleSets@2024-07-01' = {
  name: name
  location: location
  tags: union(tags, { role: role })
  sku: {
    name: vmSize
    tier: 'Standard'
    capacity: instanceCount
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    orchestrationMode: 'Uniform'
    overprovision: false
    // Upgrades are rolled by hand, one VM at a time (docs/operations.md): a silo leaves the cluster cleanly first.
    upgradePolicy: {
      mode: 'Manual'
    }
    virtualMachineProfile: {
      osProfile: {
        computerNamePrefix: role
        adminUsername: adminUsername
        linuxConfiguration: {
          disablePasswordAuthentication: true
          ssh: {
            publicKeys: [
              {
                path: '/home/${adminUsername}/.ssh/authorized_keys'
                keyData: sshPublicKey
              }
            ]
          }
        }
      }
      storageProfile: {
        imageReference: {
          publisher: 'Canonical'
          offer: 'ubuntu-24_04-lts'
          sku: 'server'
          version: 'latest'
        }
        osDisk: {
          createOption: 'FromImage'
          caching: 'ReadWrite'
          diskSizeGB: 64
          managedDisk: {
            storageAccountType: 'Premium_LRS'
          }
        }
      }
      networkProfile: {
        networkInterfaceConfigurations: [
          {
            name: '${role}-nic'
            properties: {
              primary: true
              ipConfigurations: [
                {
                  name: 'ipconfig'
                  properties: {
                    subnet: {
                      id: subnetId
                    }
                    applicationGatewayBackendAddressPools: empty(appGatewayBackendPoolId) ? [] : [
                      {
                        id: appGatewayBackendPoolId
                      }
                    ]
                  }
                }
              ]
            }
          }
        ]
      }
      extensionProfile: {
        extensions: concat(gpuExtensions, commonExtensions)
      }
    }
  }
}

resource logs 'Microsoft.Insights/dataCollectionRuleAssociations@2023-03-11' = {
  name: '${name}-syslog'
  scope: scaleSet
  properties: {
    dataCollectionRuleId: dataCollectionRuleId
  }
}

output id string = scaleSet.id
output name string = scaleSet.name
