# Installs and starts one Livepeer.Orleans node on an Azure VM (Ubuntu 24.04). Run as root by the scale set's
# custom-script extension, after the settings that modules/scaleset.bicep exports above this line:
#   ROLE (silo|gateway) GPU (True|False) IDENTITY_CLIENT_ID BLOB_ENDPOINT TABLE_ENDPOINT RELEASE_BLOB KEY_VAULT_URI
#   SERVICE_ID CLUSTER_ID CHAIN_NETWORK ORCHESTRATOR_ADDRESS SILO_PORT SILO_GATEWAY_PORT METRICS_PORT API_PORT
# Idempotent: running it again (a reimage, a new RELEASE_BLOB) installs that release and restarts the service.
set -euo pipefail
exec > >(tee -a /var/log/livepeer-install.log) 2>&1
echo "livepeer install: role ${ROLE}, gpu ${GPU}, release ${RELEASE_BLOB}, $(date -u +%FT%TZ)"

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends ffmpeg curl jq ca-certificates
# libsecp256k1 (ticket signatures): the runtime package's name follows its soname, which differs by release.
apt-get install -y -q --no-install-recommends libsecp256k1-2 || apt-get install -y -q --no-install-recommends libsecp256k1-1

if [ "${GPU,,}" = "true" ] && ! nvidia-smi >/dev/null 2>&1; then
    # The NVIDIA driver extension normally did this already; fall back to Ubuntu's packaged driver.
    apt-get install -y -q ubuntu-drivers-common
    ubuntu-drivers install --gpgpu
fi

id livepeer >/dev/null 2>&1 || useradd --system --home-dir /var/lib/livepeer --create-home --shell /usr/sbin/nologin livepeer

# A token for the user-assigned identity from the instance metadata service.
token() {
    curl -sf -H Metadata:true \
        "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=$1&client_id=${IDENTITY_CLIENT_ID}" \
        | jq -r .access_token
}

release_dir="/opt/livepeer/releases/${RELEASE_BLOB%.tar.gz}"
if [ ! -d "$release_dir" ]; then
    archive="$(mktemp)"
    curl -sf -H "Authorization: Bearer $(token https://storage.azure.com/)" -H "x-ms-version: 2023-11-03" \
        "${BLOB_ENDPOINT}releases/${RELEASE_BLOB}" -o "$archive"
    mkdir -p "$release_dir.partial"
    tar -xzf "$archive" -C "$release_dir.partial"
    rm -f "$archive"
    mv "$release_dir.partial" "$release_dir"
fi
ln -sfn "$release_dir" /opt/livepeer/current

ip_address="$(ip -4 route get 1.1.1.1 | awk '{for (i = 1; i <= NF; i++) if ($i == "src") print $(i + 1)}')"
mkdir -p /etc/livepeer /usr/local/lib/livepeer

# Reads the secrets from Key Vault into /run/livepeer (tmpfs, the service user only) before every start.
cat >/usr/local/lib/livepeer/fetch-secrets.sh <<SCRIPT
#!/bin/bash
set -euo pipefail
token=\$(curl -sf -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net&client_id=${IDENTITY_CLIENT_ID}" | jq -r .access_token)
secret() { curl -sf -H "Authorization: Bearer \$token" "${KEY_VAULT_URI}secrets/\$1?api-version=7.4" | jq -r .value; }
install -d -m 0700 -o livepeer -g livepeer /run/livepeer
umask 077
secret keystore-password >/run/livepeer/keystore-password
printf 'Admin__Token=%s\n' "\$(secret admin-token)" >/run/livepeer/secrets.env
# Optional: the chain's JSON-RPC URL (it often carries the provider's API key), needed on arbitrum-one.
rpc_url="\$(secret chain-rpc-url || true)"
if [ -n "\$rpc_url" ]; then
    printf 'Chain__RpcUrl=%s\n' "\$rpc_url" >>/run/livepeer/secrets.env
fi
chown livepeer:livepeer /run/livepeer/keystore-password /run/livepeer/secrets.env
SCRIPT
chmod 0755 /usr/local/lib/livepeer/fetch-secrets.sh

common_env="Cluster__ServiceId=${SERVICE_ID}
Cluster__ClusterId=${CLUSTER_ID}
Storage__TableServiceUri=${TABLE_ENDPOINT}
Storage__ConnectionString=
AZURE_CLIENT_ID=${IDENTITY_CLIENT_ID}
DOTNET_CLI_TELEMETRY_OPTOUT=1"

if [ "$ROLE" = "silo" ]; then
    unit=livepeer-silo
    cat >/etc/livepeer/silo.env <<ENV
${common_env}
Silo__SiloPort=${SILO_PORT}
Silo__GatewayPort=${SILO_GATEWAY_PORT}
Silo__Gpu=${GPU,,}
Silo__AdvertisedIPAddress=${ip_address}
Silo__Membership=AzureTable
Storage__GrainStorage=AzureTable
Chain__Network=${CHAIN_NETWORK}
Orchestrator__Address=${ORCHESTRATOR_ADDRESS}
Metrics__Url=http://${ip_address}:${METRICS_PORT}
ENV
    if [ "${CHAIN_NETWORK}" != "offchain" ]; then
        # The node's ETH key: the keystore the operator uploads, unlocked with the Key Vault password that
        # fetch-secrets.sh writes to /run/livepeer before every start (the silo trims its trailing newline).
        cat >>/etc/livepeer/silo.env <<ENV
Chain__OrchestratorKey__KeystoreFile=/var/lib/livepeer/keystore.json
Chain__OrchestratorKey__PasswordFile=/run/livepeer/keystore-password
ENV
    fi
    exec_start="/opt/livepeer/current/silo/Livepeer.Silo --contentRoot /opt/livepeer/current/silo"
    env_file=/etc/livepeer/silo.env
else
    unit=livepeer-gateway
    cat >/etc/livepeer/gateway.env <<ENV
${common_env}
OrleansClient__Membership=AzureTable
GatewayApi__Url=http://0.0.0.0:${API_PORT}
ENV
    exec_start="/opt/livepeer/current/gateway-api/Livepeer.Gateway.Api --contentRoot /opt/livepeer/current/gateway-api"
    env_file=/etc/livepeer/gateway.env
fi

cat >/etc/systemd/system/${unit}.service <<UNIT
[Unit]
Description=Livepeer.Orleans ${ROLE}
Wants=network-online.target
After=network-online.target

[Service]
Type=exec
User=livepeer
Group=livepeer
ExecStartPre=+/usr/local/lib/livepeer/fetch-secrets.sh
EnvironmentFile=${env_file}
EnvironmentFile=-/run/livepeer/secrets.env
ExecStart=${exec_start}
# A silo leaves the cluster cleanly on SIGTERM (Orleans marks it dead in the membership table).
KillSignal=SIGTERM
TimeoutStopSec=60
Restart=always
RestartSec=5
LimitNOFILE=65536
SyslogIdentifier=${unit}
NoNewPrivileges=true
ProtectSystem=strict
ProtectHome=true
ReadWritePaths=/var/lib/livepeer /run/livepeer
PrivateTmp=true

[Install]
WantedBy=multi-user.target
UNIT

systemctl daemon-reload
systemctl enable ${unit}.service
systemctl restart ${unit}.service
echo "livepeer install: ${unit} started from ${release_dir}"
