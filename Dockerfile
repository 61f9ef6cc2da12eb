# Production image: builds the workspace and runs the API, which also serves the web app.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
RUN npm install -g pnpm@12
COPY --from=build /app /app
EXPOSE 3000
USER node
CMD ["pnpm", "start"]
