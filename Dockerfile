# Production image in two stages (docs/decisions.md, "The image"):
#   build    installs the workspace, builds the web app and the server bundle, and lays out
#            the runtime files with scripts/image-assemble.sh (the same script a test runs);
#   runtime  gets only that layout: bundled server, built web app, migrations, reference data
#            and production dependencies. No pnpm, no sources, no tests, no dev dependencies;
#            .env and keys never reach the build context (.dockerignore). Runs as `node`.
# tests/cli/dockerfile.test.ts checks these properties by reading this file.

FROM node:20-bookworm-slim AS build
WORKDIR /src
RUN npm install -g pnpm@12
# Manifests first, so the dependency layer is rebuilt only when they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
COPY tests/package.json tests/
COPY seeds/package.json seeds/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build && sh scripts/image-assemble.sh /out

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/app/data
WORKDIR /app
# Owned by root and read-only for the server; only DATA_DIR (PGlite files, the mail outbox)
# is writable.
COPY --from=build /out /app
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME /app/data
USER node
EXPOSE 3000
CMD ["node", "--enable-source-maps", "server/dist/server.mjs"]
