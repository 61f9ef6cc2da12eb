#!/bin/sh
# Lays out what the production image ships, in OUT (the Dockerfile's build stage runs this
# after `pnpm build`; tests/e2e/image-files.test.ts runs it too and starts the result):
#   OUT/server/dist           the bundled server, its XLSX worker and the CLI (with their maps,
#                             for stack traces; never served)
#   OUT/server/node_modules   production dependencies only (pnpm deploy --prod)
#   OUT/web/dist              the built web app, its .br/.gz siblings, no source maps
#   OUT/migrations            the SQL migrations applied at start
#   OUT/seeds/data            the reference data loaded at start (not the examples)
# No sources, tests, dev dependencies, .env or keys. The paths mirror the repository's, so the
# bundle finds migrations/ and seeds/data/ two levels above server/dist, as in a checkout.
set -eu
OUT=${1:?usage: scripts/image-assemble.sh OUT_DIR}
cd "$(dirname "$0")/.."
for f in server/dist/server.mjs server/dist/cli.mjs server/dist/xlsx-worker.mjs web/dist/index.html; do
  [ -f "$f" ] || { echo "image-assemble: $f is missing: run pnpm build first" >&2; exit 1; }
done
rm -rf "$OUT"
mkdir -p "$OUT/server" "$OUT/web" "$OUT/seeds"
deploy="$OUT/.deploy"
pnpm --filter @zhiping/server deploy --prod "$deploy" >/dev/null
mv "$deploy/node_modules" "$OUT/server/node_modules"
cp "$deploy/package.json" "$OUT/server/package.json"
rm -rf "$deploy"
# The PDF renderer embeds two weights of Noto Sans SC (server/src/pdf/fonts.ts); the package
# carries nine (≈ 90 MB). Only the deploy's links to the other seven are removed.
fonts=$(cd "$OUT/server/node_modules/@expo-google-fonts/noto-sans-sc" && pwd -P)
find "$fonts" -name '*.ttf' ! -name NotoSansSC_400Regular.ttf ! -name NotoSansSC_700Bold.ttf -delete
cp -R server/dist "$OUT/server/dist"
cp -R web/dist "$OUT/web/dist"
find "$OUT/web/dist" -name '*.map' -delete
cp -R migrations "$OUT/migrations"
cp -R seeds/data "$OUT/seeds/data"
rm -rf "$OUT/seeds/data/examples"
