#!/usr/bin/env bash
# Builds a release archive of the silo and the gateway API (self-contained linux-x64: the .NET runtime rides
# along, so the VMs need none) and, with --upload, puts it in the storage account's "releases" container.
# Usage: infra/scripts/publish-release.sh VERSION [--upload STORAGE_ACCOUNT]
# Then deploy (or redeploy) infra/bicep/main.bicep with releaseBlobName=livepeer-VERSION.tar.gz: docs/operations.md.
set -euo pipefail

if [ "$#" -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
version="$1"
shift
account=""
if [ "${1:-}" = "--upload" ]; then
    account="${2:?--upload needs the storage account name}"
fi
case "$version" in
    *[!A-Za-z0-9._-]* | '') echo "error: VERSION may hold only letters, digits, '.', '_' and '-' (was '$version')" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/.run/release/livepeer-$version"
rm -rf "$out"
for project in Silo:silo Gateway.Api:gateway-api; do
    dotnet publish "$root/src/${project%%:*}" -c Release -r linux-x64 --self-contained true \
        -p:PublishSingleFile=false -o "$out/${project#*:}" -nologo -v:q
done
archive="$root/.run/release/livepeer-$version.tar.gz"
tar -czf "$archive" -C "$out" silo gateway-api
echo "release archive: $archive"

if [ -n "$account" ]; then
    az storage blob upload --auth-mode login --account-name "$account" --container-name releases \
        --name "livepeer-$version.tar.gz" --file "$archive" --overwrite false
    echo "uploaded as releases/livepeer-$version.tar.gz in $account"
fi
